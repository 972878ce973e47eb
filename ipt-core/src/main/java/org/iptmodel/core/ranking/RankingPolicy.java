package org.iptmodel.core.ranking;

import java.io.InvalidObjectException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamField;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.iptmodel.core.Course;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Violation;
import org.iptmodel.core.internal.Identifiers;
import org.iptmodel.core.internal.SerialParts;

/**
 * An ordered list of ranking rules, applied lexicographically, with a final tie-break on the issue
 * id.
 *
 * <p>To compare two issues a policy asks its first rule; only if that rule ties does it ask the
 * next, and so on; if every rule ties, the issue with the lower {@link IssueId} ranks first
 * ({@link RankingRules#ISSUE_ID}). Issue ids are unique, so every ranking is a strict total order,
 * and it is the same whatever the order of the input.
 *
 * <p>Two policies are built in. {@link #clinicalDefault()} encodes the IPT manuals: the link to
 * the current episode first (onset and maintenance alike), then interpersonal deficits only when
 * no other area linked alike is present, then the patient's priority, distress and amenability to
 * change. {@link #brief()} moves amenability before the patient's priority, for brief IPT's
 * manageable focus. Custom policies are built from the same rules or the user's own:
 *
 * <pre>{@code
 * RankingPolicy clinic = RankingPolicy.builder()
 *         .name("clinic-a")
 *         .addAll(RankingPolicy.clinicalDefault().rules())
 *         .add(RankingRules.ONSET_PROXIMITY)
 *         .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. Equality compares the name and the rules.
 */
public final class RankingPolicy implements Serializable {
    private static final long serialVersionUID = 1L;
    /** No field is serialized: the serialized form is a {@code SerialProxy} ({@link #writeReplace()}). */
    private static final ObjectStreamField[] serialPersistentFields = {};

    /** The name reserved for the tie-break. */
    private static final String TIE_BREAK = IssueIdRule.NAME;

    private static final RankingPolicy CLINICAL_DEFAULT = new RankingPolicy("clinical-default",
            List.of(RankingRules.ONSET_LINK, RankingRules.DEFICITS_BY_EXCLUSION, RankingRules.PATIENT_PRIORITY,
                    RankingRules.DISTRESS, RankingRules.AMENABILITY));
    private static final RankingPolicy BRIEF = new RankingPolicy("brief",
            List.of(RankingRules.ONSET_LINK, RankingRules.DEFICITS_BY_EXCLUSION, RankingRules.AMENABILITY,
                    RankingRules.PATIENT_PRIORITY, RankingRules.DISTRESS));

    private final String name;
    private final List<RankingRule> rules;

    private RankingPolicy(String name, List<RankingRule> rules) {
        this.name = name;
        this.rules = List.copyOf(rules);
    }

    /**
     * Returns the clinical default policy, named {@code "clinical-default"}.
     *
     * <p>Its rules, in order: {@link RankingRules#ONSET_LINK}, {@link RankingRules#DEFICITS_BY_EXCLUSION},
     * {@link RankingRules#PATIENT_PRIORITY}, {@link RankingRules#DISTRESS},
     * {@link RankingRules#AMENABILITY}. A problem area is chosen for its link to the onset or the
     * maintenance of the episode (ISIPT, <i>Key IPT strategies</i>; Markowitz 2006), so the link
     * comes first, the two links alike; among issues linked alike, interpersonal deficits come
     * last, as the area of last resort (Weissman, Markowitz and Klerman 2018), so an old, unlinked
     * grief, dispute or transition never keeps a linked deficits issue from the top; then the
     * patient's priority (the Guide), then distress and amenability, the library's own further
     * criteria.
     *
     * @return the policy, not null
     */
    public static RankingPolicy clinicalDefault() {
        return CLINICAL_DEFAULT;
    }

    /**
     * Returns the policy for brief IPT, named {@code "brief"}.
     *
     * <p>Brief IPT (IPT-B: Swartz et al. 2004; Swartz et al. 2014; IPT Institute, <i>Brief IPT</i>)
     * prefers a manageable, strength-based focus, so amenability moves before the patient's
     * priority: {@link RankingRules#ONSET_LINK}, {@link RankingRules#DEFICITS_BY_EXCLUSION},
     * {@link RankingRules#AMENABILITY}, {@link RankingRules#PATIENT_PRIORITY},
     * {@link RankingRules#DISTRESS}. The onset link stays first: a problem area is chosen because
     * the episode is linked to it (ISIPT), in brief IPT as in standard IPT.
     *
     * @return the policy, not null
     */
    public static RankingPolicy brief() {
        return BRIEF;
    }

    /**
     * Returns a new builder for a custom policy.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the policy's stable name, such as {@code "clinical-default"}.
     *
     * @return the name, in identifier form, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the policy's rules, in the order they are applied; the tie-break
     * {@link RankingRules#ISSUE_ID} follows them and is not listed.
     *
     * @return the rules, unmodifiable, not empty
     */
    public List<RankingRule> rules() {
        return rules;
    }

    /**
     * Ranks the issues of a course in its context ({@link RankingContext#of(Course)}).
     *
     * <pre>{@code
     * Ranking ranking = RankingPolicy.clinicalDefault().rank(course);
     * ranking.at(1).issue();   // the issue to work on first
     * ranking.at(1).reason();  // e.g. "onset-link: precipitated_onset before not_linked"
     * }</pre>
     *
     * <p>Costs as {@link #rank(List, RankingContext)}.
     *
     * @param course the course, not null
     * @return the ranking, not null
     * @throws IllegalStateException if a rule of the policy is a placeholder
     *         ({@link RankingRules#placeholder}), which cannot compare issues
     */
    public Ranking rank(Course course) {
        Objects.requireNonNull(course, "course");
        return rank(course.issues(), RankingContext.of(course));
    }

    /**
     * Ranks issues in a context.
     *
     * <p>A death two weeks before the onset and a long-standing dispute, under the clinical
     * default policy:
     *
     * <pre>{@code
     * InterpersonalIssue grief = InterpersonalIssue.builder()
     *         .id(IssueId.of("i-1")).summary("my father's death").area(ProblemArea.GRIEF)
     *         .addPeople(PersonId.of("p-1")).onsetLink(OnsetLink.PRECIPITATED_ONSET)
     *         .patientPriority(2).distress(9).amenability(Amenability.MODERATE).build();
     * InterpersonalIssue dispute = InterpersonalIssue.builder()
     *         .id(IssueId.of("i-2")).summary("arguments with my sister").area(ProblemArea.ROLE_DISPUTE)
     *         .disputeStage(DisputeStage.IMPASSE).addPeople(PersonId.of("p-2"))
     *         .onsetLink(OnsetLink.NOT_LINKED)
     *         .patientPriority(1).distress(6).amenability(Amenability.LOW).build();
     * Ranking ranking = RankingPolicy.clinicalDefault().rank(List.of(dispute, grief), context);
     * ranking.at(1).issue();   // grief: it is linked to the onset, the dispute is not
     * ranking.at(1).reason();  // "onset-link: precipitated_onset before not_linked"
     * ranking.at(2).reason();  // "last of 2"
     * }</pre>
     *
     * <p>Cost, for k rules and n issues: each keyed rule's key is computed once per issue, then
     * the issues are sorted by their keys and ids with O(n log n) comparisons of at most k keys; a
     * rule that is not a {@link KeyedRankingRule} adds one sort of O(n log n) calls to its
     * {@link RankingRule#compare}, to give each issue a dense rank. Repeated ids are found with a
     * hash set of the ids, which stays O(n log n) even for ids crafted to share a hash code
     * (colliding {@code String} keys are kept in trees).
     *
     * @param issues the issues, not null, without null elements; each id at most once
     * @param context the context, not null
     * @return the ranking, not null
     * @throws InvalidModelException if two issues share an id (rule {@link ModelRule#UNIQUE_IDS},
     *         path {@code issues[i].id} of the later one)
     * @throws InvalidModelException if an issue names a person not in the context's inventory
     *         (rule {@link ModelRule#KNOWN_PERSON}, path {@code issues[i].people[j]})
     * @throws IllegalStateException if a rule of the policy is a placeholder
     *         ({@link RankingRules#placeholder}), which cannot compare issues; the message names it
     *         by its position, {@code rules[i]}
     */
    public Ranking rank(List<InterpersonalIssue> issues, RankingContext context) {
        Objects.requireNonNull(issues, "issues");
        Objects.requireNonNull(context, "context");
        return Ranker.rank(this, issues, context);
    }

    /**
     * Returns a comparator that orders issues as this policy does in a context: by each rule in
     * turn, then by issue id.
     *
     * <p>Unlike {@link #rank(List, RankingContext)}, the comparator asks the rules on every
     * comparison (up to k key computations per issue each time); rank many issues with
     * {@code rank}. The comparator is consistent with equals on issues of distinct ids.
     *
     * @param context the context, not null
     * @return the comparator, thread-safe if the rules are, not null
     * @throws IllegalStateException if a rule of the policy is a placeholder
     *         ({@link RankingRules#placeholder}), which cannot compare issues
     */
    public Comparator<InterpersonalIssue> comparator(RankingContext context) {
        Objects.requireNonNull(context, "context");
        Ranker.refusePlaceholders(rules);
        return (a, b) -> {
            for (RankingRule rule : rules) {
                int c = rule.compare(a, b, context);
                if (c != 0) {
                    return c;
                }
            }
            return RankingRules.ISSUE_ID.compare(a, b, context);
        };
    }

    /**
     * Checks whether this policy equals another: same name and same rules in the same order.
     *
     * @param other the other object, may be null
     * @return true if equal
     */
    /**
     * Replaces this policy in a serialization stream by its serialized form, its name and rules,
     * which is read back through the builder; a built-in policy is read back as the same instance.
     *
     * @return the serialized form, not null
     * @throws NotSerializableException if a rule of the application's own is not serializable
     */
    Object writeReplace() throws NotSerializableException {
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

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RankingPolicy)) {
            return false;
        }
        RankingPolicy that = (RankingPolicy) other;
        return name.equals(that.name) && rules.equals(that.rules);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(name, rules);
    }

    /**
     * Returns the name and the rule names, for example
     * {@code "RankingPolicy[brief: deficits-by-exclusion, onset-link, amenability, ...]"}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "RankingPolicy[" + name + ": " + rules.stream().map(RankingRule::name).collect(Collectors.joining(", "))
                + "]";
    }

    /**
     * Builds a {@link RankingPolicy}. Obtain one with {@link RankingPolicy#builder()}. Not
     * thread-safe.
     *
     * <p>A name and at least one rule are required. Rules are applied in the order they are added.
     */
    public static final class Builder {
        private String name;
        private final List<RankingRule> rules = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the policy's name.
         *
         * @param name the name, 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a
         *        letter or digit; not null
         * @return this builder, not null
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Adds a rule after the rules already added.
         *
         * @param rule the rule, not null
         * @return this builder, not null
         */
        public Builder add(RankingRule rule) {
            rules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Adds rules, in order, after the rules already added.
         *
         * @param rules the rules, not null, without null elements
         * @return this builder, not null
         */
        public Builder addAll(List<? extends RankingRule> rules) {
            Objects.requireNonNull(rules, "rules");
            for (int i = 0; i < rules.size(); i++) {
                RankingRule rule = rules.get(i);
                if (rule == null) {
                    throw new NullPointerException("rules[" + i + "]");
                }
                this.rules.add(rule);
            }
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy, not null
         * @throws InvalidModelException if the name, a rule's name, description or source is
         *         missing, or no rule was added (rule {@link ModelRule#REQUIRED}, path {@code name},
         *         {@code rules[i].name}, {@code rules[i].description}, {@code rules[i].source} or
         *         {@code rules})
         * @throws InvalidModelException if the name or a rule's name is not an identifier (rule
         *         {@link ModelRule#ID_FORMAT}, path {@code name} or {@code rules[i].name})
         * @throws InvalidModelException if a rule's description or source is blank (rule
         *         {@link ModelRule#NOT_BLANK}, path {@code rules[i].description} or
         *         {@code rules[i].source})
         * @throws InvalidModelException if two rules share a name, or a rule is named
         *         {@code issue-id}, which is reserved for the tie-break (rule
         *         {@link ModelRule#UNIQUE_IDS}, path {@code rules[i].name} of the later rule)
         */
        public RankingPolicy build() {
            List<Violation> violations = new ArrayList<>();
            if (name == null) {
                violations.add(new Violation("name", ModelRule.REQUIRED, "name is required"));
            } else if (!Identifiers.isToken(name)) {
                violations.add(new Violation("name", ModelRule.ID_FORMAT, "name " + ModelRule.ID_FORMAT.description()));
            }
            if (rules.isEmpty()) {
                violations.add(new Violation("rules", ModelRule.REQUIRED, "rules must hold at least one rule"));
            }
            Set<String> names = new HashSet<>();
            for (int i = 0; i < rules.size(); i++) {
                RankingRule rule = rules.get(i);
                String path = "rules[" + i + "]";
                String ruleName = rule.name();
                violations.addAll(RuleChecks.describe(ruleName, rule.description(), rule.source(), path));
                if (ruleName == null) {
                    continue;
                }
                if (ruleName.equals(TIE_BREAK)) {
                    violations.add(new Violation(path + ".name", ModelRule.UNIQUE_IDS,
                            path + ".name " + TIE_BREAK + " is reserved for the tie-break every policy applies"));
                } else if (!names.add(ruleName)) {
                    violations.add(new Violation(path + ".name", ModelRule.UNIQUE_IDS,
                            path + ".name repeats the name of an earlier rule"));
                }
            }
            if (!violations.isEmpty()) {
                throw new InvalidModelException("RankingPolicy", violations);
            }
            return new RankingPolicy(name, rules);
        }
    }
}
