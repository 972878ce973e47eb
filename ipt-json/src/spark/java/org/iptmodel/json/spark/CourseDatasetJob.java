package org.iptmodel.json.spark;

import static org.apache.spark.sql.functions.asc;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.iptmodel.core.Course;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.ranking.FocusSelection;
import org.iptmodel.core.ranking.FocusSelector;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.InstrumentOutcome;
import org.iptmodel.core.report.OutcomeReport;
import org.iptmodel.core.report.ResponseClass;
import org.iptmodel.json.IptJson;
import org.iptmodel.json.IptJsonException;

/**
 * A Spark job over an NDJSON dataset of courses: reads each line strictly with ipt-json, ranks the
 * issues, selects the focus, makes the adherence and outcome reports, and aggregates what they
 * say: courses by protocol and by status, the most frequent primary focus, PHQ-9 response and
 * remission rates, courses with safety flags, adherent courses, and the bad lines by the kind of
 * their first problem. It prints counts, rates and enum values only, never a text of a course,
 * then the courses per second and the machine.
 *
 * <p>Each partition is parsed by {@link ReadRankReport}, which obtains its {@link IptJson}, ranking
 * policy and focus selector inside the partition function, so that the function captures nothing
 * that Spark would have to serialize, and returns plain {@link CourseFacts} rows that Spark SQL
 * can group and count: a model value, though {@link java.io.Serializable}, would be one opaque
 * column, checked again by its builders whenever Spark reads it back.
 *
 * <pre>
 * java [Spark's --add-opens list] -cp CLASSPATH org.iptmodel.json.spark.CourseDatasetJob FILE [MASTER]
 * </pre>
 *
 * MASTER defaults to {@code local[2]}. The build's {@code spark} profile writes the dataset with
 * {@link CourseDatasetGenerator} and runs this job (README, "Datasets and Spark").
 */
public final class CourseDatasetJob {
    private static final Instrument PHQ9 = Instrument.phq9();

    private CourseDatasetJob() {
    }

    /**
     * Runs the job.
     *
     * @param args the dataset's file, then optionally the Spark master
     */
    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: CourseDatasetJob FILE [MASTER]");
            System.exit(2);
        }
        String path = args[0];
        String master = args.length > 1 ? args[1] : "local[2]";
        String load = loadAverage();
        long started = System.nanoTime();
        SparkSession spark = SparkSession.builder()
                .appName("iptmodel-course-dataset")
                .master(master)
                .config("spark.ui.enabled", "false")                // no web UI, no port opened for it
                .config("spark.driver.host", "127.0.0.1")           // the driver listens on loopback only
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")        // a few groups: few shuffle tasks
                .config("spark.sql.files.maxPartitionBytes", String.valueOf(32L << 20))
                .getOrCreate();
        long ready = System.nanoTime();
        Summary summary;
        try {
            summary = run(spark, path);
        } finally {
            spark.stop();
        }
        long stopped = System.nanoTime();
        summary.print();
        double job = (stopped - started) / 1e9;
        double work = (summary.finished - ready) / 1e9;
        System.out.printf("times: Spark's start %.1f s, the pass that reads, ranks and reports %.1f s, the aggregates"
                + " %.1f s, Spark's stop %.1f s%n", (ready - started) / 1e9, (summary.parsed - ready) / 1e9,
                (summary.finished - summary.parsed) / 1e9, (stopped - summary.finished) / 1e9);
        System.out.printf("courses per second: %,.0f (%,d courses in %.1f s of job wall time, Spark's start and"
                + " stop included; %,.0f per second over the %.1f s from reading to the last aggregate)%n",
                summary.courses / job, summary.courses, job, summary.courses / work, work);
        System.out.printf("machine: %s, %d processors (nproc), Java %s (%s), master %s, max heap %,d MB,"
                + " load average before the job %s%n", cpuModel(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), master,
                Runtime.getRuntime().maxMemory() >> 20, load);
    }

    /** Reads, parses, ranks, reports and aggregates; returns the figures. */
    static Summary run(SparkSession spark, String path) {
        Dataset<String> lines = spark.read().textFile(path);
        Dataset<CourseFacts> facts = lines
                .mapPartitions(new ReadRankReport(), Encoders.bean(CourseFacts.class))
                .persist(StorageLevel.MEMORY_ONLY());
        Summary summary = new Summary();
        summary.partitions = lines.javaRDD().getNumPartitions();
        summary.lines = facts.count();
        summary.parsed = System.nanoTime();
        Dataset<CourseFacts> courses = facts.filter(col("bad").equalTo(false));
        summary.courses = courses.count();
        summary.byProtocol = counts(courses.groupBy("protocol").count().orderBy(asc("protocol")));
        summary.byStatus = counts(courses.groupBy("status").count().orderBy(asc("status")));
        summary.byFocus = counts(courses.filter(col("primaryFocus").isNotNull())
                .groupBy("primaryFocus").count().orderBy(desc("count"), asc("primaryFocus")));
        summary.byResponse = counts(courses.filter(col("phq9ResponseClass").isNotNull())
                .groupBy("phq9ResponseClass").count().orderBy(asc("phq9ResponseClass")));
        summary.withSafetyFlags = courses.filter(col("safetyFlags").gt(0)).count();
        summary.adherent = courses.filter(col("adherent")).count();
        summary.badLines = counts(facts.filter(col("bad")).groupBy("problemKind").count().orderBy(asc("problemKind")));
        summary.finished = System.nanoTime();
        facts.unpersist();
        return summary;
    }

    private static Map<String, Long> counts(Dataset<Row> grouped) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Row row : grouped.collectAsList()) {
            counts.put(String.valueOf(row.get(0)), row.getLong(1));
        }
        return counts;
    }

    /** The 1-, 5- and 15-minute load averages: on a shared machine, other work slows the job. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields.length >= 3 ? String.join(" ", fields[0], fields[1], fields[2]) : "unknown";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("CPU model unknown");
        } catch (IOException | RuntimeException e) {
            return "CPU model unknown";
        }
    }

    /**
     * The partition function: each line read strictly, ranked, its focus selected and reported on,
     * as one {@link CourseFacts}. Blank lines are skipped, as {@code readLines} skips them. The
     * reader, policy and selector are obtained here, per partition: the function holds no field,
     * so Spark serializes nothing of ipt-json or ipt-core with it.
     */
    static final class ReadRankReport implements MapPartitionsFunction<String, CourseFacts> {
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<CourseFacts> call(Iterator<String> lines) {
            IptJson json = IptJson.strict();
            RankingPolicy policy = RankingPolicy.clinicalDefault();
            FocusSelector selector = FocusSelector.standard();
            Spliterator<String> split = Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED);
            return StreamSupport.stream(split, false)
                    .filter(line -> !line.isBlank())
                    .map(line -> facts(json, policy, selector, line))
                    .iterator();
        }

        static CourseFacts facts(IptJson json, RankingPolicy policy, FocusSelector selector, String line) {
            Course course;
            try {
                course = json.course().read(line);
            } catch (IptJsonException e) {
                // The problems' kinds only: a message never quotes the input, but the job keeps less.
                return CourseFacts.badLine(e.problems().isEmpty() ? "UNKNOWN" : e.problems().get(0).kind().name());
            }
            Optional<FocusSelection> selection = selector.select(policy.rank(course));
            AdherenceReport adherence = AdherenceReport.of(course);
            Optional<ResponseClass> response = OutcomeReport.of(course).outcome(PHQ9)
                    .flatMap(InstrumentOutcome::responseClass);
            CourseFacts facts = new CourseFacts();
            facts.setProtocol(course.protocol().id());
            facts.setStatus(course.status().name());
            facts.setSessions(course.sessions().size());
            facts.setPrimaryFocus(selection.map(s -> s.focus().primary().name()).orElse(null));
            facts.setPhq9ResponseClass(response.map(Enum::name).orElse(null));
            facts.setSafetyFlags(adherence.safetyFlags().size());
            facts.setAdherent(adherence.isAdherent());
            facts.setDeviations(adherence.deviations().size());
            return facts;
        }
    }

    /** The job's figures: counts and enum names, nothing of a course's text. */
    static final class Summary {
        int partitions;
        long lines;
        long courses;
        Map<String, Long> byProtocol;
        Map<String, Long> byStatus;
        Map<String, Long> byFocus;
        Map<String, Long> byResponse;
        long withSafetyFlags;
        long adherent;
        Map<String, Long> badLines;
        long parsed;
        long finished;

        void print() {
            System.out.printf("lines read: %,d in %d partitions: %,d courses, %,d bad lines%n", lines, partitions,
                    courses, lines - courses);
            System.out.println("courses by protocol: " + byProtocol);
            System.out.println("courses by status: " + byStatus);
            long focused = byFocus.values().stream().mapToLong(Long::longValue).sum();
            if (!byFocus.isEmpty()) {
                Map.Entry<String, Long> top = byFocus.entrySet().iterator().next();    // ordered by count
                System.out.printf("most frequent primary focus: %s, %,d of %,d courses with a focus selected (%s)%n",
                        top.getKey(), top.getValue(), focused, percent(top.getValue(), focused));
            }
            System.out.println("primary focus selected from the ranking: " + byFocus);
            long remission = byResponse.getOrDefault(ResponseClass.REMISSION.name(), 0L);
            long response = remission + byResponse.getOrDefault(ResponseClass.RESPONSE.name(), 0L);
            long graded = byResponse.entrySet().stream()
                    .filter(e -> !e.getKey().equals(ResponseClass.BASELINE_NOT_DEPRESSED.name()))
                    .mapToLong(Map.Entry::getValue).sum();
            System.out.println("PHQ-9 response classes: " + byResponse);
            System.out.printf("PHQ-9 response rate: %s (%,d of %,d graded courses, remission included);"
                    + " remission rate: %s (%,d of %,d)%n", percent(response, graded), response, graded,
                    percent(remission, graded), remission, graded);
            System.out.printf("courses with safety flags: %,d of %,d (%s)%n", withSafetyFlags, courses,
                    percent(withSafetyFlags, courses));
            System.out.printf("adherent courses (no deviation): %,d of %,d (%s)%n", adherent, courses,
                    percent(adherent, courses));
            System.out.println("bad lines by kind of first problem: " + badLines);
        }

        private static String percent(long part, long whole) {
            return whole == 0 ? "n/a" : String.format("%.1f %%", 100.0 * part / whole);
        }
    }
}
