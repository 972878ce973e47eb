package org.iptmodel.core.ranking;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamField;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToLongBiFunction;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.Reference;
import org.iptmodel.core.internal.SerialParts;

/**
 * A rule of {@link RankingRules}: a {@link FunctionRule} whose labels, made only of enum values and
 * numbers, explain a decision in words. Package-private; equality is identity (each rule is a
 * singleton).
 */
final class BuiltInRule extends FunctionRule {
    private static final long serialVersionUID = 1L;
    /** No field is serialized: the serialized form is a {@code SerialProxy} ({@link #writeReplace()}). */
    private static final ObjectStreamField[] serialPersistentFields = {};

    private final BiFunction<InterpersonalIssue, RankingContext, String> label;

    BuiltInRule(String name, String description, String source, List<Reference> references,
            ToLongBiFunction<InterpersonalIssue, RankingContext> key,
            BiFunction<InterpersonalIssue, RankingContext, String> label) {
        super(name, description, source, references, key);
        this.label = label;
    }

    /** Returns what this rule sees in the issue: an enum value or a number, never patient text. */
    String label(InterpersonalIssue issue, RankingContext context) {
        return label.apply(issue, context);
    }

    /**
     * Replaces this built-in rule in a serialization stream by its name; it is read back as the
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
