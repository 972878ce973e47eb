package org.iptmodel.core.ranking;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Violation;
import org.iptmodel.core.internal.Identifiers;

/**
 * Why one issue of a {@link Ranking} ranks above the next one, as data: the name of the deciding
 * rule and the two values the rule compared, this issue's first.
 *
 * <pre>{@code
 * RankingReason reason = ranking.at(1).explanation().orElseThrow();
 * reason.rule();       // "onset-link"
 * reason.compared();   // [precipitated_onset, not_linked]
 * reason.words();      // "onset-link: precipitated_onset before not_linked"
 * }</pre>
 *
 * <p>The values are spellings, never text of the patient's: an enum value in lower snake case as
 * the JSON format spells it ({@code precipitated_onset}, {@code grief}, {@code high}), a number
 * as decimal text ({@code 3}, {@code -12}), or a word of the rule's own ({@code unknown}). What the
 * built-in rules compare: the issues' onset links ({@code onset-link},
 * {@code onset-before-maintenance}), problem areas ({@code deficits-by-exclusion}), priorities
 * ({@code patient-priority}), distress ratings ({@code distress}), amenabilities
 * ({@code amenability}) and days from the onset, or {@code unknown} ({@code onset-proximity}). A
 * {@link KeyedRankingRule} of the user's compares its keys; any other rule of the user's the
 * issues' dense ranks under it, counted from 1.
 *
 * <p>When every rule of the policy ties, the tie-break on issue ids decides
 * ({@link RankingRules#ISSUE_ID}); its reason, {@link #tieBreak()}, holds no compared values: the
 * ids are those of the two entries, and the tie-break compares nothing else.
 *
 * <p>This class is immutable and thread-safe. Equality compares the rule name and the values.
 *
 * @serial exclude
 */
public final class RankingReason implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The longest value. */
    public static final int MAX_VALUE_LENGTH = 64;

    private static final RankingReason TIE_BREAK = new RankingReason(IssueIdRule.NAME, List.of());

    /** @serial the rule's name */
    private final String rule;
    /** @serial the two values compared, or none for the tie-break */
    private final List<String> compared;

    private RankingReason(String rule, List<String> compared) {
        this.rule = rule;
        this.compared = compared;
    }

    /** A reason the policy itself made, of a rule's name and two values of spelling form: not checked. */
    RankingReason(String rule, String value, String nextValue) {
        this(rule, List.of(value, nextValue));
    }

    /**
     * Obtains the reason a rule of a policy gives: its name and the two values it compared.
     *
     * @param rule the name of the deciding rule, an identifier other than {@code issue-id}; not null
     * @param value what the rule saw in the issue ranked above, in spelling form; not null
     * @param nextValue what the rule saw in the next issue, in spelling form; not null
     * @return the reason, not null
     * @throws InvalidModelException if the rule is not an identifier (rule {@link ModelRule#ID_FORMAT},
     *         path {@code rule}) or is {@code issue-id}, whose reason is {@link #tieBreak()} (rule
     *         {@link ModelRule#RANKING_RECORD}, path {@code rule})
     * @throws InvalidModelException if a value is not 1 to {@value #MAX_VALUE_LENGTH} lower-case
     *         ASCII letters, digits, '_', '-', '.' or ':' (rule {@link ModelRule#RANKING_RECORD},
     *         path {@code compared[0]} or {@code compared[1]})
     */
    public static RankingReason of(String rule, String value, String nextValue) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(nextValue, "nextValue");
        List<Violation> violations = new ArrayList<>();
        if (!Identifiers.isToken(rule)) {
            violations.add(new Violation("rule", ModelRule.ID_FORMAT, "rule " + ModelRule.ID_FORMAT.description()));
        } else if (rule.equals(IssueIdRule.NAME)) {
            violations.add(new Violation("rule", ModelRule.RANKING_RECORD,
                    "rule issue-id compares no values: its reason is RankingReason.tieBreak()"));
        }
        String[] values = {value, nextValue};
        for (int i = 0; i < 2; i++) {
            if (!isValue(values[i])) {
                violations.add(new Violation("compared[" + i + "]", ModelRule.RANKING_RECORD, "compared[" + i
                        + "] must be 1 to " + MAX_VALUE_LENGTH + " lower-case letters, digits, '_', '-', '.' or ':'"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidModelException("RankingReason", violations);
        }
        return new RankingReason(rule, List.of(value, nextValue));
    }

    /**
     * Returns the reason of the tie-break on issue ids, {@link RankingRules#ISSUE_ID}: every rule of
     * the policy ties; it names the rule {@code issue-id} and holds no compared values.
     *
     * @return the reason, not null
     */
    public static RankingReason tieBreak() {
        return TIE_BREAK;
    }

    /**
     * Checks whether a string has the form of a compared value: 1 to {@value #MAX_VALUE_LENGTH}
     * lower-case ASCII letters, digits, '_', '-', '.' or ':'.
     *
     * @param value the string, not null
     * @return true if it is a value
     */
    public static boolean isValue(String value) {
        Objects.requireNonNull(value, "value");
        int n = value.length();
        if (n == 0 || n > MAX_VALUE_LENGTH) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.'
                    || c == ':';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the name of the deciding rule, {@code issue-id} for the tie-break.
     *
     * @return the name, an identifier, not null
     */
    public String rule() {
        return rule;
    }

    /**
     * Returns the values the rule compared: what it saw in the issue ranked above, then in the
     * next issue; none for the tie-break.
     *
     * @return two values, or none; unmodifiable, not null
     */
    public List<String> compared() {
        return compared;
    }

    /**
     * Checks whether this is the reason of the tie-break on issue ids.
     *
     * @return true if every rule of the policy tied
     */
    public boolean isTieBreak() {
        return compared.isEmpty();
    }

    /**
     * Returns the reason in words, for display: {@code "onset-link: precipitated_onset before
     * not_linked"}, or {@code "issue-id: every rule of the policy ties"} for the tie-break. Made of
     * the rule name and the values only, never of patient text.
     *
     * @return the words, not null
     */
    public String words() {
        return compared.isEmpty() ? rule + ": every rule of the policy ties"
                : rule + ": " + compared.get(0) + " before " + compared.get(1);
    }

    /**
     * Checks whether this reason equals another: same rule name and compared values.
     *
     * @param other the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof RankingReason that && rule.equals(that.rule) && compared.equals(that.compared);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return rule.hashCode() * 31 + compared.hashCode();
    }

    /**
     * Returns {@link #words()}.
     *
     * @return the words, not null
     */
    @Override
    public String toString() {
        return words();
    }

    /** Reads the reason back through its factories, so a tampered stream yields no invalid reason. */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            if (compared == null || !(compared.size() == 0 || compared.size() == 2)) {
                throw new java.io.InvalidObjectException("a ranking reason holds two compared values or none");
            }
            if (compared.isEmpty()) {
                if (!IssueIdRule.NAME.equals(rule)) {
                    throw new java.io.InvalidObjectException("only the tie-break compares no values");
                }
                return TIE_BREAK;
            }
            return of(rule, compared.get(0), compared.get(1));
        } catch (InvalidModelException | NullPointerException e) {
            java.io.InvalidObjectException failure = new java.io.InvalidObjectException("invalid ranking reason");
            failure.initCause(e);
            throw failure;
        }
    }
}
