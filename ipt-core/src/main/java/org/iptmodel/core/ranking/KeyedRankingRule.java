package org.iptmodel.core.ranking;

import java.util.List;
import java.util.Objects;
import java.util.function.ToLongBiFunction;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Violation;

/**
 * A ranking rule that maps each issue to a number, lower numbers ranking first.
 *
 * <p>This is the cheap form of a rule: a {@link RankingPolicy} computes each issue's key once per
 * ranking, then compares numbers only, with no allocation per comparison. {@link #compare} is
 * defined by the keys and should not be overridden; if it is, it must agree with them.
 *
 * <pre>{@code
 * KeyedRankingRule fewerPeopleFirst = KeyedRankingRule.of("fewer-people",
 *         "Issues involving fewer people first.", "clinic guideline 4.3",
 *         (issue, context) -> issue.people().size());
 * }</pre>
 *
 * <p>The contract of {@link RankingRule} applies; in addition {@link #key} must depend only on its
 * arguments.
 */
public interface KeyedRankingRule extends RankingRule {

    /**
     * Obtains a keyed rule from a name, a description, a source and a key function.
     *
     * <p>Explanations of a custom keyed rule show the keys as numbers. The rule equals only
     * itself, so two policies holding it are equal only if they hold this very instance.
     *
     * <p>The rule is {@link java.io.Serializable}, and so is a policy holding it, when the key
     * function is, for example {@code (ToLongBiFunction<InterpersonalIssue, RankingContext> &
     * Serializable) (issue, context) -> issue.people().size()}; it is read back as a new rule (equal
     * only to itself) made by this method. Otherwise writing it throws a
     * {@link java.io.NotSerializableException} that names it.
     *
     * @param name the rule's name, in identifier form, not null
     * @param description what the rule prefers, not blank
     * @param source the clinical source, not blank
     * @param key the key of an issue in a context, lower ranking first; not null, thread-safe
     * @return the rule, immutable and thread-safe if the key function is, not null
     * @throws InvalidModelException if the name is not an identifier (rule
     *         {@link ModelRule#ID_FORMAT}, path {@code name})
     * @throws InvalidModelException if the description or source is blank (rule
     *         {@link ModelRule#NOT_BLANK}, path {@code description} or {@code source})
     */
    static KeyedRankingRule of(String name, String description, String source,
            ToLongBiFunction<InterpersonalIssue, RankingContext> key) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(key, "key");
        List<Violation> violations = RuleChecks.describe(name, description, source, "");
        if (!violations.isEmpty()) {
            throw new InvalidModelException("RankingRule", violations);
        }
        return new FunctionRule(name, description, source, List.of(), key);
    }

    /**
     * Returns the issue's key in the context: lower keys rank first.
     *
     * @param issue the issue, not null
     * @param context the ranking context, not null
     * @return the key
     */
    long key(InterpersonalIssue issue, RankingContext context);

    /**
     * Compares two issues by their keys.
     *
     * @param first the first issue, not null
     * @param second the second issue, not null
     * @param context the ranking context, not null
     * @return {@code Long.compare(key(first, context), key(second, context))}
     */
    @Override
    default int compare(InterpersonalIssue first, InterpersonalIssue second, RankingContext context) {
        return Long.compare(key(first, context), key(second, context));
    }
}
