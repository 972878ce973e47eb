package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iptmodel.core.contracts.Rejections.assertRejected;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.iptmodel.core.ContractAmendment;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseId;
import org.iptmodel.core.Discontinuation;
import org.iptmodel.core.DiscontinuationReason;
import org.iptmodel.core.CourseStatus;
import org.iptmodel.core.Focus;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.IntRange;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.PatientRef;
import org.iptmodel.core.Phase;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Severity;
import org.iptmodel.core.SeverityBand;
import org.iptmodel.core.Session;
import org.iptmodel.core.ranking.RankedIssue;
import org.iptmodel.core.ranking.RankingReason;
import org.iptmodel.core.ranking.RankingRules;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.InstrumentOutcome;
import org.iptmodel.core.report.OutcomeCriteria;
import org.iptmodel.core.report.SafetyFlag;
import org.iptmodel.core.report.ScorePoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every {@link ModelRule} is enforced: one example per rule, named by the rule, with the field path
 * the violation reports. A new rule without an example fails this test.
 */
class ModelRuleTest {

    /** An invalid construction and the path its violation names. */
    record Example(String path, ThrowingCallable build) {
    }

    private static final Map<ModelRule, Example> EXAMPLES = examples();

    @ParameterizedTest
    @EnumSource(ModelRule.class)
    void everyRuleIsEnforcedWithItsPath(ModelRule rule) {
        assertThat(EXAMPLES).as("an example for " + rule).containsKey(rule);
        Example example = EXAMPLES.get(rule);
        assertRejected(example.build(), example.path(), rule, "SECRET-");
        assertThat(rule.description()).isNotBlank();
    }

    private static Map<ModelRule, Example> examples() {
        Map<ModelRule, Example> examples = new EnumMap<>(ModelRule.class);
        Course course = Samples.course();
        Session first = course.sessions().get(0);
        List<Session> two = CourseFixtures.sessions(List.of(Phase.INITIAL, Phase.MIDDLE));
        Course.Builder active = CourseFixtures.course(Protocol.standard(), two);
        examples.put(ModelRule.REQUIRED, new Example("contract", () -> Course.builder().id(CourseId.of("c-1"))
                .patient(PatientRef.of("SECRET-p")).protocol(Protocol.standard()).build()));
        examples.put(ModelRule.NOT_BLANK, new Example("alias", () -> Samples.relationship().withAlias(" ")));
        examples.put(ModelRule.ID_FORMAT, new Example("value", () -> CourseId.of("c 1")));
        examples.put(ModelRule.VALUE_IN_RANGE, new Example("number", () -> first.withNumber(0)));
        examples.put(ModelRule.RANGE_ORDER, new Example("max", () -> IntRange.of(3, 2)));
        examples.put(ModelRule.UNIQUE_IDS, new Example("people[1].id", () -> InterpersonalInventory.builder()
                .addPeople(Samples.relationship(), Samples.relationship()).build()));
        examples.put(ModelRule.DISTINCT, new Example("secondary", () -> Samples.focus()
                .withSecondary(ProblemArea.ROLE_DISPUTE)));
        examples.put(ModelRule.DATE_ORDER, new Example("acceptedOn", () -> course.formulation().orElseThrow()
                .withAcceptedOn(CourseFixtures.START.minusDays(1))));
        examples.put(ModelRule.SESSION_NUMBERING, new Example("sessions[1].number",
                () -> active.sessions(List.of(two.get(0), two.get(1).withNumber(3))).build()));
        examples.put(ModelRule.SESSION_DATES, new Example("sessions[1].date",
                () -> active.sessions(List.of(two.get(0), two.get(1).withDate(two.get(0).date()))).build()));
        examples.put(ModelRule.PHASE_ORDER, new Example("sessions[1].phase", () -> active.sessions(
                CourseFixtures.sessions(List.of(Phase.MIDDLE, Phase.INITIAL))).build()));
        examples.put(ModelRule.MAINTENANCE_AFTER_ACUTE, new Example("sessions[1].phase", () -> active.sessions(
                CourseFixtures.sessions(List.of(Phase.INITIAL, Phase.MAINTENANCE))).build()));
        examples.put(ModelRule.KNOWN_PERSON, new Example("issues[0].people[0]",
                () -> course.withInventory(InterpersonalInventory.empty())));
        examples.put(ModelRule.KNOWN_ISSUE, new Example("focus.issues[0]", () -> course.withIssues()));
        examples.put(ModelRule.KNOWN_SESSION, new Example("termination.announcedAtSession",
                () -> course.withTermination(course.termination().orElseThrow().withAnnouncedAtSession(13))));
        examples.put(ModelRule.FOCUS_WITHIN_PROTOCOL, new Example("focus.secondary", () -> course.withFocus(
                Samples.focus().withSecondary(ProblemArea.GRIEF, ProblemArea.ROLE_TRANSITION))));
        examples.put(ModelRule.DISPUTE_STAGE, new Example("disputeStage",
                () -> Samples.issue().withArea(ProblemArea.GRIEF)));
        examples.put(ModelRule.SCORE_MATCHES_INSTRUMENT, new Example("items", () -> Measurement.builder()
                .instrument(Instrument.phq9()).items(Collections.nCopies(9, 1)).total(10).build()));
        examples.put(ModelRule.BANDS_COVER_RANGE, new Example("bands", () -> Instrument.phq9().withBands(
                SeverityBand.of(Severity.MINIMAL, 0, 4), SeverityBand.of(Severity.SEVERE, 6, 27))));
        Course opened = Course.builder().from(course).termination(Optional.empty()).sessions(List.of(first))
                .formulation(Optional.empty()).build();
        Session second = first.withNumber(2).withDate(first.date().plusWeeks(1));
        examples.put(ModelRule.COURSE_OPEN, new Example("status", () -> course.recordSession(
                second.withNumber(course.nextSessionNumber())
                        .withDate(course.lastSession().orElseThrow().date().plusWeeks(1)))));
        examples.put(ModelRule.PHASE_TRANSITION, new Example("session.phase",
                () -> opened.recordSession(second.withPhase(Phase.MAINTENANCE))));
        examples.put(ModelRule.RANKING_RECORD, new Example("explanation", () -> RankedIssue.of(1, Samples.issue(),
                RankingRules.ONSET_LINK, RankingReason.tieBreak())));
        examples.put(ModelRule.MIDDLE_PHASE_PREREQUISITES, new Example("formulation.acceptedOn",
                () -> opened.recordSession(second.withPhase(Phase.MIDDLE))));
        examples.put(ModelRule.STATUS_CONSISTENT, new Example("discontinuation", () -> course.withDiscontinuation(
                Discontinuation.of(course.termination().orElseThrow().date(), DiscontinuationReason.OTHER))));
        examples.put(ModelRule.PRESENCE, new Example("dateOfDeath",
                () -> Samples.relationship().withDateOfDeath(CourseFixtures.START)));
        examples.put(ModelRule.AMENDMENT_CHANGES, new Example("", () -> ContractAmendment.builder()
                .date(CourseFixtures.START).reason("SECRET-nothing changes").build()));
        examples.put(ModelRule.PHASES_FIT_PROTOCOL, new Example("terminationNotice",
                () -> Protocol.standard().withTerminationNotice(IntRange.of(2, 17))));
        examples.put(ModelRule.REPORT_ORDER, new Example("safetyFlags[1]", () -> AdherenceReport.of(
                List.of(new SafetyFlag(2, "phq-9", 9, 1), new SafetyFlag(1, "phq-9", 9, 1)), List.of())));
        examples.put(ModelRule.MATCHES_CRITERIA, new Example("points[0].severity", () -> InstrumentOutcome.of(
                Instrument.phq9(), List.of(new ScorePoint(1, CourseFixtures.START, 20, Severity.MINIMAL)),
                OutcomeCriteria.defaults())));
        return examples;
    }
}
