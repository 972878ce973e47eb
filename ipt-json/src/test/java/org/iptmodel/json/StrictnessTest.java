package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.iptmodel.core.Course;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a strict reader rejects and a lenient one accepts, case by case, each with its problem
 * kind and pointer.
 */
class StrictnessTest {
    private static final Course SMALL = Samples.small();
    private static final String TEXT = IptJson.strict().course().write(SMALL);

    private static String edit(String from, String to) {
        if (!TEXT.contains(from)) {
            throw new IllegalArgumentException("not in the sample: " + from);
        }
        return TEXT.replace(from, to);
    }

    /** Case name, document, expected kind and pointer when strict, whether lenient reads the sample. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("trailing document", TEXT + " {}", ProblemKind.SYNTAX, "", false),
                Arguments.of("trailing garbage", TEXT + "x", ProblemKind.SYNTAX, "", false),
                Arguments.of("empty input", "", ProblemKind.SYNTAX, "", false),
                Arguments.of("only whitespace", " \n\t ", ProblemKind.SYNTAX, "", false),
                Arguments.of("root is an array", "[]", ProblemKind.WRONG_TYPE, "", false),
                Arguments.of("root is a string", "\"course\"", ProblemKind.WRONG_TYPE, "", false),
                Arguments.of("comment", "/* c */" + TEXT, ProblemKind.SYNTAX, "", false),
                Arguments.of("single quotes", edit("\"c-small\"", "'c-small'"), ProblemKind.SYNTAX, "/id", false),
                Arguments.of("null where required", edit("\"pseudo-1\"", "null"), ProblemKind.WRONG_TYPE,
                        "/patient", false),
                Arguments.of("null where optional", edit("\"status\":\"active\"",
                        "\"status\":\"active\",\"episode_onset\":null"), ProblemKind.WRONG_TYPE, "/episode_onset", true),
                Arguments.of("null array element", edit("[\"grief\",", "[null,\"grief\","), ProblemKind.WRONG_TYPE,
                        "/protocol/problem_areas/0", false),
                Arguments.of("unknown enum, required", edit("\"initial\"", "\"pre_initial\""),
                        ProblemKind.INVALID_VALUE, "/sessions/0/phase", false),
                Arguments.of("unknown enum, defaulted", edit("\"active\"", "\"paused\""), ProblemKind.INVALID_VALUE,
                        "/status", true),
                Arguments.of("status against the content", edit("\"active\"", "\"completed\""),
                        ProblemKind.INVALID_VALUE, "/status", false),
                Arguments.of("unknown enum in a set", edit("\"interpersonal_deficits\"]",
                        "\"interpersonal_deficits\",\"developmental\"]"), ProblemKind.INVALID_VALUE,
                        "/protocol/problem_areas/4", true),
                Arguments.of("repeated enum in a set", edit("\"interpersonal_deficits\"]",
                        "\"interpersonal_deficits\",\"grief\"]"), ProblemKind.INVALID_VALUE,
                        "/protocol/problem_areas/4", true),
                Arguments.of("unknown property", edit("\"planned_sessions\"", "\"colour\":\"red\",\"planned_sessions\""),
                        ProblemKind.UNKNOWN_PROPERTY, "/contract", true),
                Arguments.of("unknown nested property", edit("\"total\":17", "\"total\":17,\"x\":{\"y\":[1,{}]}"),
                        ProblemKind.UNKNOWN_PROPERTY, "/sessions/0/measurements/0", true),
                Arguments.of("duplicate property", edit("\"planned_sessions\":12",
                        "\"planned_sessions\":12,\"planned_sessions\":12"), ProblemKind.SYNTAX,
                        "/contract/planned_sessions", false),
                Arguments.of("duplicate schema", edit("\"version\":1", "\"schema\":\"iptmodel/course\",\"version\":1"),
                        ProblemKind.SYNTAX, "/schema", false),
                Arguments.of("duplicate version", edit("\"id\":\"c-small\"", "\"version\":1,\"id\":\"c-small\""),
                        ProblemKind.SYNTAX, "/version", false),
                Arguments.of("other document type", edit("iptmodel/course", "iptmodel/protocol"),
                        ProblemKind.INVALID_VALUE, "/schema", false),
                Arguments.of("newer version", edit("\"version\":1", "\"version\":2"), ProblemKind.INVALID_VALUE,
                        "/version", true),
                Arguments.of("older version", edit("\"version\":1", "\"version\":0"), ProblemKind.INVALID_VALUE,
                        "/version", false),
                Arguments.of("version as text", edit("\"version\":1", "\"version\":\"1\""), ProblemKind.WRONG_TYPE,
                        "/version", false),
                Arguments.of("header out of order without a version", edit("\"schema\":\"iptmodel/course\",\"version\":1",
                        "\"schema\":\"iptmodel/course\""), ProblemKind.MISSING, "/version", false),
                Arguments.of("no header", edit("\"schema\":\"iptmodel/course\",\"version\":1,", ""),
                        ProblemKind.MISSING, "/schema", false),
                Arguments.of("number as text", edit("\"planned_sessions\":12", "\"planned_sessions\":\"12\""),
                        ProblemKind.WRONG_TYPE, "/contract/planned_sessions", false),
                Arguments.of("fraction for a whole number", edit("\"planned_sessions\":12",
                        "\"planned_sessions\":12.5"), ProblemKind.WRONG_TYPE, "/contract/planned_sessions", false),
                Arguments.of("exponent for a fraction", edit("\"planned_sessions\":12",
                        "\"planned_sessions\":125e-1"), ProblemKind.WRONG_TYPE, "/contract/planned_sessions", false),
                Arguments.of("whole number with a fraction beyond 32 bits", edit("\"planned_sessions\":12",
                        "\"planned_sessions\":3e9"), ProblemKind.INVALID_VALUE, "/contract/planned_sessions", false),
                Arguments.of("number beyond 32 bits", edit("\"planned_sessions\":12",
                        "\"planned_sessions\":3000000000"), ProblemKind.INVALID_VALUE, "/contract/planned_sessions",
                        false),
                Arguments.of("boolean as text", edit("\"circle_levels\":3", "\"circle_levels\":true"),
                        ProblemKind.WRONG_TYPE, "/inventory/circle_levels", false),
                Arguments.of("impossible date", edit("\"start\":\"2026-01-05\"", "\"start\":\"2026-02-30\""),
                        ProblemKind.INVALID_VALUE, "/contract/start", false),
                Arguments.of("date without zeros", edit("\"start\":\"2026-01-05\"", "\"start\":\"2026-1-5\""),
                        ProblemKind.INVALID_VALUE, "/contract/start", false),
                Arguments.of("period with a fraction", edit("\"cadence\":\"P1W\",\"session", "\"cadence\":\"P1.5W\",\"session"),
                        ProblemKind.INVALID_VALUE, "/contract/cadence", false),
                Arguments.of("duration in words", edit("\"session_length\":\"PT50M\"", "\"session_length\":\"50 min\""),
                        ProblemKind.INVALID_VALUE, "/contract/session_length", false),
                Arguments.of("unknown instrument code", edit("\"phq-9\"", "\"phq-8\""), ProblemKind.INVALID_VALUE,
                        "/sessions/0/measurements/0/instrument", false),
                Arguments.of("array for an object", edit("\"inventory\":{\"circle_levels\":3}", "\"inventory\":[]"),
                        ProblemKind.WRONG_TYPE, "/inventory", false),
                Arguments.of("object for an array", edit("\"sessions\":[", "\"sessions\":{\"a\":["),
                        ProblemKind.SYNTAX, "", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_strict_reader_reports_the_problem_at_its_place(String name, String json, ProblemKind kind, String pointer,
            boolean lenientReads) {
        assertThatExceptionOfType(IptJsonException.class)
                .isThrownBy(() -> IptJson.strict().course().read(json))
                .satisfies(e -> assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.kind()).isEqualTo(kind);
                    if (kind != ProblemKind.SYNTAX || !pointer.isEmpty()) {
                        assertThat(p.pointer()).isEqualTo(pointer);
                    }
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_lenient_reader_accepts_only_what_a_newer_version_may_add(String name, String json, ProblemKind kind,
            String pointer, boolean lenientReads) {
        if (lenientReads) {
            assertThat(IptJson.lenient().course().read(json)).isEqualTo(SMALL);
        } else {
            assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> IptJson.lenient().course().read(json))
                    .satisfies(e -> assertThat(e.problems()).extracting(JsonProblem::kind).contains(kind));
        }
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"12.0", "12.000", "1.2e1", "1.2E+1", "120e-1",
        "12e0", "0.12e2"})
    void a_whole_number_written_with_a_fraction_or_an_exponent_is_read_as_that_number(String twelve) {
        String json = edit("\"planned_sessions\":12", "\"planned_sessions\":" + twelve);
        assertThat(IptJson.strict().course().read(json)).isEqualTo(SMALL);
        assertThat(IptJson.lenient().course().read(json)).isEqualTo(SMALL);
        assertThat(Schemas.errors(Documents.COURSE, json)).isEmpty();
        String version = edit("\"version\":1", "\"version\":1.0");
        assertThat(IptJson.strict().course().read(version)).isEqualTo(SMALL);
        assertThat(Schemas.errors(Documents.COURSE, version)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2147483647.0", "-2147483648.0", "2.147483647e9"})
    void a_whole_number_at_the_ends_of_the_32_bit_range_is_read_in_every_form(String number) {
        String json = edit("\"planned_sessions\":12", "\"planned_sessions\":" + number);
        // read as a number: only the model's bound on planned sessions refuses it
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> IptJson.strict().course().read(json))
                .satisfies(e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.pointer()).isEqualTo("/contract/planned_sessions");
                    assertThat(p.rule()).contains(ModelRule.VALUE_IN_RANGE);
                }));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"0.0", "-0.0", "0e5", "-0"})
    void zero_is_read_in_every_form(String zero) {
        String json = edit("\"planned_sessions\":12", "\"planned_sessions\":" + zero);
        assertThat(IptJson.strict().course().read(json).contract().plannedSessions()).isZero();
        assertThat(Schemas.errors(Documents.COURSE, json)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"12.5", "12.000000000000001", "1.25e1", "1e-1",
        "2147483647.5"})
    void a_number_with_a_fraction_is_refused_without_repeating_it(String number) {
        String json = edit("\"planned_sessions\":12", "\"planned_sessions\":" + number);
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> IptJson.strict().course().read(json))
                .satisfies(e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.kind()).isEqualTo(ProblemKind.WRONG_TYPE);
                        assertThat(p.pointer()).isEqualTo("/contract/planned_sessions");
                    });
                    assertThat(e.getMessage()).doesNotContain(number);
                });
        assertThat(Schemas.errors(Documents.COURSE, json)).isNotEmpty();
    }

    @Test
    void a_rule_of_the_model_is_reported_with_the_rule_and_the_model_exception_as_cause() {
        String json = edit("\"number\":1", "\"number\":2");
        assertThatExceptionOfType(IptJsonException.class)
                .isThrownBy(() -> IptJson.strict().course().read(json))
                .satisfies(e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.kind()).isEqualTo(ProblemKind.INVALID_VALUE);
                        assertThat(p.pointer()).isEqualTo("/sessions/0/number");
                        assertThat(p.rule()).contains(ModelRule.SESSION_NUMBERING);
                        assertThat(p.line()).isEqualTo(1);
                        assertThat(p.column()).isEqualTo(json.indexOf("\"number\":2") + 1 + "\"number\":".length());
                    });
                    assertThat(e.getCause()).isInstanceOf(InvalidModelException.class);
                });
    }

    @Test
    void an_invalid_identifier_names_the_identifier_rule() {
        assertThatExceptionOfType(IptJsonException.class)
                .isThrownBy(() -> IptJson.strict().course().read(edit("\"c-small\"", "\"c small\"")))
                .satisfies(e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.pointer()).isEqualTo("/id");
                    assertThat(p.rule()).contains(ModelRule.ID_FORMAT);
                }));
    }

    @Test
    void every_missing_property_of_an_object_is_reported() {
        String json = edit("\"number\":1,\"date\":\"2026-01-05\",", "");
        assertThatExceptionOfType(IptJsonException.class)
                .isThrownBy(() -> IptJson.strict().course().read(json))
                .satisfies(e -> assertThat(e.problems()).extracting(JsonProblem::pointer)
                        .containsExactly("/sessions/0/number", "/sessions/0/date"));
    }

    @Test
    void problems_in_several_places_are_all_reported() {
        String json = edit("\"planned_sessions\":12", "\"planned_sessions\":\"12\"").replace("\"phq-9\"", "7");
        assertThatExceptionOfType(IptJsonException.class)
                .isThrownBy(() -> IptJson.strict().course().read(json))
                .satisfies(e -> assertThat(e.problems()).extracting(JsonProblem::pointer)
                        .containsExactly("/contract/planned_sessions", "/sessions/0/measurements/0/instrument"));
    }

    @Test
    void an_empty_or_blank_input_is_reported_at_its_end() {
        for (String json : new String[] {"", " \n\t "}) {
            assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> IptJson.strict().course().read(json))
                    .satisfies(e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.kind()).isEqualTo(ProblemKind.SYNTAX);
                        assertThat(p.line()).isEqualTo(json.isEmpty() ? 1 : 2);
                        assertThat(p.column()).isEqualTo(json.isEmpty() ? 1 : 3);
                    }));
        }
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> IptJson.strict().course().read(new byte[0]))
                .satisfies(e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(1);
                    assertThat(p.column()).isEqualTo(1);
                }));
    }

    @Test
    void an_empty_array_reads_as_an_absent_one() {
        assertThat(IptJson.strict().course().read(edit("\"start\":\"2026-01-05\"",
                "\"start\":\"2026-01-05\",\"amendments\":[]"))).isEqualTo(SMALL);
    }

    @Test
    void absent_defaulted_properties_take_the_format_defaults() {
        String json = edit("\"status\":\"active\",", "").replace("\"format\":\"individual\",", "")
                .replace("\"max_focal_areas\":2,", "").replace("\"sick_role\":\"full\",", "")
                .replace(",\"individual_meetings\":0", "").replace("\"type\":\"acute\",", "")
                .replace(",\"inventory\":{\"circle_levels\":3}", "");
        assertThat(IptJson.strict().course().read(json)).isEqualTo(SMALL);
    }

    @Test
    void a_byte_order_mark_is_skipped_and_invalid_utf8_is_a_syntax_error() {
        byte[] text = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertThat(IptJson.strict().course().read(withBom)).isEqualTo(SMALL);

        byte[] broken = edit("pseudo-1", "pseudo-\u00e9").getBytes(StandardCharsets.UTF_8);
        int at = new String(broken, StandardCharsets.ISO_8859_1).indexOf("pseudo-") + 7;
        broken[at + 1] = (byte) 0x41;
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> IptJson.strict().course().read(broken))
                .satisfies(e -> assertThat(e.problems()).extracting(JsonProblem::kind).containsOnly(ProblemKind.SYNTAX));
    }

    @Test
    void a_lenient_reader_still_builds_only_valid_values() {
        String json = edit("\"number\":1", "\"number\":2,\"extra\":true");
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> IptJson.lenient().course().read(json))
                .satisfies(e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.rule()).contains(ModelRule.SESSION_NUMBERING)));
    }

    @Test
    void a_lenient_reader_drops_an_unknown_optional_enum_value() {
        String json = edit("\"measurements\"", "\"techniques\":[\"mindfulness\",\"exploratory\"],\"measurements\"");
        Course read = IptJson.lenient().course().read(json);
        assertThat(read.sessions().get(0).techniques()).containsExactly(org.iptmodel.core.Technique.EXPLORATORY);
    }
}
