package org.iptmodel.json.bench;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The research pipeline of {@link PipelineBenchmark} on two threads, each over half of the
 * dataset, against the same pipeline on one thread (the baseline): the library holds no lock and
 * shares nothing mutable, so two cores should nearly halve the time per course. The ratio two
 * threads / one thread is the inverse of the speed-up: a speed-up of at least 1.8 is a ratio of at
 * most 0.56.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PipelineParallelBenchmark {
    /** The largest acceptable ratio two threads / one thread: a speed-up of 1.8. */
    public static final double TARGET = 1 / 1.8;
    /** The method the target applies to. */
    public static final String TARGET_METHODS = "ours";

    private PipelineBenchmark pipeline;
    private byte[][] lines;
    private ExecutorService threads;

    /** Makes the dataset and a pool of two threads. */
    @Setup(Level.Trial)
    public void setUp() {
        pipeline = new PipelineBenchmark();
        pipeline.setUp();
        lines = pipeline.lines;
        threads = Executors.newFixedThreadPool(2);
    }

    /** Stops the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
        threads.shutdownNow();
    }

    /**
     * The pipeline on two threads.
     *
     * @return the aggregate
     * @throws Exception if a thread fails
     */
    @Benchmark
    @OperationsPerInvocation(PipelineBenchmark.COURSES)
    public PipelineBenchmark.Aggregate ours() throws InterruptedException, ExecutionException {
        int half = lines.length / 2;
        Future<PipelineBenchmark.Aggregate> first = threads.submit(() -> pipeline.ours(lines, 0, half));
        PipelineBenchmark.Aggregate second = pipeline.ours(lines, half, lines.length);
        return first.get().plus(second);
    }

    /**
     * The pipeline on one thread.
     *
     * @return the aggregate
     */
    @Benchmark
    @OperationsPerInvocation(PipelineBenchmark.COURSES)
    public PipelineBenchmark.Aggregate baseline() {
        return pipeline.ours();
    }
}
