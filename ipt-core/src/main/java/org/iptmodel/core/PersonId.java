package org.iptmodel.core;

import java.io.Serializable;

/**
 * The opaque identifier of a person of the interpersonal inventory.
 *
 * <p>An identifier is 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or
 * digit, for example {@code "p-1"}. It must not carry a name or any other text that
 * identifies a patient. Identifiers compare by value and order by their text.
 *
 * @param value the identifier's text, never null
 * @serial exclude
 */
public record PersonId(String value) implements Comparable<PersonId>, Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an identifier.
     *
     * @param value the identifier's text, not null
     * @throws InvalidModelException if the text is not a valid identifier (rule {@link ModelRule#ID_FORMAT})
     */
    public PersonId {
        Ids.token("PersonId", value);
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value the identifier's text, not null
     * @return the identifier, not null
     * @throws InvalidModelException if the text is not a valid identifier (rule {@link ModelRule#ID_FORMAT})
     */
    public static PersonId of(String value) {
        return new PersonId(value);
    }

    @Override
    public int compareTo(PersonId other) {
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
