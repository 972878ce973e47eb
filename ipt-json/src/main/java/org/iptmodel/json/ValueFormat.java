package org.iptmodel.json;

import tools.jackson.core.JsonGenerator;

/**
 * How one kind of value is written and read: a scalar, an enum, an object of the model.
 *
 * @param <T> the Java type of the value
 */
abstract class ValueFormat<T> {

    /**
     * Reads the value at the parser's current token (never {@code null}, which the caller
     * handles) and leaves the parser on the value's last token.
     *
     * @param r the reading
     * @param optional whether lenient mode may drop an unknown value here
     * @return the value, {@link Reading#FAILED} or {@link Reading#ABSENT}
     */
    abstract Object read(Reading r, boolean optional);

    /** Writes the value at the generator's current position. */
    abstract void write(JsonGenerator g, T value);

    /** Whether the value is a scalar, so an array of it is printed on one line. */
    boolean isScalar() {
        return true;
    }
}
