package org.iptmodel.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.iptmodel.core.Course;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Severity;
import org.iptmodel.core.SeverityBand;
import org.iptmodel.core.Violation;
import org.iptmodel.core.plan.PlannedCourses;
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
        assertThat(criteria.classify(phq9, 0, 5)).isEqualTo(ResponseClass.WORSENING);
        assertThat(criteria.withWorseningIncrease(0).classify(phq9, 18, 19)).isEqualTo(ResponseClass.WORSENING);
        assertThat(criteria.withPartialResponseReduction(50).classify(phq9, 18, 10))
                .isEqualTo(ResponseClass.NO_CHANGE);
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        OutcomeCriteria criteria = OutcomeCriteria.defaults();
        assertThat(criteria.responseReduction()).isEqualTo(50);
        assertThat(criteria.partialResponseReduction()).isEqualTo(25);
        assertThat(criteria.worseningIncrease()).isEqualTo(25);
        for (Instrument instrument : Instrument.catalogue()) {
            assertThat(criteria.remissionMax(instrument)).isEqualTo(instrument.remissionMax());
            assertThat(criteria.bands(instrument)).isEqualTo(instrument.bands());
        }
        assertThat(criteria.remissionMax(Instrument.phq9())).isEqualTo(4);
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
