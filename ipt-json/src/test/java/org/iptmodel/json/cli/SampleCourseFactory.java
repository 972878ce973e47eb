package org.iptmodel.json.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.iptmodel.core.Amenability;
import org.iptmodel.core.ConcurrentTreatment;
import org.iptmodel.core.ContactFrequency;
import org.iptmodel.core.ContractType;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseId;
import org.iptmodel.core.DisputeStage;
import org.iptmodel.core.Formulation;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.PatientRef;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.Phase;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.RelationKind;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.Session;
import org.iptmodel.core.SickRole;
import org.iptmodel.core.SickRoleKind;
import org.iptmodel.core.Technique;
import org.iptmodel.core.TreatmentContract;
import org.iptmodel.core.TreatmentKind;
import org.iptmodel.core.ranking.FocusSelector;
import org.iptmodel.core.ranking.RankingPolicy;

/**
 * Builds the bundled sample course with the library, the way a clinic would record it: the
 * initial sessions, the focus chosen from the ranking and agreed, the formulation accepted, then
 * the middle phase, each session through {@link Course#recordSession}. {@code SampleCourseTest}
 * checks that the resource is this course written by the library, byte for byte.
 *
 * <p>A fictional patient, made redundant in September, depressed since October; arguments with
 * the partner about money keep the episode going. Every text is invented.
 */
final class SampleCourseFactory {
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    private SampleCourseFactory() {
    }

    static Course course() {
        Course course = Course.builder()
                .id(CourseId.of("c-sample-001"))
                .patient(PatientRef.of("pseudonym-4c9e"))
                .protocol(Protocol.standard())
                .contract(TreatmentContract.builder()
                        .type(ContractType.ACUTE)
                        .plannedSessions(16)
                        .cadence(Period.ofWeeks(1))
                        .sessionLength(Duration.ofMinutes(50))
                        .start(START)
                        .build())
                .episodeOnset(LocalDate.of(2025, 10, 6))
                .inventory(inventory())
                .addAllIssues(issues())
                .sickRole(SickRole.of(SickRoleKind.FULL, START))
                .addConcurrentTreatments(ConcurrentTreatment.builder()
                        .kind(TreatmentKind.ANTIDEPRESSANT_MEDICATION)
                        .codeSystem("ATC")
                        .code("N06AB06")
                        .started(LocalDate.of(2025, 11, 10))
                        .build())
                .build();

        course = course.recordSession(session(1, Phase.INITIAL, List.of(Technique.EXPLORATORY, Technique.CLARIFICATION))
                .addMeasurements(phq9(3, 3, 2, 3, 2, 2, 2, 1, 1), Measurement.of(Instrument.hamD17(), 20))
                .notes("Low mood and poor sleep since the redundancy. Passive thoughts of death, no plan or"
                        + " intent; safety plan agreed. Sick role explained.")
                .build());
        course = course.recordSession(session(2, Phase.INITIAL, List.of(Technique.EXPLORATORY, Technique.CLARIFICATION))
                .notes("Interpersonal inventory: partner, sister, late father, former manager, a friend.")
                .build());

        // Session 3: the focus is chosen from the ranking and agreed, the formulation accepted.
        LocalDate third = START.plusWeeks(2);
        course = course.withFocus(FocusSelector.standard().select(RankingPolicy.clinicalDefault().rank(course))
                        .orElseThrow().agreedOn(third))
                .withFormulation(Formulation.builder()
                        .addAreas(ProblemArea.ROLE_TRANSITION, ProblemArea.ROLE_DISPUTE)
                        .onsetEvent("losing the job in a restructuring, then weeks of arguments at home")
                        .presentedOn(third)
                        .acceptedOn(third)
                        .build());
        course = course.recordSession(session(3, Phase.INITIAL, List.of(Technique.CLARIFICATION))
                .notes("Formulation presented and accepted; focus on the job loss and the disputes at home.")
                .build());

        course = course.recordSession(middle(4, ProblemArea.ROLE_TRANSITION)
                .addTechniques(Technique.EXPLORATORY, Technique.ENCOURAGEMENT_OF_AFFECT)
                .build());
        course = course.recordSession(middle(5, ProblemArea.ROLE_TRANSITION, ProblemArea.ROLE_DISPUTE)
                .addTechniques(Technique.ENCOURAGEMENT_OF_AFFECT, Technique.COMMUNICATION_ANALYSIS)
                .addMeasurements(phq9(2, 3, 2, 2, 2, 2, 1, 1, 0))
                .build());
        course = course.recordSession(middle(6, ProblemArea.ROLE_DISPUTE)
                .addTechniques(Technique.COMMUNICATION_ANALYSIS, Technique.ROLE_PLAY)
                .notes("Role play: asking the partner to plan the household budget together.")
                .build());
        // The week of 16 February is missed (flu): session 7 is held a week later than planned.
        course = course.recordSession(middle(7, ProblemArea.ROLE_TRANSITION)
                .addTechniques(Technique.DECISION_ANALYSIS)
                .notes("Missed last week with flu. Weighing a retraining course against part-time work.")
                .build());
        course = course.recordSession(middle(8, ProblemArea.ROLE_TRANSITION, ProblemArea.ROLE_DISPUTE)
                .addTechniques(Technique.COMMUNICATION_ANALYSIS, Technique.DECISION_ANALYSIS)
                .build());
        course = course.recordSession(middle(9, ProblemArea.ROLE_DISPUTE)
                .addTechniques(Technique.COMMUNICATION_ANALYSIS, Technique.ROLE_PLAY)
                .addMeasurements(phq9(2, 2, 1, 1, 2, 1, 1, 0, 0))
                .build());
        return course;
    }

    private static Session.Builder session(int number, Phase phase, List<Technique> techniques) {
        return Session.builder()
                .number(number)
                .date(date(number))
                .phase(phase)
                .length(Duration.ofMinutes(50))
                .addAllTechniques(techniques);
    }

    /** Weekly from the start, with the week of 16 February missed. */
    static LocalDate date(int number) {
        return START.plusWeeks(number < 7 ? number - 1L : number);
    }

    private static Session.Builder middle(int number, ProblemArea... areas) {
        return session(number, Phase.MIDDLE, List.of()).addAreasAddressed(areas);
    }

    /** A PHQ-9 with its nine item responses; the total is their sum. */
    private static Measurement phq9(int... items) {
        Measurement.Builder m = Measurement.builder().instrument(Instrument.phq9());
        int total = 0;
        for (int item : items) {
            m.addItems(item);
            total += item;
        }
        return m.total(total).build();
    }

    private static InterpersonalInventory inventory() {
        return InterpersonalInventory.builder()
                .circleLevels(3)
                .addPeople(Relationship.builder()
                        .id(PersonId.of("p-1"))
                        .alias("partner (J.)")
                        .relation(RelationKind.PARTNER)
                        .closeness(1)
                        .contact(ContactFrequency.DAILY)
                        .changedNearOnset(true)
                        .addSatisfyingAspects("kind when things are calm", "shared walks")
                        .addUnsatisfyingAspects("arguments about money since the job loss")
                        .addExpectations("expects the patient to find work quickly")
                        .addWishedChanges("plan the household budget together")
                        .build())
                .addPeople(Relationship.builder()
                        .id(PersonId.of("p-2"))
                        .alias("father")
                        .relation(RelationKind.PARENT)
                        .closeness(1)
                        .contact(ContactFrequency.NONE)
                        .deceased(true)
                        .dateOfDeath(LocalDate.of(2023, 11, 2))
                        .addSatisfyingAspects("encouraged the patient's studies")
                        .build())
                .addPeople(Relationship.builder()
                        .id(PersonId.of("p-3"))
                        .alias("older sister")
                        .relation(RelationKind.SIBLING)
                        .closeness(2)
                        .contact(ContactFrequency.WEEKLY)
                        .addUnsatisfyingAspects("criticises the patient's choices")
                        .addWishedChanges("be asked before being advised")
                        .build())
                .addPeople(Relationship.builder()
                        .id(PersonId.of("p-4"))
                        .alias("former manager")
                        .relation(RelationKind.COLLEAGUE)
                        .closeness(3)
                        .contact(ContactFrequency.NONE)
                        .changedNearOnset(true)
                        .build())
                .addPeople(Relationship.builder()
                        .id(PersonId.of("p-5"))
                        .alias("friend from the running club")
                        .relation(RelationKind.FRIEND)
                        .closeness(2)
                        .contact(ContactFrequency.RARELY)
                        .addSatisfyingAspects("easy company")
                        .build())
                .build();
    }

    private static List<InterpersonalIssue> issues() {
        return List.of(
                InterpersonalIssue.builder()
                        .id(IssueId.of("i-1"))
                        .summary("made redundant in September; feels without purpose")
                        .area(ProblemArea.ROLE_TRANSITION)
                        .addPeople(PersonId.of("p-4"))
                        .onsetLink(OnsetLink.PRECIPITATED_ONSET)
                        .began(LocalDate.of(2025, 9, 26))
                        .patientPriority(2)
                        .distress(8)
                        .amenability(Amenability.HIGH)
                        .build(),
                InterpersonalIssue.builder()
                        .id(IssueId.of("i-2"))
                        .summary("arguments with the partner about money and housework")
                        .area(ProblemArea.ROLE_DISPUTE)
                        .disputeStage(DisputeStage.RENEGOTIATION)
                        .addPeople(PersonId.of("p-1"))
                        .onsetLink(OnsetLink.MAINTAINS_EPISODE)
                        .began(LocalDate.of(2025, 10, 15))
                        .patientPriority(1)
                        .distress(7)
                        .amenability(Amenability.MODERATE)
                        .build(),
                InterpersonalIssue.builder()
                        .id(IssueId.of("i-3"))
                        .summary("father's death two years ago")
                        .area(ProblemArea.GRIEF)
                        .addPeople(PersonId.of("p-2"))
                        .onsetLink(OnsetLink.NOT_LINKED)
                        .began(LocalDate.of(2023, 11, 2))
                        .patientPriority(4)
                        .distress(4)
                        .amenability(Amenability.MODERATE)
                        .build(),
                InterpersonalIssue.builder()
                        .id(IssueId.of("i-4"))
                        .summary("feels criticised by the older sister")
                        .area(ProblemArea.ROLE_DISPUTE)
                        .disputeStage(DisputeStage.IMPASSE)
                        .addPeople(PersonId.of("p-3"))
                        .onsetLink(OnsetLink.MAINTAINS_EPISODE)
                        .patientPriority(3)
                        .distress(5)
                        .amenability(Amenability.LOW)
                        .build());
    }
}
