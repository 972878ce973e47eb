package org.iptmodel.core.ranking;

import java.io.InvalidObjectException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamField;
import java.io.Serializable;
import java.util.List;
import java.util.function.ToLongBiFunction;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.Reference;
import org.iptmodel.core.internal.SerialParts;

/**
 * A keyed rule made by {@link KeyedRankingRule#of}, and the base of the {@link BuiltInRule}s.
 * Package-private; equality is identity.
 */
class FunctionRule implements KeyedRankingRule, Serializable {
    private static final long serialVersionUID = 1L;
    /** No field is serialized: the serialized form is a {@code SerialProxy} ({@link #writeReplace()}). */
    private static final ObjectStreamField[] serialPersistentFields = {};

    private final String name;
    private final String description;
    private final String source;
    private final List<Reference> references;
    private final ToLongBiFunction<InterpersonalIssue, RankingContext> key;

    FunctionRule(String name, String description, String source, List<Reference> references,
            ToLongBiFunction<InterpersonalIssue, RankingContext> key) {
        this.name = name;
        this.description = description;
        this.source = source;
        this.references = List.copyOf(references);
        this.key = key;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public List<Reference> references() {
        return references;
    }

    @Override
    public long key(InterpersonalIssue issue, RankingContext context) {
        return key.applyAsLong(issue, context);
    }

    /** The key function, for the serialized form of a policy holding this rule. */
    ToLongBiFunction<InterpersonalIssue, RankingContext> keyFunction() {
        return key;
    }

    /**
     * Replaces this rule in a serialization stream by its name, description, source and key
     * function, read back through {@link KeyedRankingRule#of}; the key function must be
     * serializable.
     *
     * @return the serialized form, not null
     * @throws NotSerializableException if the key function is not serializable
     */
    Object writeReplace() throws NotSerializableException {
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

    @Override
    public String toString() {
        return name;
    }
}
