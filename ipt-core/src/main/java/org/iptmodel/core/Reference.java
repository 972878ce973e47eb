package org.iptmodel.core;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamField;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.iptmodel.core.internal.SerialParts;

/**
 * A published work the library relies on: a manual, a paper, a guideline or a web page of an IPT
 * society, with a stable key.
 *
 * <p>Every reference is an entry of the library's {@link Bibliography}; there is no other way to
 * obtain one. Protocols, instruments, ranking rules, ranking flags, deviation codes and safety
 * flags name the works they follow by reference, and the JSON documents carry the keys, so a
 * reader can always look a citation up:
 *
 * <pre>{@code
 * Reference phq9 = Bibliography.KROENKE_2001;
 * phq9.key();        // "kroenke-2001"
 * phq9.citation();   // "Kroenke K, Spitzer RL, Williams JBW (2001). The PHQ-9: ..."
 * Bibliography.find("kroenke-2001");   // Optional[kroenke-2001]
 * }</pre>
 *
 * <p>Where a detail of a work (pages, an edition, a number the library takes from it) could not be
 * checked against the work itself, {@link #note()} says so.
 *
 * <p>This class is immutable and thread-safe. Equality compares the key and every field. A
 * reference is serialized as its key and deserialized as the bibliography's entry with that key.
 */
public final class Reference implements Serializable {
    private static final long serialVersionUID = 1L;
    /** No field is serialized: the serialized form is the key ({@link #writeReplace()}). */
    private static final ObjectStreamField[] serialPersistentFields = {};

    private final String key;
    private final String authors;
    private final int year;
    private final String title;
    private final String publishedIn;
    private final String details;
    private final String doi;
    private final String url;
    private final String note;

    private Reference(Builder b) {
        this.key = b.key;
        this.authors = b.authors;
        this.year = b.year;
        this.title = b.title;
        this.publishedIn = b.publishedIn;
        this.details = b.details;
        this.doi = b.doi;
        this.url = b.url;
        this.note = b.note;
    }

    /** Starts an entry of the bibliography; package-private: references come from {@link Bibliography}. */
    static Builder builder(String key) {
        return new Builder(key);
    }

    /**
     * Returns the stable key, such as {@code "kroenke-2001"}: the first author's family name in
     * lower case, a hyphen and the year, with a suffix where that is not unique. Keys never change
     * once published; JSON documents store them.
     *
     * @return the key, in identifier form, not null
     */
    public String key() {
        return key;
    }

    /**
     * Returns the authors as they appear in the citation, such as
     * {@code "Kroenke K, Spitzer RL, Williams JBW"}, or the corporate author.
     *
     * @return the authors, not blank
     */
    public String authors() {
        return authors;
    }

    /**
     * Returns the year of publication.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * Returns the title of the work.
     *
     * @return the title, not blank
     */
    public String title() {
        return title;
    }

    /**
     * Returns where the work appeared: the journal, or the publisher and place of a book, or the
     * site of a web page.
     *
     * @return the journal, publisher or site, not blank
     */
    public String publishedIn() {
        return publishedIn;
    }

    /**
     * Returns the volume, issue and pages of a paper, or the edition of a book, if any.
     *
     * @return the details, or empty
     */
    public Optional<String> details() {
        return Optional.ofNullable(details);
    }

    /**
     * Returns the Digital Object Identifier, without the {@code https://doi.org/} prefix, if the
     * work has one.
     *
     * @return the DOI, such as {@code "10.1046/j.1525-1497.2001.016009606.x"}, or empty
     */
    public Optional<String> doi() {
        return Optional.ofNullable(doi);
    }

    /**
     * Returns an address where the work, or its record, can be found, if it has no DOI or the
     * page is the work itself.
     *
     * @return the URL, or empty
     */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /**
     * Returns what could not be confirmed about this work or about what the library takes from it,
     * if anything.
     *
     * @return the note, or empty
     */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /**
     * Returns the full citation: authors, year, title, where it appeared, the details and the DOI
     * or URL.
     *
     * @return the citation, not blank
     */
    public String citation() {
        StringBuilder s = new StringBuilder().append(authors).append(" (").append(year).append("). ").append(title);
        if (!title.endsWith("?") && !title.endsWith(".")) {
            s.append('.');
        }
        s.append(' ').append(publishedIn);
        if (details != null) {
            s.append(", ").append(details);
        }
        s.append('.');
        if (doi != null) {
            s.append(" https://doi.org/").append(doi);
        } else if (url != null) {
            s.append(' ').append(url);
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Reference r && key.equals(r.key) && authors.equals(r.authors) && year == r.year
                && title.equals(r.title) && publishedIn.equals(r.publishedIn) && Objects.equals(details, r.details)
                && Objects.equals(doi, r.doi) && Objects.equals(url, r.url) && Objects.equals(note, r.note);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    /**
     * Returns the key.
     *
     * @return the key, not null
     */
    @Override
    public String toString() {
        return key;
    }

    /**
     * Replaces this reference in a serialization stream by its key, which is read back as the
     * entry of the {@link Bibliography} with that key: the very same instance.
     *
     * @return the serialized form, not null
     */
    Object writeReplace() {
        return SerialProxy.of(this);
    }

    /**
     * Refuses a stream that holds this class without its serialized form.
     *
     * @param in the stream
     * @throws InvalidObjectException always
     */
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw SerialParts.proxyRequired();
    }

    /**
     * Refuses a stream that holds a subclass without this class's part.
     *
     * @throws InvalidObjectException always
     */
    private void readObjectNoData() throws InvalidObjectException {
        throw SerialParts.proxyRequired();
    }

    /** Assembles an entry of the bibliography. */
    static final class Builder {
        private final String key;
        private String authors;
        private int year;
        private String title;
        private String publishedIn;
        private String details;
        private String doi;
        private String url;
        private String note;

        private Builder(String key) {
            this.key = key;
        }

        Builder authors(String authors) {
            this.authors = authors;
            return this;
        }

        Builder year(int year) {
            this.year = year;
            return this;
        }

        Builder title(String title) {
            this.title = title;
            return this;
        }

        Builder publishedIn(String publishedIn) {
            this.publishedIn = publishedIn;
            return this;
        }

        Builder details(String details) {
            this.details = details;
            return this;
        }

        Builder doi(String doi) {
            this.doi = doi;
            return this;
        }

        Builder url(String url) {
            this.url = url;
            return this;
        }

        Builder note(String note) {
            this.note = note;
            return this;
        }

        /** Builds the entry; a missing field is a programming error of the bibliography. */
        Reference build() {
            if (key == null || !Ids.isToken(key) || authors == null || authors.isBlank() || year < 1900
                    || title == null || title.isBlank() || publishedIn == null || publishedIn.isBlank()) {
                throw new IllegalStateException("incomplete bibliography entry " + key);
            }
            return new Reference(this);
        }
    }
}
