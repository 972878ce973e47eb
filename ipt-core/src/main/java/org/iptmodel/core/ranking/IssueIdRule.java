package org.iptmodel.core.ranking;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamField;
import java.io.Serializable;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.internal.SerialParts;

/** The tie-break of every policy, {@link RankingRules#ISSUE_ID}. Package-private singleton. */
final class IssueIdRule implements RankingRule, Serializable {
    private static final long serialVersionUID = 1L;
    /** No field is serialized: the serialized form is a {@code SerialProxy} ({@link #writeReplace()}). */
    private static final ObjectStreamField[] serialPersistentFields = {};

    static final String NAME = "issue-id";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Breaks the ties left by every rule of a policy: the issue with the lower id ranks first.";
    }

    @Override
    public String source() {
        return "The library's own tie-break: ordering the issues that every rule ties by their ids makes every"
                + " ranking a strict total order, independent of the order of the input; it carries no clinical"
                + " meaning, and a ranking flags the issues it decides.";
    }

    @Override
    public int compare(InterpersonalIssue first, InterpersonalIssue second, RankingContext context) {
        return first.id().compareTo(second.id());
    }

    @Override
    public String toString() {
        return NAME;
    }

    /**
     * Replaces the tie-break in a serialization stream by its name; it is read back as the
     * same instance.
     *
     * @return the serialized form, not null
     */
    Object writeReplace() {
        return SerialProxy.builtIn(this);
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
}
