package org.iptmodel.core.arbitraries;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.iptmodel.core.Amenability;
import org.iptmodel.core.ContactFrequency;
import org.iptmodel.core.ContractType;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseId;
import org.iptmodel.core.Focus;
import org.iptmodel.core.Formulation;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.NextStep;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.PatientRef;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.RelationKind;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.Session;
import org.iptmodel.core.Termination;
import org.iptmodel.core.TerminationOutcome;
import org.iptmodel.core.TreatmentContract;
import org.iptmodel.core.plan.PlannedSession;
import org.iptmodel.core.plan.Schedule;
import org.iptmodel.core.report.DeviationCode;

/**
 * Courses that follow a schedule, recorded session by session with the lifecycle operations
 * ({@link Course#recordSession}, {@link Course#conclude}), and the same courses with one targeted
 * deviation from the protocol: fixtures for properties over plans, adherence and outcomes.
 *
 * <p>A planned course has a contract matching the plan (an acute contract of the plan's acute
 * sessions at its cadence or, for maintenance IPT, a maintenance contract at the protocol's
 * maintenance cadence; the protocol's shortest session length), one issue {@link #ISSUE} linked to
 * the episode in the protocol's first area other than interpersonal deficits ({@link #area}),
 * naming the deceased person {@link #DECEASED} of the inventory when that area is grief, a
 * formulation accepted and a focus agreed on the start date, and, once every planned session is
 * held, a termination record that announces the end at the planned session, with maintenance
 * discussed. Its redacted texts start with {@link IptArbitraries#REDACTION_MARKER}. Every method
 * is deterministic: the same schedule gives the same course.
 *
 * <pre>{@code
 * @Property
 * void aCourseHeldAsPlannedIsAdherent(@ForAll("schedules") Schedule schedule) {
 *     assertThat(AdherenceReport.of(PlannedCourses.completed(schedule)).isAdherent()).isTrue();
 * }
 *
 * @Provide
 * Arbitrary<Schedule> schedules() {
 *     return IptArbitraries.adherentSchedules();
 * }
 * }</pre>
 */
public final class PlannedCourses {
    /** The id of the one issue of a planned course, {@code i-1}. */
    public static final IssueId ISSUE = IssueId.of("i-1");
    /** The person whose death the issue is about when the course works on grief, {@code p-1}. */
    public static final PersonId DECEASED = PersonId.of("p-1");

    private PlannedCourses() {
    }

    /**
     * Returns the area a planned course works on: the protocol's first area other than
     * interpersonal deficits, or deficits when the protocol has no other.
     *
     * @param protocol the protocol, not null
     * @return the area, not null
     */
    public static ProblemArea area(Protocol protocol) {
        return protocol.problemAreas().stream().filter(a -> a != ProblemArea.INTERPERSONAL_DEFICITS).findFirst()
                .orElse(ProblemArea.INTERPERSONAL_DEFICITS);
    }

    /**
     * Returns the course before its first session, status {@code PLANNED}: id {@code c-plan}, the
     * contract, the issue, the formulation and the focus described above, no session.
     *
     * @param schedule the schedule, not null
     * @return the course, not null
     */
    public static Course planned(Schedule schedule) {
        Protocol protocol = schedule.protocol();
        ProblemArea area = area(protocol);
        LocalDate start = schedule.start();
        boolean acute = protocol.hasAcutePhase();
        TreatmentContract contract = TreatmentContract.builder()
                .type(acute ? ContractType.ACUTE : ContractType.MAINTENANCE)
                .plannedSessions(acute ? schedule.acuteSessionCount() : schedule.sessions().size())
                .cadence(acute ? schedule.cadence() : protocol.maintenanceCadence().orElseThrow())
                .sessionLength(protocol.minSessionLength())
                .start(start)
                .build();
        InterpersonalIssue.Builder issue = InterpersonalIssue.builder()
                .id(ISSUE)
                .summary(IptArbitraries.REDACTION_MARKER + "the issue the patient chose")
                .area(area)
                .onsetLink(OnsetLink.PRECIPITATED_ONSET)
                .patientPriority(1)
                .distress(6)
                .amenability(Amenability.HIGH);
        Course.Builder course = Course.builder()
                .id(CourseId.of("c-plan"))
                .patient(PatientRef.of(IptArbitraries.REDACTION_MARKER + "pseudo-1"))
                .protocol(protocol)
                .contract(contract);
        if (area == ProblemArea.GRIEF) {
            course.inventory(InterpersonalInventory.builder().addPeople(Relationship.builder()
                    .id(DECEASED).alias(IptArbitraries.REDACTION_MARKER + "my father").relation(RelationKind.PARENT)
                    .closeness(1).contact(ContactFrequency.NONE).deceased(true).build()).build());
            issue.addPeople(DECEASED);
        }
        return course
                .addIssue(issue.build())
                .formulation(Formulation.builder().addArea(area).presentedOn(start).acceptedOn(start).build())
                .focus(Focus.builder().primary(area).addIssue(ISSUE).agreedOn(start).build())
                .build();
    }

    /**
     * Returns the session held as planned: its number, date and phase, the protocol's shortest
     * session length and the given measurements.
     *
     * @param schedule the schedule, not null
     * @param planned one of its planned sessions, not null
     * @param measurements the session's measurements, not null
     * @return the session, not null
     */
    public static Session held(Schedule schedule, PlannedSession planned, List<Measurement> measurements) {
        return Session.builder()
                .number(planned.number())
                .date(planned.date())
                .phase(planned.phase())
                .length(schedule.protocol().minSessionLength())
                .measurements(measurements)
                .build();
    }

    /**
     * Returns the planned course with every planned session recorded, without measurements; not
     * concluded.
     *
     * @param schedule the schedule, not null
     * @return the course, not null
     */
    public static Course held(Schedule schedule) {
        return held(schedule, p -> List.of());
    }

    /**
     * Returns the planned course with every planned session recorded with its measurements; not
     * concluded.
     *
     * @param schedule the schedule, not null
     * @param measurements the measurements of each planned session, not null
     * @return the course, not null
     */
    public static Course held(Schedule schedule, Function<PlannedSession, List<Measurement>> measurements) {
        Objects.requireNonNull(measurements, "measurements");
        Course course = planned(schedule);
        for (PlannedSession p : schedule.sessions()) {
            course = course.recordSession(held(schedule, p, measurements.apply(p)));
        }
        return course;
    }

    /**
     * Returns the termination record the plan asks for: dated on the last planned session,
     * outcome remitted, announced at the plan's {@link Schedule#terminationNotice()} session (if
     * any), one redacted warning sign, maintenance discussed, and a maintenance contract as the
     * next step when the plan holds maintenance sessions (else the course concludes).
     *
     * @param schedule the schedule, with at least one planned session
     * @return the record, not null
     * @throws IndexOutOfBoundsException if the schedule plans no session
     */
    public static Termination termination(Schedule schedule) {
        PlannedSession last = schedule.sessions().get(schedule.sessions().size() - 1);
        Termination.Builder builder = Termination.builder()
                .date(last.date())
                .outcome(TerminationOutcome.REMITTED)
                .nextStep(schedule.maintenanceSessions().isEmpty() ? NextStep.CONCLUDE : NextStep.MAINTENANCE_CONTRACT)
                .addWarningSign(IptArbitraries.REDACTION_MARKER + "sleeping badly again")
                .maintenanceDiscussed(true);
        schedule.terminationNotice().ifPresent(builder::announcedAtSession);
        return builder.build();
    }

    /**
     * Returns the planned course with every planned session recorded, then concluded with
     * {@link #termination(Schedule)}; without any session planned, the course stays planned.
     *
     * @param schedule the schedule, not null
     * @return the course, not null
     */
    public static Course completed(Schedule schedule) {
        return completed(schedule, p -> List.of());
    }

    /**
     * Returns the planned course with every planned session recorded with its measurements, then
     * concluded (if any session was planned).
     *
     * @param schedule the schedule, not null
     * @param measurements the measurements of each planned session, not null
     * @return the course, not null
     */
    public static Course completed(Schedule schedule, Function<PlannedSession, List<Measurement>> measurements) {
        Course course = held(schedule, measurements);
        return schedule.sessions().isEmpty() ? course : course.conclude(termination(schedule));
    }

    /**
     * Returns the course with one targeted change that breaks exactly the piece of guidance the
     * code names, built with the lenient builder as a record of what happened; empty when the
     * course's protocol or shape cannot take that change (for example more acute sessions when
     * every phase is at its maximum, or a grief focus for a protocol without grief).
     *
     * <p>Meant for the adherent courses of {@link #completed(Schedule)}: applied to one of them,
     * the result's {@code AdherenceReport} holds the code. The changes, by code: sessions added to
     * phases below their maximum until the acute count exceeds the protocol's; a phase lengthened
     * beyond its range; the sessions after the first moved so that the first gap exceeds twice the
     * cadence; a clinician's override with one area more than the protocol allows; the same focus
     * recorded as an override; a deficits focus while another linked area is present; the issues
     * recorded as not linked to the episode; a grief focus from an issue naming nobody; the
     * formulation never accepted; no focus; the end not announced; the termination sessions
     * recorded as middle-phase sessions; maintenance not discussed. Added redacted texts start with
     * {@link IptArbitraries#REDACTION_MARKER}.
     *
     * @param code the deviation to bring about, not null
     * @param course the course to change, not null
     * @return the changed course, or empty if the change does not apply
     */
    public static Optional<Course> withDeviation(DeviationCode code, Course course) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(course, "course");
        return Deviations.apply(code, course);
    }
}
