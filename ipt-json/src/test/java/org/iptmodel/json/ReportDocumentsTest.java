package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.OutcomeReport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The report documents: written only, with the safety flags first, and holding no free text of
 * the course.
 */
class ReportDocumentsTest {

    @Test
    void reports_have_a_writer_and_no_reader() {
        DocumentWriter<AdherenceReport> adherence = IptJson.strict().adherence();
        DocumentWriter<OutcomeReport> outcomes = IptJson.strict().outcomes();
        assertThat(adherence.isReadable()).isFalse();
        assertThat(adherence).isNotInstanceOf(DocumentCodec.class);
        assertThat(outcomes.isReadable()).isFalse();
        assertThat(adherence.name()).isEqualTo("iptmodel/adherence");
        assertThat(outcomes.name()).isEqualTo("iptmodel/outcomes");
        assertThat(adherence.schema()).contains("\"$id\": \"https://iptmodel.github.io/schema/adherence-v1.schema.json\"");
        assertThat(IptJson.strict().course().isReadable()).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> IptJson.strict().codec(Documents.ADHERENCE));
    }

    @Test
    void safety_flags_come_before_the_deviations_and_the_outcomes() {
        AdherenceReport adherence = DocumentSamples.adherence(Protocol.counselling());
        String json = IptJson.strict().adherence().write(adherence);
        assertThat(json).startsWith("{\"schema\":\"iptmodel/adherence\",\"version\":1,\"adherent\":false,"
                + "\"safety_flags\":[{\"session\":1,");
        assertThat(json.indexOf("\"safety_flags\"")).isLessThan(json.indexOf("\"deviations\""));
        String outcomes = IptJson.strict().outcomes().write(DocumentSamples.outcomes(Protocol.counselling()));
        assertThat(outcomes.indexOf("\"safety_flags\"")).isLessThan(outcomes.indexOf("\"outcomes\""));
    }

    @Test
    void a_deviation_holds_its_code_severity_sessions_message_and_source() {
        JsonNode deviation = Mutator.MAPPER.readTree(IptJson.strict().adherence()
                .write(DocumentSamples.adherence(Protocol.group()))).at("/deviations/0");
        assertThat(deviation.get("code").asString()).isEqualTo("termination_not_announced_in_time");
        assertThat(deviation.get("severity").asString()).isEqualTo("warning");
        assertThat(deviation.get("sessions").toString()).isEqualTo("[17,20]");
        assertThat(deviation.get("source").asString()).startsWith("DOMAIN §2");
    }

    @Test
    void an_adherent_report_without_flags_is_the_header_and_adherent() {
        AdherenceReport report = AdherenceReport.of(Samples.small().withSessions());
        assertThat(IptJson.strict().adherence().write(report))
                .isEqualTo("{\"schema\":\"iptmodel/adherence\",\"version\":1,\"adherent\":true}");
    }

    @Test
    void reports_write_to_every_target_and_as_lines() {
        DocumentWriter<OutcomeReport> writer = IptJson.strict().outcomes();
        OutcomeReport report = DocumentSamples.outcomes(Protocol.standard());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(writer.write(report));
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        try (LineWriter<OutcomeReport> line = writer.lineWriter(lines)) {
            line.write(report);
            line.write(report);
        }
        assertThat(lines.toString(StandardCharsets.UTF_8)).isEqualTo(writer.write(report) + "\n"
                + writer.write(report) + "\n");
    }
}
