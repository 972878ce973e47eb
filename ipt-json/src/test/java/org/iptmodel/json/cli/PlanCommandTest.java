package org.iptmodel.json.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.plan.PlannedSession;
import org.iptmodel.core.plan.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code plan}: the library's schedule, printed as JSON. */
class PlanCommandTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    static List<Protocol> acuteProtocols() {
        return Protocol.catalogue().stream().filter(Protocol::hasAcutePhase).toList();
    }

    @ParameterizedTest
    @MethodSource("acuteProtocols")
    void each_acute_catalogue_protocol_prints_the_schedule_the_library_plans(Protocol protocol) {
        Cli.Result result = Cli.run("plan", "--protocol", protocol.id(), "--start", START.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        assertSchedule(result, Schedule.of(protocol, START));
    }

    @Test
    void the_json_is_pretty_printed_with_the_format_spellings() {
        Cli.Result result = Cli.run("plan", "--protocol", "ipt-brief", "--start", "2026-01-05");

        assertThat(result.out()).startsWith("{\n  \"protocol\": \"ipt-brief\",\n  \"start\": \"2026-01-05\",\n"
                + "  \"cadence\": \"P1W\",\n").endsWith("}\n").doesNotContain("\r");
        assertThat(result.out()).contains("\"phase\": \"initial\"", "\"phase\": \"middle\"", "\"phase\": \"termination\"");
    }

    @Test
    void sessions_cadence_and_skipped_dates_change_the_plan() {
        List<LocalDate> skipped = List.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 3, 2));

        Cli.Result result = Cli.run("plan", "--protocol=ipt-standard", "--start=2026-01-05", "--sessions", "12",
                "--cadence", "P2W", "--skip", "2026-02-16, 2026-03-02");

        assertThat(result.exit()).isZero();
        Schedule expected = Schedule.planner(Protocol.standard(), START).withSessionCount(12)
                .withCadence(Period.ofWeeks(2)).withSkippedDates(skipped).plan();
        assertSchedule(result, expected);
        JsonNode json = JsonMapper.shared().readTree(result.out());
        assertThat(json.get("skipped_dates").toString()).isEqualTo("[\"2026-02-16\",\"2026-03-02\"]");
        assertThat(json.get("cadence").asString()).isEqualTo("P2W");
    }

    @Test
    void maintenance_ipt_plans_its_maintenance_sessions_monthly() {
        Cli.Result result = Cli.run("plan", "--protocol", "ipt-m", "--start", "2026-01-05", "--maintenance", "6");

        assertThat(result.exit()).isZero();
        Schedule expected = Schedule.planner(Protocol.maintenance(), START).withMaintenanceSessions(6).plan();
        assertSchedule(result, expected);
        JsonNode json = JsonMapper.shared().readTree(result.out());
        assertThat(json.get("maintenance_cadence").asString()).isEqualTo("P1M");
        assertThat(json.get("acute_sessions").asInt()).isZero();
        assertThat(json.get("maintenance_sessions").asInt()).isEqualTo(6);
    }

    @ParameterizedTest
    @CsvSource({"standard, ipt-standard", "brief, ipt-brief", "adolescent, ipt-a", "group, ipt-g",
        "counselling, ipc"})
    void a_short_name_is_the_catalogue_protocol(String name, String id) {
        assertThat(Cli.run("plan", "--protocol", name, "--start", "2026-01-05").out())
                .isEqualTo(Cli.run("plan", "--protocol", id, "--start", "2026-01-05").out());
    }

    @Test
    void a_protocol_document_can_be_given_as_a_file() {
        String file = Cli.GOLDEN.resolve("protocol-ipt-a.json").toString();

        Cli.Result result = Cli.run("plan", "--protocol", file, "--start", "2026-01-05");

        assertThat(result.exit()).isZero();
        assertSchedule(result, Schedule.of(Protocol.adolescent(), START));
    }

    @Test
    void a_course_document_given_as_the_protocol_gives_exit_code_1() {
        String file = Cli.goldenCourse(Protocol.standard()).toString();

        Cli.Result result = Cli.run("plan", "--protocol", file, "--start", "2026-01-05");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines().get(0)).startsWith("iptmodel: " + file + " is not a valid protocol document (");
        assertThat(result.errLines().subList(1, result.errLines().size()))
                .allSatisfy(line -> assertThat(line).startsWith(file + "\t"));
    }

    private static void assertSchedule(Cli.Result result, Schedule expected) {
        JsonNode json = JsonMapper.shared().readTree(result.out());
        assertThat(json.get("protocol").asString()).isEqualTo(expected.protocol().id());
        assertThat(json.get("start").asString()).isEqualTo(expected.start().toString());
        assertThat(json.get("acute_sessions").asInt()).isEqualTo(expected.acuteSessionCount());
        if (expected.terminationNotice().isPresent()) {
            assertThat(json.get("termination_notice").asInt()).isEqualTo(expected.terminationNotice().getAsInt());
        } else {
            assertThat(json.has("termination_notice")).isFalse();
        }
        List<String> sessions = json.get("sessions").valueStream()
                .map(s -> s.get("number").asInt() + " " + s.get("date").asString() + " " + s.get("phase").asString())
                .toList();
        assertThat(sessions).containsExactlyElementsOf(expected.sessions().stream().map(PlanCommandTest::line).toList());
    }

    private static String line(PlannedSession session) {
        return session.number() + " " + session.date() + " " + session.phase().name().toLowerCase(Locale.ROOT);
    }
}
