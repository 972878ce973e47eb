package org.iptmodel.json.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.iptmodel.core.Course;
import org.iptmodel.core.Protocol;
import org.iptmodel.json.IptJson;
import org.iptmodel.json.JsonLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code validate}: strict reads of every document type by its header, one tab-separated line or
 * JSON object per problem, exit code 1 when invalid, 2 when a file cannot be read.
 */
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
        assertThat(result.err()).isEqualTo("iptmodel: 1 file, 1 document, 0 invalid, 0 problems, 0 unreadable\n");
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

    @ParameterizedTest
    @MethodSource("org.iptmodel.json.cli.Cli#goldenDocuments")
    void each_golden_document_of_every_type_is_valid(Path file) {
        Cli.Result result = Cli.run("validate", file.toString());

        assertThat(result.exit()).as(result.out()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("iptmodel: 1 file, 1 document, 0 invalid, 0 problems, 0 unreadable\n");
    }

    @Test
    void every_document_type_is_read_by_its_own_reader() {
        for (String type : new String[] {"course", "protocol", "ranking", "schedule", "adherence", "outcomes"}) {
            Path file = Cli.write(dir.resolve(type + ".json"), "{\"schema\": \"iptmodel/" + type + "\", \"version\": 1}");

            Cli.Result result = Cli.run("validate", file.toString());

            assertThat(result.exit()).as(type).isLessThanOrEqualTo(1);
            assertThat(result.outLines()).as(type).allSatisfy(line -> assertThat(line.split("\t")[4])
                    .isEqualTo("MISSING"));
            if (type.equals("course")) {
                assertThat(result.outLines()).anySatisfy(line -> assertThat(line).contains("\t/patient\t"));
            } else {
                assertThat(result.outLines()).as(type).noneSatisfy(line -> assertThat(line).contains("\t/patient\t"));
            }
        }
        Cli.Result protocol = Cli.run("validate", dir.resolve("protocol.json").toString());
        assertThat(protocol.outLines()).anySatisfy(line -> assertThat(line).contains("\t/id\t"));
        Cli.Result ranking = Cli.run("validate", dir.resolve("ranking.json").toString());
        assertThat(ranking.outLines()).anySatisfy(line -> assertThat(line).contains("\t/policy\t"));
    }

    @Test
    void only_the_invalid_files_print_lines_and_any_invalid_one_gives_exit_code_1() {
        Path invalid = Cli.write(dir.resolve("invalid-protocol.json"),
                Cli.read(Cli.GOLDEN.resolve("protocol-ipt-brief.json")).replaceFirst("\"id\": \"ipt-brief\"", "\"id\": \"\""));

        Cli.Result result = Cli.run("validate", Cli.goldenCourse(Protocol.brief()).toString(), invalid.toString(),
                Cli.GOLDEN.resolve("ranking-ipt-g.json").toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.outLines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith(invalid + "\t/id\t"));
        assertThat(result.err()).isEqualTo("iptmodel: 3 files, 3 documents, 1 invalid, 1 problem, 0 unreadable\n");
    }

    @Test
    void a_schema_the_format_does_not_know_is_one_problem_that_does_not_quote_it() {
        Path file = Cli.write(dir.resolve("unknown.json"), "{\n  \"schema\": \"iptmodel/notes-of-Ann\",\n  \"version\": 1\n}\n");

        Cli.Result result = Cli.run("validate", file.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.outLines()).containsExactly(file + "\t/schema\t2\t13\tINVALID_VALUE\tmust name a document"
                + " type of the format: iptmodel/course, iptmodel/protocol, iptmodel/ranking, iptmodel/schedule,"
                + " iptmodel/adherence, iptmodel/outcomes");
        assertThat(result.out() + result.err()).doesNotContain("Ann");
    }

    @Test
    void a_header_after_other_properties_names_the_document_type() {
        Path object = Cli.write(dir.resolve("late.json"), "{\"version\": 1, \"schema\": \"iptmodel/protocol\"}");

        Cli.Result result = Cli.run("validate", object.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.outLines()).allSatisfy(l -> assertThat(l).doesNotContain("iptmodel/course"))
                .anySatisfy(l -> assertThat(l).contains("/id\t").contains("MISSING"));
    }

    @Test
    void a_file_without_the_schema_header_is_read_as_a_course() {
        Path object = Cli.write(dir.resolve("object.json"), "{\"version\": 1}");
        Path array = Cli.write(dir.resolve("array.json"), "[]");

        Cli.Result result = Cli.run("validate", object.toString(), array.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.outLines()).containsExactly(
                object + "\t/schema\t1\t14\tMISSING\tis required",
                array + "\t\t1\t1\tWRONG_TYPE\tmust be an object");
    }

    @Test
    void empty_binary_and_deeply_nested_files_are_invalid_documents() {
        Path empty = Cli.write(dir.resolve("empty.json"), "");
        Path binary = dir.resolve("binary.json");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[0] = (byte) 0xff;
        Cli.writeBytes(binary, bytes);
        Path nested = Cli.write(dir.resolve("nested.json"), "{\"schema\": \"iptmodel/course\", \"version\": 1, \"id\": "
                + "[".repeat(100_000) + "]".repeat(100_000) + "}");

        Cli.Result result = Cli.run("validate", empty.toString(), binary.toString(), nested.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.outLines().get(0)).isEqualTo(empty + "\t\t1\t1\tSYNTAX\tholds no JSON value");
        assertThat(result.outLines().get(1)).startsWith(binary + "\t").contains("\tSYNTAX\t");
        assertThat(result.outLines().subList(2, result.outLines().size()))
                .allSatisfy(line -> assertThat(line).startsWith(nested + "\t"))
                .anySatisfy(line -> assertThat(line).contains("\tLIMIT\texceeds the maximum nesting depth"));
        assertThat(result.err()).startsWith("iptmodel: 3 files, 3 documents, 3 invalid, ").endsWith(", 0 unreadable\n");
    }

    @Test
    void a_file_over_the_document_length_limit_is_invalid_and_not_read_to_its_end() {
        Path file = Cli.write(dir.resolve("huge.json"), "{\"schema\": \"iptmodel/course\", \"version\": 1, \"patient\": \""
                + "x".repeat((int) JsonLimits.DEFAULT_MAX_DOCUMENT_LENGTH) + "\"}");

        Cli.Result result = Cli.run("validate", file.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.outLines()).containsExactly(file + "\t\t-1\t-1\tLIMIT\texceeds the maximum document length");
    }

    @Test
    void the_json_option_prints_one_object_per_problem_with_the_fields_of_the_text_line() {
        Path missing = Cli.write(dir.resolve("missing.json"),
                STANDARD.replaceFirst("  \"patient\": \"[^\"]*\",\n", ""));
        Path badDate = Cli.write(dir.resolve("bad-date.json"),
                STANDARD.replaceFirst("\"date\": \"2026-01-26\"", "\"date\": \"2026-01-10\""));
        Cli.Result text = Cli.run("validate", missing.toString(), badDate.toString());

        Cli.Result result = Cli.run("validate", "--json", missing.toString(), badDate.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo(text.err());
        assertThat(result.outLines()).hasSize(2).hasSameSizeAs(text.outLines());
        for (int i = 0; i < result.outLines().size(); i++) {
            JsonNode node = JsonMapper.shared().readTree(result.outLines().get(i));
            assertThat(node.propertyNames()).containsExactly("file", "pointer", "line", "column", "kind", "rule",
                    "message");
            String[] fields = text.outLines().get(i).split("\t");
            assertThat(node.get("file").asString()).isEqualTo(fields[0]);
            assertThat(node.get("pointer").asString()).isEqualTo(fields[1]);
            assertThat(node.get("line").asLong()).isEqualTo(Long.parseLong(fields[2]));
            assertThat(node.get("column").asInt()).isEqualTo(Integer.parseInt(fields[3]));
            assertThat(node.get("kind").asString()).isEqualTo(fields[4]);
            String rule = node.get("rule").isNull() ? "" : " [" + node.get("rule").asString() + "]";
            assertThat(node.get("message").asString() + rule).isEqualTo(fields[5]);
        }
        assertThat(JsonMapper.shared().readTree(result.outLines().get(0)).get("rule").isNull()).isTrue();
        assertThat(JsonMapper.shared().readTree(result.outLines().get(1)).get("rule").asString())
                .isEqualTo("SESSION_DATES");
    }

    @Test
    void the_json_option_escapes_a_file_name_as_json() {
        Path file = Cli.write(dir.resolve("a \"quoted\" name.json"), "{}");

        Cli.Result result = Cli.run("validate", "--json", file.toString());

        assertThat(JsonMapper.shared().readTree(result.out()).get("file").asString()).isEqualTo(file.toString());
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
        assertThat(result.err()).contains("1 file, 4 documents, 2 invalid, ").endsWith(" problems, 0 unreadable\n");
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
        assertThat(result.errLines()).last().isEqualTo(
                "iptmodel: 3 files, 1 document, 1 invalid, 1 problem, 2 unreadable");
    }

    private static int lineOf(String text, String fragment) {
        int index = text.indexOf(fragment);
        assertThat(index).isNotNegative();
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
