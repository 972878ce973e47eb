package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Verification;
import org.iptmodel.core.plan.Schedule;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schedule document: read as what it records, its structure checked and nothing planned
 * again; {@link Schedule#verify()} compares it with the planner.
 */
class ScheduleDocumentTest {
    private static final DocumentCodec<Schedule> CODEC = IptJson.strict().schedule();
    private static final Schedule STANDARD = DocumentSamples.schedule(Protocol.standard());

    private static ObjectNode tree(Schedule schedule) {
        return (ObjectNode) Mutator.MAPPER.readTree(CODEC.write(schedule));
    }

    private static void assertRefusedAt(JsonNode document, String pointer, ModelRule rule) {
        String json = Mutator.MAPPER.writeValueAsString(document);
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> CODEC.read(json))
                .satisfies(e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(ProblemKind.INVALID_VALUE);
                    assertThat(p.pointer()).isEqualTo(pointer);
                    assertThat(p.rule().orElse(null)).isEqualTo(rule);
                    assertThat(p.line()).isEqualTo(1);
                    assertThat(p.column()).isGreaterThanOrEqualTo(1);
                }));
        assertThatExceptionOfType(IptJsonException.class)
                .isThrownBy(() -> IptJson.lenient().schedule().read(json));
    }

    @Test
    void the_settings_come_first_and_the_plan_after_them() {
        JsonNode tree = tree(STANDARD);
        assertThat(tree.at("/acute_session_count").asInt()).isEqualTo(14);
        assertThat(tree.at("/maintenance_session_count").asInt()).isEqualTo(3);
        assertThat(tree.at("/maintenance_cadence").asString()).isEqualTo("P1M");
        assertThat(tree.at("/skipped_dates/0").asString()).isEqualTo("2026-02-16");
        assertThat(tree.at("/termination_notice").asInt()).isEqualTo(STANDARD.terminationNotice().getAsInt());
        assertThat(tree.at("/sessions").size()).isEqualTo(17);
        assertThat(tree.at("/sessions/16/phase").asString()).isEqualTo("maintenance");
    }

    @Test
    void an_absent_maintenance_cadence_is_the_protocols() {
        Schedule plain = Schedule.of(Protocol.standard(), Samples.START);
        ObjectNode tree = tree(plain);
        assertThat(tree.get("maintenance_cadence").asString()).isEqualTo("P1M");
        tree.remove("maintenance_cadence");
        tree.remove("maintenance_session_count");
        assertThat(CODEC.read(Mutator.MAPPER.writeValueAsString(tree))).isEqualTo(plain);
    }

    @Test
    void a_plan_without_acute_sessions_has_no_termination_notice() {
        Schedule maintenance = DocumentSamples.schedule(Protocol.maintenance());
        ObjectNode tree = tree(maintenance);
        assertThat(tree.has("termination_notice")).isFalse();
        tree.put("termination_notice", 1);
        assertRefusedAt(tree, "/termination_notice", ModelRule.PRESENCE);
    }

    @Test
    void a_session_that_breaks_the_structure_is_refused_at_it_with_its_rule() {
        ObjectNode date = tree(STANDARD);
        ((ObjectNode) date.at("/sessions/6")).put("date", date.at("/sessions/5/date").asString());
        assertRefusedAt(date, "/sessions/6/date", ModelRule.SESSION_DATES);
        ObjectNode skipped = tree(STANDARD);
        ((ObjectNode) skipped.at("/sessions/6")).put("date", "2026-02-16");
        assertRefusedAt(skipped, "/sessions/6/date", ModelRule.VALUE_IN_RANGE);
        ObjectNode phase = tree(STANDARD);
        ((ObjectNode) phase.at("/sessions/4")).put("phase", "initial");
        assertRefusedAt(phase, "/sessions/4/phase", ModelRule.PHASE_ORDER);
        ObjectNode number = tree(STANDARD);
        ((ObjectNode) number.at("/sessions/1")).put("number", 3);
        assertRefusedAt(number, "/sessions/1/number", ModelRule.SESSION_NUMBERING);
        ObjectNode early = tree(STANDARD);
        ((ObjectNode) early.at("/sessions/0")).put("date", "2026-01-04");
        assertRefusedAt(early, "/sessions/0/date", ModelRule.DATE_ORDER);
    }

    @Test
    void a_plan_whose_dates_are_not_the_planners_is_read_as_recorded_and_verify_reports_it() {
        ObjectNode moved = tree(STANDARD);
        ((ObjectNode) moved.at("/sessions/6")).put("date", "2026-02-17");
        Schedule read = CODEC.read(Mutator.MAPPER.writeValueAsString(moved));
        assertThat(read.sessions().get(6).date()).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(read.sessions().subList(0, 6)).isEqualTo(STANDARD.sessions().subList(0, 6));
        assertThat(read.verify().discrepancies()).extracting(Verification.Discrepancy::path)
                .containsExactly("sessions[6].date");
        assertThat(STANDARD.verify().isConfirmed()).isTrue();
        assertThat(CODEC.read(CODEC.write(read))).isEqualTo(read);
    }

    @Test
    void sessions_that_are_not_the_counts_are_refused_at_the_count() {
        ObjectNode missing = tree(STANDARD);
        ((ArrayNode) missing.get("sessions")).remove(16);
        assertRefusedAt(missing, "/maintenance_session_count", ModelRule.VALUE_IN_RANGE);
        ObjectNode acute = tree(STANDARD);
        acute.put("acute_session_count", 13);
        assertRefusedAt(acute, "/acute_session_count", ModelRule.VALUE_IN_RANGE);
        ObjectNode added = tree(STANDARD);
        ((ArrayNode) added.get("sessions")).addObject().put("number", 18).put("date", "2026-09-01")
                .put("phase", "maintenance");
        assertRefusedAt(added, "/maintenance_session_count", ModelRule.VALUE_IN_RANGE);
    }

    @Test
    void a_termination_notice_is_an_acute_session_and_present_with_acute_sessions() {
        ObjectNode other = tree(STANDARD);
        other.put("termination_notice", 3);
        assertThat(CODEC.read(Mutator.MAPPER.writeValueAsString(other)).verify().discrepancies())
                .extracting(Verification.Discrepancy::path).containsExactly("terminationNotice");
        ObjectNode wrong = tree(STANDARD);
        wrong.put("termination_notice", 15);
        assertRefusedAt(wrong, "/termination_notice", ModelRule.VALUE_IN_RANGE);
        ObjectNode absent = tree(STANDARD);
        absent.remove("termination_notice");
        assertRefusedAt(absent, "/termination_notice", ModelRule.PRESENCE);
    }

    @Test
    void settings_out_of_range_are_reported_with_their_rule_at_the_setting() {
        ObjectNode none = tree(STANDARD);
        none.put("acute_session_count", 0);
        assertRefusedAt(none, "/acute_session_count", ModelRule.VALUE_IN_RANGE);
        ObjectNode many = tree(STANDARD);
        many.put("maintenance_session_count", 10_001);
        assertRefusedAt(many, "/maintenance_session_count", ModelRule.VALUE_IN_RANGE);
        ObjectNode still = tree(STANDARD);
        still.put("cadence", "P0D");
        assertRefusedAt(still, "/cadence", ModelRule.VALUE_IN_RANGE);
    }

    @Test
    void maintenance_sessions_need_a_maintenance_cadence() {
        Protocol without = Protocol.standard().withId("no-maintenance").withMaintenanceCadence(Optional.empty());
        Schedule schedule = Schedule.planner(without, Samples.START).withMaintenanceSessions(2)
                .withMaintenanceCadence(Period.ofWeeks(4)).plan();
        assertThat(CODEC.read(CODEC.write(schedule))).isEqualTo(schedule);
        ObjectNode tree = tree(schedule);
        tree.remove("maintenance_cadence");
        assertRefusedAt(tree, "/maintenance_cadence", ModelRule.PRESENCE);
    }

    @Test
    void skipped_dates_are_in_date_order_and_each_once() {
        ObjectNode repeated = tree(STANDARD);
        ((ArrayNode) repeated.get("skipped_dates")).set(1, "2026-02-16");
        assertRefusedAt(repeated, "/skipped_dates/1", null);
    }

    @Test
    void a_start_outside_the_models_dates_is_refused_at_the_start() {
        Schedule late = Schedule.planner(Protocol.brief(), LocalDate.of(2026, 1, 5)).withSessionCount(2).plan();
        for (String start : List.of("+999999999-12-25", "+10000-01-01", "1899-12-31", "-0001-01-01")) {
            ObjectNode tree = tree(late);
            tree.put("start", start);
            if (!start.startsWith("+")) {
                assertRefusedAt(tree, "/start", ModelRule.VALUE_IN_RANGE);
                continue;
            }
            // a start after the sessions is also one they precede
            assertThatExceptionOfType(IptJsonException.class)
                    .isThrownBy(() -> CODEC.read(Mutator.MAPPER.writeValueAsString(tree)))
                    .satisfies(e -> assertThat(e.problems()).extracting(JsonProblem::pointer, p -> p.rule().orElse(null))
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("/start", ModelRule.VALUE_IN_RANGE),
                                    org.assertj.core.groups.Tuple.tuple("/sessions/0/date", ModelRule.DATE_ORDER)));
        }
    }

    @Test
    void the_sessions_count_against_the_session_limit() {
        String json = CODEC.write(STANDARD);
        assertThatExceptionOfType(IptJsonException.class)
                .isThrownBy(() -> IptJson.strict().withLimits(JsonLimits.defaults().withMaxSessions(5)).schedule()
                        .read(json))
                .satisfies(e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(ProblemKind.LIMIT);
                    assertThat(p.pointer()).isEqualTo("/sessions/5");
                }));
    }
}
