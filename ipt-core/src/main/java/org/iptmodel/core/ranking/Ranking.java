package org.iptmodel.core.ranking;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamField;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Verification;
import org.iptmodel.core.Violation;
import org.iptmodel.core.internal.SerialParts;

/**
 * The patient's issues in the order a {@link RankingPolicy} gives them, each with the rule that
 * placed it above the next, and the flags raised for review.
 *
 * <pre>{@code
 * Ranking ranking = RankingPolicy.clinicalDefault().rank(course);
 * for (RankedIssue entry : ranking.entries()) {
 *     System.out.println(entry);  // "1. i-2 GRIEF (onset-link: precipitated_onset before not_linked)"
 * }
 * ranking.flags();                // e.g. [RankingFlag[code=GRIEF_WITHOUT_DEATH, issue=i-4]]
 * }</pre>
 *
 * <p>A ranking is a strict total order: no two issues share a position. It is deterministic and
 * independent of the order in which the issues were given. The flags follow the ranking order.
 *
 * <p>A ranking is made by {@link RankingPolicy#rank}, or rebuilt from what it records with
 * {@link #of}: the record of a ranking made earlier (read from a document, for example) stays
 * what it is when a rule, a constant or the words of a reason change later, and its rules may be
 * placeholders ({@link RankingRules#placeholder}). Whether a policy still ranks the same issues
 * the same way is an explicit question, {@link #verify(RankingPolicy)}.
 *
 * <p>This class is immutable and thread-safe. Equality compares the policy, the context, the
 * entries and the flags.
 */
public final class Ranking implements Serializable {
    private static final long serialVersionUID = 1L;
    /** No field is serialized: the serialized form is a {@code SerialProxy} ({@link #writeReplace()}). */
    private static final ObjectStreamField[] serialPersistentFields = {};

    private final RankingPolicy policy;
    private final RankingContext context;
    private final List<RankedIssue> entries;
    private final List<InterpersonalIssue> issues;
    private final List<RankingFlag> flags;

    /**
     * A ranking made by the policy itself: the entries and the array of sorted issues are
     * wrapped, not copied, and never changed again by the caller.
     */
    Ranking(RankingPolicy policy, RankingContext context, List<RankedIssue> entries, InterpersonalIssue[] issues,
            List<RankingFlag> flags) {
        this.policy = policy;
        this.context = context;
        this.entries = Collections.unmodifiableList(entries);
        this.issues = Collections.unmodifiableList(Arrays.asList(issues));
        this.flags = List.copyOf(flags);
    }

    /**
     * Obtains a ranking from what it records: the policy and context it was made with, its entries
     * and its flags. Nothing is ranked: the entries are taken as they are, after checking every
     * rule of the structure of a ranking.
     *
     * <pre>{@code
     * Ranking again = Ranking.of(ranking.policy(), ranking.context(), ranking.entries(), ranking.flags());
     * again.equals(ranking);   // true
     * again.verify(RankingPolicy.clinicalDefault()).isConfirmed();   // true if that policy ranks them alike
     * }</pre>
     *
     * <p>Cost: O(n + f) for n entries and f flags, with a hash set of the ids.
     *
     * @param policy the policy the ranking was made by, not null; its rules may be placeholders
     * @param context the context it was made in, not null
     * @param entries the entries, the first first, not null, without null elements
     * @param flags the flags, not null, without null elements
     * @return the ranking, not null
     * @throws InvalidModelException if an entry's position is not its place in the list counted
     *         from 1 (rule {@link ModelRule#RANKING_RECORD}, path {@code entries[i].position})
     * @throws InvalidModelException if an entry but the last has no deciding rule, the last has
     *         one, or a deciding rule is neither a rule of the policy nor
     *         {@link RankingRules#ISSUE_ID} (rule {@link ModelRule#RANKING_RECORD}, path
     *         {@code entries[i].decidedBy})
     * @throws InvalidModelException if two entries hold issues of one id (rule
     *         {@link ModelRule#UNIQUE_IDS}, path {@code entries[i].issue.id} of the later one), or an
     *         issue names a person not in the context's inventory (rule
     *         {@link ModelRule#KNOWN_PERSON}, path {@code entries[i].issue.people[j]})
     * @throws InvalidModelException if a flag concerns an issue that is not ranked (rule
     *         {@link ModelRule#KNOWN_ISSUE}, path {@code flags[i].issue}), has a code a ranking does
     *         not raise ({@link RankingFlag.Code#FOCUS_NOT_LINKED},
     *         {@link RankingFlag.Code#FOCUS_DECIDED_BY_ID}; path {@code flags[i].code}), or is out
     *         of order: by the position of its issue, then by code (rule
     *         {@link ModelRule#RANKING_RECORD}, path {@code flags[i]})
     */
    public static Ranking of(RankingPolicy policy, RankingContext context, List<RankedIssue> entries,
            List<RankingFlag> flags) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(flags, "flags");
        List<RankedIssue> given = new ArrayList<>(entries);
        List<RankingFlag> raised = new ArrayList<>(flags);
        int n = given.size();
        InterpersonalIssue[] issues = new InterpersonalIssue[n];
        List<Violation> violations = new ArrayList<>();
        Set<RankingRule> rules = new HashSet<>(policy.rules());
        for (int i = 0; i < n; i++) {
            RankedIssue entry = given.get(i);
            if (entry == null) {
                throw new NullPointerException("entries[" + i + "]");
            }
            issues[i] = entry.issue();
            String path = "entries[" + i + "]";
            if (entry.position() != i + 1) {
                violations.add(new Violation(path + ".position", ModelRule.RANKING_RECORD,
                        path + ".position must be the entry's place in the ranking, counted from 1"));
            }
            Optional<RankingRule> decidedBy = entry.decidedBy();
            if (i == n - 1) {
                if (decidedBy.isPresent()) {
                    violations.add(new Violation(path + ".decidedBy", ModelRule.RANKING_RECORD,
                            path + ".decidedBy must be absent for the last entry"));
                }
            } else if (decidedBy.isEmpty()) {
                violations.add(new Violation(path + ".decidedBy", ModelRule.RANKING_RECORD,
                        path + ".decidedBy must name the rule that ranks the issue above the next one"));
            } else if (decidedBy.get() != RankingRules.ISSUE_ID && !rules.contains(decidedBy.get())) {
                violations.add(new Violation(path + ".decidedBy", ModelRule.RANKING_RECORD,
                        path + ".decidedBy must be a rule of the policy or the issue-id tie-break"));
            }
        }
        Ranker.checkIssues(issues, context, "entries[", "].issue", violations);
        checkFlags(issues, raised, violations);
        if (!violations.isEmpty()) {
            throw new InvalidModelException("Ranking", violations);
        }
        return new Ranking(policy, context, given, issues, raised);
    }

    /** Adds the violations of flags about issues not ranked, of focus codes, or out of ranking order. */
    private static void checkFlags(InterpersonalIssue[] issues, List<RankingFlag> flags, List<Violation> violations) {
        Map<IssueId, Integer> positions = new HashMap<>();
        for (int i = 0; i < issues.length; i++) {
            positions.putIfAbsent(issues[i].id(), i);
        }
        int lastPosition = -1;
        int lastCode = -1;
        for (int i = 0; i < flags.size(); i++) {
            RankingFlag flag = flags.get(i);
            if (flag == null) {
                throw new NullPointerException("flags[" + i + "]");
            }
            String path = "flags[" + i + "]";
            Integer position = positions.get(flag.issue());
            if (position == null) {
                violations.add(new Violation(path + ".issue", ModelRule.KNOWN_ISSUE,
                        path + ".issue must name a ranked issue"));
                continue;
            }
            if (flag.code() == RankingFlag.Code.FOCUS_NOT_LINKED || flag.code() == RankingFlag.Code.FOCUS_DECIDED_BY_ID) {
                violations.add(new Violation(path + ".code", ModelRule.RANKING_RECORD,
                        path + ".code is raised by a focus selection, not by a ranking"));
                continue;
            }
            int code = flag.code().ordinal();
            if (position < lastPosition || position == lastPosition && code <= lastCode) {
                violations.add(new Violation(path, ModelRule.RANKING_RECORD,
                        path + " must follow the flags before it in the ranking order of their issues, then by code"));
            }
            lastPosition = position;
            lastCode = code;
        }
    }

    /**
     * Checks this ranking against a policy: ranks the same issues in the same context with the
     * policy and lists every place where what this ranking records differs from what the policy
     * makes. The list is empty exactly when the policy has the same name and rule names as the
     * one recorded, and ranks the issues in the same order, for the same reasons, with the same
     * flags.
     *
     * <pre>{@code
     * Ranking stored = IptJson.strict().ranking().read(json);
     * Verification found = stored.verify(RankingPolicy.clinicalDefault());
     * found.isConfirmed();   // true while the policy still ranks the issues as recorded
     * }</pre>
     *
     * <p>Cost: one {@link RankingPolicy#rank(List, RankingContext)}, then O(n + f).
     *
     * @param policy the policy to check against, not null
     * @return the discrepancies, in the order of the paths: {@code policy.name}, {@code policy.rules},
     *         each entry's ({@code entries[i].issue}, {@code entries[i].decidedBy},
     *         {@code entries[i].explanation}), then the flags' ({@code flags[i]}, or {@code flags}
     *         when their number differs); confirmed if the policy agrees
     * @throws IllegalStateException if a rule of the policy is a placeholder
     *         ({@link RankingRules#placeholder}), which cannot rank
     */
    public Verification verify(RankingPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        Ranking made = policy.rank(issues, context);
        List<Verification.Discrepancy> found = new ArrayList<>();
        if (!policy.name().equals(this.policy.name())) {
            found.add(new Verification.Discrepancy("policy.name", "policy.name differs from the name recorded"));
        }
        if (!ruleNames(policy).equals(ruleNames(this.policy))) {
            found.add(new Verification.Discrepancy("policy.rules", "policy.rules differ from the rule names recorded"));
        }
        for (int i = 0; i < entries.size(); i++) {
            RankedIssue recorded = entries.get(i);
            RankedIssue other = made.entries.get(i);
            String path = "entries[" + i + "]";
            if (!recorded.issue().equals(other.issue())) {
                found.add(new Verification.Discrepancy(path + ".issue", path
                        + ".issue is not the issue the policy ranks at this position"));
                continue;
            }
            if (!recorded.decidedBy().map(RankingRule::name).equals(other.decidedBy().map(RankingRule::name))) {
                found.add(new Verification.Discrepancy(path + ".decidedBy", path
                        + ".decidedBy is not the rule the policy finds deciding"));
            } else if (!recorded.explanation().equals(other.explanation())) {
                found.add(new Verification.Discrepancy(path + ".explanation", path
                        + ".explanation is not the reason the policy gives"));
            }
        }
        for (int i = 0; i < Math.max(flags.size(), made.flags.size()); i++) {
            if (i == flags.size() || i == made.flags.size()) {
                found.add(new Verification.Discrepancy("flags", "flags are not as many as the policy raises"));
                break;
            }
            if (!flags.get(i).equals(made.flags.get(i))) {
                found.add(new Verification.Discrepancy("flags[" + i + "]", "flags[" + i
                        + "] is not the flag the policy raises here"));
            }
        }
        return new Verification(found);
    }

    private static List<String> ruleNames(RankingPolicy policy) {
        List<String> names = new ArrayList<>(policy.rules().size());
        for (RankingRule rule : policy.rules()) {
            names.add(rule.name());
        }
        return names;
    }

    /**
     * Returns the policy that made this ranking.
     *
     * @return the policy, not null
     */
    public RankingPolicy policy() {
        return policy;
    }

    /**
     * Returns the context the issues were ranked in.
     *
     * @return the context, not null
     */
    public RankingContext context() {
        return context;
    }

    /**
     * Returns the ranked issues, the first first.
     *
     * @return the entries, unmodifiable; entry i has position i + 1
     */
    public List<RankedIssue> entries() {
        return entries;
    }

    /**
     * Returns the issues in ranking order.
     *
     * @return the issues, unmodifiable, not null
     */
    public List<InterpersonalIssue> issues() {
        return issues;
    }

    /**
     * Returns the flags raised for review, in ranking order of their issues.
     *
     * @return the flags, unmodifiable, not null
     */
    public List<RankingFlag> flags() {
        return flags;
    }

    /**
     * Returns the number of ranked issues.
     *
     * @return the count, at least 0
     */
    public int size() {
        return entries.size();
    }

    /**
     * Checks whether no issue was ranked.
     *
     * @return true if the ranking is empty
     */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Returns the entry at a position.
     *
     * @param position the position, from 1 to {@link #size()}
     * @return the entry, not null
     * @throws InvalidModelException if there is no such position (rule {@link ModelRule#VALUE_IN_RANGE})
     */
    public RankedIssue at(int position) {
        if (position < 1 || position > entries.size()) {
            throw new InvalidModelException("Ranking", List.of(new Violation("position", ModelRule.VALUE_IN_RANGE,
                    "position must be between 1 and " + entries.size() + ", was " + position)));
        }
        return entries.get(position - 1);
    }

    /**
     * Finds the entry of an issue.
     *
     * @param id the issue's id, not null
     * @return the entry, or empty if the ranking holds no issue with this id
     */
    public Optional<RankedIssue> find(IssueId id) {
        Objects.requireNonNull(id, "id");
        for (int i = 0; i < issues.size(); i++) {
            if (issues.get(i).id().equals(id)) {
                return Optional.of(entries.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Replaces this ranking in a serialization stream by its serialized form, its policy, context,
     * entries and flags, which is read back through {@link #of}, without ranking again.
     *
     * @return the serialized form, not null
     */
    Object writeReplace() {
        return SerialProxy.of(this);
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

    /**
     * Checks whether this ranking equals another: same policy, context, entries and flags.
     *
     * @param other the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Ranking)) {
            return false;
        }
        Ranking that = (Ranking) other;
        return policy.equals(that.policy) && context.equals(that.context) && entries.equals(that.entries)
                && flags.equals(that.flags);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(policy, context, entries, flags);
    }

    /**
     * Returns the policy name, the entries and the flags; never patient text.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "Ranking[policy=" + policy.name() + ", entries=" + entries + ", flags=" + flags + "]";
    }
}
