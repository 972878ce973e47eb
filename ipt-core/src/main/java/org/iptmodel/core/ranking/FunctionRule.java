package org.iptmodel.core.ranking;

import java.util.function.ToLongBiFunction;
import org.iptmodel.core.InterpersonalIssue;

/**
 * A keyed rule made by {@link KeyedRankingRule#of}, and the base of the {@link BuiltInRule}s.
 * Package-private; equality is identity.
 */
class FunctionRule implements KeyedRankingRule {
    private final String name;
    private final String description;
    private final String source;
    private final ToLongBiFunction<InterpersonalIssue, RankingContext> key;

    FunctionRule(String name, String description, String source, ToLongBiFunction<InterpersonalIssue, RankingContext> key) {
        this.name = name;
        this.description = description;
        this.source = source;
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
    public long key(InterpersonalIssue issue, RankingContext context) {
        return key.applyAsLong(issue, context);
    }

    @Override
    public String toString() {
        return name;
    }
}
