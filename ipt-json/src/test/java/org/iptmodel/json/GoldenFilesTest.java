package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.iptmodel.core.Course;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonGenerator;

/**
 * The golden files pin format version 1: one full course per protocol of the catalogue, each
 * protocol, the catalogue instruments that codes stand for, and the ranking, schedule and reports
 * of each sample course. They are read to the expected values and written back byte for byte.
 * The format is unreleased: until the first release, version 1 may change, and these files are
 * regenerated with it. From the first release on they must never be regenerated: a change of the
 * format is then a new version with new files.
 */
class GoldenFilesTest {
    private static final IptJson PRETTY = IptJson.strict().withPrettyPrinting(true);

    static Stream<Protocol> catalogue() {
        return Protocol.catalogue().stream();
    }

    @ParameterizedTest
    @MethodSource("catalogue")
    void the_course_file_of_each_protocol_reads_as_its_sample(Protocol protocol) {
        byte[] golden = Golden.bytes("course-" + protocol.id() + ".json");
        Course read = IptJson.strict().course().read(golden);
        assertThat(read).isEqualTo(Samples.course(protocol));
        assertThat(read.protocol()).isEqualTo(protocol);
    }

    @ParameterizedTest
    @MethodSource("catalogue")
    void the_course_of_each_protocol_is_written_byte_for_byte_as_its_file(Protocol protocol) {
        byte[] golden = Golden.bytes("course-" + protocol.id() + ".json");
        assertThat(PRETTY.course().writeBytes(Samples.course(protocol))).isEqualTo(golden);
        assertThat(PRETTY.course().writeBytes(PRETTY.course().read(golden))).isEqualTo(golden);
        assertThat(PRETTY.course().write(PRETTY.course().read(golden)).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(golden);
    }

    @ParameterizedTest
    @MethodSource("catalogue")
    void the_course_files_are_valid_by_the_schema(Protocol protocol) {
        assertThat(Schemas.errors(Documents.COURSE, Golden.text("course-" + protocol.id() + ".json"))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("catalogue")
    void the_protocol_files_read_and_write_byte_for_byte(Protocol protocol) {
        byte[] golden = Golden.bytes("protocol-" + protocol.id() + ".json");
        assertThat(PRETTY.protocol().read(golden)).isEqualTo(protocol);
        assertThat(PRETTY.protocol().writeBytes(protocol)).isEqualTo(golden);
        assertThat(Schemas.errors(Documents.PROTOCOL, Golden.text("protocol-" + protocol.id() + ".json"))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("catalogue")
    void the_ranking_file_of_each_protocol_reads_as_its_sample_and_writes_byte_for_byte(Protocol protocol) {
        assertReadsAndWritesByteForByte(Documents.RANKING, "ranking-" + protocol.id() + ".json",
                DocumentSamples.ranking(protocol));
    }

    @Test
    void the_ranking_file_with_flags_and_a_tie_reads_as_its_sample_and_writes_byte_for_byte() {
        assertReadsAndWritesByteForByte(Documents.RANKING, "ranking-flags.json", DocumentSamples.rankingWithFlags());
    }

    @ParameterizedTest
    @MethodSource("catalogue")
    void the_schedule_file_of_each_protocol_reads_as_its_sample_and_writes_byte_for_byte(Protocol protocol) {
        assertReadsAndWritesByteForByte(Documents.SCHEDULE, "schedule-" + protocol.id() + ".json",
                DocumentSamples.schedule(protocol));
    }

    /**
     * The report files pin the format of the reports, and also the model's sentences they hold
     * (messages, sources): a change of those sentences in the model changes these files without
     * changing the format.
     */
    @ParameterizedTest
    @MethodSource("catalogue")
    void the_report_files_of_each_protocol_read_as_their_samples_and_write_byte_for_byte(Protocol protocol) {
        assertReadsAndWritesByteForByte(Documents.ADHERENCE, "adherence-" + protocol.id() + ".json",
                DocumentSamples.adherence(protocol));
        assertReadsAndWritesByteForByte(Documents.OUTCOMES, "outcomes-" + protocol.id() + ".json",
                DocumentSamples.outcomes(protocol));
    }

    private static <T> void assertReadsAndWritesByteForByte(Document<T> document, String file, T value) {
        byte[] golden = Golden.bytes(file);
        DocumentCodec<T> codec = PRETTY.codec(document);
        assertThat(codec.read(golden)).isEqualTo(value);
        assertThat(IptJson.strict().codec(document).read(Golden.text(file))).isEqualTo(value);
        assertWrittenByteForByte(document, file, value);
        assertThat(codec.writeBytes(codec.read(golden))).isEqualTo(golden);
    }

    private static <T> void assertWrittenByteForByte(Document<T> document, String file, T value) {
        assertThat(PRETTY.codec(document).writeBytes(value)).isEqualTo(Golden.bytes(file));
        assertThat(Schemas.errors(document, Golden.text(file))).isEmpty();
    }

    @Test
    void the_document_files_hold_every_property_of_their_documents() {
        Map<List<ObjectFormat<?, ?>>, String> files = Map.of(
                List.of(RankingFormats.RANKING, RankingFormats.POLICY, RankingFormats.CONTEXT, RankingFormats.ENTRY,
                        RankingFormats.FLAG), "ranking-",
                List.of(ScheduleFormats.SCHEDULE, ScheduleFormats.PLANNED_SESSION), "schedule-",
                List.of(ReportFormats.ADHERENCE, ReportFormats.SAFETY_FLAG, ReportFormats.SAFETY_NOTICE,
                        ReportFormats.DEVIATION), "adherence-",
                List.of(ReportFormats.OUTCOMES, ReportFormats.CRITERIA, ReportFormats.OUTCOME, ReportFormats.SCORE,
                        ReportFormats.SAFETY_FLAG, ReportFormats.SAFETY_NOTICE, ReportFormats.STARTED_TREATMENT),
                "outcomes-");
        files.forEach((formats, prefix) -> {
            String all = Stream.concat(catalogue().map(p -> prefix + p.id() + ".json"), Stream.of("ranking-flags.json"))
                    .filter(f -> f.startsWith(prefix)).map(Golden::text).reduce("", String::concat);
            for (ObjectFormat<?, ?> format : formats) {
                assertThat(format.props()).allSatisfy(prop -> assertThat(all).as(prefix + prop.json)
                        .contains("\"" + prop.json + "\":"));
            }
        });
    }

    @Test
    void the_samples_hold_every_optional_part_of_the_model() {
        String all = catalogue().map(p -> Golden.text("course-" + p.id() + ".json"))
                .reduce("", String::concat);
        assertThat(everyProp()).allSatisfy(prop -> assertThat(all).as(prop.json).contains("\"" + prop.json + "\":"));
    }

    private static java.util.List<Prop<?, ?, ?>> everyProp() {
        java.util.List<Prop<?, ?, ?>> props = new java.util.ArrayList<>();
        for (ObjectFormat<?, ?> format : java.util.List.of(ModelFormats.COURSE, ModelFormats.PROTOCOL,
                ModelFormats.CONTRACT, ModelFormats.AMENDMENT, ModelFormats.FOCUS, ModelFormats.INVENTORY,
                ModelFormats.PERSON, ModelFormats.ISSUE, ModelFormats.FORMULATION, ModelFormats.SICK_ROLE,
                ModelFormats.SESSION, ModelFormats.MEASUREMENT, ModelFormats.INSTRUMENT, ModelFormats.BAND,
                ModelFormats.TREATMENT, ModelFormats.TERMINATION, ModelFormats.DISCONTINUATION, ModelFormats.RANGE)) {
            props.addAll(format.props());
        }
        return props;
    }

    /**
     * The catalogue instruments, written in full. A course refers to them by code; if the
     * model's catalogue data changed, documents of version 1 would change meaning, so this test
     * fails and, once the format is released, the change needs a new format version.
     */
    @Test
    void the_catalogue_instruments_are_those_of_format_version_1() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new IptJsonModule().newMapper().writer().with(new IptPrettyPrinter()).createGenerator(out)) {
            g.writeStartArray();
            for (Instrument instrument : Instrument.catalogue()) {
                ModelFormats.INSTRUMENT.write(g, instrument);
            }
            g.writeEndArray();
        }
        assertThat(out + "\n").isEqualTo(Golden.text("catalogue-instruments-v1.json"));
    }
}
