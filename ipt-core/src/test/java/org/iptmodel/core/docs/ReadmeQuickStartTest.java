package org.iptmodel.core.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
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
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's quick start honest: the code between the QUICK-START markers below is the
 * README's first Java block, verbatim, and it runs here.
 */
class ReadmeQuickStartTest {

    @Test
    void quickStartRuns() {
        // QUICK-START-BEGIN
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
        // QUICK-START-END

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

    @Test
    void readmeQuotesTheQuickStartVerbatim() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("README has a java block").isTrue();

        String source = Files.readString(
                Path.of("src/test/java/org/iptmodel/core/docs/ReadmeQuickStartTest.java"));
        String quoted = source.substring(source.indexOf("// QUICK-START-BEGIN\n") + "// QUICK-START-BEGIN\n".length(),
                source.indexOf("        // QUICK-START-END"));
        assertThat(normalise(block.group(1))).isEqualTo(normalise(quoted));
    }

    /** Removes the common indentation, so the README block may sit at column 0. */
    private static String normalise(String code) {
        List<String> lines = code.lines().collect(Collectors.toList());
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n")).strip();
    }
}
