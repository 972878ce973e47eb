package org.iptmodel.json.cli;

import static org.iptmodel.json.Samples.antidepressant;
import static org.iptmodel.json.Samples.issue;
import static org.iptmodel.json.Samples.person;
import static org.iptmodel.json.Samples.phq9;
import static org.iptmodel.json.Samples.weeklyContract;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.iptmodel.core.Amenability;
import org.iptmodel.core.ContactFrequency;
import org.iptmodel.core.ContractType;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseId;
import org.iptmodel.core.DisputeStage;
import org.iptmodel.core.Formulation;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.PatientRef;
import org.iptmodel.core.Phase;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.RelationKind;
import org.iptmodel.core.Session;
import org.iptmodel.core.SickRole;
import org.iptmodel.core.SickRoleKind;
import org.iptmodel.core.Technique;
import org.iptmodel.core.ranking.FocusSelector;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.json.Samples;

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
                .contract(weeklyContract(16, START).type(ContractType.ACUTE).build())
                .episodeOnset(LocalDate.of(2025, 10, 6))
                .inventory(inventory())
                .addAllIssues(issues())
                .sickRole(SickRole.of(SickRoleKind.FULL, START))
                .addConcurrentTreatments(antidepressant(LocalDate.of(2025, 11, 10)))
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
        return Samples.session(number, date(number), phase, Duration.ofMinutes(50)).addAllTechniques(techniques);
    }

    /** Weekly from the start, with the week of 16 February missed. */
    static LocalDate date(int number) {
        return START.plusWeeks(number < 7 ? number - 1L : number);
    }

    private static Session.Builder middle(int number, ProblemArea... areas) {
        return session(number, Phase.MIDDLE, List.of()).addAreasAddressed(areas);
    }

    private static InterpersonalInventory inventory() {
        return InterpersonalInventory.builder()
                .circleLevels(3)
                .addPeople(person("p-1", "partner (J.)", RelationKind.PARTNER, 1, ContactFrequency.DAILY)
                        .changedNearOnset(true)
                        .addSatisfyingAspects("kind when things are calm", "shared walks")
                        .addUnsatisfyingAspects("arguments about money since the job loss")
                        .addExpectations("expects the patient to find work quickly")
                        .addWishedChanges("plan the household budget together")
                        .build())
                .addPeople(person("p-2", "father", RelationKind.PARENT, 1, ContactFrequency.NONE)
                        .deceased(true)
                        .dateOfDeath(LocalDate.of(2023, 11, 2))
                        .addSatisfyingAspects("encouraged the patient's studies")
                        .build())
                .addPeople(person("p-3", "older sister", RelationKind.SIBLING, 2, ContactFrequency.WEEKLY)
                        .addUnsatisfyingAspects("criticises the patient's choices")
                        .addWishedChanges("be asked before being advised")
                        .build())
                .addPeople(person("p-4", "former manager", RelationKind.COLLEAGUE, 3, ContactFrequency.NONE)
                        .changedNearOnset(true)
                        .build())
                .addPeople(person("p-5", "friend from the running club", RelationKind.FRIEND, 2, ContactFrequency.RARELY)
                        .addSatisfyingAspects("easy company")
                        .build())
                .build();
    }

    private static List<InterpersonalIssue> issues() {
        return List.of(
                issue("i-1", ProblemArea.ROLE_TRANSITION, "p-4", OnsetLink.PRECIPITATED_ONSET, 1, 8, Amenability.HIGH)
                        .summary("made redundant in September; feels without purpose")
                        .began(LocalDate.of(2025, 9, 26))
                        .build(),
                issue("i-2", ProblemArea.ROLE_DISPUTE, "p-1", OnsetLink.MAINTAINS_EPISODE, 2, 7, Amenability.MODERATE)
                        .summary("arguments with the partner about money and housework")
                        .disputeStage(DisputeStage.RENEGOTIATION)
                        .began(LocalDate.of(2025, 10, 15))
                        .build(),
                issue("i-3", ProblemArea.GRIEF, "p-2", OnsetLink.NOT_LINKED, 4, 4, Amenability.MODERATE)
                        .summary("father's death two years ago")
                        .began(LocalDate.of(2023, 11, 2))
                        .build(),
                issue("i-4", ProblemArea.ROLE_DISPUTE, "p-3", OnsetLink.MAINTAINS_EPISODE, 3, 5, Amenability.LOW)
                        .summary("feels criticised by the older sister")
                        .disputeStage(DisputeStage.IMPASSE)
                        .build());
    }
}
