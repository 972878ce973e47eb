package org.iptmodel.core;

import java.io.Serializable;

/**
 * An opaque reference to the patient of a course, never a name.
 *
 * <p>The reference links a course to a record kept elsewhere (for example a pseudonym issued by
 * a research database). It has the identifier form: 1 to 64 letters, digits, '.', '_', ':' or
 * '-', starting with a letter or digit. Because even a pseudonym may identify a patient when
 * combined with other data, {@link #toString()} never shows it: read it with {@link #value()}.
 *
 * @param value the reference's text, never null
 * @serial exclude
 */
public record PatientRef(String value) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a reference.
     *
     * @param value the reference's text, not null
     * @throws InvalidModelException if the text is not of the identifier form (rule {@link ModelRule#ID_FORMAT})
     */
    public PatientRef {
        Ids.token("PatientRef", value);
    }

    /**
     * Obtains a reference from its text.
     *
     * @param value the reference's text, not null
     * @return the reference, not null
     * @throws InvalidModelException if the text is not of the identifier form (rule {@link ModelRule#ID_FORMAT})
     */
    public static PatientRef of(String value) {
        return new PatientRef(value);
    }

    /**
     * Returns a redacted form, {@code "PatientRef[***]"}; the value is never shown.
     *
     * @return the redacted form, not null
     */
    @Override
    public String toString() {
        return "PatientRef[***]";
    }
}
