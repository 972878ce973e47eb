package org.iptmodel.core.ranking;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToLongBiFunction;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.Reference;

/**
 * A rule of {@link RankingRules}: a {@link FunctionRule} whose labels, made only of enum values and
 * numbers, explain a decision in words. Package-private; equality is identity (each rule is a
 * singleton).
 */
final class BuiltInRule extends FunctionRule {
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
}
