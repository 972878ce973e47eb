package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.iptmodel.core.contracts.SerializationContract.roundTrip;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.iptmodel.core.Course;
import org.iptmodel.core.Protocol;
import org.junit.jupiter.api.Test;

/**
 * The reads for data engines: a document from a range of a byte buffer, and one line of a
 * newline-delimited stream that returns the value or the bad line, never throwing for bad input.
 */
class EngineReadsTest {
    private static final DocumentCodec<Course> COURSES = IptJson.strict().course();
    private static final Course COURSE = Samples.course(Protocol.standard());
    private static final String TEXT = COURSES.write(COURSE);
    private static final String SMALL = COURSES.write(Samples.small());
    /** A bad line's error is an {@link IptJsonException}, which extends Jackson's DatabindException. */
    private static final String JACKSON = "tools.jackson";

    /** The text in the middle of a buffer, between other bytes; returns the buffer and the offset. */
    private static byte[] inBuffer(String text, int before, int after) {
        byte[] doc = text.getBytes(StandardCharsets.UTF_8);
        byte[] buffer = new byte[before + doc.length + after];
        Arrays.fill(buffer, (byte) '{');
        System.arraycopy(doc, 0, buffer, before, doc.length);
        return buffer;
    }

    @Test
    void a_document_is_read_from_a_range_of_a_buffer() {
        byte[] buffer = inBuffer(TEXT, 17, 23);
        int length = buffer.length - 40;
        assertThat(COURSES.read(buffer, 17, length)).isEqualTo(COURSE);
        assertThat(IptJson.lenient().course().read(buffer, 17, length)).isEqualTo(COURSE);
        assertThat(COURSES.read(Arrays.copyOfRange(buffer, 0, 17 + length), 17, length)).isEqualTo(COURSE);
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> COURSES.read(buffer, 16, length + 1))
                .satisfies(e -> assertThat(e.problems()).first().satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(ProblemKind.SYNTAX);
                    assertThat(p.line()).isEqualTo(1);
                }));
    }

    @Test
    void a_line_is_read_to_its_value_or_its_bad_line() {
        byte[] buffer = inBuffer(TEXT + "\r\n", 5, 5);
        int length = buffer.length - 10;
        LineResult<Course> good = COURSES.readLine(buffer, 5, length, 42);
        assertThat(good.isValue()).isTrue();
        assertThat(good.value()).contains(COURSE);
        assertThat(good.badLine()).isEmpty();
        assertThat(good.line()).isEqualTo(42);
        assertThat(good.orElseThrow()).isEqualTo(COURSE);
        assertThat(good.toString()).isEqualTo("line 42: read");
        assertThat(COURSES.readLine(TEXT, 42)).isEqualTo(good);

        String broken = SMALL.replace("\"number\":1", "\"number\":5");
        LineResult<Course> bad = COURSES.readLine(inBuffer(broken, 3, 0), 3, broken.length(), 7);
        assertThat(bad.isValue()).isFalse();
        assertThat(bad.value()).isEmpty();
        assertThat(bad.line()).isEqualTo(7);
        BadLine line = bad.badLine().orElseThrow();
        assertThat(line.line()).isEqualTo(7);
        assertThat(line.error().problems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/sessions/0/number");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.column()).isPositive();
        });
        assertThat(bad.toString()).isEqualTo(line.toString()).startsWith("line 7: Invalid iptmodel JSON");
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(bad::orElseThrow).isSameAs(line.error());
        assertThat(COURSES.readLine(broken, 7).badLine().orElseThrow().error().problems())
                .isEqualTo(line.error().problems());
    }

    @Test
    void every_bad_line_is_a_result_with_its_number_never_an_exception() {
        for (String text : new String[] {"", "   ", "\n", "{", "[]", "null", TEXT.substring(0, 40), TEXT + TEXT,
            "{\"schema\":\"iptmodel/protocol\",\"version\":1}", TEXT.replace("\"patient\"", "\"surname\"")}) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            LineResult<Course> result = COURSES.readLine(bytes, 0, bytes.length, 3);
            assertThat(result.isValue()).as(text).isFalse();
            assertThat(result.badLine().orElseThrow().error().problems()).as(text)
                    .allSatisfy(p -> assertThat(p.line()).isEqualTo(3));
            assertThat(COURSES.readLine(text, 3).isValue()).isFalse();
        }
    }

    @Test
    void ranges_beyond_the_buffer_and_line_numbers_below_one_are_refused() {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        int n = bytes.length;
        for (int[] range : new int[][] {{-1, 1}, {0, -1}, {1, n}, {n + 1, 0}, {n, 1}, {Integer.MAX_VALUE, 2},
            {2, Integer.MAX_VALUE}}) {
            assertThatExceptionOfType(IndexOutOfBoundsException.class)
                    .isThrownBy(() -> COURSES.read(bytes, range[0], range[1]));
            assertThatExceptionOfType(IndexOutOfBoundsException.class)
                    .isThrownBy(() -> COURSES.readLine(bytes, range[0], range[1], 1));
        }
        assertThat(COURSES.readLine(bytes, n, 0, 1).isValue()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> COURSES.readLine(bytes, 0, n, 0))
                .withMessageContaining("lineNumber");
        assertThatIllegalArgumentException().isThrownBy(() -> COURSES.readLine(TEXT, -1));
        assertThatNullPointerException().isThrownBy(() -> COURSES.read(null, 0, 0));
        assertThatNullPointerException().isThrownBy(() -> COURSES.readLine((byte[]) null, 0, 0, 1));
        assertThatNullPointerException().isThrownBy(() -> COURSES.readLine((String) null, 1));
    }

    @Test
    void the_limits_apply_to_a_range_and_a_line() {
        byte[] buffer = inBuffer(TEXT, 100, 100);
        int length = buffer.length - 200;
        IptJson shortDocuments = IptJson.strict().withLimits(JsonLimits.defaults().withMaxDocumentLength(length - 1));
        assertThat(IptJson.strict().withLimits(JsonLimits.defaults().withMaxDocumentLength(length)).course()
                .read(buffer, 100, length)).isEqualTo(COURSE);
        assertThatExceptionOfType(IptJsonException.class)
                .isThrownBy(() -> shortDocuments.course().read(buffer, 100, length))
                .satisfies(e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.LIMIT)));
        LineResult<Course> tooLong = shortDocuments.course().readLine(buffer, 100, length, 9);
        assertThat(tooLong.badLine().orElseThrow().error().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.LIMIT);
            assertThat(p.line()).isEqualTo(9);
        });

        IptJson shallow = IptJson.strict().withLimits(JsonLimits.defaults().withMaxNestingDepth(3));
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> shallow.course().read(buffer, 100, length))
                .satisfies(e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p.kind()).isEqualTo(ProblemKind.LIMIT)));
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        byte[] deepBytes = inBuffer(deep, 1, 1);
        LineResult<Course> nested = COURSES.readLine(deepBytes, 1, deep.length(), 2);
        assertThat(nested.badLine().orElseThrow().error().problems())
                .anySatisfy(p -> assertThat(p.kind()).isIn(ProblemKind.LIMIT, ProblemKind.SYNTAX))
                .allSatisfy(p -> assertThat(p.line()).isEqualTo(2));
        assertThat(shallow.course().readLine(deep, 2).badLine().orElseThrow().error().problems())
                .anySatisfy(p -> assertThat(p.kind()).isEqualTo(ProblemKind.LIMIT));
    }

    @Test
    void line_results_and_bad_lines_are_serializable_with_their_problems() throws Exception {
        LineResult<Course> good = COURSES.readLine(TEXT, 1);
        assertThat(roundTrip(good, JACKSON)).isEqualTo(good);
        LineResult<Course> bad = COURSES.readLine(SMALL.replace("\"number\":1", "\"number\":5"), 4);
        LineResult<?> back = roundTrip(bad, JACKSON);
        assertThat(back.isValue()).isFalse();
        assertThat(back.line()).isEqualTo(4);
        BadLine line = back.badLine().orElseThrow();
        assertThat(line.error().problems()).isEqualTo(bad.badLine().orElseThrow().error().problems());
        assertThat(line.toString()).isEqualTo(bad.toString());
    }
}
