package org.iptmodel.json.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iptmodel.core.Course;
import org.iptmodel.json.DocumentCodec;
import org.iptmodel.json.IptJson;
import org.iptmodel.json.IptJsonException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of refusing a document: a course of 64 sessions whose every session number is wrong
 * ({@code problems = 64}: one problem of the model's invariants per session, each placed in the
 * input by its pointer) or only the first ({@code problems = 1}), read strictly until the
 * {@link IptJsonException}, against reading the valid course (the baseline). Problems are placed
 * in one extra scan of the input whatever their number, so refusing costs about two parses, not one
 * scan per problem.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RefusalBenchmark {
    /** The largest acceptable ratio refusing / reading the valid document. */
    public static final double TARGET = 3.0;
    /** The method the target applies to. */
    public static final String TARGET_METHODS = "ours";

    private static final Pattern NUMBER = Pattern.compile("\"number\":([0-9]+)");

    /** How many session numbers are wrong: 1 or every one. */
    @Param({"1", "64"})
    public int problems;

    private byte[] valid;
    private byte[] invalid;
    private DocumentCodec<Course> codec;

    /** Makes the valid and the broken document. */
    @Setup
    public void setUp() {
        codec = IptJson.strict().course();
        valid = JsonFixture.of(64).bytes;
        String text = new String(valid, StandardCharsets.UTF_8);
        Matcher m = NUMBER.matcher(text);
        StringBuilder broken = new StringBuilder();
        int changed = 0;
        while (m.find()) {
            String replacement = changed < problems ? "\"number\":" + (Integer.parseInt(m.group(1)) + 1000) : m.group();
            m.appendReplacement(broken, replacement);
            changed++;
        }
        m.appendTail(broken);
        invalid = broken.toString().getBytes(StandardCharsets.UTF_8);
        int found = refuse();
        if (found < problems) {
            throw new IllegalStateException("expected " + problems + " problems, found " + found);
        }
    }

    /**
     * Refuses the broken document.
     *
     * @return the number of problems found
     */
    @Benchmark
    public int ours() {
        return refuse();
    }

    private int refuse() {
        try {
            codec.read(invalid);
            throw new IllegalStateException("the broken document was read");
        } catch (IptJsonException e) {
            return e.problems().size();
        }
    }

    /**
     * Reads the valid document.
     *
     * @return the course
     */
    @Benchmark
    public Course baseline() {
        return codec.read(valid);
    }
}
