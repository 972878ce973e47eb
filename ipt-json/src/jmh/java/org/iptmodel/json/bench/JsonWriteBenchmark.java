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
import tools.jackson.databind.ObjectWriter;

/**
 * Benchmark 2 of issue 6: writing a realistic course document (compact UTF-8) against plain
 * Jackson databind writing the equivalent plain records, which give the same document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonWriteBenchmark {
    /** The target ratio write / baseline; never worse than {@link #LIMIT}. */
    public static final double TARGET = 1.0;
    /** The largest acceptable ratio. */
    public static final double LIMIT = 1.3;
    /** The method the target applies to. */
    public static final String TARGET_METHODS = "ours";

    /** The number of sessions of the course. */
    @Param("16")
    public int sessions;

    private Course course;
    private PlainDoc.Course plainCourse;
    private DocumentCodec<Course> codec;
    private ObjectWriter plain;

    /** Prepares the course and its plain twin. */
    @Setup
    public void setUp() {
        JsonFixture fixture = JsonFixture.of(sessions);
        course = fixture.course;
        plainCourse = fixture.plain;
        codec = IptJson.strict().course();
        plain = PlainDoc.MAPPER.writerFor(PlainDoc.Course.class);
    }

    /**
     * Writes the course with {@code IptJson.strict()}.
     *
     * @return the bytes
     */
    @Benchmark
    public byte[] ours() {
        return codec.writeBytes(course);
    }

    /**
     * Writes the plain records with Jackson databind.
     *
     * @return the bytes
     */
    @Benchmark
    public byte[] baseline() {
        return plain.writeValueAsBytes(plainCourse);
    }
}
