package org.iptmodel.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iptmodel.core.contracts.Rejections.assertRejected;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Phase;
import org.iptmodel.core.Verification;
import org.iptmodel.core.arbitraries.IptArbitraries;

/**
 * A schedule is a record: {@link Schedule#recorded} takes every schedule a planner makes and
 * refuses each structural mutation with its path and rule; {@link Schedule#verify()} confirms
 * every planned schedule and reports one whose dates were moved.
 */
class ScheduleRecordProperties {

    /** The parts of a schedule, to change one and make it again. */
    record Parts(Schedule s, Optional<Period> maintenanceCadence, Set<LocalDate> skipped, int acute,
            OptionalInt notice, List<PlannedSession> sessions) {
        static Parts of(Schedule s) {
            return new Parts(s, s.maintenanceCadence(), s.skippedDates(), s.acuteSessionCount(), s.terminationNotice(),
                    s.sessions());
        }

        Schedule make() {
            return Schedule.recorded(s.protocol(), s.start(), s.cadence(), maintenanceCadence, skipped, acute, notice,
                    sessions);
        }

        Parts session(int i, UnaryOperator<PlannedSession> change) {
            List<PlannedSession> changed = new ArrayList<>(sessions);
            changed.set(i, change.apply(sessions.get(i)));
            return new Parts(s, maintenanceCadence, skipped, acute, notice, changed);
        }
    }

    @Provide
    Arbitrary<Schedule> schedules() {
        return IptArbitraries.schedules();
    }

    @Provide
    Arbitrary<Schedule> withSessions() {
        return IptArbitraries.schedules().filter(s -> s.sessions().size() >= 2);
    }

    @Property
    void everyPlannedScheduleIsTakenAsRecordedAndConfirmed(@ForAll("schedules") Schedule planned) {
        Schedule recorded = Parts.of(planned).make();

        assertThat(recorded).isEqualTo(planned);
        assertThat(recorded.hashCode()).isEqualTo(planned.hashCode());
        assertThat(recorded.verify()).isEqualTo(Verification.confirmed());
        assertThat(planned.verify().isConfirmed()).isTrue();
    }

    @Property
    void aScheduleWhoseDatesWereMovedIsReadAsRecordedAndVerifyReportsIt(@ForAll("schedules") Schedule planned,
            @ForAll @IntRange(min = 0, max = 10_000) int key) {
        Assume.that(!planned.sessions().isEmpty());
        int from = key % planned.sessions().size();
        List<PlannedSession> moved = new ArrayList<>(planned.sessions().subList(0, from));
        int days = 1;
        while (true) {
            int d = days;
            if (planned.sessions().subList(from, planned.sessions().size()).stream()
                    .noneMatch(s -> planned.skippedDates().contains(s.date().plusDays(d)))) {
                break;
            }
            days++;
        }
        for (PlannedSession s : planned.sessions().subList(from, planned.sessions().size())) {
            moved.add(new PlannedSession(s.number(), s.date().plusDays(days), s.phase()));
        }
        Parts parts = Parts.of(planned);
        Schedule recorded = new Parts(planned, parts.maintenanceCadence(), parts.skipped(), parts.acute(),
                parts.notice(), moved).make();

        assertThat(recorded.sessions()).isEqualTo(moved);
        Verification check = recorded.verify();
        assertThat(check.isConfirmed()).isFalse();
        assertThat(check.discrepancies()).extracting(Verification.Discrepancy::path)
                .contains("sessions[" + from + "].date")
                .allMatch(p -> p.endsWith(".date"));
        assertThat(check.discrepancies()).hasSize(planned.sessions().size() - from);
    }

    @Property
    void aNumberOutOfOrderIsRefused(@ForAll("withSessions") Schedule planned,
            @ForAll @IntRange(min = 0, max = 10_000) int key) {
        int i = key % planned.sessions().size();
        Parts parts = Parts.of(planned).session(i, s -> new PlannedSession(s.number() + 1, s.date(), s.phase()));
        assertRejected(parts::make, "sessions[" + i + "].number", ModelRule.SESSION_NUMBERING);
    }

    @Property
    void aDateNotAfterThePreviousOneIsRefused(@ForAll("withSessions") Schedule planned,
            @ForAll @IntRange(min = 0, max = 10_000) int key) {
        int i = 1 + key % (planned.sessions().size() - 1);
        LocalDate previous = planned.sessions().get(i - 1).date();
        Parts parts = Parts.of(planned).session(i, s -> new PlannedSession(s.number(), previous, s.phase()));
        assertRejected(parts::make, "sessions[" + i + "].date", ModelRule.SESSION_DATES);
    }

    @Property
    void aFirstDateBeforeTheStartIsRefused(@ForAll("withSessions") Schedule planned,
            @ForAll @IntRange(min = 1, max = 400) int days) {
        Parts parts = Parts.of(planned).session(0, s -> new PlannedSession(1, planned.start().minusDays(days),
                s.phase()));
        assertRejected(parts::make, "sessions[0].date", ModelRule.DATE_ORDER);
    }

    @Property
    void aSessionOnASkippedDateIsRefused(@ForAll("withSessions") Schedule planned,
            @ForAll @IntRange(min = 0, max = 10_000) int key) {
        int i = key % planned.sessions().size();
        LocalDate date = planned.sessions().get(i).date();
        Assume.that(!date.isAfter(org.iptmodel.core.Bounds.LATEST_DATE));
        Set<LocalDate> skipped = new TreeSet<>(planned.skippedDates());
        skipped.add(date);
        Parts p = Parts.of(planned);
        Parts parts = new Parts(planned, p.maintenanceCadence(), skipped, p.acute(), p.notice(), p.sessions());
        assertRejected(parts::make, "sessions[" + i + "].date", ModelRule.VALUE_IN_RANGE);
    }

    @Property
    void aPhaseGoingBackIsRefused(@ForAll("withSessions") Schedule planned) {
        List<PlannedSession> sessions = planned.sessions();
        int i = sessions.size() - 1;
        Assume.that(sessions.get(i - 1).phase() != Phase.INITIAL);
        Parts parts = Parts.of(planned).session(i, s -> new PlannedSession(s.number(), s.date(), Phase.INITIAL));
        assertRejected(parts::make, "sessions[" + i + "].phase", ModelRule.PHASE_ORDER);
    }

    @Property
    void anAcuteSessionCountThatIsNotTheSessionsIsRefused(@ForAll("schedules") Schedule planned,
            @ForAll @IntRange(min = -2, max = 2) int change) {
        Assume.that(change != 0);
        Parts p = Parts.of(planned);
        Parts parts = new Parts(planned, p.maintenanceCadence(), p.skipped(), p.acute() + change, p.notice(),
                p.sessions());
        assertRejected(parts::make, "acuteSessionCount", ModelRule.VALUE_IN_RANGE);
    }

    @Property
    void aTerminationNoticeOutsideTheAcuteSessionsOrAgainstTheirPresenceIsRefused(
            @ForAll("schedules") Schedule planned, @ForAll @IntRange(min = 1, max = 5) int beyond) {
        Parts p = Parts.of(planned);
        if (planned.acuteSessionCount() == 0) {
            Parts parts = new Parts(planned, p.maintenanceCadence(), p.skipped(), p.acute(), OptionalInt.of(beyond),
                    p.sessions());
            assertRejected(parts::make, "terminationNotice", ModelRule.PRESENCE);
            return;
        }
        Parts absent = new Parts(planned, p.maintenanceCadence(), p.skipped(), p.acute(), OptionalInt.empty(),
                p.sessions());
        assertRejected(absent::make, "terminationNotice", ModelRule.PRESENCE);
        Parts late = new Parts(planned, p.maintenanceCadence(), p.skipped(), p.acute(),
                OptionalInt.of(p.acute() + beyond), p.sessions());
        assertRejected(late::make, "terminationNotice", ModelRule.VALUE_IN_RANGE);
        Parts early = new Parts(planned, p.maintenanceCadence(), p.skipped(), p.acute(),
                OptionalInt.of(1 - beyond), p.sessions());
        assertRejected(early::make, "terminationNotice", ModelRule.VALUE_IN_RANGE);
    }

    @Property
    void maintenanceSessionsWithoutAMaintenanceCadenceAreRefused(@ForAll("schedules") Schedule planned) {
        Assume.that(!planned.maintenanceSessions().isEmpty() || planned.protocol().maintenanceCadence().isPresent());
        Parts p = Parts.of(planned);
        Parts parts = new Parts(planned, Optional.empty(), p.skipped(), p.acute(), p.notice(), p.sessions());
        assertRejected(parts::make, "maintenanceCadence", ModelRule.PRESENCE);
    }

    @Property
    void aCadenceThatIsNotOneIsRefused(@ForAll("schedules") Schedule planned,
            @ForAll @IntRange(min = 0, max = 2) int which) {
        Period bad = List.of(Period.ZERO, Period.ofDays(-7), Period.ofYears(1).plusDays(1)).get(which);
        assertRejected(() -> Schedule.recorded(planned.protocol(), planned.start(), bad, planned.maintenanceCadence(),
                planned.skippedDates(), planned.acuteSessionCount(), planned.terminationNotice(), planned.sessions()),
                "cadence", ModelRule.VALUE_IN_RANGE);
    }
}
