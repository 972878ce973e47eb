package org.iptmodel.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.iptmodel.core.Course;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.Session;
import org.iptmodel.core.plan.PlanArbitraries;
import org.iptmodel.core.plan.PlannedCourses;

class OutcomeProperties {

    @Provide
    Arbitrary<OutcomeCriteria> criteria() {
        return ReportArbitraries.criteria();
    }

    @Provide
    Arbitrary<Course> courses() {
        return ReportArbitraries.coursesWithMeasurements(ReportArbitraries.Suicidality.ANY);
    }

    /** An instrument and three scores within its range, {@code low <= high}. */
    record Scores(Instrument instrument, int score, int low, int high) {
    }

    @Provide
    Arbitrary<Scores> scores() {
        return ReportArbitraries.instruments().flatMap(i -> {
            Arbitrary<Integer> score = Arbitraries.integers().between(0, i.maxScore());
            return Combinators.combine(score, score, score)
                    .as((a, x, y) -> new Scores(i, a, Math.min(x, y), Math.max(x, y)));
        });
    }

    @Property
    void aLowerEndpointNeverGivesAWorseClass(@ForAll("scores") Scores s, @ForAll("criteria") OutcomeCriteria criteria) {
        ResponseClass better = criteria.classify(s.instrument(), s.score(), s.low());
        ResponseClass worse = criteria.classify(s.instrument(), s.score(), s.high());

        assertThat(better).isLessThanOrEqualTo(worse);
        assertThat(worse.isBetterThan(better)).isFalse();
    }

    @Property
    void aHigherBaselineNeverGivesAWorseClassForTheSameEndpoint(@ForAll("scores") Scores s,
            @ForAll("criteria") OutcomeCriteria criteria) {
        assertThat(criteria.classify(s.instrument(), s.high(), s.score()))
                .isLessThanOrEqualTo(criteria.classify(s.instrument(), s.low(), s.score()));
    }

    @Property
    void aResponseIsAReductionOfAtLeastHalfExactlyAtTheBoundary(@ForAll("scores") Scores s) {
        int half = Math.max(1, s.score() / 2);
        int baseline = 2 * half;
        OutcomeCriteria criteria = OutcomeCriteria.defaults().withRemissionMax(s.instrument(), 0);

        assertThat(criteria.classify(s.instrument(), baseline, half)).isEqualTo(ResponseClass.RESPONSE);
        assertThat(criteria.classify(s.instrument(), baseline, half + 1)).isNotIn(ResponseClass.RESPONSE,
                ResponseClass.REMISSION);
        if (baseline + 1 <= s.instrument().maxScore()) {
            assertThat(criteria.classify(s.instrument(), baseline + 1, half + 1)).isNotIn(ResponseClass.RESPONSE,
                    ResponseClass.REMISSION);
        }
    }

    @Property
    void withDefaultCriteriaAResponseOrBetterIsExactlyHalfTheBaselineOrRemission(@ForAll("scores") Scores s) {
        int baseline = s.score();
        int endpoint = s.low();
        ResponseClass result = OutcomeCriteria.defaults().classify(s.instrument(), baseline, endpoint);

        boolean remission = endpoint <= s.instrument().remissionMax();
        assertThat(result == ResponseClass.REMISSION).isEqualTo(remission);
        assertThat(result == ResponseClass.RESPONSE).isEqualTo(!remission && 2 * endpoint <= baseline);
    }

    @Property
    void remissionHoldsExactlyUpToTheThreshold(@ForAll("scores") Scores s) {
        int threshold = Math.min(s.low(), s.instrument().maxScore() - 1);
        OutcomeCriteria criteria = OutcomeCriteria.defaults().withRemissionMax(s.instrument(), threshold);

        assertThat(criteria.classify(s.instrument(), s.score(), threshold)).isEqualTo(ResponseClass.REMISSION);
        assertThat(criteria.classify(s.instrument(), s.score(), threshold + 1)).isNotEqualTo(ResponseClass.REMISSION);
        assertThat(criteria.remissionMax(s.instrument())).isEqualTo(threshold);
    }

    @Property
    void theReportSummarisesEachInstrumentFromItsScoresInSessionOrder(@ForAll("courses") Course course,
            @ForAll("criteria") OutcomeCriteria criteria) {
        Map<Instrument, List<int[]>> scores = new LinkedHashMap<>();
        for (Session s : course.sessions()) {
            for (Measurement m : s.measurements()) {
                scores.computeIfAbsent(m.instrument(), i -> new ArrayList<>()).add(new int[] {s.number(), m.total()});
            }
        }
        OutcomeReport report = OutcomeReport.of(course, criteria);

        assertThat(report.outcomes()).extracting(InstrumentOutcome::instrument)
                .containsExactlyElementsOf(scores.keySet());
        for (InstrumentOutcome outcome : report.outcomes()) {
            List<int[]> expected = scores.get(outcome.instrument());
            Statistics.label("scores").collect(Math.min(expected.size(), 2));
            assertThat(outcome.points()).extracting(ScorePoint::session)
                    .containsExactlyElementsOf(expected.stream().map(a -> a[0]).toList());
            assertThat(outcome.points()).extracting(ScorePoint::total)
                    .containsExactlyElementsOf(expected.stream().map(a -> a[1]).toList());
            assertThat(outcome.points()).allSatisfy(p -> assertThat(p.severity())
                    .isEqualTo(criteria.severityOf(outcome.instrument(), p.total())));
            int first = expected.get(0)[1];
            int last = expected.get(expected.size() - 1)[1];
            int min = expected.stream().mapToInt(a -> a[1]).min().getAsInt();
            assertThat(outcome.baseline().total()).isEqualTo(first);
            assertThat(outcome.latest().total()).isEqualTo(last);
            assertThat(outcome.best().total()).isEqualTo(min);
            assertThat(outcome.change()).isEqualTo(last - first);
            if (expected.size() < 2) {
                assertThat(outcome.responseClass()).isEmpty();
            } else {
                assertThat(outcome.responseClass()).contains(criteria.classify(outcome.instrument(), first, last));
            }
        }
        Statistics.label("scores").coverage(c -> {
            c.check(1).count(n -> n > 0);
            c.check(2).count(n -> n > 0);
        });
    }

    @Provide
    Arbitrary<Course> sparseCourses() {
        return PlanArbitraries.adherentSchedules().flatMap(schedule -> Combinators.combine(
                Arbitraries.integers().between(0, schedule.sessions().size()),
                ReportArbitraries.instruments().flatMap(i -> ReportArbitraries.measurements(i,
                        ReportArbitraries.Suicidality.ANY)))
                .as((k, m) -> PlannedCourses.completed(schedule, p -> p.number() == k ? List.of(m) : List.of())));
    }

    @Property
    void aCourseWithFewerThanTwoMeasurementsHasNoResponseClass(@ForAll("sparseCourses") Course course) {
        long measurements = course.sessions().stream().mapToLong(s -> s.measurements().size()).sum();
        OutcomeReport report = OutcomeReport.of(course);

        assertThat(measurements).isLessThan(2);
        assertThat(report.outcomes()).hasSize((int) measurements);
        assertThat(report.outcomes()).allSatisfy(o -> assertThat(o.responseClass()).isEmpty());
    }
}
