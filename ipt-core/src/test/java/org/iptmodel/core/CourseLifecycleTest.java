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
                .status(CourseStatus.ACTIVE)
                .build();
        assertThat(imported.sessions()).hasSize(2);
        assertThat(imported.formulation()).isEmpty();
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
}
