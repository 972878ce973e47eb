package org.iptmodel.core.bench;

import java.util.concurrent.TimeUnit;
import org.iptmodel.core.Course;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 3 of issue 6: building a realistic course (8 people, 6 issues, one PHQ-9 per session,
 * item responses on some, focus, formulation, termination) with the builders, every invariant
 * checked, against the constructors of equivalent plain records. {@code sessions} (default 16)
 * shows how the cost grows with the size of a course: {@code -Djmh.args="-p sessions=4,16,64"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BuildCourseBenchmark {
    /** The largest acceptable ratio builders / records. */
    public static final double TARGET = 3.0;

    /** The number of sessions of the course. */
    @Param("16")
    public int sessions;

    private CourseInputs inputs;

    /** Prepares the inputs. */
    @Setup
    public void setUp() {
        inputs = CourseInputs.of(sessions);
        Course course = Courses.withBuilders(inputs);
        if (course.sessions().size() != sessions || Courses.withRecords(inputs).sessions().size() != sessions) {
            throw new IllegalStateException("the two courses differ");
        }
    }

    /**
     * Builds the course with the builders.
     *
     * @return the course
     */
    @Benchmark
    public Course builders() {
        return Courses.withBuilders(inputs);
    }

    /**
     * Builds the course with plain record constructors.
     *
     * @return the course
     */
    @Benchmark
    public Plain.Course baseline() {
        return Courses.withRecords(inputs);
    }
}
