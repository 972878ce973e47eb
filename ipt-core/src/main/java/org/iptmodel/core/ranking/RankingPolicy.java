package org.iptmodel.core.ranking;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.iptmodel.core.PersonId;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Violation;
import org.iptmodel.core.internal.Identifiers;

/**
 * An ordered list of ranking rules, applied lexicographically, with a final tie-break on the issue
 * id.
 *
 * <p>To compare two issues a policy asks its first rule; only if that rule ties does it ask the
 * next, and so on; if every rule ties, the issue with the lower {@link IssueId} ranks first
 * ({@link RankingRules#ISSUE_ID}). Issue ids are unique, so every ranking is a strict total order,
 * and it is the same whatever the order of the input.
 *
 * <p>Two policies are built in. {@link #clinicalDefault()} encodes the IPT manuals: interpersonal
 * deficits only when no other area is present (R5), then the link to the onset of the episode
 * (R1), the patient's priority (R4), distress and amenability to change (R8).
 * {@link #brief()} moves amenability before the patient's priority, for brief IPT's manageable
 * focus. Custom policies are built from the same rules or the user's own:
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
public final class RankingPolicy {
    /** The name reserved for the tie-break. */
    private static final String TIE_BREAK = IssueIdRule.NAME;

    private static final RankingPolicy CLINICAL_DEFAULT = new RankingPolicy("clinical-default",
            List.of(RankingRules.DEFICITS_BY_EXCLUSION, RankingRules.ONSET_LINK, RankingRules.PATIENT_PRIORITY,
                    RankingRules.DISTRESS, RankingRules.AMENABILITY));
    private static final RankingPolicy BRIEF = new RankingPolicy("brief",
            List.of(RankingRules.DEFICITS_BY_EXCLUSION, RankingRules.ONSET_LINK, RankingRules.AMENABILITY,
                    RankingRules.PATIENT_PRIORITY, RankingRules.DISTRESS));

    /** Orders entries by issue id. */
    private static final Comparator<Entry> BY_ID = (a, b) -> a.id.compareTo(b.id);

    private final String name;
    private final List<RankingRule> rules;

    private RankingPolicy(String name, List<RankingRule> rules) {
        this.name = name;
        this.rules = List.copyOf(rules);
    }

    /**
     * Returns the clinical default policy, named {@code "clinical-default"}.
     *
     * <p>Its rules, in order: {@link RankingRules#DEFICITS_BY_EXCLUSION} (R5),
     * {@link RankingRules#ONSET_LINK} (R1), {@link RankingRules#PATIENT_PRIORITY} (R4),
     * {@link RankingRules#DISTRESS}, {@link RankingRules#AMENABILITY} (R8). This is the order of
     * DESIGN.md (<i>Ranking</i>): link to the onset first, then the patient's priority, then
     * distress, then amenability, with interpersonal deficits only when no other area is present.
     * Deficits by exclusion comes first so that, as the Guide requires, an issue of interpersonal
     * deficits never ranks above an issue of another area, however the other rules compare them.
     *
     * @return the policy, not null
     */
    public static RankingPolicy clinicalDefault() {
        return CLINICAL_DEFAULT;
    }

    /**
     * Returns the policy for brief IPT, named {@code "brief"}.
     *
     * <p>Brief IPT (IPT-B, Swartz; IPT Institute, <i>Brief IPT</i>) prefers a manageable,
     * strength-based focus (R8), so amenability moves before the patient's priority:
     * {@link RankingRules#DEFICITS_BY_EXCLUSION} (R5), {@link RankingRules#ONSET_LINK} (R1),
     * {@link RankingRules#AMENABILITY} (R8), {@link RankingRules#PATIENT_PRIORITY} (R4),
     * {@link RankingRules#DISTRESS}. The onset link stays before amenability: a problem area is
     * chosen because the episode is linked to it (ISIPT), in brief IPT as in standard IPT.
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
     * ranking.at(1).reason();  // e.g. "onset-link: PRECIPITATED_ONSET before NOT_LINKED"
     * }</pre>
     *
     * <p>Costs as {@link #rank(List, RankingContext)}.
     *
     * @param course the course, not null
     * @return the ranking, not null
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
     * ranking.at(1).reason();  // "onset-link: PRECIPITATED_ONSET before NOT_LINKED"
     * ranking.at(2).reason();  // "last of 2"
     * }</pre>
     *
     * <p>Cost, for k rules and n issues: one pass over the issues checks them and computes each
     * keyed rule's key once per issue (O(k n), one {@code long} per rule and issue), with the
     * flags; then one sort. When the keys of all rules span few enough values to be packed with
     * the issue's index into one {@code long} (as the built-in rules' keys do for up to millions of
     * issues), the packed keys are sorted as primitives and only runs of equal keys are sorted by
     * id; otherwise the issues are sorted with O(n log n) comparisons of at most k keys and the
     * ids. Either way O(k n log n) at most, with no allocation per comparison. A rule that is not a
     * {@link KeyedRankingRule} adds one sort of O(n log n) calls to its
     * {@link RankingRule#compare}, to give each issue a dense rank used as its key. The flags and
     * the check of people take O(n + p) for p people named, and the check for repeated ids one
     * sort of n primitive hash codes. Each entry of the ranking, with its deciding rule (O(k)), is
     * made when it is asked for, and its reason worded when that is first asked for.
     *
     * @param issues the issues, not null, without null elements; each id at most once
     * @param context the context, not null
     * @return the ranking, not null
     * @throws InvalidModelException if two issues share an id (rule {@link ModelRule#UNIQUE_IDS},
     *         path {@code issues[i].id} of the later one)
     * @throws InvalidModelException if an issue names a person not in the context's inventory
     *         (rule {@link ModelRule#KNOWN_PERSON}, path {@code issues[i].people[j]})
     */
    public Ranking rank(List<InterpersonalIssue> issues, RankingContext context) {
        Objects.requireNonNull(issues, "issues");
        Objects.requireNonNull(context, "context");
        int k = rules.size();
        KeyedRankingRule[] keyed = new KeyedRankingRule[k];
        for (int j = 0; j < k; j++) {
            if (rules.get(j) instanceof KeyedRankingRule) {
                keyed[j] = (KeyedRankingRule) rules.get(j);
            }
        }
        long[] keys = new long[Math.multiplyExact(issues.size(), k)];
        Entry[] entries = entries(issues, context, keyed, keys);
        for (int j = 0; j < k; j++) {
            if (keyed[j] == null) {
                denseRanks(entries, keys, j, rules.get(j), context);
            }
        }
        PackedKeys packed = sort(entries, keys, k, context);
        return ranking(entries, keys, packed, context);
    }

    /**
     * One pass over the issues: checks that each names only known people, then computes its keys
     * and flags. A rule is asked for keys only while every issue so far names known people, so it
     * never sees one that does not. Repeated ids are found while sorting, where each id is read
     * anyway ({@link #sort}), or here when a person is unknown, so that every violation is
     * reported at once.
     */
    private static Entry[] entries(List<InterpersonalIssue> issues, RankingContext context, KeyedRankingRule[] keyed,
            long[] keys) {
        int n = issues.size();
        int k = keyed.length;
        Entry[] entries = new Entry[n];
        Set<ProblemArea> areas = context.protocol().problemAreas();
        boolean valid = true;
        for (int i = 0; i < n; i++) {
            InterpersonalIssue issue = issues.get(i);
            if (issue == null) {
                throw new NullPointerException("issues[" + i + "]");
            }
            Entry entry = new Entry(issue, i * k);
            entries[i] = entry;
            valid &= knowsEveryone(issue, context);
            if (valid) {
                for (int j = 0; j < k; j++) {
                    if (keyed[j] != null) {
                        keys[entry.row + j] = keyed[j].key(issue, context);
                    }
                }
                entry.griefWithoutDeath = issue.area() == ProblemArea.GRIEF && !namesDeath(issue, context);
                entry.outsideProtocol = !areas.contains(issue.area());
            }
        }
        if (!valid) {
            long[] hashes = new long[n];
            for (int i = 0; i < n; i++) {
                hashes[i] = entries[i].identify(i);
            }
            throw new InvalidModelException("Ranking", violations(entries, repeats(entries, hashes), context));
        }
        return entries;
    }

    private static boolean knowsEveryone(InterpersonalIssue issue, RankingContext context) {
        List<PersonId> people = issue.people();
        for (int j = 0; j < people.size(); j++) {
            if (!context.knows(people.get(j))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Finds the issues whose id repeats an earlier issue's id, by sorting their ids' hash codes
     * (each packed with the issue's index) as primitives and comparing the ids of equal hashes
     * only: unlike a hash table of n ids, this touches memory in order. A run of many equal hash
     * codes (ids crafted to collide) is sorted by id, so the check stays O(n log n) for any input.
     *
     * @return for each issue, the index of the first issue with the same id, or -1; null if no
     *         id repeats
     */
    private static int[] repeats(Entry[] entries, long[] hashes) {
        Arrays.sort(hashes);
        int[] repeats = null;
        int start = 0;
        for (int end = 1; end <= hashes.length; end++) {
            if (end < hashes.length && hashes[end] >>> 32 == hashes[start] >>> 32) {
                continue;
            }
            if (end - start > 1) {
                repeats = end - start <= SMALL_COLLISION_RUN
                        ? repeatsByPairs(entries, hashes, start, end, repeats)
                        : repeatsBySorting(entries, hashes, start, end, repeats);
            }
            start = end;
        }
        return repeats;
    }

    /** Runs of equal hash codes up to this length are checked pair by pair. */
    private static final int SMALL_COLLISION_RUN = 8;

    /** Compares each pair in the run {@code [start, end)} of sorted packed hashes; O(run²). */
    private static int[] repeatsByPairs(Entry[] entries, long[] hashes, int start, int end, int[] found) {
        int[] repeats = found;
        for (int later = start + 1; later < end; later++) {
            int index = (int) hashes[later];
            for (int earlier = start; earlier < later; earlier++) {
                int first = (int) hashes[earlier];
                if (entries[first].id.equals(entries[index].id)) {
                    repeats = mark(repeats, entries.length, index, first);
                    break;
                }
            }
        }
        return repeats;
    }

    /** Sorts the run {@code [start, end)} by id, then index, and marks each repeat; O(run log run). */
    private static int[] repeatsBySorting(Entry[] entries, long[] hashes, int start, int end, int[] found) {
        Integer[] run = new Integer[end - start];
        for (int i = 0; i < run.length; i++) {
            run[i] = (int) hashes[start + i];
        }
        Arrays.sort(run, (a, b) -> {
            int byId = entries[a].id.compareTo(entries[b].id);
            return byId != 0 ? byId : Integer.compare(a, b);
        });
        int[] repeats = found;
        int first = run[0];
        for (int i = 1; i < run.length; i++) {
            if (entries[run[i]].id.equals(entries[first].id)) {
                repeats = mark(repeats, entries.length, run[i], first);
            } else {
                first = run[i];
            }
        }
        return repeats;
    }

    private static int[] mark(int[] found, int n, int index, int first) {
        int[] repeats = found;
        if (repeats == null) {
            repeats = new int[n];
            Arrays.fill(repeats, -1);
        }
        repeats[index] = first;
        return repeats;
    }

    /**
     * Throws if an id repeats; {@code entries} are in the order of the issues, and each packed
     * hash holds an entry's index.
     */
    private static void checkRepeats(Entry[] entries, long[] hashes, RankingContext context) {
        int[] repeats = repeats(entries, hashes);
        if (repeats != null) {
            throw new InvalidModelException("Ranking", violations(entries, repeats, context));
        }
    }

    /** The violations, in the order of the issues: a repeated id, then each unknown person. */
    private static List<Violation> violations(Entry[] entries, int[] repeats, RankingContext context) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            if (repeats != null && repeats[i] >= 0) {
                String path = "issues[" + i + "].id";
                violations.add(new Violation(path, ModelRule.UNIQUE_IDS,
                        path + " repeats the id of issues[" + repeats[i] + "]"));
            }
            List<PersonId> people = entries[i].issue.people();
            for (int j = 0; j < people.size(); j++) {
                if (!context.knows(people.get(j))) {
                    String path = "issues[" + i + "].people[" + j + "]";
                    violations.add(new Violation(path, ModelRule.KNOWN_PERSON,
                            path + " " + ModelRule.KNOWN_PERSON.description()));
                }
            }
        }
        return violations;
    }

    /**
     * The ranking of the sorted entries and the flags in order; each position's deciding rule is
     * found from the keys when its entry is asked for ({@link RankedEntries}).
     */
    private Ranking ranking(Entry[] entries, long[] keys, PackedKeys packed, RankingContext context) {
        int n = entries.length;
        InterpersonalIssue[] sorted = new InterpersonalIssue[n];
        int[] rows = packed == null ? new int[n] : null;
        List<RankingFlag> flags = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Entry entry = entries[i];
            sorted[i] = entry.issue;
            if (rows != null) {
                rows[i] = entry.row;
            }
            if (entry.griefWithoutDeath) {
                flags.add(new RankingFlag(RankingFlag.Code.GRIEF_WITHOUT_DEATH, entry.issue.id()));
            }
            if (entry.outsideProtocol) {
                flags.add(new RankingFlag(RankingFlag.Code.AREA_OUTSIDE_PROTOCOL, entry.issue.id()));
            }
        }
        RankedEntries ranked = new RankedEntries(rules, context, sorted, packed, packed == null ? keys : null, rows);
        return new Ranking(this, context, ranked, sorted, flags);
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
     */
    public Comparator<InterpersonalIssue> comparator(RankingContext context) {
        Objects.requireNonNull(context, "context");
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
     * Sorts the entries by their keys, then by issue id, and checks that no id repeats. When the
     * keys fit ({@link PackedKeys}), they are sorted as primitives and only the runs of entries
     * with equal keys are sorted by id; otherwise the entries are sorted with a comparator over
     * their keys. Both give the same order. Entry e's keys are {@code keys[e.row]} to
     * {@code keys[e.row + k - 1]}. With packed keys, each entry's id is read just before its run
     * is sorted by id, so an id is fetched from memory once for both.
     *
     * @return the packed keys in sorted order, or null if they did not fit
     * @throws InvalidModelException if an id repeats
     */
    private static PackedKeys sort(Entry[] entries, long[] keys, int k, RankingContext context) {
        int n = entries.length;
        long[] hashes = new long[n];
        PackedKeys packed = PackedKeys.of(keys, n, k);
        if (packed == null) {
            for (int i = 0; i < n; i++) {
                hashes[i] = entries[i].identify(i);
            }
            checkRepeats(entries, hashes, context);
            Arrays.sort(entries, (a, b) -> {
                for (int j = 0; j < k; j++) {
                    int c = Long.compare(keys[a.row + j], keys[b.row + j]);
                    if (c != 0) {
                        return c;
                    }
                }
                return a.id.compareTo(b.id);
            });
            return null;
        }
        packed.sort();
        Entry[] unsorted = entries.clone();
        for (int i = 0; i < n; i++) {
            entries[i] = unsorted[packed.index(i)];
        }
        int start = 0;
        for (int i = 0; i < n; i++) {
            hashes[i] = entries[i].identify(packed.index(i));
            if (i + 1 == n || !packed.tie(i + 1, start)) {
                if (i + 1 - start > 1) {
                    Arrays.sort(entries, start, i + 1, BY_ID);
                }
                start = i + 1;
            }
        }
        checkRepeats(unsorted, hashes, context);
        return packed;
    }

    /** Stores in column j each entry's dense rank under a comparison rule: equal issues share a rank. */
    private static void denseRanks(Entry[] entries, long[] keys, int j, RankingRule rule, RankingContext context) {
        Entry[] sorted = entries.clone();
        Arrays.sort(sorted, (a, b) -> rule.compare(a.issue, b.issue, context));
        long rank = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i > 0 && rule.compare(sorted[i - 1].issue, sorted[i].issue, context) != 0) {
                rank++;
            }
            keys[sorted[i].row + j] = rank;
        }
    }

    private static boolean namesDeath(InterpersonalIssue issue, RankingContext context) {
        for (PersonId person : issue.people()) {
            if (context.isDeceased(person)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks whether this policy equals another: same name and same rules in the same order.
     *
     * @param other the other object, may be null
     * @return true if equal
     */
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
     * One issue, its id's text (compared on ties: one reference less to follow than the issue's
     * id), where its keys start in the key table (one key per rule), and its flags.
     */
    private static final class Entry {
        final InterpersonalIssue issue;
        final int row;
        /** The id's text, read by {@link #identify(int)} before the entry is sorted by id. */
        String id;
        boolean griefWithoutDeath;
        boolean outsideProtocol;

        Entry(InterpersonalIssue issue, int row) {
            this.issue = issue;
            this.row = row;
        }

        /**
         * Reads the id's text, and returns its hash code in the high half of a {@code long}
         * and the entry's index among the issues in the low half, for {@link #repeats}.
         */
        long identify(int index) {
            id = issue.id().value();
            return (long) id.hashCode() << 32 | index;
        }
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
