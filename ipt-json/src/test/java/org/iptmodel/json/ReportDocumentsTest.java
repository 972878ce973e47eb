package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Verification;
import org.iptmodel.core.TreatmentKind;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.Deviation;
import org.iptmodel.core.report.DeviationCode;
import org.iptmodel.core.report.InstrumentOutcome;
import org.iptmodel.core.report.OutcomeCriteria;
import org.iptmodel.core.report.OutcomeReport;
import org.iptmodel.core.report.ReportSeverity;
import org.iptmodel.core.report.ResponseClass;
import org.iptmodel.core.report.SafetyFlag;
import org.iptmodel.core.report.SafetyNotice;
import org.iptmodel.core.report.StartedTreatment;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report documents: read back as what they record through the model's factories, with the
 * safety section first, and holding no free text of the course; {@code verify()} compares what
 * they record with the rules.
 */
class ReportDocumentsTest {
    private static final IptJson STRICT = IptJson.strict();

    @Test
    void reports_have_a_codec() {
        DocumentCodec<AdherenceReport> adherence = STRICT.adherence();
        DocumentCodec<OutcomeReport> outcomes = STRICT.outcomes();
        assertThat(adherence.name()).isEqualTo("iptmodel/adherence");
        assertThat(outcomes.name()).isEqualTo("iptmodel/outcomes");
        assertThat(adherence.schema()).contains("\"$id\": \"https://iptmodel.github.io/schema/adherence-v1.schema.json\"");
        AdherenceReport report = DocumentSamples.adherence(Protocol.counselling());
        assertThat(adherence.read(adherence.write(report))).isEqualTo(report);
    }

    /** Reads a document edited as a tree and returns its problems. */
    private static <T> List<JsonProblem> problems(DocumentCodec<T> codec, T value, Consumer<ObjectNode> edit) {
        ObjectNode tree = (ObjectNode) Mutator.MAPPER.readTree(codec.write(value));
        edit.accept(tree);
        String json = Mutator.MAPPER.writeValueAsString(tree);
        IptJsonException e = catchThrowableOfType(IptJsonException.class, () -> codec.read(json));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.getMessage()).doesNotContain("Zq");
        return e.problems();
    }

    private static void assertProblem(List<JsonProblem> problems, String pointer, ModelRule rule) {
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.INVALID_VALUE);
            assertThat(p.pointer()).isEqualTo(pointer);
            assertThat(p.rule()).isEqualTo(Optional.ofNullable(rule));
        });
    }

    @Test
    void deviations_out_of_the_reports_order_are_refused_at_the_later_one() {
        AdherenceReport report = DocumentSamples.adherence(Protocol.maintenance());
        assertThat(report.deviations()).extracting(Deviation::code).startsWith(
                DeviationCode.FOCAL_AREAS_ABOVE_PROTOCOL, DeviationCode.DEFICITS_WHILE_OTHER_AREA_PRESENT);
        List<JsonProblem> problems = problems(STRICT.adherence(), report, tree -> {
            ArrayNode deviations = (ArrayNode) tree.get("deviations");
            deviations.add(deviations.remove(0));
        });
        assertProblem(problems, "/deviations/" + (report.deviations().size() - 1), ModelRule.REPORT_ORDER);
        assertThat(problems).hasSize(1);
    }

    @Test
    void safety_flags_out_of_session_order_are_refused() {
        AdherenceReport report = AdherenceReport.of(List.of(new SafetyFlag(2, "phq-9", 9, 1),
                new SafetyFlag(5, "phq-9", 9, 2)), List.of());
        assertProblem(problems(STRICT.adherence(), report, tree -> {
            ArrayNode flags = (ArrayNode) tree.get("safety_flags");
            flags.add(flags.remove(0));
        }), "/safety_flags/1", ModelRule.REPORT_ORDER);
    }

    /** Reads a document edited as a tree. */
    private static <T> T read(DocumentCodec<T> codec, T value, Consumer<ObjectNode> edit) {
        ObjectNode tree = (ObjectNode) Mutator.MAPPER.readTree(codec.write(value));
        edit.accept(tree);
        return codec.read(Mutator.MAPPER.writeValueAsString(tree));
    }

    @Test
    void adherent_must_agree_with_the_deviations() {
        AdherenceReport report = DocumentSamples.adherence(Protocol.group());
        assertProblem(problems(STRICT.adherence(), report, tree -> tree.put("adherent", true)), "/adherent", null);
    }

    @Test
    void a_deviations_severity_is_read_as_recorded_and_verify_compares_it_with_its_codes() {
        AdherenceReport report = DocumentSamples.adherence(Protocol.group());
        assertThat(report.verify().isConfirmed()).isTrue();
        int last = report.deviations().size() - 1;
        Deviation deviation = report.deviations().get(last);
        assertThat(deviation.severity()).isNotEqualTo(ReportSeverity.INFO);
        // the least severe last: graded info, it keeps the report's order
        AdherenceReport read = read(STRICT.adherence(), report,
                tree -> ((ObjectNode) tree.at("/deviations/" + last)).put("severity", "info"));
        assertThat(read.deviations().get(last).severity()).isEqualTo(ReportSeverity.INFO);
        assertThat(read.deviations().get(last).code()).isEqualTo(deviation.code());
        assertThat(read.verify().discrepancies()).extracting(Verification.Discrepancy::path)
                .containsExactly("deviations[" + last + "].severity");
        assertThat(STRICT.adherence().read(STRICT.adherence().write(read))).isEqualTo(read);
        AdherenceReport absent = read(STRICT.adherence(), report,
                tree -> ((ObjectNode) tree.at("/deviations/" + last)).remove("severity"));
        assertThat(absent).isEqualTo(report);
    }

    @Test
    void the_models_sentences_of_a_flag_are_required_but_not_compared() {
        AdherenceReport report = AdherenceReport.of(List.of(new SafetyFlag(2, "phq-9", 9, 1)), List.of());
        ObjectNode tree = (ObjectNode) Mutator.MAPPER.readTree(STRICT.adherence().write(report));
        ((ObjectNode) tree.at("/safety_flags/0")).put("message", "another sentence").put("source", "elsewhere");
        assertThat(STRICT.adherence().read(Mutator.MAPPER.writeValueAsString(tree))).isEqualTo(report);
        ((ObjectNode) tree.at("/safety_flags/0")).remove("source");
        IptJsonException e = catchThrowableOfType(IptJsonException.class,
                () -> STRICT.adherence().read(Mutator.MAPPER.writeValueAsString(tree)));
        assertThat(e.problems()).extracting(JsonProblem::kind, JsonProblem::pointer)
                .containsExactly(tuple(ProblemKind.MISSING, "/safety_flags/0/source"));
    }

    @Test
    void a_flag_whose_instrument_is_not_an_instrument_code_is_refused_as_the_schema_refuses_it() {
        AdherenceReport report = AdherenceReport.of(List.of(new SafetyFlag(2, "phq-9", 9, 1)), List.of());
        List<JsonProblem> problems = problems(STRICT.adherence(), report,
                tree -> ((ObjectNode) tree.at("/safety_flags/0")).put("instrument", "Zq phq 9"));
        assertProblem(problems, "/safety_flags/0/instrument", ModelRule.ID_FORMAT);
    }

    @Test
    void a_score_whose_severity_is_not_the_criterias_band_is_read_as_recorded_and_verify_reports_it() {
        OutcomeReport report = DocumentSamples.outcomes(Protocol.standard());
        assertThat(report.verify().isConfirmed()).isTrue();
        OutcomeReport read = read(STRICT.outcomes(), report, tree -> {
            ObjectNode score = (ObjectNode) tree.at("/outcomes/0/scores/0");
            score.put("severity", score.get("severity").asString().equals("severe") ? "minimal" : "severe");
        });
        assertThat(read.outcomes().get(0).points().get(0).severity())
                .isNotEqualTo(report.outcomes().get(0).points().get(0).severity());
        assertThat(read.verify().discrepancies()).extracting(Verification.Discrepancy::path)
                .containsExactly("outcomes[0].points[0].severity");
        assertThat(STRICT.outcomes().read(STRICT.outcomes().write(read))).isEqualTo(read);
    }

    @Test
    void scores_out_of_session_order_and_totals_out_of_range_are_refused() {
        OutcomeReport report = DocumentSamples.outcomes(Protocol.standard());
        assertThat(report.outcomes().get(0).points()).hasSizeGreaterThan(1);
        assertProblem(problems(STRICT.outcomes(), report, tree -> {
            ArrayNode scores = (ArrayNode) tree.at("/outcomes/0/scores");
            scores.add(scores.remove(0));
        }), "/outcomes/0/scores/" + (report.outcomes().get(0).points().size() - 1) + "/session",
                ModelRule.REPORT_ORDER);
        assertProblem(problems(STRICT.outcomes(), report,
                tree -> ((ObjectNode) tree.at("/outcomes/0/scores/0")).put("total", 100_000)),
                "/outcomes/0/scores/0/total", ModelRule.VALUE_IN_RANGE);
    }

    @Test
    void a_response_class_other_than_the_criterias_is_read_as_recorded_and_verify_reports_it() {
        OutcomeReport report = DocumentSamples.outcomes(Protocol.standard());
        assertThat(report.outcomes().get(0).responseClass()).isPresent();
        OutcomeReport read = read(STRICT.outcomes(), report, tree -> {
            ObjectNode outcome = (ObjectNode) tree.at("/outcomes/0");
            outcome.put("response_class", outcome.get("response_class").asString().equals("worsening")
                    ? "remission" : "worsening");
        });
        assertThat(read.outcomes().get(0).responseClass()).isNotEqualTo(report.outcomes().get(0).responseClass());
        assertThat(read.verify().discrepancies()).extracting(Verification.Discrepancy::path)
                .containsExactly("outcomes[0].responseClass");
        assertProblem(problems(STRICT.outcomes(), report, tree -> ((ObjectNode) tree.at("/outcomes/0"))
                .remove("response_class")), "/outcomes/0/response_class", ModelRule.PRESENCE);
    }

    @Test
    void an_instrument_measured_twice_is_refused() {
        OutcomeReport report = DocumentSamples.outcomes(Protocol.standard());
        List<JsonProblem> problems = problems(STRICT.outcomes(), report, tree -> {
            ArrayNode outcomes = (ArrayNode) tree.get("outcomes");
            outcomes.add(outcomes.get(0).deepCopy());
        });
        assertProblem(problems, "/outcomes/" + report.outcomes().size() + "/instrument", ModelRule.DISTINCT);
    }

    @Test
    void thresholds_out_of_range_are_each_refused_at_their_place() {
        OutcomeReport report = DocumentSamples.outcomes(Protocol.standard());
        List<JsonProblem> problems = problems(STRICT.outcomes(), report, tree -> ((ObjectNode) tree.get("criteria"))
                .put("response_reduction", 0).put("worsening_increase", -1));
        assertProblem(problems, "/criteria/response_reduction", ModelRule.VALUE_IN_RANGE);
        assertProblem(problems, "/criteria/worsening_increase", ModelRule.VALUE_IN_RANGE);
        assertProblem(problems(STRICT.outcomes(), report,
                tree -> ((ObjectNode) tree.at("/outcomes/0")).put("remission_max", 100_000)),
                "/outcomes/0/remission_max", ModelRule.VALUE_IN_RANGE);
    }

    @Test
    void a_depressed_range_out_of_range_or_not_above_the_remission_threshold_is_refused_at_depressed_min() {
        OutcomeReport report = DocumentSamples.outcomes(Protocol.standard());
        assertThat(report.outcomes().get(0).instrument()).isEqualTo(Instrument.phq9());
        assertProblem(problems(STRICT.outcomes(), report,
                tree -> ((ObjectNode) tree.at("/outcomes/0")).put("depressed_min", 28)),
                "/outcomes/0/depressed_min", ModelRule.VALUE_IN_RANGE);
        assertProblem(problems(STRICT.outcomes(), report,
                tree -> ((ObjectNode) tree.at("/outcomes/0")).put("depressed_min", 4)),
                "/outcomes/0/depressed_min", ModelRule.VALUE_IN_RANGE);
        List<JsonProblem> crossed = problems(STRICT.outcomes(), report,
                tree -> ((ObjectNode) tree.at("/outcomes/0")).put("remission_max", 12).put("depressed_min", 11));
        assertProblem(crossed, "/outcomes/0/depressed_min", ModelRule.VALUE_IN_RANGE);
        assertThat(crossed).hasSize(1);
    }

    @Test
    void a_remission_threshold_and_a_depressed_range_both_moved_are_read_in_either_direction() {
        Instrument phq9 = Instrument.phq9();
        for (OutcomeCriteria criteria : List.of(
                OutcomeCriteria.defaults().withDepressedMin(phq9, 16).withRemissionMax(phq9, 12),
                OutcomeCriteria.defaults().withRemissionMax(phq9, 1).withDepressedMin(phq9, 3))) {
            OutcomeReport report = OutcomeReport.of(Samples.course(Protocol.standard()), criteria);
            OutcomeReport back = STRICT.outcomes().read(STRICT.outcomes().write(report));
            assertThat(back).isEqualTo(report);
            assertThat(back.criteria().remissionMax(phq9)).isEqualTo(criteria.remissionMax(phq9));
            assertThat(back.criteria().depressedMin(phq9)).isEqualTo(criteria.depressedMin(phq9));
        }
    }

    @Test
    void an_outcome_from_a_baseline_below_the_depressed_range_is_not_graded_and_reads_back() {
        OutcomeCriteria criteria = OutcomeCriteria.defaults().withDepressedMin(Instrument.phq9(), 20);
        OutcomeReport report = OutcomeReport.of(Samples.course(Protocol.standard()), criteria);
        assertThat(report.outcome(Instrument.phq9()).orElseThrow().responseClass())
                .contains(ResponseClass.BASELINE_NOT_DEPRESSED);
        String json = STRICT.outcomes().write(report);
        assertThat(json).contains("\"depressed_min\":20,").contains("\"response_class\":\"baseline_not_depressed\"");
        assertThat(STRICT.outcomes().read(json)).isEqualTo(report);
        OutcomeReport remission = read(STRICT.outcomes(), report,
                tree -> ((ObjectNode) tree.at("/outcomes/0")).put("response_class", "remission"));
        assertThat(remission.verify().discrepancies()).extracting(Verification.Discrepancy::path)
                .containsExactly("outcomes[0].responseClass");
    }

    @Test
    void safety_notices_out_of_session_order_are_refused_in_both_reports() {
        List<SafetyNotice> notices = List.of(new SafetyNotice(2, "ham-d-17", 3), new SafetyNotice(5, "phq-9", 9));
        AdherenceReport adherence = AdherenceReport.of(List.of(), notices, List.of());
        OutcomeReport outcomes = OutcomeReport.of(OutcomeCriteria.defaults(), List.of(), notices, List.of(), List.of());
        assertThat(STRICT.adherence().read(STRICT.adherence().write(adherence))).isEqualTo(adherence);
        assertThat(STRICT.outcomes().read(STRICT.outcomes().write(outcomes))).isEqualTo(outcomes);
        assertProblem(problems(STRICT.adherence(), adherence, tree -> {
            ArrayNode list = (ArrayNode) tree.get("safety_notices");
            list.add(list.remove(0));
        }), "/safety_notices/1", ModelRule.REPORT_ORDER);
        assertProblem(problems(STRICT.outcomes(), outcomes, tree -> {
            ArrayNode list = (ArrayNode) tree.get("safety_notices");
            list.add(list.remove(0));
        }), "/safety_notices/1", ModelRule.REPORT_ORDER);
    }

    @Test
    void the_models_sentences_of_a_notice_are_required_but_not_compared() {
        AdherenceReport report = AdherenceReport.of(List.of(), List.of(new SafetyNotice(1, "ham-d-17", 3)), List.of());
        ObjectNode tree = (ObjectNode) Mutator.MAPPER.readTree(STRICT.adherence().write(report));
        ((ObjectNode) tree.at("/safety_notices/0")).put("message", "another sentence").put("source", "elsewhere");
        assertThat(STRICT.adherence().read(Mutator.MAPPER.writeValueAsString(tree))).isEqualTo(report);
        ((ObjectNode) tree.at("/safety_notices/0")).remove("message");
        IptJsonException e = catchThrowableOfType(IptJsonException.class,
                () -> STRICT.adherence().read(Mutator.MAPPER.writeValueAsString(tree)));
        assertThat(e.problems()).extracting(JsonProblem::kind, JsonProblem::pointer)
                .containsExactly(tuple(ProblemKind.MISSING, "/safety_notices/0/message"));
    }

    @Test
    void concurrent_treatments_out_of_the_order_of_their_start_or_with_half_a_code_are_refused() {
        OutcomeReport report = OutcomeReport.of(OutcomeCriteria.defaults(), List.of(), List.of(), List.of(
                new StartedTreatment(TreatmentKind.PSYCHOTHERAPY, Optional.empty(), Optional.empty(),
                        Samples.START.plusWeeks(1)),
                new StartedTreatment(TreatmentKind.ANTIDEPRESSANT_MEDICATION, Optional.of("ATC"),
                        Optional.of("N06AB06"), Samples.START.plusWeeks(3))), List.of());
        assertThat(STRICT.outcomes().read(STRICT.outcomes().write(report))).isEqualTo(report);
        assertProblem(problems(STRICT.outcomes(), report, tree -> {
            ArrayNode list = (ArrayNode) tree.get("concurrent_treatments");
            list.add(list.remove(0));
        }), "/concurrent_treatments/1", ModelRule.REPORT_ORDER);
        assertProblem(problems(STRICT.outcomes(), report,
                tree -> ((ObjectNode) tree.at("/concurrent_treatments/1")).remove("code_system")),
                "/concurrent_treatments/1/code", ModelRule.PRESENCE);
    }

    @Test
    void the_criteria_read_are_the_thresholds_with_each_instruments_own_settings() {
        OutcomeCriteria criteria = OutcomeCriteria.defaults().withResponseReduction(60)
                .withRemissionMax(Instrument.phq9(), 6).withRemissionMax(Instrument.bdiII(), 12)
                .withDepressedMin(Instrument.hamD17(), 14);
        OutcomeReport report = OutcomeReport.of(Samples.course(Protocol.standard()), criteria);
        OutcomeReport back = STRICT.outcomes().read(STRICT.outcomes().write(report));
        assertThat(back).isEqualTo(report);
        assertThat(back.criteria().responseReduction()).isEqualTo(60);
        for (InstrumentOutcome outcome : report.outcomes()) {
            assertThat(back.criteria().remissionMax(outcome.instrument()))
                    .isEqualTo(criteria.remissionMax(outcome.instrument()));
            assertThat(back.criteria().depressedMin(outcome.instrument()))
                    .isEqualTo(criteria.depressedMin(outcome.instrument()));
        }
    }

    @Test
    void safety_flags_then_notices_come_before_the_deviations_and_the_outcomes() {
        AdherenceReport adherence = DocumentSamples.adherence(Protocol.counselling());
        String json = IptJson.strict().adherence().write(adherence);
        assertThat(json).startsWith("{\"schema\":\"iptmodel/adherence\",\"version\":1,\"adherent\":false,"
                + "\"safety_flags\":[{\"session\":1,");
        assertThat(json.indexOf("\"safety_flags\"")).isLessThan(json.indexOf("\"deviations\""));
        assertThat(json.indexOf("\"safety_flags\"")).isLessThan(json.indexOf("\"safety_notices\""));
        assertThat(json.indexOf("\"safety_notices\"")).isLessThan(json.indexOf("\"deviations\""));
        String outcomes = IptJson.strict().outcomes().write(DocumentSamples.outcomes(Protocol.counselling()));
        assertThat(outcomes.indexOf("\"safety_flags\"")).isLessThan(outcomes.indexOf("\"safety_notices\""));
        assertThat(outcomes.indexOf("\"safety_notices\"")).isLessThan(outcomes.indexOf("\"outcomes\""));
    }

    @Test
    void a_deviation_holds_its_code_severity_sessions_message_and_source() {
        JsonNode deviation = Mutator.MAPPER.readTree(IptJson.strict().adherence()
                .write(DocumentSamples.adherence(Protocol.group()))).at("/deviations/0");
        assertThat(deviation.get("code").asString()).isEqualTo("termination_not_announced_in_time");
        assertThat(deviation.get("severity").asString()).isEqualTo("warning");
        assertThat(deviation.get("sessions").toString()).isEqualTo("[17,20]");
        assertThat(deviation.get("source").asString()).contains("Weissman, Markowitz and Klerman 2018");
        assertThat(deviation.get("references").toString()).isEqualTo("[\"weissman-2018\"]");
    }

    @Test
    void an_adherent_report_without_flags_is_the_header_and_adherent() {
        AdherenceReport report = AdherenceReport.of(Samples.small().withSessions());
        assertThat(IptJson.strict().adherence().write(report))
                .isEqualTo("{\"schema\":\"iptmodel/adherence\",\"version\":1,\"adherent\":true}");
    }

    @Test
    void reports_write_to_every_target_and_as_lines() {
        DocumentCodec<OutcomeReport> writer = STRICT.outcomes();
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
