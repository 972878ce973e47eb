package org.iptmodel.core;

import java.io.Serializable;

/**
 * The opaque identifier of a course.
 *
 * <p>An identifier is 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or
 * digit, for example {@code "c-2026-001"}. It must not carry a name or any other text that
 * identifies a patient. Identifiers compare by value and order by their text.
 *
 * @param value the identifier's text, never null
 * @serial exclude
 */
public record CourseId(String value) implements Comparable<CourseId>, Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an identifier.
     *
     * @param value the identifier's text, not null
     * @throws InvalidModelException if the text is not a valid identifier (rule {@link ModelRule#ID_FORMAT})
     */
    public CourseId {
        Ids.token("CourseId", value);
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value the identifier's text, not null
     * @return the identifier, not null
     * @throws InvalidModelException if the text is not a valid identifier (rule {@link ModelRule#ID_FORMAT})
     */
    public static CourseId of(String value) {
        return new CourseId(value);
    }

    @Override
    public int compareTo(CourseId other) {
        return value.compareTo(other.value);
    }

    /**
     * Returns the identifier's text, the form accepted by {@link #of(String)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return value;
    }
}
