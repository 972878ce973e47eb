package org.iptmodel.core.ranking;

import java.util.List;
import java.util.function.ToLongBiFunction;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.Reference;

/**
 * A keyed rule made by {@link KeyedRankingRule#of}, and the base of the {@link BuiltInRule}s.
 * Package-private; equality is identity.
 */
class FunctionRule implements KeyedRankingRule {
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

    @Override
    public String toString() {
        return name;
    }
}
