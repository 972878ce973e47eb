package org.iptmodel.core.ranking;

import java.util.List;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.Reference;

/**
 * A named, documented comparison of two interpersonal issues, citing its clinical source.
 *
 * <p>A rule says which of two issues should be worked on first; a {@link RankingPolicy} applies
 * its rules in order. The built-in rules are in {@link RankingRules}. Users write their own rules
 * in one of two ways:
 * <ul>
 * <li>as a {@link KeyedRankingRule}, which maps each issue to a number once per ranking (lower
 *     ranks first). This is the cheap form: a policy computes each key once and compares
 *     numbers only;</li>
 * <li>by implementing this interface directly, as a comparison of two issues. A policy then
 *     sorts the issues once by the rule to give each a dense rank, at a cost of
 *     O(n log n) calls to {@link #compare}.</li>
 * </ul>
 *
 * <pre>{@code
 * RankingRule closestFirst = new RankingRule() {
 *     public String name() { return "closest-person"; }
 *     public String description() { return "Issues with a person in an inner ring of the circle first."; }
 *     public String source() { return "clinic guideline 4.2"; }
 *     public int compare(InterpersonalIssue a, InterpersonalIssue b, RankingContext context) {
 *         return Integer.compare(innermost(a, context), innermost(b, context));
 *     }
 * };
 * }</pre>
 *
 * <p>Contract for implementations: the name is 1 to 64 letters, digits, '.', '_', ':' or '-',
 * starting with a letter or digit, and unique within a policy (the name {@code issue-id} is the
 * policy's tie-break and is reserved); the description and source are not blank. Name,
 * description and source may appear in explanations and messages, so they must never contain
 * patient text. {@link #compare} must be a total preorder (reflexive, antisymmetric in sign,
 * transitive) that depends only on its arguments, and it must never throw for valid issues.
 * Implementations should be immutable and thread-safe. A policy checks the name, description and
 * source when it is built.
 */
public interface RankingRule {

    /**
     * Returns the rule's stable name, such as {@code "onset-link"}. Explanations name the rule by
     * it.
     *
     * @return the name, in identifier form, not null
     */
    String name();

    /**
     * Returns what the rule prefers, as one or two plain sentences.
     *
     * @return the description, not blank
     */
    String description();

    /**
     * Returns the clinical source of the rule in words, such as
     * {@code "A problem area is chosen when ... (ISIPT, Key IPT strategies; ...)"}; a rule that is
     * the user's or the library's own says so.
     *
     * @return the source, not blank
     */
    String source();

    /**
     * Returns the published works the rule follows, entries of
     * {@link org.iptmodel.core.Bibliography}. The built-in rules name theirs; a rule of the
     * user's own may name none.
     *
     * @return the references, unmodifiable; empty by default
     */
    default List<Reference> references() {
        return List.of();
    }

    /**
     * Compares two issues: negative if the first should rank before the second, positive if
     * after, zero if this rule cannot tell them apart.
     *
     * @param first the first issue, not null
     * @param second the second issue, not null
     * @param context the ranking context, not null
     * @return a negative number, zero or a positive number
     */
    int compare(InterpersonalIssue first, InterpersonalIssue second, RankingContext context);
}
