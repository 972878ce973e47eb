package org.iptmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseLifecycleTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    private static Course planned() {
        return Course.builder()
                .id(CourseId.of("c-1"))
                .patient(PatientRef.of("p-1"))
                .protocol(Protocol.standard())
                .contract(TreatmentContract.builder()
                        .plannedSessions(16)
                        .cadence(Period.ofWeeks(1))
                        .sessionLength(Duration.ofMinutes(50))
                        .start(START)
                        .build())
                .addIssue(InterpersonalIssue.builder()
                        .id(IssueId.of("i-1"))
                        .summary("arguments at home")
                        .area(ProblemArea.ROLE_DISPUTE)
                        .onsetLink(OnsetLink.PRECIPITATED_ONSET)
                        .patientPriority(1)
                        .distress(7)
                        .amenability(Amenability.MODERATE)
                        .build())
                .build();
    }

    private static Session session(int number, Phase phase) {
        return Session.builder()
                .number(number)
                .date(START.plusWeeks(number - 1))
                .phase(phase)
                .length(Duration.ofMinutes(50))
                .build();
    }

    private static Course ready(Course course) {
        return course
                .withFormulation(Formulation.builder().addArea(ProblemArea.ROLE_DISPUTE).acceptedOn(START).build())
                .withFocus(Focus.builder().primary(ProblemArea.ROLE_DISPUTE).addIssue(IssueId.of("i-1"))
                        .agreedOn(START).build());
    }

    private static Termination termination(LocalDate date) {
        return Termination.builder().date(date).announcedAtSession(2).outcome(TerminationOutcome.REMITTED)
                .nextStep(NextStep.CONCLUDE).maintenanceDiscussed(true).build();
    }

    @Test
    void recordSessionActivatesAPlannedCourse() {
        Course course = planned();
        Course next = course.recordSession(session(1, Phase.INITIAL));
        assertThat(course.status()).isEqualTo(CourseStatus.PLANNED);
        assertThat(next.status()).isEqualTo(CourseStatus.ACTIVE);
        assertThat(next.sessions()).containsExactly(session(1, Phase.INITIAL));
        assertThat(next.nextSessionNumber()).isEqualTo(2);
        assertThat(next.currentPhase()).contains(Phase.INITIAL);
    }

    @Test
    void recordSessionRejectsAWrongNumberAndLeavesTheCourseUnchanged() {
        Course course = planned();
        Course copy = Course.builder().from(course).build();
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> course.recordSession(session(2, Phase.INITIAL)))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("session.number",
                                ModelRule.SESSION_NUMBERING)));
        assertThat(course).isEqualTo(copy);
        assertThat(course.sessions()).isEmpty();
    }

    @Test
    void theMiddlePhaseNeedsAnAcceptedFormulationAndAFocus() {
        Course course = planned().recordSession(session(1, Phase.INITIAL));
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> course.recordSession(session(2, Phase.MIDDLE)))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("formulation.acceptedOn",
                                        ModelRule.MIDDLE_PHASE_PREREQUISITES),
                                org.assertj.core.groups.Tuple.tuple("focus", ModelRule.MIDDLE_PHASE_PREREQUISITES)));
        assertThat(ready(course).recordSession(session(2, Phase.MIDDLE)).currentPhase()).contains(Phase.MIDDLE);
    }

    @Test
    void theBuilderStillAcceptsAMiddlePhaseWithoutAnAcceptedFormulation() {
        Course imported = Course.builder().from(planned())
                .sessions(List.of(session(1, Phase.INITIAL), session(2, Phase.MIDDLE)))
                .build();
        assertThat(imported.sessions()).hasSize(2);
        assertThat(imported.formulation()).isEmpty();
        assertThat(imported.status()).isEqualTo(CourseStatus.ACTIVE);
    }

    @Test
    void concludeNeedsATerminationPhaseAndEndsTheCourse() {
        Course course = ready(planned()).recordSession(session(1, Phase.INITIAL))
                .recordSession(session(2, Phase.MIDDLE));
        LocalDate end = START.plusWeeks(4);
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> course.conclude(termination(end)))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::rule)
                        .containsExactly(ModelRule.PHASE_TRANSITION));
        Course done = course.recordSession(session(3, Phase.TERMINATION)).conclude(termination(end));
        assertThat(done.status()).isEqualTo(CourseStatus.COMPLETED);
        assertThat(done.nextPhases()).isEmpty();
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> done.recordSession(session(4, Phase.TERMINATION)))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("status", ModelRule.COURSE_OPEN)));
    }

    @Test
    void amendContractAddsSessionsAndANewFocusAndKeepsTheStatus() {
        Course course = ready(planned()).recordSession(session(1, Phase.INITIAL));
        ContractAmendment amendment = ContractAmendment.builder().date(START.plusWeeks(1)).extraSessions(2)
                .newFocus(Focus.builder().primary(ProblemArea.GRIEF).build()).reason("a hidden death came to light")
                .build();

        Course amended = course.amendContract(amendment);

        assertThat(amended.contract().amendments()).containsExactly(amendment);
        assertThat(amended.contract().totalSessions()).isEqualTo(18);
        assertThat(amended.currentFocus().orElseThrow().primary()).isEqualTo(ProblemArea.GRIEF);
        assertThat(amended.status()).isEqualTo(CourseStatus.ACTIVE);
        assertThat(course.contract().amendments()).isEmpty();
    }

    @Test
    void amendContractRejectsADateBeforeTheLastSessionAndAFocusOutsideTheProtocol() {
        Course course = ready(planned()).recordSession(session(1, Phase.INITIAL)).recordSession(session(2, Phase.MIDDLE));
        ContractAmendment early = ContractAmendment.builder().date(START).extraSessions(1).reason("r").build();
        assertThatExceptionOfType(InvalidModelException.class).isThrownBy(() -> course.amendContract(early))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("amendment.date", ModelRule.DATE_ORDER)));

        ContractAmendment three = ContractAmendment.builder().date(START.plusWeeks(2)).reason("r")
                .newFocus(Focus.builder().primary(ProblemArea.GRIEF)
                        .addSecondary(ProblemArea.ROLE_DISPUTE, ProblemArea.ROLE_TRANSITION).build())
                .build();
        assertThatExceptionOfType(InvalidModelException.class).isThrownBy(() -> course.amendContract(three))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::rule)
                        .containsExactly(ModelRule.FOCUS_WITHIN_PROTOCOL));
        assertThat(course.contract().amendments()).isEmpty();
    }

    @Test
    void discontinueEndsAPlannedOrActiveCourseWithAReason() {
        Course stopped = planned().discontinue(Discontinuation.of(START, DiscontinuationReason.ADMINISTRATIVE));
        assertThat(stopped.status()).isEqualTo(CourseStatus.DISCONTINUED);
        assertThat(stopped.isOpen()).isFalse();

        Course active = planned().recordSession(session(1, Phase.INITIAL));
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> active.discontinue(Discontinuation.of(START.minusDays(1),
                        DiscontinuationReason.PATIENT_WITHDREW)))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path)
                        .containsExactly("discontinuation.date"));
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> stopped.discontinue(Discontinuation.of(START, DiscontinuationReason.OTHER)))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::rule)
                        .containsExactly(ModelRule.COURSE_OPEN));
    }

    @Test
    void concludeRejectsAnAnnouncementOutsideTheCourseAndAnEarlyDate() {
        Course course = ready(planned()).recordSession(session(1, Phase.INITIAL)).recordSession(session(2, Phase.MIDDLE))
                .recordSession(session(3, Phase.TERMINATION));
        Termination wrong = Termination.builder().date(START).announcedAtSession(5).outcome(TerminationOutcome.NO_RESPONSE)
                .nextStep(NextStep.REFER_TO_OTHER_TREATMENT).build();

        assertThatExceptionOfType(InvalidModelException.class).isThrownBy(() -> course.conclude(wrong))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path, Violation::rule).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("termination.date", ModelRule.DATE_ORDER),
                        org.assertj.core.groups.Tuple.tuple("termination.announcedAtSession", ModelRule.KNOWN_SESSION)));
        assertThat(course.status()).isEqualTo(CourseStatus.ACTIVE);
    }

    @Test
    void maintenanceFollowsOnlyATerminationPhaseSession() {
        Course middle = ready(planned()).recordSession(session(1, Phase.INITIAL)).recordSession(session(2, Phase.MIDDLE));
        assertThat(middle.nextPhases()).containsExactly(Phase.MIDDLE, Phase.TERMINATION);
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> middle.recordSession(session(3, Phase.MAINTENANCE)))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("session.phase", ModelRule.PHASE_TRANSITION)));

        Course maintained = middle.recordSession(session(3, Phase.TERMINATION)).recordSession(session(4, Phase.MAINTENANCE));
        assertThat(maintained.currentPhase()).contains(Phase.MAINTENANCE);
        assertThat(maintained.nextPhases()).containsExactly(Phase.MAINTENANCE);
    }

    @Test
    void aMaintenanceProtocolStartsAndStaysInMaintenance() {
        Course course = Course.builder().from(planned()).protocol(Protocol.maintenance()).build();
        assertThat(course.nextPhases()).containsExactly(Phase.MAINTENANCE);
        Course held = course.recordSession(session(1, Phase.MAINTENANCE));
        Course done = held.conclude(termination(START).withAnnouncedAtSession(1));
        assertThat(done.status()).isEqualTo(CourseStatus.COMPLETED);
    }

    @Test
    void aPhaseTheProtocolAllowsToBeEmptyMayBeSkipped() {
        Protocol noMiddle = Protocol.builder().from(Protocol.counselling()).id("ipc-short")
                .acuteSessions(IntRange.of(2, 3)).middleSessions(IntRange.of(0, 1))
                .terminationSessions(IntRange.exactly(1)).build();
        Course course = Course.builder().from(planned()).protocol(noMiddle).build()
                .recordSession(session(1, Phase.INITIAL));
        assertThat(course.nextPhases()).containsExactly(Phase.INITIAL, Phase.MIDDLE, Phase.TERMINATION);
        assertThat(course.recordSession(session(2, Phase.TERMINATION)).currentPhase()).contains(Phase.TERMINATION);
    }
}
