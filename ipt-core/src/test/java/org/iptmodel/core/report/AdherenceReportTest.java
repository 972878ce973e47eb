package org.iptmodel.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.List;
import org.iptmodel.core.ContractAmendment;
import org.iptmodel.core.Course;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.Amenability;
import org.iptmodel.core.DiscontinuationReason;
import org.iptmodel.core.Discontinuation;
import org.iptmodel.core.Focus;
import org.iptmodel.core.FocusBasis;
import org.iptmodel.core.Formulation;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Session;
import org.iptmodel.core.TreatmentContract;
import org.iptmodel.core.Violation;
import org.iptmodel.core.arbitraries.PlannedCourses;
import org.iptmodel.core.plan.Schedule;
import org.junit.jupiter.api.Test;

class AdherenceReportTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    private static final Schedule STANDARD = Schedule.of(Protocol.standard(), MONDAY);

    private static Course completed(int sessions) {
        return PlannedCourses.completed(Schedule.planner(Protocol.standard(), MONDAY).withSessionCount(sessions).plan());
    }

    private static Course withAmendment(Course course, ContractAmendment amendment) {
        TreatmentContract contract = TreatmentContract.builder().from(course.contract()).addAmendment(amendment).build();
        return Course.builder().from(course).contract(contract).build();
    }

    @Test
    void aCourseThatFollowsStandardIptHasAnEmptyReportWithoutPatientText() {
        Course course = PlannedCourses.completed(STANDARD);
        AdherenceReport report = AdherenceReport.of(course);

        assertThat(report.entries()).isEmpty();
        assertThat(report.isAdherent()).isTrue();
        assertThat(report.codes()).isEmpty();
        assertThat(report.toString()).doesNotContain("pseudo-1", "sleeping", "the issue the patient chose");
    }

    @Test
    void seventeenAcuteSessionsWithoutAnAmendmentExceedTheProtocol() {
        AdherenceReport report = AdherenceReport.of(completed(17));

        assertThat(report.deviations()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DeviationCode.ACUTE_SESSIONS_OUTSIDE_PROTOCOL);
            assertThat(d.sessions()).containsExactly(17);
            assertThat(d.severity()).isEqualTo(ReportSeverity.WARNING);
            assertThat(d.message()).contains("17 acute sessions", "12..16");
        });
    }

    @Test
    void anAmendmentWithExtraSessionsCoversTheExtension() {
        Course course = withAmendment(completed(17), ContractAmendment.builder().date(MONDAY.plusWeeks(10))
                .extraSessions(1).reason("more time for the dispute").build());

        assertThat(AdherenceReport.of(course).isAdherent()).isTrue();
    }

    @Test
    void aCompletedCourseShorterThanTheProtocolIsReportedAtItsLastAcuteSession() {
        assertThat(AdherenceReport.of(completed(10)).deviations()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DeviationCode.ACUTE_SESSIONS_OUTSIDE_PROTOCOL);
            assertThat(d.sessions()).containsExactly(10);
        });
    }

    @Test
    void aDiscontinuedCourseIsNotJudgedOnItsLengthOrEnding() {
        Course held = PlannedCourses.planned(STANDARD);
        for (int n = 1; n <= 5; n++) {
            held = held.recordSession(PlannedCourses.held(STANDARD, STANDARD.session(n).orElseThrow(), List.of()));
        }
        Course stopped = held.discontinue(Discontinuation.of(MONDAY.plusWeeks(6), DiscontinuationReason.PATIENT_WITHDREW));

        assertThat(AdherenceReport.of(stopped).entries()).isEmpty();
    }

    @Test
    void aGapLongerThanTwiceTheCadenceIsReportedUnlessAnAmendmentChangedTheCadence() {
        Course course = PlannedCourses.completed(STANDARD);
        List<Session> moved = course.sessions().stream()
                .map(s -> s.number() >= 5 ? s.withDate(s.date().plusWeeks(2)) : s).toList();
        Course gap = Course.builder().from(course).sessions(moved)
                .termination(course.termination().orElseThrow().withDate(moved.get(15).date())).build();

        assertThat(AdherenceReport.of(gap).deviations()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DeviationCode.SESSION_GAP_TOO_LONG);
            assertThat(d.sessions()).containsExactly(4, 5);
            assertThat(d.message()).contains("21 days", "P7D");
        });
        Course renegotiated = withAmendment(gap, ContractAmendment.builder().date(moved.get(3).date())
                .newCadence(Period.ofWeeks(2)).reason("shift work").build());
        assertThat(AdherenceReport.of(renegotiated).deviations(DeviationCode.SESSION_GAP_TOO_LONG)).isEmpty();
    }

    @Test
    void aClinicianOverrideIsInformationAndTooManyAreasInAnAmendmentIsSerious() {
        Course course = PlannedCourses.completed(STANDARD);
        Focus override = Focus.builder().from(course.focus().orElseThrow()).basis(FocusBasis.CLINICIAN_OVERRIDE)
                .overrideReason("the patient's wish").build();
        AdherenceReport overridden = AdherenceReport.of(Course.builder().from(course).focus(override).build());
        assertThat(overridden.deviations()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DeviationCode.FOCUS_CLINICIAN_OVERRIDE);
            assertThat(d.severity()).isEqualTo(ReportSeverity.INFO);
            assertThat(d.sessions()).isEmpty();
            assertThat(d.message()).doesNotContain("wish");
        });

        Focus three = Focus.builder().primary(ProblemArea.GRIEF)
                .addSecondary(ProblemArea.ROLE_DISPUTE, ProblemArea.ROLE_TRANSITION)
                .basis(FocusBasis.CLINICIAN_OVERRIDE).overrideReason("a hidden death came to light").build();
        Course amended = withAmendment(course, ContractAmendment.builder().date(MONDAY.plusWeeks(6)).newFocus(three)
                .reason("new information").build());
        assertThat(AdherenceReport.of(amended).deviations(DeviationCode.FOCAL_AREAS_ABOVE_PROTOCOL)).singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(ReportSeverity.SERIOUS);
                    assertThat(d.message()).contains("contract.amendments[0].newFocus", "3 areas");
                });
        // the two new areas have no issue linked to the episode, and the grief issue names nobody deceased
        assertThat(AdherenceReport.of(amended).deviations(DeviationCode.FOCUS_AREA_NOT_LINKED))
                .extracting(Deviation::message).containsExactly(
                        "contract.amendments[0].newFocus holds ROLE_DISPUTE but no issue of ROLE_DISPUTE is linked to"
                                + " the episode",
                        "contract.amendments[0].newFocus holds ROLE_TRANSITION but no issue of ROLE_TRANSITION is linked"
                                + " to the episode");
    }

    @Test
    void deficitsChosenWhileTheCourseHasALinkedIssueOfAnotherAreaAreReported() {
        Course course = PlannedCourses.completed(STANDARD);
        InterpersonalIssue isolation = InterpersonalIssue.builder().id(IssueId.of("i-2")).summary("nobody to call")
                .area(ProblemArea.INTERPERSONAL_DEFICITS).onsetLink(OnsetLink.MAINTAINS_EPISODE).patientPriority(2)
                .distress(5).amenability(Amenability.MODERATE).build();
        Focus deficits = Focus.builder().primary(ProblemArea.INTERPERSONAL_DEFICITS).addIssue(isolation.id()).build();

        assertThat(AdherenceReport.of(Course.builder().from(course).addIssue(isolation).focus(deficits).build())
                .codes()).containsExactly(DeviationCode.DEFICITS_WHILE_OTHER_AREA_PRESENT);
    }

    @Test
    void aDeficitsFocusIsCorrectWhenTheOtherAreasIssuesAreNotLinkedToTheEpisode() {
        Course course = PlannedCourses.completed(STANDARD);
        List<InterpersonalIssue> old = course.issues().stream().map(i -> i.withOnsetLink(OnsetLink.NOT_LINKED))
                .toList();
        InterpersonalIssue isolation = InterpersonalIssue.builder().id(IssueId.of("i-2")).summary("nobody to call")
                .area(ProblemArea.INTERPERSONAL_DEFICITS).onsetLink(OnsetLink.MAINTAINS_EPISODE).patientPriority(2)
                .distress(5).amenability(Amenability.MODERATE).build();
        Focus deficits = Focus.builder().primary(ProblemArea.INTERPERSONAL_DEFICITS).addIssue(isolation.id()).build();

        assertThat(AdherenceReport.of(Course.builder().from(course).issues(old).addIssue(isolation).focus(deficits)
                .build()).deviations()).isEmpty();
    }

    @Test
    void aFocusAreaWithoutALinkedIssueIsReportedNotForbidden() {
        Course course = PlannedCourses.completed(STANDARD);
        List<InterpersonalIssue> unlinked = course.issues().stream().map(i -> i.withOnsetLink(OnsetLink.NOT_LINKED))
                .toList();

        assertThat(AdherenceReport.of(Course.builder().from(course).issues(unlinked).build()).deviations())
                .singleElement().satisfies(d -> {
                    assertThat(d.code()).isEqualTo(DeviationCode.FOCUS_AREA_NOT_LINKED);
                    assertThat(d.severity()).isEqualTo(ReportSeverity.WARNING);
                    assertThat(d.references()).contains(Bibliography.ISIPT_STRATEGIES);
                });
    }

    @Test
    void aGriefFocusWhoseIssuesNameNobodyDeceasedStaysVisible() {
        Course course = PlannedCourses.completed(STANDARD);
        InterpersonalIssue loss = InterpersonalIssue.builder().id(IssueId.of("i-2")).summary("lost my job")
                .area(ProblemArea.GRIEF).onsetLink(OnsetLink.PRECIPITATED_ONSET).patientPriority(1)
                .distress(8).amenability(Amenability.MODERATE).build();
        Focus grief = Focus.builder().primary(ProblemArea.GRIEF).addIssue(loss.id()).build();

        assertThat(AdherenceReport.of(Course.builder().from(course).addIssue(loss).focus(grief).build())
                .deviations()).singleElement().satisfies(d -> {
                    assertThat(d.code()).isEqualTo(DeviationCode.GRIEF_FOCUS_WITHOUT_DEATH);
                    assertThat(d.references()).contains(Bibliography.WEISSMAN_2018);
                    assertThat(d.message()).doesNotContain("job");
                });
    }

    @Test
    void aMiddlePhaseBeforeTheFormulationWasAcceptedIsReportedAtTheFirstMiddleSession() {
        Course course = PlannedCourses.completed(STANDARD);
        Formulation late = Formulation.builder().from(course.formulation().orElseThrow())
                .acceptedOn(MONDAY.plusWeeks(5)).build();

        assertThat(AdherenceReport.of(Course.builder().from(course).formulation(late).build()).deviations())
                .singleElement().satisfies(d -> {
                    assertThat(d.code()).isEqualTo(DeviationCode.MIDDLE_PHASE_WITHOUT_ACCEPTED_FORMULATION);
                    assertThat(d.sessions()).containsExactly(4);
                });
    }

    @Test
    void anEndAnnouncedOneSessionAheadIsNotInTime() {
        Course course = PlannedCourses.completed(STANDARD);
        Course late = Course.builder().from(course)
                .termination(course.termination().orElseThrow().withAnnouncedAtSession(15)).build();

        assertThat(AdherenceReport.of(late).deviations()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DeviationCode.TERMINATION_NOT_ANNOUNCED_IN_TIME);
            assertThat(d.sessions()).containsExactly(15, 16);
        });
        Course inTime = Course.builder().from(course)
                .termination(course.termination().orElseThrow().withAnnouncedAtSession(14)).build();
        assertThat(AdherenceReport.of(inTime).isAdherent()).isTrue();
    }

    @Test
    void maintenanceNotDiscussedIsReportedOnlyUnderAProtocolThatAsksForIt() {
        Course course = PlannedCourses.completed(STANDARD);
        Course silent = Course.builder().from(course)
                .termination(course.termination().orElseThrow().withMaintenanceDiscussed(false)).build();
        assertThat(Protocol.standard().discussesMaintenance()).isFalse();
        assertThat(AdherenceReport.of(silent).codes()).isEmpty();

        Course stuart = silent.withProtocol(Protocol.standard().withDiscussesMaintenance(true));
        assertThat(AdherenceReport.of(stuart).codes()).containsExactly(DeviationCode.MAINTENANCE_NOT_DISCUSSED);
    }

    @Test
    void safetyFlagsComeFirstAndDeviationsFollowBySeverity() {
        Measurement flagged = Measurement.builder().instrument(Instrument.phq9())
                .items(List.of(2, 2, 1, 1, 1, 1, 1, 1, 1)).total(11).build();
        Course course = PlannedCourses.completed(STANDARD, p -> p.number() == 3 ? List.of(flagged) : List.of());
        Course deviating = Course.builder().from(course).focus(Focus.builder()
                        .primary(ProblemArea.INTERPERSONAL_DEFICITS).build())
                .protocol(Protocol.standard().withDiscussesMaintenance(true))
                .termination(course.termination().orElseThrow().withMaintenanceDiscussed(false)).build();

        AdherenceReport report = AdherenceReport.of(deviating);

        // deficits while a linked grief issue is present, deficits not linked, maintenance not discussed
        assertThat(report.entries()).hasSize(4);
        assertThat(report.entries().get(0)).isEqualTo(new SafetyFlag(3, "phq-9", 9, 1));
        assertThat(report.entries().get(0).severity()).isEqualTo(ReportSeverity.SAFETY);
        assertThat(report.entries().get(0).message())
                .isEqualTo("review risk with the patient: session 3, phq-9 item 9 scored 1");
        assertThat(report.entries().subList(1, 4)).extracting(ReportEntry::severity)
                .containsExactly(ReportSeverity.SERIOUS, ReportSeverity.WARNING, ReportSeverity.WARNING);
        assertThat(report.isAdherent()).isFalse();
    }

    @Test
    void aTotalWithoutItemsRaisesNoFlag() {
        Course course = PlannedCourses.completed(STANDARD, p -> List.of(Measurement.of(Instrument.phq9(), 20)));
        assertThat(AdherenceReport.of(course).safetyFlags()).isEmpty();
    }

    @Test
    void theReportsListsAreUnmodifiable() {
        AdherenceReport report = AdherenceReport.of(completed(17));
        assertThat(report.deviations()).isUnmodifiable();
        assertThat(report.entries()).isUnmodifiable();
        assertThat(report.codes()).isUnmodifiable();
        assertThat(report).isEqualTo(AdherenceReport.of(completed(17))).hasSameHashCodeAs(AdherenceReport.of(completed(17)));
    }

    @Test
    void reportEntriesRejectInvalidValues() {
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> new Deviation(DeviationCode.SESSION_GAP_TOO_LONG, List.of(5, 4), "gap"))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("sessions[1]", ModelRule.VALUE_IN_RANGE)));
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> new Deviation(DeviationCode.SESSION_GAP_TOO_LONG, Collections.emptyList(), " "))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::rule)
                        .containsExactly(ModelRule.NOT_BLANK));
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> new SafetyFlag(1, "phq-9", 9, 0))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("response"));
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> new SafetyFlag(0, " ", 0, 1))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path)
                        .containsExactly("session", "instrument", "item"));
    }

    @Test
    void everyCodeHasASourceAndOnlyFlagsHaveSafetySeverity() {
        for (DeviationCode code : DeviationCode.values()) {
            assertThat(code.source()).as("%s", code).isNotBlank();
            assertThat(code.references()).as("%s", code).isNotEmpty().isSubsetOf(org.iptmodel.core.Bibliography.all());
            assertThat(code.severity()).isNotEqualTo(ReportSeverity.SAFETY);
        }
    }
}
