package org.iptmodel.json.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.iptmodel.core.Course;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.Deviation;
import org.iptmodel.core.report.InstrumentOutcome;
import org.iptmodel.core.report.OutcomeReport;
import org.iptmodel.core.report.SafetyNotice;
import org.iptmodel.json.IptJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code report}: safety flags and notices first, then adherence deviations and outcomes; never patient text. */
class ReportCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.iptmodel.json.cli.Cli#catalogue")
    void each_golden_course_reports_safety_first_then_every_deviation_and_outcome(Protocol protocol) {
        Path file = Cli.goldenCourse(protocol);
        Course course = IptJson.strict().course().read(file);
        AdherenceReport adherence = AdherenceReport.of(course);
        OutcomeReport outcomes = OutcomeReport.of(course);

        Cli.Result result = Cli.run("report", file.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.outLines().get(0)).startsWith("safety flags: ");
        assertThat(result.out()).contains("course: protocol " + protocol.id() + ", status " + course.status());
        for (Deviation deviation : adherence.deviations()) {
            assertThat(result.out()).contains(deviation.severity() + "  " + deviation.code() + " (")
                    .contains(deviation.message()).contains("    source: " + deviation.source());
        }
        if (adherence.deviations().isEmpty()) {
            assertThat(result.out()).contains("adherence: no deviation from the protocol or the manuals\n");
        }
        for (InstrumentOutcome outcome : outcomes.outcomes()) {
            assertThat(result.outLines()).anySatisfy(line -> assertThat(line.trim().split(" {2,}")).startsWith(
                    outcome.instrument().code(), String.valueOf(outcome.points().size()),
                    outcome.baseline().total() + " " + outcome.baseline().severity() + " (session "
                            + outcome.baseline().session() + ")",
                    outcome.latest().total() + " " + outcome.latest().severity() + " (session "
                            + outcome.latest().session() + ")"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.iptmodel.json.cli.Cli#catalogue")
    void no_summary_alias_note_or_reason_of_the_course_is_printed(Protocol protocol) {
        Path file = Cli.goldenCourse(protocol);

        Cli.Result result = Cli.run("report", file.toString());

        assertThat(Cli.clinicalTexts(Cli.read(file))).allSatisfy(text ->
                assertThat(result.out() + result.err()).doesNotContain(text));
    }

    @Test
    void the_safety_flag_and_then_the_safety_notice_come_before_everything_else() {
        Path file = Cli.write(dir.resolve("sample.json"), new String(SampleCourse.bytes(), StandardCharsets.UTF_8));

        Cli.Result result = Cli.run("report", file.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.outLines().subList(0, 9)).containsExactly(
                "safety flags: 1, review risk with the patient",
                "  SAFETY  review risk with the patient: session 1, phq-9 item 9 scored 1",
                "    source: Any response above 0 on a suicidality item is reviewed on its own, whatever the total"
                        + " (Kroenke, Spitzer and Williams 2001, PHQ-9 item 9; Beck, Steer and Brown 1996, BDI-II item 9;"
                        + " Hamilton 1960, item 3).",
                "    references: kroenke-2001, beck-1996, hamilton-1960",
                "safety notices: 1, suicidality item not recorded",
                "  WARNING  item not recorded: session 1, ham-d-17 item 3; check how the item was answered",
                "    source: " + new SafetyNotice(1, "ham-d-17", 3).source(),
                "    references: kroenke-2001, beck-1996, hamilton-1960",
                "course: protocol ipt-standard, status ACTIVE, 9 sessions held of 16 contracted");
        assertThat(result.outLines()).contains(
                "  phq-9       3       19 MODERATELY_SEVERE (session 1)  10 MODERATE (session 9)  10 (session 9)"
                        + "  -9      PARTIAL_RESPONSE");
    }

    @ParameterizedTest
    @MethodSource("org.iptmodel.json.cli.Cli#catalogue")
    void the_json_option_prints_the_adherence_and_outcome_documents_one_per_line(Protocol protocol) {
        Path file = Cli.goldenCourse(protocol);
        Course course = IptJson.strict().course().read(file);

        Cli.Result result = Cli.run("report", "--json", file.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.outLines()).containsExactly(
                IptJson.strict().adherence().write(AdherenceReport.of(course)),
                IptJson.strict().outcomes().write(OutcomeReport.of(course)));
        assertThat(Cli.clinicalTexts(Cli.read(file))).allSatisfy(text ->
                assertThat(result.out()).doesNotContain(text));
    }

    @Test
    void a_course_without_measurements_says_so() {
        Course sample = SampleCourseFactory.course();
        Course course = sample.withSessions(sample.sessions().stream()
                .map(s -> s.withMeasurements(List.of())).toList());
        Path file = dir.resolve("unmeasured.json");
        IptJson.strict().course().write(course, file);

        Cli.Result result = Cli.run("report", file.toString());

        assertThat(result.outLines()).startsWith("safety flags: none").contains("outcomes: no measurement recorded");
    }

    @Test
    void a_document_of_another_type_gives_exit_code_1_naming_both_types() {
        Path file = Cli.GOLDEN.resolve("adherence-ipt-standard.json");

        Cli.Result result = Cli.run("report", "--json", file.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("iptmodel: " + file
                + " is an iptmodel/adherence document; report reads iptmodel/course documents\n");
    }

    @Test
    void a_missing_file_gives_exit_code_2() {
        Cli.Result result = Cli.run("report", dir.resolve("absent.json").toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("iptmodel: cannot read " + dir.resolve("absent.json") + ": no such file\n");
    }

    @Test
    void an_invalid_course_gives_exit_code_1_and_nothing_on_standard_output() {
        Path file = Cli.write(dir.resolve("bad.json"), "[]");

        Cli.Result result = Cli.run("report", file.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).hasSizeGreaterThan(1).first().asString().contains("is not a valid course document");
    }
}
