package org.iptmodel.core.ranking;

import java.util.function.BiFunction;
import java.util.function.ToLongBiFunction;
import org.iptmodel.core.InterpersonalIssue;

/**
 * A rule of {@link RankingRules}. Package-private: its labels, made only of enum values and
 * numbers, explain a decision in words; equality is identity (each rule is a singleton).
 */
final class BuiltInRule implements KeyedRankingRule {
    private final String name;
    private final String description;
    private final String source;
    private final ToLongBiFunction<InterpersonalIssue, RankingContext> key;
    private final BiFunction<InterpersonalIssue, RankingContext, String> label;

    BuiltInRule(String name, String description, String source, ToLongBiFunction<InterpersonalIssue, RankingContext> key,
            BiFunction<InterpersonalIssue, RankingContext, String> label) {
        this.name = name;
        this.description = description;
        this.source = source;
        this.key = key;
        this.label = label;
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

    /** Returns what this rule sees in the issue: an enum value or a number, never patient text. */
    String label(InterpersonalIssue issue, RankingContext context) {
        return label.apply(issue, context);
    }

    @Override
    public String toString() {
        return name;
    }
}
