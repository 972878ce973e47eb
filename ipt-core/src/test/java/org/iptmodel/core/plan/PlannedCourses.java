package org.iptmodel.core.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.iptmodel.core.ContractType;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseId;
import org.iptmodel.core.Focus;
import org.iptmodel.core.ContactFrequency;
import org.iptmodel.core.Formulation;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.RelationKind;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.NextStep;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.Amenability;
import org.iptmodel.core.PatientRef;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Session;
import org.iptmodel.core.Termination;
import org.iptmodel.core.TerminationOutcome;
import org.iptmodel.core.TreatmentContract;

/**
 * Courses that follow a schedule, recorded session by session with the lifecycle operations:
 * a contract matching the plan, one issue linked to the episode in the protocol's first area other
 * than deficits (naming a deceased person of the inventory when that area is grief), a
 * formulation accepted and a focus agreed on the start date, and a termination record announcing
 * the end at the planned session with maintenance discussed.
 */
public final class PlannedCourses {
    /** The id of the one issue of a planned course. */
    public static final IssueId ISSUE = IssueId.of("i-1");
    /** The person whose death the issue is about, when the protocol's first usable area is grief. */
    public static final PersonId DECEASED = PersonId.of("p-1");

    private PlannedCourses() {
    }

    /** The area the planned course works on: the protocol's first area other than deficits. */
    public static ProblemArea area(Protocol protocol) {
        return protocol.problemAreas().stream().filter(a -> a != ProblemArea.INTERPERSONAL_DEFICITS).findFirst()
                .orElse(ProblemArea.INTERPERSONAL_DEFICITS);
    }

    /** The planned course before its first session: status PLANNED. */
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
                .summary("the issue the patient chose")
                .area(area)
                .onsetLink(OnsetLink.PRECIPITATED_ONSET)
                .patientPriority(1)
                .distress(6)
                .amenability(Amenability.HIGH);
        Course.Builder course = Course.builder()
                .id(CourseId.of("c-plan"))
                .patient(PatientRef.of("pseudo-1"))
                .protocol(protocol)
                .contract(contract);
        if (area == ProblemArea.GRIEF) {
            course.inventory(InterpersonalInventory.builder().addPeople(Relationship.builder()
                    .id(DECEASED).alias("my father").relation(RelationKind.PARENT).closeness(1)
                    .contact(ContactFrequency.NONE).deceased(true).build()).build());
            issue.addPeople(DECEASED);
        }
        return course
                .addIssue(issue.build())
                .formulation(Formulation.builder().addArea(area).presentedOn(start).acceptedOn(start).build())
                .focus(Focus.builder().primary(area).addIssue(ISSUE).agreedOn(start).build())
                .build();
    }

    /** The session held as planned, with the given measurements. */
    public static Session held(Schedule schedule, PlannedSession planned, List<Measurement> measurements) {
        return Session.builder()
                .number(planned.number())
                .date(planned.date())
                .phase(planned.phase())
                .length(schedule.protocol().minSessionLength())
                .measurements(measurements)
                .build();
    }

    /** Every planned session recorded one by one, without measurements; not concluded. */
    public static Course held(Schedule schedule) {
        return held(schedule, p -> List.of());
    }

    /** Every planned session recorded one by one with measurements; not concluded. */
    public static Course held(Schedule schedule, Function<PlannedSession, List<Measurement>> measurements) {
        Course course = planned(schedule);
        for (PlannedSession p : schedule.sessions()) {
            course = course.recordSession(held(schedule, p, measurements.apply(p)));
        }
        return course;
    }

    /** The termination record the plan asks for, dated on the last session. */
    public static Termination termination(Schedule schedule) {
        PlannedSession last = schedule.sessions().get(schedule.sessions().size() - 1);
        Termination.Builder builder = Termination.builder()
                .date(last.date())
                .outcome(TerminationOutcome.REMITTED)
                .nextStep(schedule.maintenanceSessions().isEmpty() ? NextStep.CONCLUDE : NextStep.MAINTENANCE_CONTRACT)
                .addWarningSign("sleeping badly again")
                .maintenanceDiscussed(true);
        schedule.terminationNotice().ifPresent(builder::announcedAtSession);
        return builder.build();
    }

    /** Every planned session recorded, then concluded (if any session was planned). */
    public static Course completed(Schedule schedule) {
        return completed(schedule, p -> List.of());
    }

    /** Every planned session recorded with measurements, then concluded (if any session was planned). */
    public static Course completed(Schedule schedule, Function<PlannedSession, List<Measurement>> measurements) {
        Course course = held(schedule, measurements);
        return schedule.sessions().isEmpty() ? course : course.conclude(termination(schedule));
    }
}
