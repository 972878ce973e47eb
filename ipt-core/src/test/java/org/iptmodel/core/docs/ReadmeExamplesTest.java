package org.iptmodel.core.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.iptmodel.core.Amenability;
import org.iptmodel.core.ContactFrequency;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseId;
import org.iptmodel.core.CourseStatus;
import org.iptmodel.core.DisputeStage;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.PatientRef;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.Phase;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.RelationKind;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.Session;
import org.iptmodel.core.Severity;
import org.iptmodel.core.TreatmentContract;
import org.iptmodel.core.Focus;
import org.iptmodel.core.plan.Schedule;
import org.iptmodel.core.ranking.FocusSelection;
import org.iptmodel.core.ranking.FocusSelector;
import org.iptmodel.core.ranking.RankedIssue;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.OutcomeReport;
import org.iptmodel.core.report.ResponseClass;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README honest: every region between {@code README-BEGIN} and {@code README-END}
 * markers below is a Java block of the README, verbatim, and runs here; every Java block of the
 * README is such a region of this class or of ipt-json's {@code ReadmeJsonExamplesTest}.
 */
class ReadmeExamplesTest {

    @Test
    void quickStartRuns() {
        Course course = quickStart();

        assertThat(course.status()).isEqualTo(CourseStatus.ACTIVE);
        assertThat(course.sessions().get(0).measurements().get(0).severity())
                .isEqualTo(Severity.MODERATELY_SEVERE);
        assertThat(course.toString()).doesNotContain("partner").doesNotContain("moving abroad")
                .doesNotContain("pseudonym-7f3a");
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> course.withSessions(course.sessions().get(0).withNumber(2)))
                .satisfies(e -> assertThat(e.violations())
                        .singleElement()
                        .satisfies(v -> {
                            assertThat(v.path()).isEqualTo("sessions[0].number");
                            assertThat(v.rule()).isEqualTo(ModelRule.SESSION_NUMBERING);
                        }));
    }

    static Course quickStart() {
        // README-BEGIN quick-start
        Protocol protocol = Protocol.standard();            // 12-16 weekly sessions
        LocalDate start = LocalDate.of(2026, 1, 5);

        Course course = Course.builder()
                .id(CourseId.of("c-001"))
                .patient(PatientRef.of("pseudonym-7f3a"))   // opaque, never a name
                .protocol(protocol)
                .contract(TreatmentContract.builder()
                        .plannedSessions(16)
                        .cadence(Period.ofWeeks(1))
                        .sessionLength(Duration.ofMinutes(50))
                        .start(start)
                        .build())
                .inventory(InterpersonalInventory.builder()
                        .addPerson(Relationship.builder()
                                .id(PersonId.of("p-1"))
                                .alias("partner")               // redacted from toString
                                .relation(RelationKind.PARTNER)
                                .closeness(1)
                                .contact(ContactFrequency.DAILY)
                                .build())
                        .build())
                .addIssue(InterpersonalIssue.builder()
                        .id(IssueId.of("i-1"))
                        .summary("arguments about moving abroad")
                        .area(ProblemArea.ROLE_DISPUTE)
                        .disputeStage(DisputeStage.IMPASSE)
                        .addPerson(PersonId.of("p-1"))
                        .onsetLink(OnsetLink.PRECIPITATED_ONSET)
                        .patientPriority(1)
                        .distress(8)
                        .amenability(Amenability.MODERATE)
                        .build())
                .addSession(Session.builder()
                        .number(1)
                        .date(start)
                        .phase(Phase.INITIAL)
                        .length(Duration.ofMinutes(50))
                        .addMeasurement(Measurement.of(Instrument.phq9(), 17))
                        .build())
                .build();

        course.status();                                     // ACTIVE
        course.sessions().get(0).measurements().get(0).severity(); // MODERATELY_SEVERE

        try {
            course.withSessions(course.sessions().get(0).withNumber(2));
        } catch (InvalidModelException e) {
            e.violations();   // [sessions[0].number: sessions[0].number must be 1, was 2]
        }
        // README-END
        return course;
    }

    @Test
    void rankingAndFocusRun() {
        Course course = quickStart();
        LocalDate start = course.contract().start();

        // README-BEGIN ranking
        Ranking ranking = RankingPolicy.clinicalDefault().rank(course);
        RankedIssue top = ranking.at(1);
        top.issue().area();                    // ROLE_DISPUTE
        ranking.flags();                       // e.g. GRIEF_WITHOUT_DEATH for grief with no death recorded

        FocusSelection selection = FocusSelector.standard().select(ranking).orElseThrow();
        Focus agreed = selection.agreedOn(start.plusWeeks(1));   // R2: the patient agrees
        course = course.withFocus(agreed);
        // README-END

        assertThat(top.issue().area()).isEqualTo(ProblemArea.ROLE_DISPUTE);
        assertThat(ranking.flags()).isEmpty();
        assertThat(course.focus()).contains(agreed);
        assertThat(agreed.areas()).containsExactly(ProblemArea.ROLE_DISPUTE);
        assertThat(agreed.agreedOn()).contains(start.plusWeeks(1));
    }

    @Test
    void planningAndReportsRun() {
        Course course = quickStart();
        LocalDate start = course.contract().start();

        // README-BEGIN plan
        Schedule plan = Schedule.of(Protocol.standard(), start);
        plan.sessions().size();                 // 16 weekly sessions: 3 initial, 11 middle, 2 termination
        plan.terminationNotice();               // the session at which to announce the end

        Course next = course.recordSession(Session.builder()
                .number(course.nextSessionNumber())
                .date(start.plusWeeks(1))
                .phase(Phase.INITIAL)
                .length(Duration.ofMinutes(50))
                .addMeasurement(Measurement.builder()
                        .instrument(Instrument.phq9())
                        .total(14)
                        .items(List.of(2, 2, 2, 2, 2, 1, 1, 1, 1))   // item 9 above 0
                        .build())
                .build());

        AdherenceReport adherence = AdherenceReport.of(next);
        adherence.safetyFlags();                // first, always: "review risk with the patient"
        adherence.safetyNotices();              // then: session 1's PHQ-9 is a total only, "item not recorded"
        OutcomeReport outcomes = OutcomeReport.of(next);
        outcomes.outcome(Instrument.phq9());    // baseline 17, latest 14, no response yet
        // README-END

        assertThat(plan.sessions()).hasSize(16);
        assertThat(plan.terminationNotice()).isPresent();
        assertThat(next.sessions()).hasSize(2);
        assertThat(adherence.safetyFlags()).singleElement()
                .satisfies(f -> assertThat(f.session()).isEqualTo(2));
        assertThat(adherence.entries().get(0)).isEqualTo(adherence.safetyFlags().get(0));
        assertThat(adherence.safetyNotices()).singleElement()
                .satisfies(n -> assertThat(n.message()).startsWith("item not recorded: session 1, phq-9 item 9"));
        assertThat(outcomes.outcome(Instrument.phq9())).isPresent();
        assertThat(outcomes.outcome(Instrument.phq9()).orElseThrow().responseClass())
                .contains(ResponseClass.NO_CHANGE);
    }

    @Test
    void everyRegionIsInTheReadmeAndEveryReadmeBlockIsARegion() throws IOException {
        List<String> blocks = readmeJavaBlocks();
        List<String> regions = new ArrayList<>(regions(Path.of(
                "src/test/java/org/iptmodel/core/docs/ReadmeExamplesTest.java")));
        Path json = Path.of("..", "ipt-json", "src", "test", "java", "org", "iptmodel", "json", "docs",
                "ReadmeJsonExamplesTest.java");
        List<String> jsonRegions = Files.exists(json) ? regions(json) : List.of();

        assertThat(blocks).as("README java blocks").containsAll(regions);
        List<String> all = new ArrayList<>(regions);
        all.addAll(jsonRegions);
        assertThat(all).as("regions of the docs tests").containsAll(blocks);
    }

    static List<String> readmeJavaBlocks() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        List<String> blocks = new ArrayList<>();
        while (block.find()) {
            blocks.add(normalise(block.group(1)));
        }
        return blocks;
    }

    static List<String> regions(Path source) throws IOException {
        Matcher region = Pattern.compile("// README-BEGIN [a-z-]+\\n(.*?)\\n[ ]*// README-END", Pattern.DOTALL)
                .matcher(Files.readString(source));
        List<String> regions = new ArrayList<>();
        while (region.find()) {
            regions.add(normalise(region.group(1)));
        }
        return regions;
    }

    /** Removes the common indentation, so the README block may sit at column 0. */
    static String normalise(String code) {
        List<String> lines = code.lines().collect(Collectors.toList());
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n")).strip();
    }
}
