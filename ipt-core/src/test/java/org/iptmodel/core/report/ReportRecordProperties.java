package org.iptmodel.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iptmodel.core.contracts.Rejections.assertRejected;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Verification;
import org.iptmodel.core.arbitraries.IptArbitraries;

/**
 * Reports are records: the factories from parts take the severities and response classes they
 * are given, checking only the structure, and {@code verify()} confirms every report made from a
 * course and reports each recorded value the rules of this version give otherwise.
 */
class ReportRecordProperties {

    @Provide
    Arbitrary<AdherenceReport> adherenceReports() {
        return IptArbitraries.adherenceReports();
    }

    @Provide
    Arbitrary<OutcomeReport> outcomeReports() {
        return IptArbitraries.outcomeReports();
    }

    @Provide
    Arbitrary<AdherenceReport> recordedAdherence() {
        return IptArbitraries.recordedAdherenceReports();
    }

    @Provide
    Arbitrary<OutcomeReport> recordedOutcomes() {
        return IptArbitraries.recordedOutcomeReports();
    }

    /** The outcomes made again from what they record. */
    private static List<InstrumentOutcome> recorded(List<InstrumentOutcome> outcomes) {
        List<InstrumentOutcome> copy = new ArrayList<>();
        for (InstrumentOutcome o : outcomes) {
            copy.add(InstrumentOutcome.recorded(o.instrument(), o.points(), o.responseClass()));
        }
        return copy;
    }

    @Property
    void everyAdherenceReportOfACourseIsTakenFromItsPartsAndConfirmed(
            @ForAll("adherenceReports") AdherenceReport report) {
        AdherenceReport again = AdherenceReport.of(report.safetyFlags(), report.safetyNotices(), report.deviations());

        assertThat(again).isEqualTo(report);
        assertThat(report.verify()).isEqualTo(Verification.confirmed());
        assertThat(report.deviations()).allMatch(d -> d.severity() == d.code().severity());
    }

    @Property
    void aDeviationRecordedWithAnotherSeverityIsTakenAndVerifyReportsIt(
            @ForAll("recordedAdherence") AdherenceReport report) {
        int last = report.deviations().size() - 1;
        Deviation deviation = report.deviations().get(last);

        assertThat(deviation.severity()).isEqualTo(ReportSeverity.INFO).isNotEqualTo(deviation.code().severity());
        assertThat(AdherenceReport.of(report.safetyFlags(), report.safetyNotices(), report.deviations()))
                .isEqualTo(report);
        assertThat(report.verify().discrepancies()).extracting(Verification.Discrepancy::path)
                .containsExactly("deviations[" + last + "].severity");
    }

    @Property
    void deviationsOutOfOrderByTheirRecordedSeverityAreRefused(@ForAll("adherenceReports") AdherenceReport report,
            @ForAll @IntRange(min = 0, max = 10_000) int key) {
        Assume.that(!report.deviations().isEmpty());
        List<Deviation> deviations = new ArrayList<>(report.deviations());
        int i = key % deviations.size();
        Deviation d = deviations.get(i);
        deviations.set(i, new Deviation(d.code(), ReportSeverity.INFO, d.sessions(), d.message()));
        List<Deviation> before = new ArrayList<>(deviations.subList(0, i + 1));
        before.add(new Deviation(d.code(), ReportSeverity.SERIOUS, d.sessions(), d.message()));
        assertRejected(() -> AdherenceReport.of(report.safetyFlags(), report.safetyNotices(), before),
                "deviations[" + (i + 1) + "]", ModelRule.REPORT_ORDER);
    }

    @Property
    void everyOutcomeReportOfACourseIsTakenAsRecordedAndConfirmed(@ForAll("outcomeReports") OutcomeReport report) {
        OutcomeReport again = OutcomeReport.recorded(report.criteria(), report.safetyFlags(), report.safetyNotices(),
                report.concurrentTreatments(), recorded(report.outcomes()));

        assertThat(again).isEqualTo(report);
        assertThat(again.verify()).isEqualTo(Verification.confirmed());
        assertThat(report.verify().isConfirmed()).isTrue();
    }

    @Property
    void anOutcomeRecordedWithAnotherSeverityOrClassIsTakenAndVerifyReportsIt(
            @ForAll("recordedOutcomes") OutcomeReport report) {
        Verification check = report.verify();

        assertThat(check.discrepancies()).hasSize(1);
        assertThat(check.discrepancies().get(0).path())
                .matches("outcomes\\[\\d+\\]\\.(points\\[\\d+\\]\\.severity|responseClass)");
        assertThat(OutcomeReport.recorded(report.criteria(), report.safetyFlags(), report.safetyNotices(),
                report.concurrentTreatments(), recorded(report.outcomes()))).isEqualTo(report);
        // the factory that checks against the criteria refuses it
        assertRejected(() -> OutcomeReport.of(report.criteria(), report.safetyFlags(), report.safetyNotices(),
                report.concurrentTreatments(), report.outcomes()), check.discrepancies().get(0).path(),
                ModelRule.MATCHES_CRITERIA);
    }

    @Property
    void anOutcomesStructureIsCheckedWhenRecorded(@ForAll("outcomeReports") OutcomeReport report,
            @ForAll @IntRange(min = 0, max = 10_000) int key) {
        Assume.that(!report.outcomes().isEmpty());
        InstrumentOutcome o = report.outcomes().get(key % report.outcomes().size());
        List<ScorePoint> points = o.points();
        if (points.size() >= 2) {
            assertRejected(() -> InstrumentOutcome.recorded(o.instrument(), points, Optional.empty()),
                    "responseClass", ModelRule.PRESENCE);
            List<ScorePoint> swapped = new ArrayList<>(points);
            swapped.set(0, points.get(1));
            swapped.set(1, points.get(0));
            assertRejected(() -> InstrumentOutcome.recorded(o.instrument(), swapped, o.responseClass()),
                    "points[1].session", ModelRule.REPORT_ORDER);
        } else {
            assertRejected(() -> InstrumentOutcome.recorded(o.instrument(), points,
                    Optional.of(ResponseClass.NO_CHANGE)), "responseClass", ModelRule.PRESENCE);
        }
        assertRejected(() -> InstrumentOutcome.recorded(o.instrument(), List.of(), Optional.empty()), "points",
                ModelRule.REQUIRED);
        ScorePoint first = points.get(0);
        List<ScorePoint> above = new ArrayList<>(points);
        above.set(0, new ScorePoint(first.session(), first.date(), o.instrument().maxScore() + 1, first.severity()));
        assertRejected(() -> InstrumentOutcome.recorded(o.instrument(), above, o.responseClass()),
                "points[0].total", ModelRule.VALUE_IN_RANGE);
    }
    @Property
    void aRecordedReportWithARepeatedInstrumentOrFlagsOutOfOrderIsRefused(
            @ForAll("recordedOutcomes") OutcomeReport report, @ForAll @IntRange(min = 0, max = 10_000) int key) {
        List<InstrumentOutcome> outcomes = recorded(report.outcomes());
        int n = outcomes.size();
        List<InstrumentOutcome> repeated = new ArrayList<>(outcomes);
        repeated.add(outcomes.get(key % n));
        assertRejected(() -> OutcomeReport.recorded(report.criteria(), report.safetyFlags(), report.safetyNotices(),
                report.concurrentTreatments(), repeated), "outcomes[" + n + "].instrument", ModelRule.DISTINCT);
        List<SafetyFlag> reversed = new ArrayList<>(report.safetyFlags());
        java.util.Collections.reverse(reversed);
        for (int i = 1; i < reversed.size(); i++) {
            if (reversed.get(i).session() < reversed.get(i - 1).session()) {
                assertRejected(() -> OutcomeReport.recorded(report.criteria(), reversed, report.safetyNotices(),
                        report.concurrentTreatments(), outcomes), "safetyFlags[" + i + "]", ModelRule.REPORT_ORDER);
                return;
            }
        }
    }
}
