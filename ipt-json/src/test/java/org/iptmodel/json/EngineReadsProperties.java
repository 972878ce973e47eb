package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.iptmodel.core.Course;

/**
 * The reads for data engines agree with the other entry points: a range of a buffer reads what the
 * whole text reads, a line gives the value or the bad line whose problems are those of the text
 * on that line, and input text planted in a document never comes back from either.
 */
class EngineReadsProperties {
    /** The marker {@link MarkerPrivacyProperties#plant} plants. */
    private static final String MARKER = "zqx-marker";

    @Provide
    Arbitrary<Course> courses() {
        return Generators.courses();
    }

    @Property(tries = 200)
    void a_range_and_a_line_read_what_the_text_reads(@ForAll("courses") Course course,
            @ForAll MarkerPrivacyProperties.Plant plant, @ForAll Random random,
            @ForAll @IntRange(min = 0, max = 64) int before, @ForAll @IntRange(min = 0, max = 64) int after,
            @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long line) {
        String json = IptJson.strict().course().write(course);
        String planted = MarkerPrivacyProperties.plant(plant, json, random);
        for (String text : planted == null ? List.of(json) : List.of(json, planted)) {
            byte[] doc = text.getBytes(StandardCharsets.UTF_8);
            byte[] buffer = new byte[before + doc.length + after];
            random.nextBytes(buffer);
            System.arraycopy(doc, 0, buffer, before, doc.length);
            for (IptJson reader : List.of(IptJson.strict(), IptJson.lenient())) {
                DocumentCodec<Course> codec = reader.course();
                // columns count bytes in a byte array, chars in a string: compare with the bytes alone
                Object whole = outcome(() -> codec.read(doc));
                Object range = outcome(() -> codec.read(buffer, before, doc.length));
                assertThat(range).isEqualTo(whole);
                assertThat(pointers(outcome(() -> codec.read(text)))).isEqualTo(pointers(whole));
                LineResult<Course> result = codec.readLine(buffer, before, doc.length, line);
                assertThat(result.line()).isEqualTo(line);
                if (whole instanceof Course c) {
                    assertThat(result.value()).contains(c);
                } else {
                    BadLine bad = result.badLine().orElseThrow();
                    assertThat(bad.line()).isEqualTo(line);
                    List<JsonProblem> problems = bad.error().problems();
                    assertThat(problems).allSatisfy(p -> assertThat(p.line()).isEqualTo(line));
                    assertThat(pointers(problems)).isEqualTo(pointers(whole));
                    List<String> said = new ArrayList<>(List.of(bad.toString(), result.toString(),
                            String.valueOf(bad.error().getMessage())));
                    problems.forEach(p -> said.addAll(List.of(p.pointer(), p.message(), p.toString())));
                    assertThat(said).allSatisfy(s -> assertThat(s).doesNotContain(MARKER));
                }
            }
        }
    }

    /** The pointers of a list of problems; anything else as it is. */
    private static Object pointers(Object outcome) {
        return outcome instanceof List<?> problems
                ? problems.stream().map(p -> ((JsonProblem) p).pointer()).toList() : outcome;
    }

    /** The value read, or the problems of the exception. */
    private static Object outcome(java.util.function.Supplier<Course> read) {
        try {
            return read.get();
        } catch (IptJsonException e) {
            return e.problems();
        }
    }
}
