package org.iptmodel.core.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.iptmodel.core.ConcurrentTreatment;
import org.iptmodel.core.ContractType;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseId;
import org.iptmodel.core.Focus;
import org.iptmodel.core.FocusBasis;
import org.iptmodel.core.Formulation;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.NextStep;
import org.iptmodel.core.PatientRef;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.Session;
import org.iptmodel.core.SickRole;
import org.iptmodel.core.SickRoleKind;
import org.iptmodel.core.Termination;
import org.iptmodel.core.TerminationOutcome;
import org.iptmodel.core.TreatmentContract;
import org.iptmodel.core.TreatmentKind;

/** Builds the same course from {@link CourseInputs} two ways: the model's builders and plain records. */
public final class Courses {

    private Courses() {
    }

    /**
     * Builds the course with the model's builders; every invariant is checked.
     *
     * @param in the inputs, not null
     * @return the course, not null
     */
    public static Course withBuilders(CourseInputs in) {
        int people = in.personIds.length;
        PersonId[] personIds = new PersonId[people];
        InterpersonalInventory.Builder inventory = InterpersonalInventory.builder();
        for (int i = 0; i < people; i++) {
            personIds[i] = PersonId.of(in.personIds[i]);
            Relationship.Builder person = Relationship.builder()
                    .id(personIds[i])
                    .alias(in.aliases[i])
                    .relation(in.relations[i])
                    .closeness(in.closeness[i])
                    .contact(in.contacts[i])
                    .deceased(in.deceased[i])
                    .changedNearOnset(in.changedNearOnset[i])
                    .addSatisfyingAspects(in.satisfying[i])
                    .addUnsatisfyingAspects(in.unsatisfying[i]);
            if (in.datesOfDeath[i] != null) {
                person.dateOfDeath(in.datesOfDeath[i]);
            }
            inventory.addPerson(person.build());
        }
        Course.Builder course = Course.builder()
                .id(CourseId.of("c-001"))
                .patient(PatientRef.of("pseudo-7f3a"))
                .protocol(Protocol.standard())
                .contract(TreatmentContract.builder()
                        .type(ContractType.ACUTE)
                        .plannedSessions(in.sessions())
                        .cadence(in.cadence)
                        .sessionLength(in.length)
                        .start(in.start)
                        .build())
                .episodeOnset(in.onset)
                .inventory(inventory.build());
        IssueId[] issueIds = new IssueId[in.issueIds.length];
        for (int i = 0; i < issueIds.length; i++) {
            issueIds[i] = IssueId.of(in.issueIds[i]);
            InterpersonalIssue.Builder issue = InterpersonalIssue.builder()
                    .id(issueIds[i])
                    .summary(in.summaries[i])
                    .area(in.areas[i])
                    .onsetLink(in.links[i])
                    .patientPriority(in.priorities[i])
                    .distress(in.distress[i])
                    .amenability(in.amenability[i]);
            if (in.stages[i] != null) {
                issue.disputeStage(in.stages[i]);
            }
            for (int p : in.issuePeople[i]) {
                issue.addPerson(personIds[p]);
            }
            course.addIssue(issue.build());
        }
        course.focus(Focus.builder()
                        .primary(ProblemArea.GRIEF)
                        .addSecondary(ProblemArea.ROLE_DISPUTE)
                        .addIssues(issueIds[0], issueIds[1])
                        .basis(FocusBasis.RANKING)
                        .agreedOn(in.dates[Math.min(2, in.sessions() - 1)])
                        .build())
                .formulation(Formulation.builder()
                        .addAreas(ProblemArea.GRIEF, ProblemArea.ROLE_DISPUTE)
                        .onsetEvent("father died three weeks before the low mood began")
                        .presentedOn(in.dates[Math.min(2, in.sessions() - 1)])
                        .acceptedOn(in.dates[Math.min(2, in.sessions() - 1)])
                        .build())
                .sickRole(SickRole.of(SickRoleKind.FULL, in.start))
                .addConcurrentTreatment(ConcurrentTreatment.builder()
                        .kind(TreatmentKind.ANTIDEPRESSANT_MEDICATION)
                        .codeSystem("atc")
                        .code("N06AB06")
                        .started(in.onset.plusWeeks(2))
                        .build());
        Instrument phq9 = Instrument.phq9();
        for (int i = 0; i < in.sessions(); i++) {
            Measurement.Builder measurement = Measurement.builder().instrument(phq9).total(in.totals[i]);
            if (in.items[i] != null) {
                measurement.addItems(in.items[i]);
            }
            Session.Builder session = Session.builder()
                    .number(i + 1)
                    .date(in.dates[i])
                    .phase(in.phases[i])
                    .length(in.length)
                    .addTechniques(in.techniques[i])
                    .addAreasAddressed(in.addressed[i])
                    .addMeasurement(measurement.build());
            if (in.notes[i] != null) {
                session.notes(in.notes[i]);
            }
            course.addSession(session.build());
        }
        return course.termination(Termination.builder()
                        .date(in.lastDate())
                        .announcedAtSession(Math.max(1, in.sessions() - 3))
                        .outcome(TerminationOutcome.REMITTED)
                        .nextStep(NextStep.CONCLUDE)
                        .addWarningSigns("sleeping badly", "avoiding friends")
                        .maintenanceDiscussed(true)
                        .build())
                .build();
    }

    /**
     * Builds the same course with the records' constructors; nothing is checked.
     *
     * @param in the inputs, not null
     * @return the course, not null
     */
    public static Plain.Course withRecords(CourseInputs in) {
        int people = in.personIds.length;
        Plain.PersonId[] personIds = new Plain.PersonId[people];
        List<Plain.Relationship> relationships = new ArrayList<>(people);
        for (int i = 0; i < people; i++) {
            personIds[i] = new Plain.PersonId(in.personIds[i]);
            relationships.add(new Plain.Relationship(personIds[i], in.aliases[i], in.relations[i], in.closeness[i],
                    in.contacts[i], in.deceased[i], in.datesOfDeath[i], in.changedNearOnset[i],
                    List.of(in.satisfying[i]), List.of(in.unsatisfying[i]), List.of(), List.of()));
        }
        Plain.Inventory inventory = new Plain.Inventory(3, relationships);
        Plain.IssueId[] issueIds = new Plain.IssueId[in.issueIds.length];
        List<Plain.Issue> issues = new ArrayList<>(issueIds.length);
        for (int i = 0; i < issueIds.length; i++) {
            issueIds[i] = new Plain.IssueId(in.issueIds[i]);
            List<Plain.PersonId> named = new ArrayList<>(in.issuePeople[i].length);
            for (int p : in.issuePeople[i]) {
                named.add(personIds[p]);
            }
            issues.add(new Plain.Issue(issueIds[i], in.summaries[i], in.areas[i], in.stages[i], named, in.links[i],
                    null, in.priorities[i], in.distress[i], in.amenability[i]));
        }
        Plain.Focus focus = new Plain.Focus(ProblemArea.GRIEF, List.of(ProblemArea.ROLE_DISPUTE),
                List.of(issueIds[0], issueIds[1]), FocusBasis.RANKING, null, in.dates[Math.min(2, in.sessions() - 1)]);
        Plain.Formulation formulation = new Plain.Formulation(List.of(ProblemArea.GRIEF, ProblemArea.ROLE_DISPUTE),
                "father died three weeks before the low mood began", in.dates[Math.min(2, in.sessions() - 1)],
                in.dates[Math.min(2, in.sessions() - 1)]);
        Plain.Instrument phq9 = Plain.Instrument.PHQ_9;
        List<Plain.Session> sessions = new ArrayList<>(in.sessions());
        for (int i = 0; i < in.sessions(); i++) {
            List<Integer> items;
            if (in.items[i] != null) {
                Integer[] boxed = new Integer[in.items[i].length];
                for (int k = 0; k < boxed.length; k++) {
                    boxed[k] = in.items[i][k];
                }
                items = List.of(boxed);
            } else {
                items = List.of();
            }
            sessions.add(new Plain.Session(i + 1, in.dates[i], in.phases[i], in.length, Set.of(in.techniques[i]),
                    Set.of(in.addressed[i]),
                    List.of(new Plain.Measurement(phq9, in.totals[i], items)), in.notes[i]));
        }
        return new Plain.Course(new Plain.CourseId("c-001"), new Plain.PatientRef("pseudo-7f3a"),
                Plain.Protocol.STANDARD,
                new Plain.Contract(ContractType.ACUTE, in.sessions(), in.cadence, in.length, in.start, List.of()),
                in.onset, inventory, issues, focus, formulation, new Plain.SickRole(SickRoleKind.FULL, in.start),
                sessions,
                List.of(new Plain.ConcurrentTreatment(TreatmentKind.ANTIDEPRESSANT_MEDICATION, "atc", "N06AB06",
                        in.onset.plusWeeks(2), null)),
                new Plain.Termination(in.lastDate(), Math.max(1, in.sessions() - 3), TerminationOutcome.REMITTED,
                        NextStep.CONCLUDE, List.of("sleeping badly", "avoiding friends"), true),
                null);
    }
}
