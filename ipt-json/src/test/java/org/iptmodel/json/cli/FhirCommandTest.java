package org.iptmodel.json.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.iptmodel.core.Course;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.Protocol;
import org.iptmodel.json.IptJson;
import org.iptmodel.json.fhir.FhirBridge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code fhir}: a course as a FHIR Bundle, and scores imported from one. */
class FhirCommandTest {
    private static final String MARKER = "zqx-marker";

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.iptmodel.json.cli.Cli#catalogue")
    void fhir_prints_the_golden_bundle_of_each_golden_course(Protocol protocol) {
        Cli.Result result = Cli.run("fhir", Cli.goldenCourse(protocol).toString());

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo(Cli.read(Cli.GOLDEN.resolve("fhir-" + protocol.id() + ".json")));
    }

    @Test
    void the_options_are_those_of_the_bridge() {
        Path file = Cli.goldenCourse(Protocol.standard());
        Course course = IptJson.strict().course().read(file);

        Cli.Result result = Cli.run("fhir", "--transaction", "--free-text", "--patient-system",
                "https://clinic.example/mrn", file.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo(FhirBridge.defaults().asTransaction().withFreeText()
                .withPatientSystem("https://clinic.example/mrn").export(course));
        assertThat(Cli.clinicalTexts(Cli.read(file))).allSatisfy(text -> assertThat(
                Cli.run("fhir", file.toString()).out()).doesNotContain(text));
    }

    @Test
    void import_places_the_scores_of_a_bundle_into_the_course_and_lists_what_it_skipped() {
        Course course = IptJson.strict().course().read(Cli.goldenCourse(Protocol.brief()));
        // the catalogue's scores removed; the course's own instrument stays, so the import knows it
        Course bare = course.withSessions(course.sessions().stream()
                .map(s -> s.withMeasurements(s.measurements().stream()
                        .filter(m -> !Instrument.catalogue().contains(m.instrument())).collect(Collectors.toList())))
                .collect(Collectors.toList()));
        int own = bare.sessions().stream().mapToInt(s -> s.measurements().size()).sum();
        Path courseFile = Cli.write(dir.resolve("bare.json"), IptJson.strict().course().write(bare));
        Path bundle = Cli.write(dir.resolve("bundle.json"), FhirBridge.defaults().export(course));

        Cli.Result result = Cli.run("fhir", "--import", bundle.toString(), "--course", courseFile.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        Course read = IptJson.strict().course().read(result.out());
        for (int i = 0; i < course.sessions().size(); i++) {
            // the course's own score first, the imported ones after it
            assertThat(read.sessions().get(i).measurements())
                    .containsExactlyInAnyOrderElementsOf(course.sessions().get(i).measurements());
        }
        int scores = course.sessions().stream().mapToInt(s -> s.measurements().size()).sum() - own;
        assertThat(own).isPositive();
        assertThat(result.errLines().get(0)).startsWith("imported " + scores + " scores; skipped ")
                .contains("; " + own + " scores with no session");
        assertThat(result.errLines()).anySatisfy(l -> assertThat(l).isEqualTo("skipped\t/entry/0/resource"));
    }

    @Test
    void a_bad_bundle_is_invalid_input_reported_without_its_text() {
        Path courseFile = Cli.goldenCourse(Protocol.brief());
        String bundle = FhirBridge.defaults().export(IptJson.strict().course().read(courseFile))
                .replaceFirst("\"valueInteger\": [0-9]+", "\"valueInteger\": 99")
                .replace("\"text\": \"Patient Health Questionnaire-9\"", "\"text\": \"" + MARKER + "\"");
        Path file = Cli.write(dir.resolve("bad.json"), bundle);

        Cli.Result result = Cli.run("fhir", "--import", file.toString(), "--course", courseFile.toString());

        assertThat(result.exit()).isEqualTo(Main.INVALID);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("/resource/valueInteger").contains("VALUE_IN_RANGE").doesNotContain(MARKER);
        Path notJson = Cli.write(dir.resolve("not.json"), "{ " + MARKER);
        Cli.Result syntax = Cli.run("fhir", "--import", notJson.toString(), "--course", courseFile.toString());
        assertThat(syntax.exit()).isEqualTo(Main.INVALID);
        assertThat(syntax.err()).contains("SYNTAX").doesNotContain(MARKER);
    }

    @Test
    void usage_errors_and_unreadable_files_exit_with_2() throws Exception {
        String course = Cli.goldenCourse(Protocol.brief()).toString();
        assertThat(Cli.run("fhir").exit()).isEqualTo(Main.USAGE);
        assertThat(Cli.run("fhir", "--course", course, course).exit()).isEqualTo(Main.USAGE);
        assertThat(Cli.run("fhir", "--patient-system", "not a uri", course).exit()).isEqualTo(Main.USAGE);
        assertThat(Cli.run("fhir", "--import", course, "--course", course, "--transaction").exit())
                .isEqualTo(Main.USAGE);
        assertThat(Cli.run("fhir", "--import", dir.resolve("missing.json").toString(), "--course", course).exit())
                .isEqualTo(Main.USAGE);
        assertThat(Cli.run("fhir", dir.resolve("missing.json").toString()).exit()).isEqualTo(Main.USAGE);
        Files.write(dir.resolve("schedule.json"), Cli.read(Cli.GOLDEN.resolve("schedule-ipt-brief.json"))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(Cli.run("fhir", dir.resolve("schedule.json").toString()).exit()).isEqualTo(Main.INVALID);
    }

    @Test
    void help_fhir_describes_the_command() {
        Cli.Result help = Cli.run("help", "fhir");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("usage: iptmodel fhir [--transaction] [--free-text]")
                .contains("--import BUNDLE --course FILE").contains("FHIR.md");
        assertThat(Cli.run("help").out()).contains("fhir");
    }
}
