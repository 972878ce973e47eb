package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Newline-delimited streams: lazy, in bounded memory, with line numbers and bad-line collection. */
class StreamingTest {
    private static final DocumentCodec<Course> COURSES = IptJson.strict().course();

    private static List<Course> courses(int count, long seed) {
        Random random = new Random(seed);
        List<Course> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new RandomModel(random).course());
        }
        return list;
    }

    private static byte[] lines(List<Course> courses) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LineWriter<Course> writer = COURSES.lineWriter(out)) {
            courses.forEach(writer::write);
            assertThat(writer.count()).isEqualTo(courses.size());
        }
        return out.toByteArray();
    }

    @Test
    void written_lines_read_back_in_order() {
        List<Course> courses = courses(50, 1);
        byte[] bytes = lines(courses);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n");
        assertThat(text.split("\n", -1)).hasSize(51);
        try (Stream<Course> read = COURSES.readLines(new ByteArrayInputStream(bytes))) {
            assertThat(read).containsExactlyElementsOf(courses);
        }
        try (Stream<Course> read = COURSES.readLines(new StringReader(text))) {
            assertThat(read).containsExactlyElementsOf(courses);
        }
        assertThat(text.split("\n")[0]).isEqualTo(COURSES.write(courses.get(0)));
    }

    @Test
    void files_are_written_and_read_lazily(@TempDir Path dir) {
        List<Course> courses = courses(20, 2);
        Path file = dir.resolve("courses.ndjson");
        try (LineWriter<Course> writer = COURSES.lineWriter(file)) {
            courses.forEach(writer::write);
        }
        try (Stream<Course> read = COURSES.readLines(file)) {
            assertThat(read.limit(3)).containsExactlyElementsOf(courses.subList(0, 3));
        }
        List<BadLine> bad = new ArrayList<>();
        try (Stream<Course> read = COURSES.readLines(file, bad::add)) {
            assertThat(read.count()).isEqualTo(20);
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void closing_the_stream_closes_the_input() {
        boolean[] closed = {false};
        FilterInputStream in = new FilterInputStream(new ByteArrayInputStream(lines(courses(2, 3)))) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        Stream<Course> read = COURSES.readLines(in);
        assertThat(closed[0]).isFalse();
        read.close();
        assertThat(closed[0]).isTrue();
    }

    @Test
    void the_first_bad_line_ends_the_stream_with_its_line_number() {
        String good = COURSES.write(Samples.small());
        String text = good + "\n\n" + good + "\r\n" + good.replace("\"active\"", "\"paused\"") + "\n" + good + "\n";
        try (Stream<Course> read = COURSES.readLines(new StringReader(text))) {
            assertThatExceptionOfType(IptJsonException.class).isThrownBy(read::toList)
                    .satisfies(e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.line()).isEqualTo(4);
                        assertThat(p.pointer()).isEqualTo("/status");
                        assertThat(p.column()).isEqualTo(good.indexOf("\"active\"") + 1);
                    }));
        }
    }

    @Test
    void bad_lines_are_collected_and_reading_goes_on() {
        String good = COURSES.write(Samples.small());
        IptJson small = IptJson.strict().withLimits(JsonLimits.defaults().withMaxDocumentLength(good.length() + 10));
        String text = String.join("\n", good, "{", good, "x".repeat(good.length() + 50), "   ", good,
                good.replace("\"number\":1", "\"number\":5"), good.substring(0, 40));
        List<BadLine> bad = new ArrayList<>();
        try (Stream<Course> read = small.course().readLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                bad::add)) {
            assertThat(read.count()).isEqualTo(3);
        }
        assertThat(bad).extracting(BadLine::line).containsExactly(2L, 4L, 7L, 8L);
        assertThat(bad.get(1).error().problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.LIMIT));
        assertThat(bad.get(2).error().problems()).singleElement()
                .satisfies(p -> assertThat(p.pointer()).isEqualTo("/sessions/0/number"));
        assertThat(bad).allSatisfy(b -> assertThat(b.error().problems())
                .allSatisfy(p -> assertThat(p.line()).isEqualTo(b.line())));
        assertThat(bad.get(0).toString()).startsWith("line 2: Invalid iptmodel JSON");
    }

    /**
     * Issue 5: at least 100,000 courses stream through in flat heap, and the bad lines planted
     * among them are reported with their numbers. The lines are made from a few templates with
     * varied ids, generated while the stream is read, so the input never exists in memory.
     */
    @Test
    void one_hundred_thousand_courses_stream_in_flat_heap_reporting_the_planted_bad_lines() {
        int total = 100_000;
        List<String[]> templates = new ArrayList<>();
        List<Course> sources = new ArrayList<>();
        sources.add(Samples.small());
        courses(40, 4).stream().filter(c -> COURSES.write(c).length() < 2_500).limit(4).forEach(sources::add);
        for (Course course : sources) {
            String line = COURSES.write(course);
            String id = "\"id\":\"" + course.id().value() + "\"";
            int at = line.indexOf(id);
            templates.add(new String[] {line.substring(0, at) + "\"id\":\"c-", "\"" + line.substring(at + id.length())});
        }
        Map<Long, ProblemKind> planted = new TreeMap<>();
        for (long n = 7_919; n <= total; n += 9_973) {
            planted.put(n, (n / 9_973) % 2 == 0 ? ProblemKind.SYNTAX : ProblemKind.UNKNOWN_PROPERTY);
        }
        Reader input = new GeneratedLines(total, n -> {
            String[] t = templates.get((int) (n % templates.size()));
            String line = t[0] + n + t[1];
            ProblemKind bad = planted.get(n);
            if (bad == ProblemKind.SYNTAX) {
                return line.substring(0, line.length() / 2);
            }
            if (bad == ProblemKind.UNKNOWN_PROPERTY) {
                return line.replace("\"patient\"", "\"surname\":\"Smith\",\"patient\"");
            }
            return line;
        });

        List<BadLine> bad = new ArrayList<>();
        long[] sessions = {0};
        long[] read = {0};
        long[] baseline = {0};
        long[] peak = {0};
        try (Stream<Course> courses = COURSES.readLines(input, bad::add)) {
            courses.forEach(c -> {
                read[0]++;
                sessions[0] += c.sessions().size();
                if (read[0] == 2_000) {
                    baseline[0] = usedAfterGc();
                } else if (read[0] % 25_000 == 0) {
                    peak[0] = Math.max(peak[0], usedAfterGc());
                }
            });
        }
        assertThat(read[0]).isEqualTo(total - planted.size());
        assertThat(sessions[0]).isPositive();
        assertThat(bad).extracting(BadLine::line).containsExactlyElementsOf(planted.keySet());
        assertThat(bad).allSatisfy(b -> assertThat(b.error().problems().get(0).kind()).isEqualTo(planted.get(b.line())));
        assertThat(bad.stream().map(b -> b.error().getMessage()).collect(Collectors.joining()))
                .doesNotContain("Smith");
        // Retaining the courses would take hundreds of megabytes; streaming keeps the heap flat.
        assertThat(peak[0] - baseline[0]).isLessThan(32L * 1024 * 1024);
    }

    @Test
    void writing_one_hundred_thousand_courses_keeps_the_heap_flat() {
        Course template = Samples.small();
        long[] bytes = {0};
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        long baseline = 0;
        long peak = 0;
        try (LineWriter<Course> writer = COURSES.lineWriter(sink)) {
            for (int n = 1; n <= 100_000; n++) {
                writer.write(template.withId(CourseId.of("c-" + n)));
                if (n == 2_000) {
                    baseline = usedAfterGc();
                } else if (n % 25_000 == 0) {
                    peak = Math.max(peak, usedAfterGc());
                }
            }
        }
        assertThat(bytes[0]).isGreaterThan(100_000L * 500);
        assertThat(peak - baseline).isLessThan(32L * 1024 * 1024);
    }

    /**
     * The heap in use after a full collection. {@code Runtime} rather than the MemoryMXBean: the
     * tests run inside the module {@code org.iptmodel.json}, which does not read
     * {@code java.management}; the measure is the same.
     */
    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** A reader of generated lines 1..count; nothing but the current line is held. */
    private static final class GeneratedLines extends Reader {
        private final long count;
        private final java.util.function.LongFunction<String> line;
        private long next = 1;
        private String current = "";
        private int pos;

        GeneratedLines(long count, java.util.function.LongFunction<String> line) {
            this.count = count;
            this.line = line;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (pos == current.length()) {
                if (next > count) {
                    return -1;
                }
                current = line.apply(next++) + "\n";
                pos = 0;
            }
            int n = Math.min(length, current.length() - pos);
            current.getChars(pos, pos + n, buffer, offset);
            pos += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void a_line_writer_refuses_writes_after_close_and_closes_once() throws Exception {
        Path file = Files.createTempFile("lines", ".ndjson");
        try {
            LineWriter<Course> writer = COURSES.lineWriter(file);
            writer.write(Samples.small());
            writer.flush();
            writer.close();
            writer.close();
            org.assertj.core.api.Assertions.assertThatIllegalStateException()
                    .isThrownBy(() -> writer.write(Samples.small()));
            assertThat(Files.readString(file)).isEqualTo(COURSES.write(Samples.small()) + "\n");
        } finally {
            Files.delete(file);
        }
    }
}
