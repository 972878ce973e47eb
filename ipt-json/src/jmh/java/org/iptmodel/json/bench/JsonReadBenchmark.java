package org.iptmodel.json.bench;

import java.util.concurrent.TimeUnit;
import org.iptmodel.core.Course;
import org.iptmodel.json.DocumentCodec;
import org.iptmodel.json.IptJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectReader;

/**
 * Benchmarks 1 and 6 of issue 6: reading a realistic course document (strict, every invariant
 * checked) against plain Jackson databind reading the same bytes into plain records with no
 * validation; and the raw token scan of the same bytes, the floor of any Jackson-based reader.
 * {@code sessions} (default 16) shows how the cost grows with the size of a course.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonReadBenchmark {
    /** The target ratio read / baseline; never worse than {@link #LIMIT}. */
    public static final double TARGET = 1.0;
    /** The largest acceptable ratio. */
    public static final double LIMIT = 1.5;
    /** The method the target applies to. */
    public static final String TARGET_METHODS = "ours";

    /** The number of sessions of the course. */
    @Param("16")
    public int sessions;

    private byte[] bytes;
    private DocumentCodec<Course> codec;
    private ObjectReader plain;

    /** Prepares the document. */
    @Setup
    public void setUp() {
        JsonFixture fixture = JsonFixture.of(sessions);
        bytes = fixture.bytes;
        codec = IptJson.strict().course();
        plain = PlainDoc.MAPPER.readerFor(PlainDoc.Course.class);
    }

    /**
     * Reads the course with {@code IptJson.strict()}.
     *
     * @return the course
     */
    @Benchmark
    public Course ours() {
        return codec.read(bytes);
    }

    /**
     * Reads the same bytes into plain records with Jackson databind.
     *
     * @return the records
     */
    @Benchmark
    public PlainDoc.Course baseline() {
        return plain.readValue(bytes);
    }

    /**
     * Scans the tokens of the same bytes, and nothing else.
     *
     * @return the number of tokens
     */
    @Benchmark
    public int tokenScan() {
        return TokenScan.count(bytes);
    }

    /** The token scan, shared with the streaming benchmark. */
    static final class TokenScan {
        private TokenScan() {
        }

        static int count(byte[] bytes) {
            int tokens = 0;
            try (JsonParser parser = PlainDoc.MAPPER.createParser(bytes)) {
                while (parser.nextToken() != null) {
                    tokens++;
                }
            }
            return tokens;
        }

        static long count(java.io.InputStream in) {
            long tokens = 0;
            try (JsonParser parser = PlainDoc.MAPPER.createParser(in)) {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    tokens += token == JsonToken.END_OBJECT ? 1 : 0;
                }
            }
            return tokens;
        }
    }
}
