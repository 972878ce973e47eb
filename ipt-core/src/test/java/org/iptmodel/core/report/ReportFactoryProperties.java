package org.iptmodel.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.iptmodel.core.contracts.Rejections.assertRejected;
import static org.iptmodel.core.contracts.Rejections.assertRejectedOnly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.iptmodel.core.Course;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Severity;
import org.iptmodel.core.Violation;
import org.iptmodel.core.arbitraries.IptArbitraries;

/**
 * The factories that build a report from its parts ({@link AdherenceReport#of(List, List)},
 * {@link OutcomeReport#of(OutcomeCriteria, List, List)}, {@link InstrumentOutcome#of}): a report
 * rebuilt from its own parts equals it, and parts out of order or disagreeing with the criteria
 * are rejected with the path and rule of each broken place, without the text they hold.
 */
class ReportFactoryProperties {
    private static final String SECRET = IptArbitraries.REDACTION_MARKER + "deviation text";

    /** The documented order of deviations, written out independently of the report's comparator. */
    private static final Comparator<Deviation> DOCUMENTED = Comparator
            .comparing((Deviation d) -> d.severity().ordinal(), Comparator.reverseOrder())
            .thenComparing(d -> d.sessions().isEmpty() ? 0 : d.sessions().get(0))
            .thenComparing(d -> d.code().ordinal());

    @Provide
    Arbitrary<Course> courses() {
        return Arbitraries.frequencyOf(Tuple.of(1, IptArbitraries.courses()),
                Tuple.of(2, IptArbitraries.deviatingCourses())).withoutEdgeCases();
    }

    @Provide
    Arbitrary<OutcomeCriteria> criteria() {
        return IptArbitraries.outcomeCriteria();
    }

    @Provide
    Arbitrary<List<SafetyFlag>> flags() {
        Arbitrary<SafetyFlag> flag = Combinators.combine(Arbitraries.integers().between(1, 30),
                Arbitraries.of("phq-9", "bdi-ii", "ham-d-17"), Arbitraries.integers().between(1, 17),
                Arbitraries.integers().between(1, 4)).as(SafetyFlag::new);
        return flag.list().ofMinSize(2).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Deviation>> deviations() {
        Arbitrary<Deviation> deviation = Combinators.combine(Arbitraries.of(DeviationCode.class),
                Arbitraries.integers().between(1, 20).set().ofMaxSize(3))
                .as((code, sessions) -> new Deviation(code, sessions.stream().sorted().toList(), SECRET));
        return deviation.list().ofMinSize(2).ofMaxSize(8);
    }

    @Property(tries = 200)
    void anAdherenceReportRebuiltFromItsEntriesEqualsIt(@ForAll("courses") Course course) {
        AdherenceReport report = AdherenceReport.of(course);

        AdherenceReport rebuilt = AdherenceReport.of(report.safetyFlags(), report.safetyNotices(),
                report.deviations());

        assertThat(rebuilt).isEqualTo(report).hasSameHashCodeAs(report);
        assertThat(rebuilt.entries()).isEqualTo(report.entries());
        AdherenceReport withoutNotices = AdherenceReport.of(report.safetyFlags(), report.deviations());
        assertThat(withoutNotices.safetyNotices()).isEmpty();
        assertThat(withoutNotices.equals(report)).isEqualTo(report.safetyNotices().isEmpty());
    }

    @Property(tries = 200)
    void anOutcomeReportRebuiltFromItsPartsEqualsIt(@ForAll("courses") Course course,
            @ForAll("criteria") OutcomeCriteria criteria) {
        OutcomeReport report = OutcomeReport.of(course, criteria);
        List<InstrumentOutcome> outcomes = new ArrayList<>();
        for (InstrumentOutcome o : report.outcomes()) {
            InstrumentOutcome again = InstrumentOutcome.of(o.instrument(), o.points(), criteria);
            assertThat(again).isEqualTo(o);
            outcomes.add(again);
        }

        OutcomeReport rebuilt = OutcomeReport.of(report.criteria(), report.safetyFlags(), report.safetyNotices(),
                report.concurrentTreatments(), report.outcomes());

        assertThat(rebuilt).isEqualTo(report).hasSameHashCodeAs(report);
        assertThat(OutcomeReport.of(criteria, report.safetyFlags(), report.safetyNotices(),
                report.concurrentTreatments(), outcomes)).isEqualTo(report);
        OutcomeReport flagsOnly = OutcomeReport.of(report.criteria(), report.safetyFlags(), report.outcomes());
        assertThat(flagsOnly.equals(report)).isEqualTo(report.safetyNotices().isEmpty()
                && report.concurrentTreatments().isEmpty());
    }

    @Property
    void entriesInTheReportsOrderAreAccepted(@ForAll("flags") List<SafetyFlag> flags,
            @ForAll("deviations") List<Deviation> deviations) {
        List<SafetyFlag> sortedFlags = flags.stream().sorted(Comparator.comparingInt(SafetyFlag::session)).toList();
        List<Deviation> sorted = deviations.stream().sorted(DOCUMENTED).toList();

        AdherenceReport report = AdherenceReport.of(sortedFlags, sorted);

        assertThat(report.safetyFlags()).isEqualTo(sortedFlags);
        assertThat(report.deviations()).isEqualTo(sorted);
        assertThat(report.isAdherent()).isFalse();
    }

    @Property
    void aFlagBeforeAnEarlierSessionIsRejected(@ForAll("flags") List<SafetyFlag> flags) {
        List<SafetyFlag> sorted = new ArrayList<>(flags);
        sorted.sort(Comparator.comparingInt(SafetyFlag::session));
        int i = firstStrictlyOrdered(sorted, (a, b) -> Integer.compare(a.session(), b.session()));
        Assume.that(i >= 0);
        swap(sorted, i);

        assertRejectedOnly(() -> AdherenceReport.of(sorted, List.of()), "safetyFlags[" + (i + 1) + "]",
                ModelRule.REPORT_ORDER);
        assertRejectedOnly(() -> OutcomeReport.of(OutcomeCriteria.defaults(), sorted, List.of()),
                "safetyFlags[" + (i + 1) + "]", ModelRule.REPORT_ORDER);
    }

    @Property
    void aDeviationBeforeOneItShouldFollowIsRejectedWithoutItsText(@ForAll("deviations") List<Deviation> deviations) {
        List<Deviation> sorted = new ArrayList<>(deviations);
        sorted.sort(DOCUMENTED);
        int i = firstStrictlyOrdered(sorted, DOCUMENTED);
        Assume.that(i >= 0);
        swap(sorted, i);

        InvalidModelException e = assertRejectedOnly(() -> AdherenceReport.of(List.of(), sorted),
                "deviations[" + (i + 1) + "]", ModelRule.REPORT_ORDER);

        assertThat(e.type()).isEqualTo("AdherenceReport");
        assertThat(e.getMessage()).doesNotContain(SECRET);
    }

    @Property
    void everyEntryOutOfOrderIsReported(@ForAll("flags") List<SafetyFlag> flags,
            @ForAll("deviations") List<Deviation> deviations) {
        List<SafetyFlag> descendingFlags = new ArrayList<>(flags);
        descendingFlags.sort(Comparator.comparingInt(SafetyFlag::session).reversed());
        List<Deviation> reversed = new ArrayList<>(deviations);
        reversed.sort(DOCUMENTED.reversed());
        List<String> expected = new ArrayList<>();
        for (int i = 1; i < descendingFlags.size(); i++) {
            if (descendingFlags.get(i).session() < descendingFlags.get(i - 1).session()) {
                expected.add("safetyFlags[" + i + "]");
            }
        }
        for (int i = 1; i < reversed.size(); i++) {
            if (DOCUMENTED.compare(reversed.get(i - 1), reversed.get(i)) > 0) {
                expected.add("deviations[" + i + "]");
            }
        }
        Assume.that(!expected.isEmpty());

        InvalidModelException e = assertRejected(() -> AdherenceReport.of(descendingFlags, reversed),
                expected.get(0), ModelRule.REPORT_ORDER, SECRET);

        assertThat(e.violations()).extracting(Violation::path).containsExactlyElementsOf(expected);
        assertThat(e.violations()).extracting(Violation::rule).containsOnly(ModelRule.REPORT_ORDER);
    }

    /** An outcome with at least two scores of one generated course. */
    private static InstrumentOutcome anOutcomeWithScores(Course course, int min) {
        return OutcomeReport.of(course).outcomes().stream().filter(o -> o.points().size() >= min).findFirst()
                .orElse(null);
    }

    @Property(tries = 200)
    void scoresOutOfSessionOrderAreRejected(@ForAll("courses") Course course) {
        InstrumentOutcome outcome = anOutcomeWithScores(course, 2);
        Assume.that(outcome != null);
        List<ScorePoint> points = new ArrayList<>(outcome.points());
        swap(points, 0);

        InvalidModelException e = assertRejected(() -> InstrumentOutcome.of(outcome.instrument(), points,
                OutcomeCriteria.defaults()), "points[1].session", ModelRule.REPORT_ORDER);

        assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                .contains(tuple("points[1].date", ModelRule.DATE_ORDER));
        assertThat(e.type()).isEqualTo("InstrumentOutcome");
    }

    @Property(tries = 200)
    void aSeverityOtherThanTheCriteriasBandIsRejected(@ForAll("courses") Course course,
            @ForAll Severity other) {
        InstrumentOutcome outcome = anOutcomeWithScores(course, 1);
        Assume.that(outcome != null);
        int k = outcome.points().size() - 1;
        ScorePoint point = outcome.points().get(k);
        Assume.that(other != point.severity());
        List<ScorePoint> points = new ArrayList<>(outcome.points());
        points.set(k, new ScorePoint(point.session(), point.date(), point.total(), other));

        assertRejectedOnly(() -> InstrumentOutcome.of(outcome.instrument(), points, OutcomeCriteria.defaults()),
                "points[" + k + "].severity", ModelRule.MATCHES_CRITERIA);
    }

    @Property(tries = 200)
    void aTotalAboveTheInstrumentsMaximumIsRejected(@ForAll("courses") Course course) {
        InstrumentOutcome outcome = anOutcomeWithScores(course, 1);
        Assume.that(outcome != null);
        ScorePoint first = outcome.points().get(0);
        List<ScorePoint> points = new ArrayList<>(outcome.points());
        points.set(0, new ScorePoint(first.session(), first.date(), outcome.instrument().maxScore() + 1,
                first.severity()));

        assertRejectedOnly(() -> InstrumentOutcome.of(outcome.instrument(), points, OutcomeCriteria.defaults()),
                "points[0].total", ModelRule.VALUE_IN_RANGE);
    }

    @Property(tries = 100)
    void aRepeatedInstrumentIsRejected(@ForAll("courses") Course course) {
        OutcomeReport report = OutcomeReport.of(course);
        Assume.that(!report.outcomes().isEmpty());
        List<InstrumentOutcome> outcomes = new ArrayList<>(report.outcomes());
        outcomes.add(outcomes.get(0));

        assertRejectedOnly(() -> OutcomeReport.of(report.criteria(), report.safetyFlags(), report.safetyNotices(),
                report.concurrentTreatments(), outcomes), "outcomes[" + (outcomes.size() - 1) + "].instrument",
                ModelRule.DISTINCT);
    }

    @Property(tries = 200)
    void outcomesClassifiedByOtherCriteriaAreRejected(@ForAll("courses") Course course,
            @ForAll("criteria") OutcomeCriteria criteria) {
        OutcomeReport report = OutcomeReport.of(course, criteria);
        OutcomeReport byDefault = OutcomeReport.of(course);
        Assume.that(!report.outcomes().equals(byDefault.outcomes()));
        int i = 0;
        while (report.outcomes().get(i).equals(byDefault.outcomes().get(i))) {
            i++;
        }
        InstrumentOutcome differing = report.outcomes().get(i);
        String prefix = "outcomes[" + i + "].";

        InvalidModelException e = assertRejected(() -> OutcomeReport.of(OutcomeCriteria.defaults(),
                report.safetyFlags(), report.safetyNotices(), report.concurrentTreatments(), report.outcomes()),
                prefix + "responseClass", ModelRule.MATCHES_CRITERIA);

        assertThat(e.violations()).allSatisfy(v -> assertThat(v.rule()).isEqualTo(ModelRule.MATCHES_CRITERIA));
        assertThat(differing.responseClass()).isPresent();
    }

    /** The index of the first adjacent pair in strictly ascending order, or -1. */
    private static <T> int firstStrictlyOrdered(List<T> list, Comparator<? super T> order) {
        for (int i = 0; i + 1 < list.size(); i++) {
            if (order.compare(list.get(i), list.get(i + 1)) < 0) {
                return i;
            }
        }
        return -1;
    }

    private static <T> void swap(List<T> list, int i) {
        T first = list.get(i);
        list.set(i, list.get(i + 1));
        list.set(i + 1, first);
    }
}
