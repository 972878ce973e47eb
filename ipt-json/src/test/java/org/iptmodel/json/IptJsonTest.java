package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iptmodel.core.Course;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade: configuration, every source and target, and what it writes. */
class IptJsonTest {
    private static final Course COURSE = Samples.course(Protocol.group());

    @Test
    void strict_and_lenient_instances_are_shared_and_configured_by_copies() {
        assertThat(IptJson.strict()).isSameAs(IptJson.strict());
        assertThat(IptJson.strict().isLenient()).isFalse();
        assertThat(IptJson.lenient().isLenient()).isTrue();
        assertThat(IptJson.strict().isPrettyPrinting()).isFalse();
        IptJson pretty = IptJson.strict().withPrettyPrinting(true);
        assertThat(pretty.isPrettyPrinting()).isTrue();
        assertThat(pretty.withLenient(true).isPrettyPrinting()).isTrue();
        assertThat(pretty.withLenient(true).isLenient()).isTrue();
        JsonLimits limits = JsonLimits.defaults().withMaxIssues(3);
        assertThat(pretty.withLimits(limits).limits()).isEqualTo(limits);
        assertThat(IptJson.strict().limits()).isEqualTo(JsonLimits.defaults());
        assertThat(IptJson.strict().course()).isSameAs(IptJson.strict().course());
        assertThat(IptJson.strict().course().name()).isEqualTo("iptmodel/course");
        assertThat(IptJson.strict().protocol().name()).isEqualTo("iptmodel/protocol");
        assertThat(IptJson.strict().ranking().name()).isEqualTo("iptmodel/ranking");
        assertThat(IptJson.strict().schedule().name()).isEqualTo("iptmodel/schedule");
        assertThat(IptJson.strict().adherence().name()).isEqualTo("iptmodel/adherence");
        assertThat(IptJson.strict().outcomes().name()).isEqualTo("iptmodel/outcomes");
        assertThat(IptJson.strict().ranking()).isSameAs(IptJson.strict().ranking());
        assertThat(pretty.schedule().write(DocumentSamples.schedule(Protocol.brief()))).endsWith("}\n");
        assertThat(pretty.withLenient(true).toString()).startsWith("IptJson[lenient, pretty, JsonLimits[");
    }

    @Test
    void every_source_and_target_gives_the_same_document(@TempDir Path dir) throws IOException {
        DocumentCodec<Course> codec = IptJson.strict().course();
        String text = codec.write(COURSE);
        byte[] bytes = codec.writeBytes(COURSE);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(COURSE, out);
        assertThat(out.toByteArray()).isEqualTo(bytes);
        StringWriter writer = new StringWriter();
        codec.write(COURSE, writer);
        assertThat(writer.toString()).isEqualTo(text);
        Path file = dir.resolve("course.json");
        codec.write(COURSE, file);
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);

        assertThat(codec.read(text)).isEqualTo(COURSE);
        assertThat(codec.read(bytes)).isEqualTo(COURSE);
        assertThat(codec.read(new ByteArrayInputStream(bytes))).isEqualTo(COURSE);
        assertThat(codec.read(new StringReader(text))).isEqualTo(COURSE);
        assertThat(codec.read(file)).isEqualTo(COURSE);
    }

    @Test
    void streams_readers_and_writers_of_the_caller_are_flushed_but_not_closed() {
        boolean[] closed = {false, false};
        boolean[] flushed = {false};
        OutputStream out = new FilterOutputStream(new ByteArrayOutputStream()) {
            @Override
            public void flush() {
                flushed[0] = true;
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        IptJson.strict().course().write(COURSE, out);
        assertThat(flushed[0]).isTrue();
        assertThat(closed[0]).isFalse();
        InputStream in = new ByteArrayInputStream(IptJson.strict().course().writeBytes(COURSE)) {
            @Override
            public void close() {
                closed[1] = true;
            }
        };
        IptJson.strict().course().read(in);
        assertThat(closed[1]).isFalse();
    }

    @Test
    void input_and_output_failures_are_unchecked_io_exceptions(@TempDir Path dir) {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        OutputStream failingOut = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> IptJson.strict().course().read(failing));
        assertThatExceptionOfType(UncheckedIOException.class)
                .isThrownBy(() -> IptJson.strict().course().write(COURSE, failingOut));
        assertThatExceptionOfType(UncheckedIOException.class)
                .isThrownBy(() -> IptJson.strict().course().read(dir.resolve("missing.json")));
        assertThatExceptionOfType(UncheckedIOException.class)
                .isThrownBy(() -> IptJson.strict().course().readLines(dir.resolve("missing.ndjson")));
    }

    @Test
    void nulls_are_refused_with_the_parameter_name() {
        DocumentCodec<Course> codec = IptJson.strict().course();
        assertThatNullPointerException().isThrownBy(() -> codec.read((String) null)).withMessage("json");
        assertThatNullPointerException().isThrownBy(() -> codec.read((byte[]) null)).withMessage("json");
        assertThatNullPointerException().isThrownBy(() -> codec.read((InputStream) null)).withMessage("in");
        assertThatNullPointerException().isThrownBy(() -> codec.read((Path) null)).withMessage("path");
        assertThatNullPointerException().isThrownBy(() -> codec.write(null)).withMessage("value");
        assertThatNullPointerException().isThrownBy(() -> codec.write(COURSE, (OutputStream) null)).withMessage("out");
        assertThatNullPointerException().isThrownBy(() -> IptJson.strict().withLimits(null)).withMessage("limits");
        assertThatNullPointerException().isThrownBy(() -> codec.readLines(new StringReader(""), null))
                .withMessage("onBadLine");
    }

    @Test
    void compact_documents_have_no_whitespace_and_pretty_ones_indent_by_two_spaces() {
        String compact = IptJson.strict().protocol().write(Protocol.standard());
        assertThat(compact).startsWith("{\"schema\":\"iptmodel/protocol\",\"version\":1,\"id\":\"ipt-standard\",")
                .doesNotContain("\n").doesNotContain(": ");
        String pretty = IptJson.strict().withPrettyPrinting(true).protocol().write(Protocol.standard());
        assertThat(pretty).startsWith("{\n  \"schema\": \"iptmodel/protocol\",\n  \"version\": 1,\n")
                .contains("\n  \"acute_sessions\": {\n    \"min\": 12,\n    \"max\": 16\n  },\n")
                .contains("\"problem_areas\": [\"grief\", \"role_dispute\", \"role_transition\", \"interpersonal_deficits\"]")
                .endsWith("\n}\n")
                .doesNotContain("\r");
    }

    @Test
    void text_that_is_not_well_formed_utf16_survives_as_escapes_and_other_text_stays_readable() {
        Course odd = withFirstNotes("lone \uD800 and \uDC00, pair 🙂, \"quoted\"\n\u0001");
        String text = IptJson.strict().course().write(odd);
        assertThat(text).contains("lone \\uD800 and \\uDC00, pair \\uD83D\\uDE42, \\\"quoted\\\"\\n\\u0001");
        assertThat(IptJson.strict().course().read(text)).isEqualTo(odd);
        assertThat(IptJson.strict().course().read(IptJson.strict().course().writeBytes(odd))).isEqualTo(odd);
        String ordinary = IptJson.strict().course().write(withFirstNotes("pair 🙂 «ok»"));
        assertThat(ordinary).contains("pair 🙂 «ok»");
    }

    private static Course withFirstNotes(String notes) {
        java.util.List<Session> sessions = new java.util.ArrayList<>(COURSE.sessions());
        sessions.set(0, sessions.get(0).withNotes(notes));
        return COURSE.withSessions(sessions);
    }

    @Test
    void the_schema_of_each_document_is_in_the_jar() {
        assertThat(IptJson.strict().course().schema()).contains("\"$id\": \"" + Schemas.ID_PREFIX
                + "course-v1.schema.json\"");
        assertThat(IptJson.strict().protocol().schema()).contains("\"const\": \"iptmodel/protocol\"");
    }

    @Test
    void an_instrument_outside_the_catalogue_is_written_in_full_and_a_catalogue_one_by_code() {
        String text = IptJson.strict().course().write(COURSE);
        assertThat(text).contains("\"instrument\":\"phq-9\"").contains("\"instrument\":\"ham-d-17\"")
                .contains("\"instrument\":{\"code\":\"clinic-wellbeing-5\"");
        assertThat(IptJson.strict().course().read(text).sessions().get(0).measurements().get(0).instrument())
                .isSameAs(org.iptmodel.core.Instrument.phq9());
    }

    @Test
    void the_exception_message_lists_the_problems_and_never_the_input() {
        String text = IptJson.strict().course().write(Samples.small()).replace("\"pseudo-1\"", "\"pseudo 1\"");
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> IptJson.strict().course().read(text))
                .satisfies(e -> {
                    assertThat(e.getMessage()).isEqualTo("Invalid iptmodel JSON, 1 problem: INVALID_VALUE at /patient "
                            + "(line 1, column " + (text.indexOf("\"pseudo 1\"") + 1) + "): "
                            + org.iptmodel.core.ModelRule.ID_FORMAT.description() + " [ID_FORMAT]");
                    assertThat(e.getOriginalMessage()).isEqualTo(e.getMessage());
                    assertThat(e.getMessage()).doesNotContain("pseudo");
                    assertThat(e.problems().get(0).toString()).isEqualTo(e.getMessage()
                            .substring("Invalid iptmodel JSON, 1 problem: ".length()));
                });
    }
}
