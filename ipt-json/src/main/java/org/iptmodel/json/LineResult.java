package org.iptmodel.json;

import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one line of a newline-delimited stream gave: the value, or the {@link BadLine} that
 * says why the line could not be read. Returned by
 * {@link DocumentCodec#readLine(byte[], int, int, long)}, which never throws for a bad line, so
 * that a data engine that splits a dataset into lines itself can keep the good values and count,
 * log or store the bad lines without an exception per line.
 *
 * <pre>{@code
 * DocumentCodec<Course> courses = IptJson.strict().course();
 * LineResult<Course> result = courses.readLine(bytes, offset, length, lineNumber);
 * if (result.isValue()) {
 *     analyse(result.value().get());
 * } else {
 *     log.warn("{}", result.badLine().get());   // line 17: Invalid iptmodel JSON, 1 problem: ...
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe, and {@link Serializable} (the values of every
 * document type are). Its {@code toString()} shows the line number and the problems, never the
 * value nor any input text.
 *
 * @param <T> the type of the value
 */
public final class LineResult<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    /** @serial the line number, at least 1 */
    private final long line;
    /** @serial the value read, or null for a bad line */
    @SuppressWarnings("serial") // the values of every document type are Serializable
    private final T value;
    /** @serial the bad line, or null if the value was read */
    private final BadLine badLine;

    private LineResult(long line, T value, BadLine badLine) {
        this.line = line;
        this.value = value;
        this.badLine = badLine;
    }

    static <T> LineResult<T> of(long line, T value) {
        return new LineResult<>(line, Objects.requireNonNull(value, "value"), null);
    }

    static <T> LineResult<T> bad(BadLine badLine) {
        return new LineResult<>(badLine.line(), null, badLine);
    }

    /**
     * Returns the number of the line.
     *
     * @return the line number given to the read, at least 1
     */
    public long line() {
        return line;
    }

    /**
     * Checks whether the line was read.
     *
     * @return true if {@link #value()} is present, false if {@link #badLine()} is
     */
    public boolean isValue() {
        return value != null;
    }

    /**
     * Returns the value read.
     *
     * @return the value, valid, or empty for a bad line
     */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns why the line could not be read.
     *
     * @return the bad line, whose problems carry the line number, or empty if the value was read
     */
    public Optional<BadLine> badLine() {
        return Optional.ofNullable(badLine);
    }

    /**
     * Returns the value read, or throws the error of the bad line.
     *
     * @return the value, not null
     * @throws IptJsonException the error of the bad line
     */
    public T orElseThrow() {
        if (badLine != null) {
            throw badLine.error();
        }
        return value;
    }

    /**
     * Checks a result read from a stream: a line number of at least 1, and exactly one of a value
     * and a bad line of that number.
     *
     * @return this result
     * @throws InvalidObjectException if the stream does not make a result
     */
    private Object readResolve() throws ObjectStreamException {
        if (line < 1 || (value == null) == (badLine == null) || badLine != null && badLine.line() != line) {
            throw new InvalidObjectException("a LineResult holds a line number of at least 1 and either a value"
                    + " or a bad line of that number");
        }
        return this;
    }

    /**
     * Compares the line number and the value or the bad line. Two bad lines are equal only if they
     * hold the same error instance.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof LineResult<?> r && line == r.line && Objects.equals(value, r.value)
                && Objects.equals(badLine, r.badLine);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, value, badLine);
    }

    /**
     * Returns {@code "line N: read"} or the bad line's text; never the value.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return badLine == null ? "line " + line + ": read" : badLine.toString();
    }
}
