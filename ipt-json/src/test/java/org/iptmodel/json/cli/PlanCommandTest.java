package org.iptmodel.json.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.plan.Schedule;
import org.iptmodel.json.IptJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code plan}: the library's schedule, printed as a schedule document that reads back. */
class PlanCommandTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final IptJson PRETTY = IptJson.strict().withPrettyPrinting(true);

    @TempDir
    Path dir;

    static List<Protocol> acuteProtocols() {
        return Protocol.catalogue().stream().filter(Protocol::hasAcutePhase).toList();
    }

    @ParameterizedTest
    @MethodSource("acuteProtocols")
    void each_acute_catalogue_protocol_prints_the_schedule_the_library_plans(Protocol protocol) {
        Cli.Result result = Cli.run("plan", "--protocol", protocol.id(), "--start", START.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(IptJson.strict().schedule().read(result.out())).isEqualTo(Schedule.of(protocol, START));
    }

    @Test
    void the_output_is_the_pretty_schedule_document() {
        Cli.Result result = Cli.run("plan", "--protocol", "ipt-brief", "--start", "2026-01-05");

        assertThat(result.out()).isEqualTo(PRETTY.schedule().write(Schedule.of(Protocol.brief(), START)));
        assertThat(result.out()).startsWith("{\n  \"schema\": \"iptmodel/schedule\",\n  \"version\": 1,\n")
                .endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void sessions_cadence_and_skipped_dates_change_the_plan() {
        Cli.Result result = Cli.run("plan", "--protocol=ipt-standard", "--start=2026-01-05", "--sessions", "12",
                "--cadence", "P2W", "--skip", "2026-02-16, 2026-03-02");

        assertThat(result.exit()).isZero();
        Schedule expected = Schedule.planner(Protocol.standard(), START).withSessionCount(12)
                .withCadence(Period.ofWeeks(2))
                .withSkippedDates(List.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 3, 2)))
                .plan();
        assertThat(IptJson.strict().schedule().read(result.out())).isEqualTo(expected);
    }

    @Test
    void maintenance_ipt_plans_its_maintenance_sessions() {
        Cli.Result result = Cli.run("plan", "--protocol", "ipt-m", "--start", "2026-01-05", "--maintenance", "6");

        assertThat(result.exit()).isZero();
        Schedule read = IptJson.strict().schedule().read(result.out());
        assertThat(read).isEqualTo(Schedule.planner(Protocol.maintenance(), START).withMaintenanceSessions(6).plan());
        assertThat(read.maintenanceSessions()).hasSize(6);
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
        assertThat(IptJson.strict().schedule().read(result.out())).isEqualTo(Schedule.of(Protocol.adolescent(), START));
    }

    @Test
    void a_course_document_given_as_the_protocol_gives_exit_code_1_and_names_both_types() {
        String file = Cli.goldenCourse(Protocol.standard()).toString();

        Cli.Result result = Cli.run("plan", "--protocol", file, "--start", "2026-01-05");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("iptmodel: " + file
                + " is an iptmodel/course document; plan reads iptmodel/protocol documents\n");
    }

    @Test
    void an_invalid_protocol_document_gives_exit_code_1_and_its_problems() {
        String file = Cli.write(dir.resolve("bad-protocol.json"), "{\"schema\": \"iptmodel/protocol\", \"version\": 1}")
                .toString();

        Cli.Result result = Cli.run("plan", "--protocol", file, "--start", "2026-01-05");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines().get(0)).startsWith("iptmodel: " + file + " is not a valid protocol document (");
        assertThat(result.errLines().subList(1, result.errLines().size()))
                .isNotEmpty().allSatisfy(line -> assertThat(line).startsWith(file + "\t"));
    }
}
