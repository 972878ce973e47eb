package org.iptmodel.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iptmodel.core.contracts.Rejections.assertRejectedOnly;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.iptmodel.core.Course;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Session;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.arbitraries.PlannedCourses;
import org.iptmodel.core.arbitraries.Suicidality;

class OutcomeProperties {

    @Provide
    Arbitrary<OutcomeCriteria> criteria() {
        return IptArbitraries.outcomeCriteria();
    }

    @Provide
    Arbitrary<Course> courses() {
        return IptArbitraries.recordedCourses(Suicidality.ANY);
    }

    /** An instrument and three scores within its range, {@code low <= high}. */
    record Scores(Instrument instrument, int score, int low, int high) {
    }

    @Provide
    Arbitrary<Scores> scores() {
        return IptArbitraries.catalogueInstruments().flatMap(i -> {
            Arbitrary<Integer> score = Arbitraries.integers().between(0, i.maxScore());
            return Combinators.combine(score, score, score)
                    .as((a, x, y) -> new Scores(i, a, Math.min(x, y), Math.max(x, y)));
        });
    }

    /** A score of the depressed range under the criteria, chosen by {@code key}. */
    private static int depressed(OutcomeCriteria criteria, Instrument instrument, int key) {
        int min = criteria.depressedMin(instrument);
        return min + key % (instrument.maxScore() - min + 1);
    }

    @Property
    void neverRemissionNorResponseWhenTheBaselineIsBelowTheDepressedRange(@ForAll("scores") Scores s,
            @ForAll("criteria") OutcomeCriteria criteria) {
        Instrument instrument = s.instrument();
        int baseline = s.low() % criteria.depressedMin(instrument);

        for (int endpoint : new int[] {s.score(), 0, baseline, instrument.maxScore()}) {
            ResponseClass result = criteria.classify(instrument, baseline, endpoint);
            assertThat(result).isEqualTo(ResponseClass.BASELINE_NOT_DEPRESSED)
                    .isNotIn(ResponseClass.REMISSION, ResponseClass.RESPONSE);
        }
        assertThat(criteria.classify(instrument, depressed(criteria, instrument, s.high()), s.score()))
                .isNotEqualTo(ResponseClass.BASELINE_NOT_DEPRESSED);
    }

    @Property
    void withADepressedBaselineALowerEndpointNeverGivesAWorseClass(@ForAll("scores") Scores s,
            @ForAll("criteria") OutcomeCriteria criteria) {
        int baseline = depressed(criteria, s.instrument(), s.score());
        ResponseClass better = criteria.classify(s.instrument(), baseline, s.low());
        ResponseClass worse = criteria.classify(s.instrument(), baseline, s.high());

        assertThat(better).isLessThanOrEqualTo(worse).isNotEqualTo(ResponseClass.BASELINE_NOT_DEPRESSED);
        assertThat(worse).isNotEqualTo(ResponseClass.BASELINE_NOT_DEPRESSED);
        assertThat(worse.isBetterThan(better)).isFalse();
        assertThat(better.isBetterThan(worse)).isEqualTo(better != worse);
    }

    @Property
    void withDepressedBaselinesAHigherBaselineNeverGivesAWorseClassForTheSameEndpoint(@ForAll("scores") Scores s,
            @ForAll("criteria") OutcomeCriteria criteria) {
        int low = depressed(criteria, s.instrument(), s.low());
        int high = depressed(criteria, s.instrument(), s.high());
        Assume.that(low <= high);

        assertThat(criteria.classify(s.instrument(), high, s.score()))
                .isLessThanOrEqualTo(criteria.classify(s.instrument(), low, s.score()));
    }

    @Property
    void aResponseIsAReductionOfAtLeastHalfExactlyAtTheBoundary(@ForAll("scores") Scores s) {
        int half = Math.max(1, s.score() / 2);
        int baseline = 2 * half;
        OutcomeCriteria criteria = OutcomeCriteria.defaults().withRemissionMax(s.instrument(), 0)
                .withDepressedMin(s.instrument(), 1);

        assertThat(criteria.classify(s.instrument(), baseline, half)).isEqualTo(ResponseClass.RESPONSE);
        assertThat(criteria.classify(s.instrument(), baseline, half + 1)).isNotIn(ResponseClass.RESPONSE,
                ResponseClass.REMISSION);
        if (baseline + 1 <= s.instrument().maxScore()) {
            assertThat(criteria.classify(s.instrument(), baseline + 1, half + 1)).isNotIn(ResponseClass.RESPONSE,
                    ResponseClass.REMISSION);
        }
    }

    @Property
    void withDefaultCriteriaAResponseOrBetterIsExactlyHalfADepressedBaselineOrRemission(@ForAll("scores") Scores s) {
        int baseline = s.score();
        int endpoint = s.low();
        ResponseClass result = OutcomeCriteria.defaults().classify(s.instrument(), baseline, endpoint);

        boolean depressed = baseline >= s.instrument().depressedMin();
        boolean remission = depressed && endpoint <= s.instrument().remissionMax();
        Statistics.label("baseline").collect(depressed ? "depressed" : "not depressed");
        assertThat(result == ResponseClass.BASELINE_NOT_DEPRESSED).isEqualTo(!depressed);
        assertThat(result == ResponseClass.REMISSION).isEqualTo(remission);
        assertThat(result == ResponseClass.RESPONSE).isEqualTo(depressed && !remission && 2 * endpoint <= baseline);
        Statistics.label("baseline").coverage(c -> {
            c.check("depressed").count(n -> n > 0);
            c.check("not depressed").count(n -> n > 0);
        });
    }

    @Property
    void remissionHoldsExactlyUpToTheThreshold(@ForAll("scores") Scores s) {
        Instrument instrument = s.instrument();
        int threshold = s.low() % instrument.maxScore();
        OutcomeCriteria criteria = OutcomeCriteria.defaults().withRemissionMax(instrument, 0)
                .withDepressedMin(instrument, threshold + 1).withRemissionMax(instrument, threshold);
        int baseline = depressed(criteria, instrument, s.score());

        assertThat(criteria.classify(instrument, baseline, threshold)).isEqualTo(ResponseClass.REMISSION);
        if (threshold + 1 <= instrument.maxScore()) {
            assertThat(criteria.classify(instrument, baseline, threshold + 1)).isNotEqualTo(ResponseClass.REMISSION);
        }
        assertThat(criteria.remissionMax(instrument)).isEqualTo(threshold);
        assertThat(criteria.depressedMin(instrument)).isEqualTo(threshold + 1);
    }

    @Property
    void notDepressedIsNeitherBetterNorWorseThanAnyClass(@ForAll ResponseClass other) {
        ResponseClass notDepressed = ResponseClass.BASELINE_NOT_DEPRESSED;

        assertThat(notDepressed.isBetterThan(other)).isFalse();
        assertThat(other.isBetterThan(notDepressed)).isFalse();
        if (other != notDepressed) {
            assertThat(other).isLessThan(notDepressed);
            assertThat(ResponseClass.REMISSION.isBetterThan(other)).isEqualTo(other != ResponseClass.REMISSION);
        }
    }

    @Property
    void depressedRangesOutOfRangeAreRejectedWithTheirPathAndRule(@ForAll("criteria") OutcomeCriteria criteria,
            @ForAll("instruments") Instrument instrument, @ForAll @IntRange(min = 0, max = 200) int key) {
        int remission = criteria.remissionMax(instrument);
        int depressed = criteria.depressedMin(instrument);
        int atOrBelowRemission = remission - key % (remission + 1);
        int aboveMaximum = instrument.maxScore() + 1 + key;

        assertRejectedOnly(() -> criteria.withDepressedMin(instrument, atOrBelowRemission), "depressedMin",
                ModelRule.VALUE_IN_RANGE);
        assertRejectedOnly(() -> criteria.withDepressedMin(instrument, aboveMaximum), "depressedMin",
                ModelRule.VALUE_IN_RANGE);
        assertRejectedOnly(() -> criteria.withDepressedMin(instrument, -1 - key), "depressedMin",
                ModelRule.VALUE_IN_RANGE);
        assertRejectedOnly(() -> criteria.withRemissionMax(instrument, depressed + key % (instrument.maxScore()
                - depressed + 1)), "remissionMax", ModelRule.VALUE_IN_RANGE);
        assertRejectedOnly(() -> criteria.withRemissionMax(instrument, -1 - key), "remissionMax",
                ModelRule.VALUE_IN_RANGE);
        assertThat(criteria.depressedMin(instrument)).isEqualTo(depressed);
        assertThat(criteria.remissionMax(instrument)).isEqualTo(remission);
    }

    @Property
    void aDepressedRangeSetToTheInstrumentsOwnIsNoSetting(@ForAll("criteria") OutcomeCriteria criteria,
            @ForAll("instruments") Instrument instrument, @ForAll @IntRange(min = 0, max = 200) int key) {
        Assume.that(criteria.remissionMax(instrument) < instrument.depressedMin());
        OutcomeCriteria own = criteria.withDepressedMin(instrument, instrument.depressedMin());
        int other = depressed(criteria, instrument, key);
        OutcomeCriteria changed = own.withDepressedMin(instrument, other);

        assertThat(own.depressedMin(instrument)).isEqualTo(instrument.depressedMin());
        assertThat(changed.withDepressedMin(instrument, instrument.depressedMin())).isEqualTo(own)
                .hasSameHashCodeAs(own);
        assertThat(changed.equals(own)).isEqualTo(other == instrument.depressedMin());
        assertThat(OutcomeCriteria.defaults().withDepressedMin(instrument, instrument.depressedMin()))
                .isEqualTo(OutcomeCriteria.defaults());
    }

    @Provide
    Arbitrary<Instrument> instruments() {
        return IptArbitraries.catalogueInstruments();
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
        return IptArbitraries.adherentSchedules().flatMap(schedule -> Combinators.combine(
                Arbitraries.integers().between(0, schedule.sessions().size()),
                IptArbitraries.catalogueInstruments().flatMap(i -> IptArbitraries.measurements(i,
                        Suicidality.ANY)))
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
