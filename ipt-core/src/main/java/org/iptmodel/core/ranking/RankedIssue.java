package org.iptmodel.core.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Violation;

/**
 * One issue of a {@link Ranking}: its position, the rule that placed it above the next issue, and
 * why, as data.
 *
 * <pre>{@code
 * RankedIssue first = ranking.at(1);
 * first.position();      // 1
 * first.decidedBy();     // Optional[onset-link]
 * first.explanation();   // Optional[onset-link: precipitated_onset before not_linked]
 * first.reason();        // "onset-link: precipitated_onset before not_linked"
 * }</pre>
 *
 * <p>The deciding rule is the first rule of the policy that tells this issue and the next one
 * apart; {@link RankingRules#ISSUE_ID} when every rule of the policy ties; absent for the last
 * issue. The explanation ({@link RankingReason}) names the deciding rule and holds the values it
 * compared, in spelling form: never the issue's summary or any other patient text.
 *
 * <p>A {@link RankingPolicy} makes the entries of its rankings; {@link #of} and {@link #last} make
 * the entries of a ranking recorded earlier, to rebuild it with {@link Ranking#of}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RankedIssue {
    private final int position;
    private final InterpersonalIssue issue;
    private final RankingRule decidedBy;
    private final RankingReason explanation;

    /** An entry placed above the next issue by {@code decidedBy} (null for the last), for this reason. */
    RankedIssue(int position, InterpersonalIssue issue, RankingRule decidedBy, RankingReason explanation) {
        this.position = position;
        this.issue = issue;
        this.decidedBy = decidedBy;
        this.explanation = explanation;
    }

    /**
     * Obtains an entry that ranks above the next one: its position, issue, deciding rule and
     * reason.
     *
     * <pre>{@code
     * RankedIssue entry = RankedIssue.of(1, grief, RankingRules.ONSET_LINK,
     *         RankingReason.of("onset-link", "precipitated_onset", "not_linked"));
     * }</pre>
     *
     * @param position the position, at least 1
     * @param issue the issue, not null
     * @param decidedBy the rule that placed the issue above the next one: a rule of the policy, or
     *        {@link RankingRules#ISSUE_ID}; not null
     * @param reason why, naming that rule: {@link RankingReason#tieBreak()} for
     *        {@link RankingRules#ISSUE_ID}, else the values the rule compared; not null
     * @return the entry, not null
     * @throws InvalidModelException if the position is below 1 (rule {@link ModelRule#VALUE_IN_RANGE},
     *         path {@code position})
     * @throws InvalidModelException if the reason names another rule, or holds compared values for
     *         the tie-break (rule {@link ModelRule#RANKING_RECORD}, path {@code explanation})
     */
    public static RankedIssue of(int position, InterpersonalIssue issue, RankingRule decidedBy,
            RankingReason reason) {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(reason, "reason");
        List<Violation> violations = new ArrayList<>(1);
        checkPosition(position, violations);
        if (!reason.rule().equals(decidedBy.name()) || reason.isTieBreak() != (decidedBy == RankingRules.ISSUE_ID)) {
            violations.add(new Violation("explanation", ModelRule.RANKING_RECORD,
                    "explanation must name the deciding rule, with compared values exactly for a rule of the policy"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidModelException("RankedIssue", violations);
        }
        return new RankedIssue(position, issue, decidedBy, reason);
    }

    /**
     * Obtains the last entry of a ranking, which no rule places above another.
     *
     * @param position the position, the number of entries of the ranking, at least 1
     * @param issue the issue, not null
     * @return the entry, not null
     * @throws InvalidModelException if the position is below 1 (rule {@link ModelRule#VALUE_IN_RANGE},
     *         path {@code position})
     */
    public static RankedIssue last(int position, InterpersonalIssue issue) {
        Objects.requireNonNull(issue, "issue");
        List<Violation> violations = new ArrayList<>(1);
        checkPosition(position, violations);
        if (!violations.isEmpty()) {
            throw new InvalidModelException("RankedIssue", violations);
        }
        return new RankedIssue(position, issue, null, null);
    }

    private static void checkPosition(int position, List<Violation> violations) {
        if (position < 1) {
            violations.add(new Violation("position", ModelRule.VALUE_IN_RANGE, "position must be at least 1"));
        }
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
     * Returns why this issue ranks above the next one, as data: the deciding rule's name and the
     * values it compared.
     *
     * @return the reason, or empty for the last issue
     */
    public Optional<RankingReason> explanation() {
        return Optional.ofNullable(explanation);
    }

    /**
     * Returns why this issue ranks above the next one in words, made from {@link #explanation()}:
     * for example {@code "patient-priority: 1 before 3"}, {@code "issue-id: every rule of the
     * policy ties"}, or {@code "last of 4"} for the last issue. Never patient text.
     *
     * @return the reason, not null
     */
    public String reason() {
        return explanation == null ? "last of " + position : explanation.words();
    }

    /** The reason a rule separates two issues: its name and what it compared, in spelling form. */
    static RankingReason word(RankingRule rule, InterpersonalIssue first, InterpersonalIssue second, long key,
            long nextKey, RankingContext context) {
        if (rule instanceof BuiltInRule builtIn) {
            return new RankingReason(rule.name(), builtIn.label(first, context), builtIn.label(second, context));
        }
        if (rule instanceof KeyedRankingRule) {
            return new RankingReason(rule.name(), Long.toString(key), Long.toString(nextKey));
        }
        return new RankingReason(rule.name(), Long.toString(key + 1), Long.toString(nextKey + 1));
    }

    /**
     * Checks whether this entry equals another: same position, issue, deciding rule and explanation.
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
                && Objects.equals(explanation, that.explanation);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(position, issue, decidedBy, explanation);
    }

    /**
     * Returns the position, the issue id and area and the reason; never patient text.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return position + ". " + issue.id() + " " + issue.area() + " (" + reason() + ")";
    }
}
