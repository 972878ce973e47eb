package org.iptmodel.json.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseStatus;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.bench.CourseInputs;
import org.iptmodel.core.bench.Courses;
import org.iptmodel.core.ranking.FocusSelection;
import org.iptmodel.core.ranking.FocusSelector;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.InstrumentOutcome;
import org.iptmodel.core.report.OutcomeReport;
import org.iptmodel.core.report.ResponseClass;
import org.iptmodel.json.DocumentCodec;
import org.iptmodel.json.IptJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.ObjectReader;

/**
 * A research pipeline over a dataset of courses, per course: the bytes of an NDJSON line read as a
 * course, its issues ranked, the focus selected, the adherence and outcome reports made, and an
 * aggregate kept (courses by status, the primary focus area, PHQ-9 response and remission, courses
 * with safety flags). The baseline does the same computations on plain records read by Jackson
 * databind with no validation: a sort of the issues by the same keys, the first area that can give
 * the focus, the suicidality items, the PHQ-9 classes; the setup checks that both aggregates are
 * equal. Scores and allocations are per course ({@code @OperationsPerInvocation}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PipelineBenchmark {
    /** The largest acceptable ratio pipeline / baseline. */
    public static final double TARGET = 1.3;
    /** The method the target applies to. */
    public static final String TARGET_METHODS = "ours";
    /** The number of courses of the dataset. */
    public static final int COURSES = 1_000;

    /** The dataset's lines, the same for every run. */
    byte[][] lines;
    private DocumentCodec<Course> codec;
    private ObjectReader plain;

    /** Makes the dataset: courses of 4, 8, 12 and 16 sessions, six issues each, as NDJSON lines. */
    @Setup
    public void setUp() {
        codec = IptJson.strict().course();
        plain = PlainDoc.MAPPER.readerFor(PlainDoc.Course.class);
        int[] sizes = {4, 8, 12, 16};
        byte[][] shapes = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            shapes[i] = codec.writeBytes(Courses.withBuilders(CourseInputs.of(sizes[i])));
        }
        lines = new byte[COURSES][];
        for (int i = 0; i < COURSES; i++) {
            lines[i] = shapes[i % shapes.length];
        }
        Aggregate ours = ours();
        Aggregate theirs = baseline();
        if (!ours.equals(theirs)) {
            throw new IllegalStateException("the baseline computes another aggregate:\n" + ours + "\n" + theirs);
        }
    }

    /**
     * The pipeline with the library, over the whole dataset.
     *
     * @return the aggregate
     */
    @Benchmark
    @OperationsPerInvocation(COURSES)
    public Aggregate ours() {
        return ours(lines, 0, lines.length);
    }

    Aggregate ours(byte[][] data, int from, int to) {
        Aggregate aggregate = new Aggregate();
        for (int i = from; i < to; i++) {
            Course course = codec.read(data[i]);
            Ranking ranking = RankingPolicy.clinicalDefault().rank(course);
            Optional<FocusSelection> focus = FocusSelector.standard().select(ranking);
            AdherenceReport adherence = AdherenceReport.of(course);
            OutcomeReport outcomes = OutcomeReport.of(course);
            aggregate.status[course.status().ordinal()]++;
            focus.ifPresent(f -> aggregate.primary[f.focus().primary().ordinal()]++);
            if (adherence.hasSafetyFlags()) {
                aggregate.flagged++;
            }
            Optional<ResponseClass> phq9 = outcomes.outcome(Instrument.phq9()).flatMap(InstrumentOutcome::responseClass);
            if (phq9.isPresent()) {
                aggregate.graded++;
                if (phq9.get() == ResponseClass.REMISSION) {
                    aggregate.remission++;
                }
                if (phq9.get() == ResponseClass.REMISSION || phq9.get() == ResponseClass.RESPONSE) {
                    aggregate.response++;
                }
            }
        }
        return aggregate;
    }

    /**
     * The same computations on plain records, over the whole dataset.
     *
     * @return the aggregate
     */
    @Benchmark
    @OperationsPerInvocation(COURSES)
    public Aggregate baseline() {
        Aggregate aggregate = new Aggregate();
        for (byte[] line : lines) {
            PlainDoc.Course course = plain.readValue(line);
            aggregate.status[course.status().ordinal()]++;
            primaryArea(course).ifPresent(area -> aggregate.primary[area.ordinal()]++);
            if (flagged(course)) {
                aggregate.flagged++;
            }
            List<Integer> totals = new ArrayList<>();
            for (PlainDoc.Session session : nonNull(course.sessions())) {
                for (PlainDoc.Measurement m : nonNull(session.measurements())) {
                    if ("phq-9".equals(m.instrument())) {
                        totals.add(m.total());
                    }
                }
            }
            if (totals.size() >= 2) {
                int first = totals.get(0);
                int last = totals.get(totals.size() - 1);
                if (first >= 10) {
                    aggregate.graded++;
                    if (last <= 4) {
                        aggregate.remission++;
                        aggregate.response++;
                    } else if ((long) (first - last) * 100 >= 50L * first) {
                        aggregate.response++;
                    }
                } else {
                    aggregate.graded++;
                }
            }
        }
        return aggregate;
    }

    /** The area of the first issue, in the clinical default order, that can give the focus. */
    private static Optional<ProblemArea> primaryArea(PlainDoc.Course course) {
        List<PlainDoc.Issue> issues = nonNull(course.issues());
        PlainDoc.Issue[] sorted = issues.toArray(new PlainDoc.Issue[0]);
        Arrays.sort(sorted, Comparator.comparingLong(PipelineBenchmark::key).thenComparing(PlainDoc.Issue::id));
        boolean linkedOther = false;
        for (PlainDoc.Issue issue : sorted) {
            linkedOther |= issue.area() != PlainDoc.ProblemArea.interpersonal_deficits && linked(issue);
        }
        List<PlainDoc.ProblemArea> usable = course.protocol().problemAreas();
        for (PlainDoc.Issue issue : sorted) {
            if (usable.contains(issue.area())
                    && !(issue.area() == PlainDoc.ProblemArea.interpersonal_deficits && linkedOther)) {
                return Optional.of(ProblemArea.values()[issue.area().ordinal()]);
            }
        }
        return Optional.empty();
    }

    private static boolean linked(PlainDoc.Issue issue) {
        return issue.onsetLink() == PlainDoc.OnsetLink.precipitated_onset
                || issue.onsetLink() == PlainDoc.OnsetLink.maintains_episode;
    }

    /** The clinical default policy's keys: link, deficits, priority, distress, amenability. */
    private static long key(PlainDoc.Issue issue) {
        long link = linked(issue) ? 0 : issue.onsetLink() == PlainDoc.OnsetLink.not_linked ? 1 : 2;
        long deficits = issue.area() == PlainDoc.ProblemArea.interpersonal_deficits ? 1 : 0;
        long amenability = issue.amenability() == PlainDoc.Amenability.high ? 0
                : issue.amenability() == PlainDoc.Amenability.moderate ? 1 : 2;
        return link << 38 | deficits << 37 | (long) issue.patientPriority() << 6
                | (long) (10 - issue.distress()) << 2 | amenability;
    }

    /** Whether a suicidality item (PHQ-9 and BDI-II item 9, HAM-D-17 item 3) was answered above 0. */
    private static boolean flagged(PlainDoc.Course course) {
        for (PlainDoc.Session session : nonNull(course.sessions())) {
            for (PlainDoc.Measurement m : nonNull(session.measurements())) {
                int item = switch (m.instrument()) {
                    case "phq-9", "bdi-ii" -> 9;
                    case "ham-d-17" -> 3;
                    default -> 0;
                };
                List<Integer> items = nonNull(m.items());
                if (item > 0 && items.size() >= item && items.get(item - 1) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** What the pipeline keeps of each course. */
    public static final class Aggregate {
        final int[] status = new int[CourseStatus.values().length];
        final int[] primary = new int[ProblemArea.values().length];
        int flagged;
        int graded;
        int response;
        int remission;

        @Override
        public boolean equals(Object other) {
            return other instanceof Aggregate a && Arrays.equals(status, a.status) && Arrays.equals(primary, a.primary)
                    && flagged == a.flagged && graded == a.graded && response == a.response
                    && remission == a.remission;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(status) * 31 + Arrays.hashCode(primary);
        }

        @Override
        public String toString() {
            return "status=" + Arrays.toString(status) + ", primary=" + Arrays.toString(primary) + ", flagged="
                    + flagged + ", graded=" + graded + ", response=" + response + ", remission=" + remission;
        }

        /** Adds another aggregate's counts. */
        Aggregate plus(Aggregate other) {
            Aggregate sum = new Aggregate();
            for (int i = 0; i < status.length; i++) {
                sum.status[i] = status[i] + other.status[i];
            }
            for (int i = 0; i < primary.length; i++) {
                sum.primary[i] = primary[i] + other.primary[i];
            }
            sum.flagged = flagged + other.flagged;
            sum.graded = graded + other.graded;
            sum.response = response + other.response;
            sum.remission = remission + other.remission;
            return sum;
        }
    }
}
