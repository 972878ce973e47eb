package org.iptmodel.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.ConcurrentTreatment;
import org.iptmodel.core.Course;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Severity;
import org.iptmodel.core.SeverityBand;
import org.iptmodel.core.TreatmentKind;
import org.iptmodel.core.Violation;
import org.iptmodel.core.arbitraries.PlannedCourses;
import org.iptmodel.core.plan.Schedule;
import org.junit.jupiter.api.Test;

class OutcomeReportTest {
    private static final Schedule STANDARD = Schedule.of(Protocol.standard(), LocalDate.of(2026, 1, 5));

    private static Course withScores(Map<Integer, List<Measurement>> bySession) {
        return PlannedCourses.completed(STANDARD, p -> bySession.getOrDefault(p.number(), List.of()));
    }

    @Test
    void aPhq9CourseFrom18To9IsAResponseThroughThreeBands() {
        Course course = withScores(Map.of(
                1, List.of(Measurement.of(Instrument.phq9(), 18)),
                8, List.of(Measurement.of(Instrument.phq9(), 12), Measurement.of(Instrument.bdiII(), 30)),
                16, List.of(Measurement.of(Instrument.phq9(), 9))));

        OutcomeReport report = OutcomeReport.of(course);

        assertThat(report.outcomes()).extracting(o -> o.instrument().code()).containsExactly("phq-9", "bdi-ii");
        InstrumentOutcome phq9 = report.outcome(Instrument.phq9()).orElseThrow();
        assertThat(phq9.points()).extracting(ScorePoint::session, ScorePoint::total, ScorePoint::severity)
                .containsExactly(tuple(1, 18, Severity.MODERATELY_SEVERE), tuple(8, 12, Severity.MODERATE),
                        tuple(16, 9, Severity.MILD));
        assertThat(phq9.baseline().total()).isEqualTo(18);
        assertThat(phq9.latest().session()).isEqualTo(16);
        assertThat(phq9.best().total()).isEqualTo(9);
        assertThat(phq9.change()).isEqualTo(-9);
        assertThat(phq9.responseClass()).contains(ResponseClass.RESPONSE);
        assertThat(report.outcome(Instrument.bdiII()).orElseThrow().responseClass()).isEmpty();
        assertThat(report.outcome(Instrument.hamD17())).isEmpty();
        assertThat(report.safetyFlags()).isEmpty();
    }

    @Test
    void aCourseWithoutMeasurementsHasNoOutcome() {
        OutcomeReport report = OutcomeReport.of(PlannedCourses.planned(STANDARD));
        assertThat(report.outcomes()).isEmpty();
        assertThat(report.criteria()).isEqualTo(OutcomeCriteria.defaults());
    }

    @Test
    void theBestScoreIsTheEarliestLowest() {
        Course course = withScores(Map.of(
                1, List.of(Measurement.of(Instrument.hamD17(), 20)),
                4, List.of(Measurement.of(Instrument.hamD17(), 9)),
                8, List.of(Measurement.of(Instrument.hamD17(), 9)),
                12, List.of(Measurement.of(Instrument.hamD17(), 14))));

        InstrumentOutcome hamD = OutcomeReport.of(course).outcome(Instrument.hamD17()).orElseThrow();
        assertThat(hamD.best().session()).isEqualTo(4);
        assertThat(hamD.responseClass()).contains(ResponseClass.PARTIAL_RESPONSE);
    }

    @Test
    void criteriaChangeRemissionAndBandsPerInstrument() {
        Course course = withScores(Map.of(
                1, List.of(Measurement.of(Instrument.bdiII(), 30), Measurement.of(Instrument.hamD17(), 20)),
                16, List.of(Measurement.of(Instrument.bdiII(), 12), Measurement.of(Instrument.hamD17(), 13))));
        OutcomeCriteria criteria = OutcomeCriteria.defaults()
                .withRemissionMax(Instrument.bdiII(), 12)
                .withBands(Instrument.hamD17(), List.of(SeverityBand.of(Severity.MINIMAL, 0, 7),
                        SeverityBand.of(Severity.MILD, 8, 13), SeverityBand.of(Severity.MODERATE, 14, 18),
                        SeverityBand.of(Severity.MODERATELY_SEVERE, 19, 22), SeverityBand.of(Severity.SEVERE, 23, 52)));

        OutcomeReport byDefault = OutcomeReport.of(course);
        OutcomeReport configured = OutcomeReport.of(course, criteria);

        assertThat(byDefault.outcome(Instrument.bdiII()).orElseThrow().responseClass()).contains(ResponseClass.RESPONSE);
        assertThat(configured.outcome(Instrument.bdiII()).orElseThrow().responseClass())
                .contains(ResponseClass.REMISSION);
        assertThat(byDefault.outcome(Instrument.hamD17()).orElseThrow().points()).extracting(ScorePoint::severity)
                .containsExactly(Severity.MODERATE, Severity.MILD);
        assertThat(configured.outcome(Instrument.hamD17()).orElseThrow().points()).extracting(ScorePoint::severity)
                .containsExactly(Severity.MODERATELY_SEVERE, Severity.MILD);
        assertThat(configured.criteria()).isEqualTo(criteria);
    }

    @Test
    void theJavadocExamplesClassifyAsDocumented() {
        OutcomeCriteria criteria = OutcomeCriteria.defaults();
        Instrument phq9 = Instrument.phq9();
        assertThat(criteria.classify(phq9, 18, 4)).isEqualTo(ResponseClass.REMISSION);
        assertThat(criteria.classify(phq9, 18, 9)).isEqualTo(ResponseClass.RESPONSE);
        assertThat(criteria.classify(phq9, 18, 10)).isEqualTo(ResponseClass.PARTIAL_RESPONSE);
        assertThat(criteria.classify(phq9, 18, 14)).isEqualTo(ResponseClass.NO_CHANGE);
        assertThat(criteria.classify(phq9, 18, 18)).isEqualTo(ResponseClass.NO_CHANGE);
        assertThat(criteria.classify(phq9, 18, 23)).isEqualTo(ResponseClass.WORSENING);
        assertThat(criteria.classify(phq9, 10, 13)).isEqualTo(ResponseClass.WORSENING);
        assertThat(criteria.classify(phq9, 0, 5)).isEqualTo(ResponseClass.BASELINE_NOT_DEPRESSED);
        assertThat(criteria.classify(phq9, 8, 2)).isEqualTo(ResponseClass.BASELINE_NOT_DEPRESSED);
        assertThat(criteria.withDepressedMin(phq9, 15).classify(phq9, 12, 3))
                .isEqualTo(ResponseClass.BASELINE_NOT_DEPRESSED);
        assertThat(criteria.withWorseningIncrease(0).classify(phq9, 18, 19)).isEqualTo(ResponseClass.WORSENING);
        assertThat(criteria.withPartialResponseReduction(50).classify(phq9, 18, 10))
                .isEqualTo(ResponseClass.NO_CHANGE);
    }

    @Test
    void aPhq9From8To2IsNotGradedBecauseTheBaselineIsBelowTheDepressedRange() {
        Course course = withScores(Map.of(
                1, List.of(Measurement.of(Instrument.phq9(), 8)),
                16, List.of(Measurement.of(Instrument.phq9(), 2))));

        InstrumentOutcome phq9 = OutcomeReport.of(course).outcome(Instrument.phq9()).orElseThrow();

        assertThat(phq9.responseClass()).contains(ResponseClass.BASELINE_NOT_DEPRESSED);
        assertThat(phq9.points()).extracting(ScorePoint::severity).containsExactly(Severity.MILD, Severity.MINIMAL);
        assertThat(OutcomeCriteria.defaults().classify(Instrument.phq9(), 8, 2))
                .isEqualTo(ResponseClass.BASELINE_NOT_DEPRESSED);
    }

    @Test
    void aPhq9From18To4IsARemission() {
        Course course = withScores(Map.of(
                1, List.of(Measurement.of(Instrument.phq9(), 18)),
                16, List.of(Measurement.of(Instrument.phq9(), 4))));

        InstrumentOutcome phq9 = OutcomeReport.of(course).outcome(Instrument.phq9()).orElseThrow();

        assertThat(phq9.responseClass()).contains(ResponseClass.REMISSION);
        assertThat(OutcomeCriteria.defaults().classify(Instrument.phq9(), 18, 4)).isEqualTo(ResponseClass.REMISSION);
    }

    @Test
    void theDepressedRangeStartsAtTheBoundaryOfEachCatalogueInstrument() {
        OutcomeCriteria criteria = OutcomeCriteria.defaults();
        assertThat(criteria.classify(Instrument.phq9(), 10, 4)).isEqualTo(ResponseClass.REMISSION);
        assertThat(criteria.classify(Instrument.phq9(), 9, 4)).isEqualTo(ResponseClass.BASELINE_NOT_DEPRESSED);
        assertThat(criteria.classify(Instrument.hamD17(), 8, 7)).isEqualTo(ResponseClass.REMISSION);
        assertThat(criteria.classify(Instrument.hamD17(), 7, 0)).isEqualTo(ResponseClass.BASELINE_NOT_DEPRESSED);
        assertThat(criteria.classify(Instrument.bdiII(), 14, 9)).isEqualTo(ResponseClass.REMISSION);
        assertThat(criteria.classify(Instrument.bdiII(), 13, 0)).isEqualTo(ResponseClass.BASELINE_NOT_DEPRESSED);
        assertThat(criteria.classify(Instrument.bdiII(), 13, 40)).isEqualTo(ResponseClass.BASELINE_NOT_DEPRESSED);
    }

    @Test
    void depressedRangesAreSetPerInstrumentAndKeptByTheReport() {
        Course course = withScores(Map.of(
                1, List.of(Measurement.of(Instrument.bdiII(), 16)),
                16, List.of(Measurement.of(Instrument.bdiII(), 7))));
        OutcomeCriteria criteria = OutcomeCriteria.defaults().withDepressedMin(Instrument.bdiII(), 20)
                .withDepressedMin(Instrument.phq9(), 12);

        OutcomeReport report = OutcomeReport.of(course, criteria);

        assertThat(OutcomeReport.of(course).outcome(Instrument.bdiII()).orElseThrow().responseClass())
                .contains(ResponseClass.REMISSION);
        assertThat(report.outcome(Instrument.bdiII()).orElseThrow().responseClass())
                .contains(ResponseClass.BASELINE_NOT_DEPRESSED);
        assertThat(report.criteria().depressedMin(Instrument.bdiII())).isEqualTo(20);
        assertThat(report.criteria().depressedMin(Instrument.phq9())).isEqualTo(10);
        assertThat(report.criteria()).isEqualTo(OutcomeCriteria.defaults().withDepressedMin(Instrument.bdiII(), 20));
    }

    @Test
    void theRemissionThresholdStaysBelowTheDepressedRange() {
        OutcomeCriteria criteria = OutcomeCriteria.defaults();
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> criteria.withRemissionMax(Instrument.phq9(), 10))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                        .containsExactly(tuple("remissionMax", ModelRule.VALUE_IN_RANGE)));
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> criteria.withDepressedMin(Instrument.phq9(), 4))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                        .containsExactly(tuple("depressedMin", ModelRule.VALUE_IN_RANGE)));
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> criteria.withDepressedMin(Instrument.phq9(), 28))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                        .containsExactly(tuple("depressedMin", ModelRule.VALUE_IN_RANGE)));
        OutcomeCriteria moved = criteria.withDepressedMin(Instrument.phq9(), 15).withRemissionMax(Instrument.phq9(), 12);
        assertThat(moved.remissionMax(Instrument.phq9())).isEqualTo(12);
        assertThat(moved.depressedMin(Instrument.phq9())).isEqualTo(15);
    }

    @Test
    void theCriteriaNameTheWorksBehindTheirDefinitions() {
        assertThat(OutcomeCriteria.defaults().references()).containsExactly(Bibliography.FRANK_1991,
                Bibliography.RIEDEL_2010, Bibliography.REEVES_2012);
        assertThat(OutcomeCriteria.defaults().withResponseReduction(60).references())
                .isEqualTo(OutcomeCriteria.defaults().references());
    }

    @Test
    void aTotalWithoutItemsOnAnInstrumentWithASuicidalityItemIsNoticed() {
        Course course = withScores(Map.of(
                1, List.of(Measurement.of(Instrument.phq9(), 18), Measurement.of(Instrument.hamD17(), 20)),
                8, List.of(phq9Items(0, 0, 0, 0, 0, 0, 0, 0, 1))));

        OutcomeReport outcomes = OutcomeReport.of(course);
        AdherenceReport adherence = AdherenceReport.of(course);

        List<SafetyNotice> expected = List.of(new SafetyNotice(1, "phq-9", 9), new SafetyNotice(1, "ham-d-17", 3));
        assertThat(outcomes.safetyNotices()).isEqualTo(expected);
        assertThat(adherence.safetyNotices()).isEqualTo(expected);
        assertThat(outcomes.safetyFlags()).containsExactly(new SafetyFlag(8, "phq-9", 9, 1));
        assertThat(expected.get(1).message())
                .isEqualTo("item not recorded: session 1, ham-d-17 item 3; check how the item was answered");
        assertThat(expected.get(1).severity()).isEqualTo(ReportSeverity.WARNING);
        assertThat(expected.get(1).references()).containsExactly(Bibliography.KROENKE_2001, Bibliography.BECK_1996,
                Bibliography.HAMILTON_1960);
        assertThat(adherence.toString()).contains("safetyNotices=[SafetyNotice[session=1, instrument=phq-9, item=9]");
    }

    @Test
    void treatmentsThatStartedDuringTheCourseAreListedNextToTheScoresTheyMayConfound() {
        Course scored = withScores(Map.of(
                1, List.of(Measurement.of(Instrument.phq9(), 18)),
                4, List.of(Measurement.of(Instrument.bdiII(), 30)),
                16, List.of(Measurement.of(Instrument.phq9(), 9))));
        LocalDate start = scored.contract().start();
        LocalDate fourth = scored.session(4).orElseThrow().date();
        LocalDate last = scored.lastSession().orElseThrow().date();
        ConcurrentTreatment before = ConcurrentTreatment.builder().kind(TreatmentKind.ANTIDEPRESSANT_MEDICATION)
                .codeSystem("ATC").code("N06AB06").started(start.minusDays(1)).build();
        ConcurrentTreatment afterFourth = ConcurrentTreatment.builder().kind(TreatmentKind.PSYCHOTHERAPY)
                .started(fourth.plusDays(2)).build();
        ConcurrentTreatment atStart = ConcurrentTreatment.builder().kind(TreatmentKind.ANTIDEPRESSANT_MEDICATION)
                .codeSystem("ATC").code("N06AX16").started(start).stopped(start.plusWeeks(3)).build();
        ConcurrentTreatment afterLast = before.withStarted(last.plusDays(1));
        ConcurrentTreatment unknown = ConcurrentTreatment.builder().kind(TreatmentKind.OTHER).build();
        Course course = Course.builder().from(scored)
                .concurrentTreatments(List.of(before, afterFourth, atStart, afterLast, unknown)).build();

        OutcomeReport report = OutcomeReport.of(course);

        StartedTreatment first = new StartedTreatment(TreatmentKind.ANTIDEPRESSANT_MEDICATION, Optional.of("ATC"),
                Optional.of("N06AX16"), start);
        StartedTreatment second = new StartedTreatment(TreatmentKind.PSYCHOTHERAPY, Optional.empty(),
                Optional.empty(), fourth.plusDays(2));
        assertThat(report.concurrentTreatments()).containsExactly(first, second);
        assertThat(report.concurrentTreatments(Instrument.phq9())).containsExactly(first, second);
        assertThat(report.concurrentTreatments(Instrument.bdiII())).containsExactly(first);
        assertThat(report.concurrentTreatments(Instrument.hamD17())).isEmpty();
        assertThat(OutcomeReport.of(course.withConcurrentTreatments(List.of(before, afterLast, unknown)))
                .concurrentTreatments()).isEmpty();
    }

    /** A PHQ-9 with its nine item responses; the total is their sum. */
    private static Measurement phq9Items(int... items) {
        Measurement.Builder m = Measurement.builder().instrument(Instrument.phq9());
        int total = 0;
        for (int item : items) {
            m.addItems(item);
            total += item;
        }
        return m.total(total).build();
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        OutcomeCriteria criteria = OutcomeCriteria.defaults();
        assertThat(criteria.responseReduction()).isEqualTo(50);
        assertThat(criteria.partialResponseReduction()).isEqualTo(25);
        assertThat(criteria.worseningIncrease()).isEqualTo(25);
        for (Instrument instrument : Instrument.catalogue()) {
            assertThat(criteria.remissionMax(instrument)).isEqualTo(instrument.remissionMax());
            assertThat(criteria.depressedMin(instrument)).isEqualTo(instrument.depressedMin());
            assertThat(criteria.bands(instrument)).isEqualTo(instrument.bands());
        }
        assertThat(criteria.remissionMax(Instrument.phq9())).isEqualTo(4);
        assertThat(criteria.depressedMin(Instrument.phq9())).isEqualTo(10);
        assertThat(criteria.depressedMin(Instrument.hamD17())).isEqualTo(8);
        assertThat(criteria.depressedMin(Instrument.bdiII())).isEqualTo(14);
    }

    @Test
    void invalidCriteriaAreRejectedWithTheirPath() {
        OutcomeCriteria criteria = OutcomeCriteria.defaults();
        assertThatExceptionOfType(InvalidModelException.class).isThrownBy(() -> criteria.withResponseReduction(20))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                        .containsExactly(tuple("responseReduction", ModelRule.VALUE_IN_RANGE)));
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> criteria.withPartialResponseReduction(0))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path)
                        .containsExactly("partialResponseReduction"));
        assertThatExceptionOfType(InvalidModelException.class).isThrownBy(() -> criteria.withWorseningIncrease(-1))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path)
                        .containsExactly("worseningIncrease"));
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> criteria.withRemissionMax(Instrument.phq9(), 28))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("remissionMax"));
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> criteria.withBands(Instrument.phq9(), List.of(SeverityBand.of(Severity.MILD, 0, 20))))
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo("OutcomeCriteria");
                    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                            .containsExactly(tuple("bands", ModelRule.BANDS_COVER_RANGE));
                });
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> criteria.classify(Instrument.phq9(), 28, 3))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("baseline"));
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> criteria.severityOf(Instrument.phq9(), -1))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("score"));
    }

    @Test
    void criteriaAreValuesAndCopiesLeaveTheOriginalUnchanged() {
        OutcomeCriteria defaults = OutcomeCriteria.defaults();
        OutcomeCriteria changed = defaults.withRemissionMax(Instrument.bdiII(), 12);
        assertThat(defaults.remissionMax(Instrument.bdiII())).isEqualTo(9);
        assertThat(changed).isEqualTo(OutcomeCriteria.defaults().withRemissionMax(Instrument.bdiII(), 12))
                .hasSameHashCodeAs(OutcomeCriteria.defaults().withRemissionMax(Instrument.bdiII(), 12))
                .isNotEqualTo(defaults);
    }

    @Test
    void criteriaSetToAnInstrumentsOwnValuesEqualTheDefaults() {
        OutcomeCriteria defaults = OutcomeCriteria.defaults();
        assertThat(defaults.withRemissionMax(Instrument.phq9(), Instrument.phq9().remissionMax())).isEqualTo(defaults);
        assertThat(defaults.withRemissionMax(Instrument.bdiII(), 12).withRemissionMax(Instrument.bdiII(), 9))
                .isEqualTo(defaults).hasSameHashCodeAs(defaults);
        assertThat(defaults.withBands(Instrument.hamD17(), Instrument.hamD17().bands())).isEqualTo(defaults);
        assertThat(defaults.withDepressedMin(Instrument.phq9(), 10)).isEqualTo(defaults);
        assertThat(defaults.withDepressedMin(Instrument.bdiII(), 20).withDepressedMin(Instrument.bdiII(), 14))
                .isEqualTo(defaults).hasSameHashCodeAs(defaults);
    }

    @Test
    void aReportKeepsTheCriteriasSettingsOfItsInstrumentsOnly() {
        InstrumentOutcome phq9 = InstrumentOutcome.of(Instrument.phq9(),
                List.of(new ScorePoint(1, LocalDate.of(2026, 1, 5), 18, Severity.MODERATELY_SEVERE),
                        new ScorePoint(12, LocalDate.of(2026, 3, 23), 9, Severity.MILD)),
                OutcomeCriteria.defaults());
        OutcomeCriteria criteria = OutcomeCriteria.defaults().withRemissionMax(Instrument.bdiII(), 12);

        OutcomeReport report = OutcomeReport.of(criteria, List.of(), List.of(phq9));

        assertThat(phq9.responseClass()).contains(ResponseClass.RESPONSE);
        assertThat(report.criteria()).isEqualTo(OutcomeCriteria.defaults());
        assertThat(report.outcomes()).containsExactly(phq9);
        assertThat(OutcomeReport.of(OutcomeCriteria.defaults(), List.of(), List.of(phq9))).isEqualTo(report);
    }
}
