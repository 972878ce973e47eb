package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iptmodel.core.Phase;
import org.iptmodel.core.Verification;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.plan.PlannedSession;
import org.iptmodel.core.plan.Schedule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Schedules are read as records: each compatibility fixture reads strictly as exactly the
 * sessions, termination notice and counts it holds, nothing planned again; a document whose dates
 * are not the planner's but keep the structure reads as recorded, and only
 * {@link Schedule#verify()} reports the difference.
 */
class ScheduleRecordsTest {
    private static final List<String> PROTOCOLS = List.of("ipc", "ipt-a", "ipt-brief", "ipt-g-depression", "ipt-g",
            "ipt-m", "ipt-standard");
    private static final DocumentCodec<Schedule> STRICT = IptJson.strict().schedule();

    private static JsonNode fixture(String protocol) {
        return Mutator.MAPPER.readTree(CompatibilityFixturesTest.bytes("schedule-" + protocol + ".json"));
    }

    /** The sessions a document lists, read from its tree without the library's reader. */
    private static List<PlannedSession> sessionsOf(JsonNode document) {
        List<PlannedSession> sessions = new ArrayList<>();
        for (JsonNode s : document.get("sessions")) {
            sessions.add(new PlannedSession(s.get("number").asInt(), LocalDate.parse(s.get("date").asString()),
                    Phase.valueOf(s.get("phase").asString().toUpperCase(java.util.Locale.ROOT))));
        }
        return sessions;
    }

    private static void assertReadAsRecorded(JsonNode document, Schedule read) {
        assertThat(read.sessions()).isEqualTo(sessionsOf(document));
        assertThat(read.acuteSessionCount()).isEqualTo(document.get("acute_session_count").asInt());
        assertThat(read.maintenanceSessions()).hasSize(document.has("maintenance_session_count")
                ? document.get("maintenance_session_count").asInt() : 0);
        assertThat(read.terminationNotice()).isEqualTo(document.has("termination_notice")
                ? OptionalInt.of(document.get("termination_notice").asInt()) : OptionalInt.empty());
        assertThat(read.start()).isEqualTo(LocalDate.parse(document.get("start").asString()));
        assertThat(read.protocol().id()).isEqualTo(document.at("/protocol/id").asString());
    }

    @Example
    void every_compatibility_fixture_reads_strictly_as_what_it_records() {
        for (String protocol : PROTOCOLS) {
            JsonNode document = fixture(protocol);
            Schedule read = STRICT.read(Mutator.MAPPER.writeValueAsString(document));
            assertReadAsRecorded(document, read);
        }
    }

    @Example
    void a_fixture_whose_last_dates_are_not_the_planners_reads_as_recorded_and_verify_reports_them() {
        for (String protocol : PROTOCOLS) {
            ObjectNode document = (ObjectNode) fixture(protocol);
            JsonNode sessions = document.get("sessions");
            int last = sessions.size() - 1;
            List<String> skipped = new ArrayList<>();
            document.path("skipped_dates").forEach(d -> skipped.add(d.asString()));
            LocalDate moved = LocalDate.parse(sessions.get(last).get("date").asString()).plusDays(1);
            while (skipped.contains(moved.toString())) {
                moved = moved.plusDays(1);
            }
            ((ObjectNode) sessions.get(last)).put("date", moved.toString());

            Schedule read = STRICT.read(Mutator.MAPPER.writeValueAsString(document));

            assertReadAsRecorded(document, read);
            assertThat(read.verify().discrepancies()).extracting(Verification.Discrepancy::path)
                    .as(protocol).containsExactly("sessions[" + last + "].date");
            assertThat(STRICT.read(STRICT.write(read))).isEqualTo(read);
        }
    }

    @Example
    void the_golden_files_of_this_version_are_what_the_planner_gives() {
        for (String protocol : PROTOCOLS) {
            Schedule read = STRICT.read(Golden.text("schedule-" + protocol + ".json"));
            assertThat(read.verify().isConfirmed()).as(protocol).isTrue();
        }
    }

    @Provide
    Arbitrary<Schedule> recorded() {
        return IptArbitraries.recordedSchedules();
    }

    @Property(tries = 200)
    void a_schedule_no_planner_gives_reads_back_equal_with_its_discrepancies(@ForAll("recorded") Schedule schedule) {
        Schedule back = STRICT.read(STRICT.write(schedule));

        assertThat(back).isEqualTo(schedule);
        assertThat(back.verify()).isEqualTo(schedule.verify());
        assertThat(back.verify().isConfirmed()).isFalse();
        assertThat(IptJson.lenient().schedule().read(STRICT.write(schedule))).isEqualTo(schedule);
    }
}
