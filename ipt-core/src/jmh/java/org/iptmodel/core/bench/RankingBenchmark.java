package org.iptmodel.core.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.iptmodel.core.Amenability;
import org.iptmodel.core.ContactFrequency;
import org.iptmodel.core.DisputeStage;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.RelationKind;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingContext;
import org.iptmodel.core.ranking.RankingPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Ranking the issues of one patient with {@link RankingPolicy#clinicalDefault()}, at realistic
 * sizes (5 and 50 issues: a course records a handful), against a hand-written sort of the same
 * issues: one packed {@code long} key per issue holding the five rules' keys (onset link,
 * deficits, priority, distress, amenability), computed once, then a sort by key and, on equal
 * keys, by issue id. The baseline sorts the keys as primitives; {@code comparatorSort} is the
 * simpler object sort with a comparator. All three give the same order (checked in the setup).
 * The ranking also checks the issues (unique ids, known people), words each position's reason and
 * raises the flags (grief without a death, links not assessed, ties decided by id); the baselines
 * do none of that. No target applies: the fixed cost of a call dominates at these sizes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RankingBenchmark {
    private static final Comparator<InterpersonalIssue> BY_ID = Comparator.comparing(InterpersonalIssue::id);

    private static final Comparator<Keyed> BY_KEY_THEN_ID = (a, b) -> {
        int c = Long.compare(a.key, b.key);
        return c != 0 ? c : a.issue.id().compareTo(b.issue.id());
    };

    /** The number of issues. */
    @Param({"5", "50"})
    public int n;

    private List<InterpersonalIssue> issues;
    private RankingContext context;

    /** Makes n random issues (fixed seed) naming people of an 8-person inventory, in random order. */
    @Setup
    public void setUp() {
        Random random = new Random(42);
        InterpersonalInventory.Builder inventory = InterpersonalInventory.builder();
        for (int p = 1; p <= 8; p++) {
            inventory.addPerson(Relationship.builder().id(PersonId.of("p-" + p)).alias("person " + p)
                    .relation(RelationKind.values()[p % RelationKind.values().length]).closeness(1 + p % 3)
                    .contact(ContactFrequency.WEEKLY).deceased(p == 2).build());
        }
        context = RankingContext.of(Protocol.standard(), inventory.build());
        List<InterpersonalIssue> made = new ArrayList<>(n);
        ProblemArea[] areas = ProblemArea.values();
        for (int i = 0; i < n; i++) {
            ProblemArea area = areas[random.nextInt(areas.length)];
            InterpersonalIssue.Builder issue = InterpersonalIssue.builder()
                    .id(IssueId.of("i-" + Integer.toString(i, 36)))
                    .summary("issue summary")
                    .area(area)
                    .addPerson(PersonId.of("p-" + (1 + random.nextInt(8))))
                    .onsetLink(OnsetLink.values()[random.nextInt(OnsetLink.values().length)])
                    .patientPriority(1 + random.nextInt(10))
                    .distress(random.nextInt(11))
                    .amenability(Amenability.values()[random.nextInt(Amenability.values().length)]);
            if (area == ProblemArea.ROLE_DISPUTE) {
                issue.disputeStage(DisputeStage.values()[random.nextInt(DisputeStage.values().length)]);
            }
            made.add(issue.build());
        }
        Collections.shuffle(made, random);
        issues = List.copyOf(made);
        if (!ranking().issues().equals(baseline()) || !baseline().equals(comparatorSort())) {
            throw new IllegalStateException("the baselines order the issues differently");
        }
    }

    /**
     * Ranks the issues with the clinical default policy.
     *
     * @return the ranking
     */
    @Benchmark
    public Ranking ranking() {
        return RankingPolicy.clinicalDefault().rank(issues, context);
    }

    /**
     * The baseline: one packed key per issue, computed once, with the issue's index in its low
     * bits; {@code Arrays.sort} on the primitive keys; then each run of equal keys sorted by id.
     *
     * @return the issues in order
     */
    @Benchmark
    public List<InterpersonalIssue> baseline() {
        int size = issues.size();
        int indexBits = Math.max(1, 64 - Long.numberOfLeadingZeros(size - 1));
        long[] packed = new long[size];
        for (int i = 0; i < size; i++) {
            packed[i] = pack(issues.get(i)) << indexBits | i;
        }
        Arrays.sort(packed);
        InterpersonalIssue[] sorted = new InterpersonalIssue[size];
        long mask = (1L << indexBits) - 1;
        for (int i = 0; i < size; i++) {
            sorted[i] = issues.get((int) (packed[i] & mask));
        }
        int start = 0;
        for (int i = 1; i <= size; i++) {
            if (i == size || packed[i] >>> indexBits != packed[start] >>> indexBits) {
                if (i - start > 1) {
                    Arrays.sort(sorted, start, i, BY_ID);
                }
                start = i;
            }
        }
        return Arrays.asList(sorted);
    }

    /**
     * A simpler hand-written sort, for comparison: objects holding the packed key, sorted with a
     * comparator on the key, then the id.
     *
     * @return the issues in order
     */
    @Benchmark
    public List<InterpersonalIssue> comparatorSort() {
        int size = issues.size();
        Keyed[] keyed = new Keyed[size];
        for (int i = 0; i < size; i++) {
            InterpersonalIssue issue = issues.get(i);
            keyed[i] = new Keyed(pack(issue), issue);
        }
        Arrays.sort(keyed, BY_KEY_THEN_ID);
        List<InterpersonalIssue> sorted = new ArrayList<>(size);
        for (Keyed k : keyed) {
            sorted.add(k.issue);
        }
        return sorted;
    }

    /**
     * The five keys in 40 bits: onset link (bits 38-39: linked, not linked, not assessed),
     * deficits last (bit 37), priority (31 bits from bit 6), distress (bits 2-5, highest first),
     * amenability (bits 0-1).
     */
    private static long pack(InterpersonalIssue issue) {
        long link = issue.onsetLink().isLinked() ? 0 : issue.onsetLink() == OnsetLink.NOT_LINKED ? 1 : 2;
        long deficits = issue.area() == ProblemArea.INTERPERSONAL_DEFICITS ? 1 : 0;
        long amenability = issue.amenability() == Amenability.HIGH ? 0
                : issue.amenability() == Amenability.MODERATE ? 1 : 2;
        return link << 38 | deficits << 37 | (long) issue.patientPriority() << 6
                | (long) (InterpersonalIssue.MAX_DISTRESS - issue.distress()) << 2 | amenability;
    }

    /** An issue and its packed key. */
    private static final class Keyed {
        final long key;
        final InterpersonalIssue issue;

        Keyed(long key, InterpersonalIssue issue) {
            this.key = key;
            this.issue = issue;
        }
    }
}
