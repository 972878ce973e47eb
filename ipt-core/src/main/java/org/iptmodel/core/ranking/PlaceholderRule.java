package org.iptmodel.core.ranking;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamField;
import java.io.Serializable;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.internal.SerialParts;

/**
 * A rule known only by its name, read from a recorded ranking: {@link RankingRules#placeholder}.
 * It cannot compare issues. Package-private; equality compares the name.
 */
final class PlaceholderRule implements RankingRule, Serializable {
    private static final long serialVersionUID = 1L;
    /** No field is serialized: the serialized form is a {@code SerialProxy} ({@link #writeReplace()}). */
    private static final ObjectStreamField[] serialPersistentFields = {};

    private final String name;

    PlaceholderRule(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return "A rule known only by its name, as a recorded ranking names it; what it compares is not known here.";
    }

    @Override
    public String source() {
        return "The library's own placeholder for a rule a recorded ranking names and the reader does not know:"
                + " it keeps the record, and cannot rank.";
    }

    /**
     * Refuses to compare: a placeholder does not know what its rule compares.
     *
     * @throws IllegalStateException always
     */
    @Override
    public int compare(InterpersonalIssue first, InterpersonalIssue second, RankingContext context) {
        throw new IllegalStateException(RankingRules.PLACEHOLDER_CANNOT_RANK);
    }

    /**
     * Replaces this rule in a serialization stream by its name; read back as a placeholder.
     *
     * @return the serialized form, not null
     */
    Object writeReplace() {
        return SerialProxy.placeholder(this);
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

    @Override
    public boolean equals(Object other) {
        return other instanceof PlaceholderRule that && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
