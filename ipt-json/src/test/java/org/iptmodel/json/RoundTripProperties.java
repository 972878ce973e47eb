package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.iptmodel.core.Course;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.plan.Schedule;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.OutcomeReport;
import org.iptmodel.core.report.ResponseClass;

/**
 * For generated values of every document type: reading what was written gives the value back,
 * through every input and output type; writing is deterministic; what is written is valid by the
 * document's JSON Schema. A new document type adds its three properties here, calling the same
 * helpers.
 */
class RoundTripProperties {
    private static final IptJson STRICT = IptJson.strict();
    private static final IptJson PRETTY = IptJson.strict().withPrettyPrinting(true);

    @Provide
    Arbitrary<Course> courses() {
        return Generators.courses();
    }

    @Provide
    Arbitrary<Protocol> protocols() {
        return Generators.protocols();
    }

    @Property
    void a_course_reads_back(@ForAll("courses") Course course) {
        assertReadsBack(Documents.COURSE, course);
        boolean custom = course.sessions().stream().flatMap(s -> s.measurements().stream())
                .map(m -> m.instrument()).anyMatch(i -> !Instrument.catalogue().contains(i) && !i.references().isEmpty());
        Statistics.label("custom instrument with references").collect(custom)
                .coverage(c -> c.check(true).count(n -> n > 0));
    }

    @Property
    void writing_a_course_is_deterministic(@ForAll("courses") Course course) {
        assertDeterministic(Documents.COURSE, course);
    }

    @Property(tries = 100)
    void every_course_written_is_valid_by_the_schema(@ForAll("courses") Course course) {
        assertValidBySchema(Documents.COURSE, course);
    }

    @Property
    void a_protocol_reads_back(@ForAll("protocols") Protocol protocol) {
        assertReadsBack(Documents.PROTOCOL, protocol);
    }

    @Property
    void writing_a_protocol_is_deterministic(@ForAll("protocols") Protocol protocol) {
        assertDeterministic(Documents.PROTOCOL, protocol);
    }

    @Property(tries = 100)
    void every_protocol_written_is_valid_by_the_schema(@ForAll("protocols") Protocol protocol) {
        assertValidBySchema(Documents.PROTOCOL, protocol);
    }

    @Provide
    Arbitrary<Ranking> rankings() {
        return Generators.rankings();
    }

    @Provide
    Arbitrary<Schedule> schedules() {
        return Generators.schedules();
    }

    @Provide
    Arbitrary<AdherenceReport> adherenceReports() {
        return Generators.adherenceReports();
    }

    @Provide
    Arbitrary<OutcomeReport> outcomeReports() {
        return Generators.outcomeReports();
    }

    @Property(tries = 100)
    void a_ranking_reads_back(@ForAll("rankings") Ranking ranking) {
        assertReadsBack(Documents.RANKING, ranking);
    }

    @Property(tries = 100)
    void writing_a_ranking_is_deterministic(@ForAll("rankings") Ranking ranking) {
        assertDeterministic(Documents.RANKING, ranking);
    }

    @Property(tries = 50)
    void every_ranking_written_is_valid_by_the_schema(@ForAll("rankings") Ranking ranking) {
        assertValidBySchema(Documents.RANKING, ranking);
    }

    @Property(tries = 100)
    void a_schedule_reads_back(@ForAll("schedules") Schedule schedule) {
        assertReadsBack(Documents.SCHEDULE, schedule);
    }

    @Property(tries = 100)
    void writing_a_schedule_is_deterministic(@ForAll("schedules") Schedule schedule) {
        assertDeterministic(Documents.SCHEDULE, schedule);
    }

    @Property(tries = 50)
    void every_schedule_written_is_valid_by_the_schema(@ForAll("schedules") Schedule schedule) {
        assertValidBySchema(Documents.SCHEDULE, schedule);
    }

    @Property(tries = 100)
    void an_adherence_report_reads_back(@ForAll("adherenceReports") AdherenceReport report) {
        assertReadsBack(Documents.ADHERENCE, report);
    }

    @Property(tries = 100)
    void writing_an_adherence_report_is_deterministic(@ForAll("adherenceReports") AdherenceReport report) {
        assertDeterministic(Documents.ADHERENCE, report);
    }

    @Property(tries = 50)
    void every_adherence_report_written_is_valid_by_the_schema(@ForAll("adherenceReports") AdherenceReport report) {
        assertValidBySchema(Documents.ADHERENCE, report);
    }

    @Property(tries = 100)
    void an_outcome_report_reads_back(@ForAll("outcomeReports") OutcomeReport report) {
        assertReadsBack(Documents.OUTCOMES, report);
        Statistics.label("safety notices").collect(!report.safetyNotices().isEmpty())
                .coverage(c -> c.check(true).count(n -> n > 0));
        Statistics.label("concurrent treatments").collect(!report.concurrentTreatments().isEmpty())
                .coverage(c -> c.check(true).count(n -> n > 0));
        Statistics.label("baseline not depressed").collect(report.outcomes().stream()
                .anyMatch(o -> o.responseClass().equals(Optional.of(ResponseClass.BASELINE_NOT_DEPRESSED))))
                .coverage(c -> c.check(true).count(n -> n > 0));
        Statistics.label("depressed range of the criteria's own").collect(report.outcomes().stream()
                .anyMatch(o -> report.criteria().depressedMin(o.instrument()) != o.instrument().depressedMin()))
                .coverage(c -> c.check(true).count(n -> n > 0));
    }

    @Property(tries = 100)
    void writing_an_outcome_report_is_deterministic(@ForAll("outcomeReports") OutcomeReport report) {
        assertDeterministic(Documents.OUTCOMES, report);
    }

    @Property(tries = 50)
    void every_outcome_report_written_is_valid_by_the_schema(@ForAll("outcomeReports") OutcomeReport report) {
        assertValidBySchema(Documents.OUTCOMES, report);
    }

    /** {@code read(write(x)).equals(x)} for text, bytes, streams, readers and writers, compact and pretty. */
    static <T> void assertReadsBack(Document<T> document, T value) {
        DocumentCodec<T> codec = STRICT.codec(document);
        DocumentCodec<T> pretty = PRETTY.codec(document);
        assertThat(codec.read(codec.write(value))).isEqualTo(value);
        assertThat(codec.read(pretty.write(value))).isEqualTo(value);
        assertThat(codec.read(codec.writeBytes(value))).isEqualTo(value);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        pretty.write(value, bytes);
        assertThat(codec.read(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(value);
        StringWriter text = new StringWriter();
        codec.write(value, text);
        assertThat(codec.read(new StringReader(text.toString()))).isEqualTo(value);
    }

    /** Equal values give equal text and bytes, compact and pretty, also after a round trip. */
    static <T> void assertDeterministic(Document<T> document, T value) {
        DocumentCodec<T> codec = STRICT.codec(document);
        DocumentCodec<T> pretty = PRETTY.codec(document);
        String once = codec.write(value);
        assertThat(codec.write(value)).isEqualTo(once);
        assertThat(codec.write(codec.read(once))).isEqualTo(once);
        assertThat(new String(codec.writeBytes(value), StandardCharsets.UTF_8)).isEqualTo(once);
        String prettyOnce = pretty.write(value);
        assertThat(pretty.write(pretty.read(prettyOnce))).isEqualTo(prettyOnce);
        assertThat(pretty.writeBytes(value)).isEqualTo(prettyOnce.getBytes(StandardCharsets.UTF_8));
    }

    /** What the writer writes, compact or pretty, has no error by the document's schema. */
    static <T> void assertValidBySchema(Document<T> document, T value) {
        assertThat(Schemas.errors(document, STRICT.codec(document).write(value))).isEmpty();
        assertThat(Schemas.errors(document, PRETTY.codec(document).write(value))).isEmpty();
    }
}
