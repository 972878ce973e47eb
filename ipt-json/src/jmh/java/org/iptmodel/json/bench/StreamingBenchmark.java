package org.iptmodel.json.bench;

import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.iptmodel.core.Course;
import org.iptmodel.json.DocumentCodec;
import org.iptmodel.json.IptJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;

/**
 * Benchmarks 5 and 6 of issue 6: streaming 100,000 course documents from newline-delimited JSON
 * ({@code IptJson.strict().course().readLines}) against the same loop over plain records
 * (Jackson's {@code MappingIterator}), and the raw token scan of the same bytes. Scores and
 * allocations are per course ({@code @OperationsPerInvocation}). The forked JVM has a 128 MB heap,
 * far less than 100,000 courses take: the runs finish only if the heap stays flat.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(jvmArgsAppend = "-Xmx128m")
public class StreamingBenchmark {
    /** The largest acceptable ratio streaming / baseline. */
    public static final double TARGET = 1.5;
    /** The method the target applies to. */
    public static final String TARGET_METHODS = "ours";
    /** The number of courses per stream. */
    public static final int COURSES = 100_000;

    private byte[] line;
    private DocumentCodec<Course> codec;
    private ObjectReader plain;

    /** Prepares the line. */
    @Setup
    public void setUp() {
        line = JsonFixture.of(16).bytes;
        codec = IptJson.strict().course();
        plain = PlainDoc.MAPPER.readerFor(PlainDoc.Course.class);
    }

    /**
     * Streams the courses with {@code readLines}.
     *
     * @param blackhole consumes each course
     */
    @Benchmark
    @OperationsPerInvocation(COURSES)
    public void ours(Blackhole blackhole) {
        long n = 0;
        try (Stream<Course> courses = codec.readLines(new RepeatedLines(line, COURSES))) {
            Iterator<Course> it = courses.iterator();
            while (it.hasNext()) {
                blackhole.consume(it.next());
                n++;
            }
        }
        check(n);
    }

    /**
     * Streams the same lines into plain records with a {@code MappingIterator}.
     *
     * @param blackhole consumes each record
     */
    @Benchmark
    @OperationsPerInvocation(COURSES)
    public void baseline(Blackhole blackhole) {
        long n = 0;
        try (MappingIterator<PlainDoc.Course> courses = plain.readValues(new RepeatedLines(line, COURSES))) {
            while (courses.hasNext()) {
                blackhole.consume(courses.next());
                n++;
            }
        }
        check(n);
    }

    /**
     * Scans the tokens of the same lines.
     *
     * @return the number of objects closed
     */
    @Benchmark
    @OperationsPerInvocation(COURSES)
    public long tokenScan() {
        return JsonReadBenchmark.TokenScan.count(new RepeatedLines(line, COURSES));
    }

    private static void check(long n) {
        if (n != COURSES) {
            throw new IllegalStateException("read " + n + " courses");
        }
    }
}
