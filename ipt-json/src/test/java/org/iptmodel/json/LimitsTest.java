package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.InputStream;
import java.io.Reader;
import java.util.function.Function;
import org.iptmodel.core.Course;
import org.iptmodel.core.Protocol;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Input beyond a limit is a LIMIT problem, never an OutOfMemoryError or a hang. */
class LimitsTest {
    private static final Course STANDARD = Samples.course(Protocol.standard());
    private static final String TEXT = IptJson.strict().course().write(STANDARD);

    private static IptJson with(Function<JsonLimits, JsonLimits> change) {
        return IptJson.strict().withLimits(change.apply(JsonLimits.defaults()));
    }

    private static void assertLimit(IptJson json, String text, String pointer) {
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> json.course().read(text))
                .satisfies(e -> assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.kind()).isEqualTo(ProblemKind.LIMIT);
                    if (pointer != null) {
                        assertThat(p.pointer()).isEqualTo(pointer);
                    }
                }));
    }

    @Test
    void the_defaults_are_documented_values() {
        JsonLimits d = JsonLimits.defaults();
        assertThat(d.maxDocumentLength()).isEqualTo(16L * 1024 * 1024);
        assertThat(d.maxNestingDepth()).isEqualTo(32);
        assertThat(d.maxStringLength()).isEqualTo(1024 * 1024);
        assertThat(d.maxSessions()).isEqualTo(10_000);
        assertThat(d.maxIssues()).isEqualTo(1_000);
        assertThat(d.maxPeople()).isEqualTo(1_000);
        assertThat(d.maxArrayItems()).isEqualTo(1_000);
    }

    @Test
    void limits_are_values_and_must_be_positive() {
        JsonLimits limits = JsonLimits.defaults().withMaxSessions(5).withMaxIssues(6).withMaxPeople(7)
                .withMaxArrayItems(8).withMaxStringLength(9).withMaxNestingDepth(10).withMaxDocumentLength(11);
        assertThat(limits).isEqualTo(JsonLimits.defaults().withMaxDocumentLength(11).withMaxNestingDepth(10)
                .withMaxStringLength(9).withMaxArrayItems(8).withMaxPeople(7).withMaxIssues(6).withMaxSessions(5));
        assertThat(limits.hashCode()).isEqualTo(limits.withMaxSessions(5).hashCode());
        assertThat(limits).isNotEqualTo(JsonLimits.defaults());
        assertThat(limits.toString()).contains("maxSessions=5");
        assertThatIllegalArgumentException().isThrownBy(() -> JsonLimits.defaults().withMaxSessions(0));
        assertThatIllegalArgumentException().isThrownBy(() -> JsonLimits.defaults().withMaxIssues(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> JsonLimits.defaults().withMaxPeople(0));
        assertThatIllegalArgumentException().isThrownBy(() -> JsonLimits.defaults().withMaxArrayItems(0));
        assertThatIllegalArgumentException().isThrownBy(() -> JsonLimits.defaults().withMaxStringLength(0));
        assertThatIllegalArgumentException().isThrownBy(() -> JsonLimits.defaults().withMaxNestingDepth(0));
        assertThatIllegalArgumentException().isThrownBy(() -> JsonLimits.defaults().withMaxDocumentLength(0));
    }

    @Test
    void the_item_limits_bound_sessions_issues_people_and_other_arrays() {
        assertLimit(with(l -> l.withMaxSessions(3)), TEXT, "/sessions/3");
        assertLimit(with(l -> l.withMaxIssues(2)), TEXT, "/issues/2");
        assertLimit(with(l -> l.withMaxPeople(1)), TEXT, "/inventory/people/1");
        // 8: the standard protocol cites 7 works, and a PHQ-9 has 9 item responses
        assertLimit(with(l -> l.withMaxArrayItems(8)), TEXT, "/sessions/0/measurements/0/items/8");
        assertThat(with(l -> l.withMaxSessions(16)).course().read(TEXT)).isEqualTo(STANDARD);
    }

    @Test
    void the_document_length_bounds_every_source() {
        IptJson small = with(l -> l.withMaxDocumentLength(100));
        assertLimit(small, TEXT, "");
        assertThatExceptionOfType(IptJsonException.class)
                .isThrownBy(() -> small.course().read(new java.io.ByteArrayInputStream(TEXT.getBytes())));
        assertThatExceptionOfType(IptJsonException.class)
                .isThrownBy(() -> small.course().read(new java.io.StringReader(TEXT)))
                .satisfies(e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.LIMIT)));
    }

    @Test
    void an_endless_stream_ends_at_the_document_length() {
        IptJson json = with(l -> l.withMaxDocumentLength(1 << 20));
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };
        Reader endlessText = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, '[');
                return length;
            }

            @Override
            public void close() {
            }
        };
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> json.course().read(endless));
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> json.course().read(endlessText));
    }

    @Test
    void deep_nesting_is_a_limit_even_where_unknown_values_are_skipped() {
        String deep = "[".repeat(100_000);
        String json = TEXT.replace("\"patient\"", "\"extra\":" + deep + ",\"patient\"");
        assertLimit(IptJson.lenient(), json, null);
        assertLimit(IptJson.strict(), json, null);
        assertLimit(IptJson.strict(), TEXT.replace("\"sessions\":[", "\"sessions\":[" + deep + ","), null);
    }

    @Test
    void long_strings_numbers_and_names_are_limits() {
        String notes = "x".repeat(200);
        String json = TEXT.replace("\"notes\":\"Session 1:", "\"notes\":\"" + notes + "Session 1:");
        assertLimit(with(l -> l.withMaxStringLength(100)), json, "/sessions/0/notes");
        assertLimit(IptJson.strict(), TEXT.replace("\"distress\":8", "\"distress\":" + "9".repeat(40)),
                "/issues/0/distress");
        assertLimit(IptJson.lenient(), TEXT.replace("\"patient\"", "\"" + "n".repeat(2_000) + "\":1,\"patient\""),
                null);
    }

    @Test
    void at_most_one_hundred_problems_are_collected() {
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            extra.append("\"x").append(i).append("\":1,");
        }
        String json = TEXT.replace("\"patient\"", extra + "\"patient\"");
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> IptJson.strict().course().read(json))
                .satisfies(e -> {
                    assertThat(e.problems()).hasSize(100);
                    assertThat(e.getMessage()).startsWith("Invalid iptmodel JSON, 100 problems: ")
                            .endsWith("; and 90 more");
                });
    }

    @Test
    void the_module_enforces_the_item_and_string_limits() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new IptJsonModule().withLimits(JsonLimits.defaults().withMaxSessions(2)))
                .build();
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> mapper.readValue(TEXT, Course.class))
                .satisfies(e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(ProblemKind.LIMIT);
                    assertThat(p.pointer()).isEqualTo("/sessions/2");
                }));
        JsonMapper strings = JsonMapper.builder()
                .addModule(new IptJsonModule().withLimits(JsonLimits.defaults().withMaxStringLength(10)))
                .build();
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> strings.readValue(TEXT, Course.class))
                .satisfies(e -> assertThat(e.problems()).extracting(JsonProblem::kind).contains(ProblemKind.LIMIT));
    }
}
