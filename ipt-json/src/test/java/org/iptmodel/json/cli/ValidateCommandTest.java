package org.iptmodel.json.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.iptmodel.core.Course;
import org.iptmodel.core.Protocol;
import org.iptmodel.json.IptJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code validate}: strict reads, one tab-separated line per problem, exit code 1 when invalid. */
class ValidateCommandTest {
    private static final String STANDARD = Cli.read(Cli.goldenCourse(Protocol.standard()));

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.iptmodel.json.cli.Cli#catalogue")
    void each_golden_course_is_valid_and_prints_nothing_on_standard_output(Protocol protocol) {
        Cli.Result result = Cli.run("validate", Cli.goldenCourse(protocol).toString());

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("iptmodel: 1 file, 1 document, 0 invalid, 0 problems\n");
    }

    @Test
    void all_golden_courses_at_once_are_valid() {
        String[] args = Stream.concat(Stream.of("validate"), Cli.catalogue().map(p -> Cli.goldenCourse(p).toString()))
                .toArray(String[]::new);

        Cli.Result result = Cli.run(args);

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("7 files, 7 documents, 0 invalid");
    }

    @Test
    void a_session_dated_before_the_previous_one_gives_its_pointer_line_column_kind_and_rule() {
        Path file = Cli.write(dir.resolve("bad-date.json"),
                STANDARD.replaceFirst("\"date\": \"2026-01-26\"", "\"date\": \"2026-01-10\""));
        int line = lineOf(Cli.read(file), "\"date\": \"2026-01-10\"");

        Cli.Result result = Cli.run("validate", file.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.outLines()).containsExactly(file + "\t/sessions/3/date\t" + line + "\t15\tINVALID_VALUE\t"
                + "must be strictly later than the previous session's date [SESSION_DATES]");
    }

    @Test
    void an_unknown_property_points_to_its_object_and_never_names_it() {
        Path file = Cli.write(dir.resolve("unknown.json"),
                STANDARD.replaceFirst("\"episode_onset\"", "\"secret_note\": 1,\n  \"episode_onset\""));
        int line = lineOf(Cli.read(file), "\"secret_note\"");

        Cli.Result result = Cli.run("validate", file.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.outLines()).singleElement().satisfies(out -> {
            assertThat(out.split("\t", -1)).containsExactly(file.toString(), "", String.valueOf(line), "3",
                    "UNKNOWN_PROPERTY", "holds a property that the format does not define");
        });
        assertThat(result.out() + result.err()).doesNotContain("secret_note");
    }

    @Test
    void a_missing_property_and_a_truncated_file_give_their_kinds() {
        Path missing = Cli.write(dir.resolve("missing.json"),
                STANDARD.replaceFirst("  \"patient\": \"[^\"]*\",\n", ""));
        Path truncated = Cli.write(dir.resolve("truncated.json"), STANDARD.substring(0, 500));

        Cli.Result result = Cli.run("validate", missing.toString(), truncated.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.outLines()).hasSize(2);
        assertThat(result.outLines().get(0)).startsWith(missing + "\t/patient\t").contains("\tMISSING\tis required");
        assertThat(result.outLines().get(1)).startsWith(truncated + "\t/protocol/").contains("\tSYNTAX\t");
        assertThat(result.err()).contains("2 files, 2 documents, 2 invalid, 2 problems");
    }

    @Test
    void only_the_invalid_files_print_lines_and_any_invalid_one_gives_exit_code_1() {
        Path protocol = Cli.GOLDEN.resolve("protocol-ipt-brief.json");

        Cli.Result result = Cli.run("validate", Cli.goldenCourse(Protocol.brief()).toString(), protocol.toString(),
                Cli.goldenCourse(Protocol.group()).toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.outLines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith(protocol + "\t"));
    }

    @Test
    void a_newline_delimited_file_reports_each_bad_line_with_its_line_number_and_goes_on() {
        String course = IptJson.strict().course().write(IptJson.strict().course().read(STANDARD));
        Path file = Cli.write(dir.resolve("courses.ndjson"), course + "\n"
                + "{\"schema\":\"iptmodel/course\",\"version\":1,\"id\":\"c-2\"}\n"
                + "\n"
                + course + "\n"
                + "not json\n");

        Cli.Result result = Cli.run("validate", file.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.outLines()).extracting(line -> line.split("\t")[2]).containsOnly("2", "5");
        assertThat(result.outLines()).anySatisfy(line -> assertThat(line).startsWith(file + "\t/patient\t2\t"));
        assertThat(result.outLines()).anySatisfy(line -> assertThat(line).contains("\t5\t").contains("\tSYNTAX\t"));
        assertThat(result.err()).contains("1 file, 4 documents, 2 invalid");
    }

    @Test
    void the_ndjson_option_reads_any_file_name_as_newline_delimited() {
        Course course = IptJson.strict().course().read(STANDARD);
        String line = IptJson.strict().course().write(course);
        Path file = Cli.write(dir.resolve("courses.jsonl"), line + "\n" + line + "\n");

        assertThat(Cli.run("validate", file.toString()).exit()).as("two documents in one file").isEqualTo(1);
        Cli.Result result = Cli.run("validate", "--ndjson", file.toString());
        assertThat(result.exit()).isZero();
        assertThat(result.err()).contains("1 file, 2 documents, 0 invalid");
    }

    @Test
    void a_file_that_cannot_be_read_gives_exit_code_2_and_the_other_files_are_still_validated() {
        Path invalid = Cli.write(dir.resolve("invalid.json"), "{}");

        Cli.Result result = Cli.run("validate", dir.resolve("absent.json").toString(), invalid.toString(),
                dir.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.errLines()).contains("iptmodel: cannot read " + dir.resolve("absent.json") + ": no such file",
                "iptmodel: cannot read " + dir + ": is a directory");
        assertThat(result.outLines()).singleElement().asString().startsWith(invalid + "\t");
    }

    private static int lineOf(String text, String fragment) {
        int index = text.indexOf(fragment);
        assertThat(index).isNotNegative();
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
