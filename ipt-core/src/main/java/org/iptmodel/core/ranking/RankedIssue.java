package org.iptmodel.core.ranking;

import java.util.Objects;
import java.util.Optional;
import org.iptmodel.core.InterpersonalIssue;

/**
 * One issue of a {@link Ranking}: its position, and the rule that placed it above the next issue.
 *
 * <pre>{@code
 * RankedIssue first = ranking.at(1);
 * first.position();   // 1
 * first.decidedBy();  // Optional[onset-link]
 * first.reason();     // "onset-link: PRECIPITATED_ONSET before NOT_LINKED"
 * }</pre>
 *
 * <p>The deciding rule is the first rule of the policy that tells this issue and the next one
 * apart; {@link RankingRules#ISSUE_ID} when every rule of the policy ties; absent for the last
 * issue. The reason is made only of the rule's name, enum values and numbers: never of the
 * issue's summary or any other patient text.
 *
 * <p>This class is immutable and thread-safe. Instances are made by {@link RankingPolicy}.
 */
public final class RankedIssue {
    private final int position;
    private final InterpersonalIssue issue;
    private final RankingRule decidedBy;
    private final String reason;

    /** An entry placed above the next issue by {@code decidedBy} (null for the last), for this reason. */
    RankedIssue(int position, InterpersonalIssue issue, RankingRule decidedBy, String reason) {
        this.position = position;
        this.issue = issue;
        this.decidedBy = decidedBy;
        this.reason = reason;
    }

    /**
     * Returns the issue's position in the ranking, 1 being the first.
     *
     * @return the position, at least 1
     */
    public int position() {
        return position;
    }

    /**
     * Returns the issue.
     *
     * @return the issue, not null
     */
    public InterpersonalIssue issue() {
        return issue;
    }

    /**
     * Returns the rule that placed this issue above the next one.
     *
     * @return the first rule of the policy that separates the two, {@link RankingRules#ISSUE_ID}
     *         if all of them tie, or empty for the last issue
     */
    public Optional<RankingRule> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    /**
     * Checks whether only the tie-break on issue id separated this issue from the next one.
     *
     * @return true if every rule of the policy ties with the next issue
     */
    public boolean isTieBreak() {
        return decidedBy == RankingRules.ISSUE_ID;
    }

    /**
     * Returns why this issue ranks above the next one, in words made of the rule's name, enum
     * values and numbers only, for example {@code "patient-priority: 1 before 3"}.
     *
     * @return the reason, not null
     */
    public String reason() {
        return reason;
    }

    /** The reason a rule separates two issues: its name, then enum values or numbers only. */
    static String word(RankingRule rule, InterpersonalIssue first, InterpersonalIssue second, long key,
            long nextKey, RankingContext context) {
        if (rule instanceof BuiltInRule) {
            BuiltInRule builtIn = (BuiltInRule) rule;
            return rule.name() + ": " + builtIn.label(first, context) + " before " + builtIn.label(second, context);
        }
        if (rule instanceof KeyedRankingRule) {
            return rule.name() + ": key " + key + " before key " + nextKey;
        }
        return rule.name() + ": rank " + (key + 1) + " before rank " + (nextKey + 1);
    }

    /**
     * Checks whether this entry equals another: same position, issue, deciding rule and reason.
     *
     * @param other the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RankedIssue)) {
            return false;
        }
        RankedIssue that = (RankedIssue) other;
        return position == that.position && issue.equals(that.issue) && Objects.equals(decidedBy, that.decidedBy)
                && reason.equals(that.reason);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(position, issue, decidedBy, reason);
    }

    /**
     * Returns the position, the issue id and area and the reason; never patient text.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return position + ". " + issue.id() + " " + issue.area() + " (" + reason + ")";
    }
}
