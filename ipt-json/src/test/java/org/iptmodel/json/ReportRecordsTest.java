package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iptmodel.core.Severity;
import org.iptmodel.core.Verification;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.Deviation;
import org.iptmodel.core.report.DeviationCode;
import org.iptmodel.core.report.InstrumentOutcome;
import org.iptmodel.core.report.OutcomeReport;
import org.iptmodel.core.report.ReportSeverity;
import org.iptmodel.core.report.ResponseClass;
import org.iptmodel.core.report.ScorePoint;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reports are read as records: each compatibility fixture reads strictly as exactly the
 * deviations (code, severity, sessions, message), scores (with their severities) and response
 * classes it holds; a document whose recorded grades are not those of this release reads as
 * recorded, and only {@code verify()} reports the difference.
 */
class ReportRecordsTest {
    private static final List<String> PROTOCOLS = List.of("ipc", "ipt-a", "ipt-brief", "ipt-g-depression", "ipt-g",
            "ipt-m", "ipt-standard");
    private static final DocumentCodec<AdherenceReport> ADHERENCE = IptJson.strict().adherence();
    private static final DocumentCodec<OutcomeReport> OUTCOMES = IptJson.strict().outcomes();

    private static JsonNode fixture(String kind, String protocol) {
        return Mutator.MAPPER.readTree(CompatibilityFixturesTest.bytes(kind + "-" + protocol + ".json"));
    }

    private static <E extends Enum<E>> E spelled(Class<E> type, JsonNode node) {
        return Enum.valueOf(type, node.asString().toUpperCase(Locale.ROOT));
    }

    private static String json(JsonNode tree) {
        return Mutator.MAPPER.writeValueAsString(tree);
    }

    /** The deviations a document lists, read from its tree without the library's reader. */
    private static List<Deviation> deviationsOf(JsonNode document) {
        List<Deviation> deviations = new ArrayList<>();
        for (JsonNode d : document.path("deviations")) {
            List<Integer> sessions = new ArrayList<>();
            d.path("sessions").forEach(n -> sessions.add(n.asInt()));
            deviations.add(new Deviation(spelled(DeviationCode.class, d.get("code")),
                    spelled(ReportSeverity.class, d.get("severity")), sessions, d.get("message").asString()));
        }
        return deviations;
    }

    private static void assertAdherenceAsRecorded(JsonNode document, AdherenceReport read) {
        assertThat(read.deviations()).isEqualTo(deviationsOf(document));
        assertThat(read.isAdherent()).isEqualTo(document.get("adherent").asBoolean());
        assertThat(read.safetyFlags()).hasSize(document.path("safety_flags").size());
        assertThat(read.safetyNotices()).hasSize(document.path("safety_notices").size());
    }

    private static void assertOutcomesAsRecorded(JsonNode document, OutcomeReport read) {
        JsonNode outcomes = document.path("outcomes");
        assertThat(read.outcomes()).hasSize(outcomes.size());
        for (int i = 0; i < outcomes.size(); i++) {
            JsonNode o = outcomes.get(i);
            InstrumentOutcome outcome = read.outcomes().get(i);
            JsonNode instrument = o.get("instrument");
            assertThat(outcome.instrument().code())
                    .isEqualTo(instrument.isString() ? instrument.asString() : instrument.get("code").asString());
            List<ScorePoint> points = new ArrayList<>();
            for (JsonNode s : o.get("scores")) {
                points.add(new ScorePoint(s.get("session").asInt(), LocalDate.parse(s.get("date").asString()),
                        s.get("total").asInt(), spelled(Severity.class, s.get("severity"))));
            }
            assertThat(outcome.points()).isEqualTo(points);
            assertThat(outcome.responseClass()).isEqualTo(o.has("response_class")
                    ? Optional.of(spelled(ResponseClass.class, o.get("response_class"))) : Optional.empty());
        }
        assertThat(read.safetyFlags()).hasSize(document.path("safety_flags").size());
        assertThat(read.concurrentTreatments()).hasSize(document.path("concurrent_treatments").size());
    }

    @Example
    void every_compatibility_fixture_reads_strictly_as_what_it_records() {
        for (String protocol : PROTOCOLS) {
            JsonNode adherence = fixture("adherence", protocol);
            assertAdherenceAsRecorded(adherence, ADHERENCE.read(json(adherence)));
            JsonNode outcomes = fixture("outcomes", protocol);
            assertOutcomesAsRecorded(outcomes, OUTCOMES.read(json(outcomes)));
        }
    }

    @Example
    void fixtures_whose_grades_are_not_this_releases_read_as_recorded_and_verify_reports_them() {
        int regraded = 0;
        for (String protocol : PROTOCOLS) {
            ObjectNode adherence = (ObjectNode) fixture("adherence", protocol);
            int last = adherence.path("deviations").size() - 1;
            if (last >= 0 && !adherence.at("/deviations/" + last + "/severity").asString().equals("info")) {
                ((ObjectNode) adherence.at("/deviations/" + last)).put("severity", "info");
                AdherenceReport read = ADHERENCE.read(json(adherence));
                assertAdherenceAsRecorded(adherence, read);
                assertThat(read.verify().discrepancies()).extracting(Verification.Discrepancy::path)
                        .containsExactly("deviations[" + last + "].severity");
                regraded++;
            }
            ObjectNode outcomes = (ObjectNode) fixture("outcomes", protocol);
            if (outcomes.path("outcomes").isEmpty()) {
                continue;
            }
            ObjectNode score = (ObjectNode) outcomes.at("/outcomes/0/scores/0");
            score.put("severity", score.get("severity").asString().equals("severe") ? "minimal" : "severe");
            List<String> expected = new ArrayList<>(List.of("outcomes[0].points[0].severity"));
            ObjectNode outcome = (ObjectNode) outcomes.at("/outcomes/0");
            if (outcome.has("response_class")) {
                outcome.put("response_class",
                        outcome.get("response_class").asString().equals("worsening") ? "remission" : "worsening");
                expected.add("outcomes[0].responseClass");
            }
            OutcomeReport read = OUTCOMES.read(json(outcomes));
            assertOutcomesAsRecorded(outcomes, read);
            assertThat(read.verify().discrepancies()).extracting(Verification.Discrepancy::path)
                    .containsExactlyElementsOf(expected);
            assertThat(OUTCOMES.read(OUTCOMES.write(read))).isEqualTo(read);
            regraded++;
        }
        assertThat(regraded).isGreaterThan(PROTOCOLS.size());
    }

    @Example
    void the_golden_reports_of_this_version_are_what_the_rules_give() {
        for (String protocol : PROTOCOLS) {
            assertThat(ADHERENCE.read(Golden.text("adherence-" + protocol + ".json")).verify().isConfirmed())
                    .as(protocol).isTrue();
            assertThat(OUTCOMES.read(Golden.text("outcomes-" + protocol + ".json")).verify().isConfirmed())
                    .as(protocol).isTrue();
        }
    }

    @Provide
    Arbitrary<AdherenceReport> recordedAdherence() {
        return IptArbitraries.recordedAdherenceReports();
    }

    @Provide
    Arbitrary<OutcomeReport> recordedOutcomes() {
        return IptArbitraries.recordedOutcomeReports();
    }

    @Property(tries = 100)
    void an_adherence_report_graded_otherwise_reads_back_equal(@ForAll("recordedAdherence") AdherenceReport report) {
        AdherenceReport back = ADHERENCE.read(ADHERENCE.write(report));

        assertThat(back).isEqualTo(report);
        assertThat(back.verify()).isEqualTo(report.verify());
        assertThat(back.verify().isConfirmed()).isFalse();
    }

    @Property(tries = 100)
    void an_outcome_report_graded_otherwise_reads_back_equal(@ForAll("recordedOutcomes") OutcomeReport report) {
        OutcomeReport back = OUTCOMES.read(OUTCOMES.write(report));

        assertThat(back).isEqualTo(report);
        assertThat(back.verify()).isEqualTo(report.verify());
        assertThat(back.verify().isConfirmed()).isFalse();
    }
}
