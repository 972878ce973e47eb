package org.iptmodel.core.tests;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iptmodel.core.Amenability;
import org.iptmodel.core.ConcurrentTreatment;
import org.iptmodel.core.ContactFrequency;
import org.iptmodel.core.ContractAmendment;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseId;
import org.iptmodel.core.CourseStatus;
import org.iptmodel.core.Discontinuation;
import org.iptmodel.core.DiscontinuationReason;
import org.iptmodel.core.DisputeStage;
import org.iptmodel.core.Focus;
import org.iptmodel.core.Formulation;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.IntRange;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.NextStep;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.PatientRef;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.RelationKind;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.Session;
import org.iptmodel.core.Severity;
import org.iptmodel.core.SeverityBand;
import org.iptmodel.core.SickRole;
import org.iptmodel.core.SickRoleKind;
import org.iptmodel.core.Termination;
import org.iptmodel.core.TerminationOutcome;
import org.iptmodel.core.TreatmentContract;
import org.iptmodel.core.TreatmentKind;
import org.iptmodel.core.Violation;

/** One valid value of every public value type of the model, for reflective checks. */
final class Samples {

    private Samples() {
    }

    static final PersonId PARTNER = PersonId.of("p-1");
    static final IssueId DISPUTE = IssueId.of("i-1");

    static Relationship relationship() {
        return Relationship.builder().id(PARTNER).alias("SECRET-partner").relation(RelationKind.PARTNER).closeness(1)
                .contact(ContactFrequency.DAILY).addSatisfyingAspect("SECRET-kind").build();
    }

    static InterpersonalIssue issue() {
        return InterpersonalIssue.builder().id(DISPUTE).summary("SECRET-arguments about moving")
                .area(ProblemArea.ROLE_DISPUTE).disputeStage(DisputeStage.IMPASSE).addPerson(PARTNER)
                .onsetLink(OnsetLink.PRECIPITATED_ONSET).patientPriority(1).distress(8)
                .amenability(Amenability.MODERATE).build();
    }

    static Focus focus() {
        return Focus.builder().primary(ProblemArea.ROLE_DISPUTE).addIssue(DISPUTE)
                .agreedOn(CourseFixtures.START.plusWeeks(2)).build();
    }

    static ContractAmendment amendment() {
        return ContractAmendment.builder().date(CourseFixtures.START.plusWeeks(10)).extraSessions(2)
                .newCadence(Period.ofWeeks(2)).reason("SECRET-exams").build();
    }

    static TreatmentContract contract() {
        return CourseFixtures.contract().withAmendments(amendment());
    }

    static Termination termination() {
        return Termination.builder().date(CourseFixtures.START.plusWeeks(12)).announcedAtSession(9)
                .outcome(TerminationOutcome.REMITTED).nextStep(NextStep.MAINTENANCE_CONTRACT)
                .addWarningSign("SECRET-sleeping badly").maintenanceDiscussed(true).build();
    }

    static Course course() {
        return CourseFixtures.course(Protocol.standard(), CourseFixtures.sessions(CourseFixtures.acute(12, 3, 3)))
                .contract(contract())
                .episodeOnset(LocalDate.of(2025, 11, 1))
                .inventory(InterpersonalInventory.builder().addPerson(relationship()).build())
                .addIssue(issue())
                .focus(focus())
                .formulation(Formulation.builder().addArea(ProblemArea.ROLE_DISPUTE).onsetEvent("SECRET-the move")
                        .presentedOn(CourseFixtures.START.plusWeeks(2)).acceptedOn(CourseFixtures.START.plusWeeks(2))
                        .build())
                .sickRole(SickRole.of(SickRoleKind.FULL, CourseFixtures.START))
                .addConcurrentTreatment(ConcurrentTreatment.builder().kind(TreatmentKind.ANTIDEPRESSANT_MEDICATION)
                        .codeSystem("ATC").code("N06AB06").started(LocalDate.of(2025, 12, 1)).build())
                .termination(termination())
                .build();
    }

    /** One valid value per public value type, the types in a stable order. */
    static Map<Class<?>, Object> all() {
        Course course = course();
        Map<Class<?>, Object> samples = new LinkedHashMap<>();
        samples.put(Course.class, course);
        samples.put(Protocol.class, course.protocol());
        samples.put(TreatmentContract.class, course.contract());
        samples.put(ContractAmendment.class, course.contract().amendments().get(0));
        samples.put(InterpersonalInventory.class, course.inventory());
        samples.put(Relationship.class, course.inventory().people().get(0));
        samples.put(InterpersonalIssue.class, course.issues().get(0));
        samples.put(Focus.class, course.focus().orElseThrow());
        samples.put(Formulation.class, course.formulation().orElseThrow());
        samples.put(SickRole.class, course.sickRole().orElseThrow());
        samples.put(Session.class, course.sessions().get(0));
        samples.put(Measurement.class, course.sessions().get(0).measurements().get(0));
        samples.put(Instrument.class, Instrument.phq9());
        samples.put(ConcurrentTreatment.class, course.concurrentTreatments().get(0));
        samples.put(Termination.class, course.termination().orElseThrow());
        samples.put(Discontinuation.class, Discontinuation.of(CourseFixtures.START, DiscontinuationReason.PATIENT_WITHDREW));
        samples.put(CourseId.class, course.id());
        samples.put(IssueId.class, DISPUTE);
        samples.put(PersonId.class, PARTNER);
        samples.put(PatientRef.class, course.patient());
        samples.put(IntRange.class, IntRange.of(12, 16));
        samples.put(SeverityBand.class, SeverityBand.of(Severity.MILD, 5, 9));
        Violation violation = new Violation("number", ModelRule.VALUE_IN_RANGE, "number must be at least 1");
        samples.put(Violation.class, violation);
        samples.put(InvalidModelException.class, new InvalidModelException("Session", List.of(violation)));
        return samples;
    }
}
