package org.iptmodel.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iptmodel.core.IntRange;
import org.iptmodel.core.Phase;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.arbitraries.PlannedCourses;

class ScheduleProperties {

    @Provide
    Arbitrary<Protocol> protocols() {
        return IptArbitraries.plannableProtocols();
    }

    @Provide
    Arbitrary<LocalDate> starts() {
        return IptArbitraries.dates();
    }

    @Provide
    Arbitrary<Planner> planners() {
        return IptArbitraries.planners();
    }

    @Property
    void theDefaultPlanHasTheProtocolsSessionCountWithinItsRange(@ForAll("protocols") Protocol protocol,
            @ForAll("starts") LocalDate start) {
        Schedule schedule = Schedule.of(protocol, start);

        if (protocol.hasAcutePhase()) {
            assertThat(protocol.acuteSessions().contains(schedule.acuteSessionCount())).isTrue();
            assertThat(schedule.acuteSessionCount()).isEqualTo(feasibleMax(protocol));
        } else {
            assertThat(schedule.acuteSessionCount()).isZero();
        }
        assertThat(schedule.sessions()).hasSize(schedule.acuteSessionCount());
        assertThat(schedule.cadence()).isEqualTo(protocol.cadence());
        assertPhasesWithinRanges(schedule);
    }

    @Property
    void everyPlanHoldsTheRequestedNumberOfSessionsNumberedInOrder(@ForAll("planners") Planner planner) {
        Schedule schedule = planner.plan();
        List<PlannedSession> sessions = schedule.sessions();

        for (int i = 0; i < sessions.size(); i++) {
            assertThat(sessions.get(i).number()).isEqualTo(i + 1);
        }
        assertThat(schedule.acuteSessions()).allMatch(s -> s.phase().isAcute());
        assertThat(schedule.maintenanceSessions()).allMatch(s -> s.phase() == Phase.MAINTENANCE);
        assertThat(schedule.acuteSessions().size() + schedule.maintenanceSessions().size()).isEqualTo(sessions.size());
    }

    @Property
    void datesTakeTheFreeSlotsOfTheCadenceInOrderSkippingOnlySkippedDates(@ForAll("planners") Planner planner) {
        Schedule schedule = planner.plan();
        Set<LocalDate> skipped = schedule.skippedDates();
        List<PlannedSession> acute = schedule.acuteSessions();
        List<PlannedSession> maintenance = schedule.maintenanceSessions();

        assertSlots(acute, schedule.start(), schedule.cadence(), 0, skipped);
        if (!maintenance.isEmpty()) {
            LocalDate base = acute.isEmpty() ? schedule.start() : acute.get(acute.size() - 1).date();
            assertSlots(maintenance, base, schedule.maintenanceCadence().orElseThrow(), acute.isEmpty() ? 0 : 1,
                    skipped);
        }
        for (int i = 1; i < schedule.sessions().size(); i++) {
            assertThat(schedule.sessions().get(i).date()).isAfter(schedule.sessions().get(i - 1).date());
        }
        assertThat(schedule.sessions()).noneMatch(s -> skipped.contains(s.date()));
    }

    /**
     * Walks the slots {@code base + j × cadence} from {@code firstSlot}: each slot either holds
     * the next session or is a skipped date, until every session is placed.
     */
    private static void assertSlots(List<PlannedSession> sessions, LocalDate base, Period cadence, int firstSlot,
            Set<LocalDate> skipped) {
        int next = 0;
        int slot = firstSlot;
        while (next < sessions.size()) {
            LocalDate date = base.plus(cadence.multipliedBy(slot));
            if (date.equals(sessions.get(next).date())) {
                next++;
            } else {
                assertThat(skipped).as("slot %s on %s holds no session, so it must be skipped", slot, date)
                        .contains(date);
            }
            slot++;
            assertThat(slot).as("slots walked").isLessThanOrEqualTo(firstSlot + sessions.size() + skipped.size());
        }
    }

    @Property
    void skippedDatesMoveSessionsButNeverDropThem(@ForAll("planners") Planner planner) {
        Schedule withSkips = planner.plan();
        Schedule without = planner.withSkippedDates(List.of()).plan();

        assertThat(withSkips.sessions()).hasSameSizeAs(without.sessions());
        for (int i = 0; i < withSkips.sessions().size(); i++) {
            PlannedSession moved = withSkips.sessions().get(i);
            PlannedSession original = without.sessions().get(i);
            assertThat(moved.number()).isEqualTo(original.number());
            assertThat(moved.phase()).isEqualTo(original.phase());
            assertThat(moved.date()).isAfterOrEqualTo(original.date());
        }
        assertThat(withSkips.terminationNotice()).isEqualTo(without.terminationNotice());
    }

    @Property
    void phasesGoInOrderAndStayWithinTheProtocolsRangesForAnyCountTheRangesAccept(
            @ForAll("planners") Planner planner) {
        Schedule schedule = planner.plan();
        List<PlannedSession> sessions = schedule.sessions();

        for (int i = 1; i < sessions.size(); i++) {
            assertThat(sessions.get(i).phase()).isGreaterThanOrEqualTo(sessions.get(i - 1).phase());
        }
        Protocol protocol = schedule.protocol();
        int n = schedule.acuteSessionCount();
        if (n >= minSum(protocol) && n <= maxSum(protocol)) {
            assertPhasesWithinRanges(schedule);
        }
    }

    @Property
    void theEndIsAnnouncedTheProtocolsLargestNoticeBeforeTheLastAcuteSession(@ForAll("planners") Planner planner) {
        Schedule schedule = planner.plan();
        int n = schedule.acuteSessionCount();

        if (n == 0) {
            assertThat(schedule.terminationNotice()).isEmpty();
        } else {
            int announced = schedule.terminationNotice().getAsInt();
            IntRange notice = schedule.protocol().terminationNotice();
            assertThat(announced).isBetween(1, n);
            assertThat(n - announced).isEqualTo(Math.min(notice.max(), n - 1));
        }
    }

    @Property
    void aCourseRecordedFromThePlanIsOnPlan(@ForAll("planners") Planner planner) {
        Schedule schedule = planner.plan();
        if (schedule.sessions().isEmpty() || !canBeRecorded(schedule)) {
            return;
        }
        ScheduleComparison comparison = schedule.compareWith(PlannedCourses.held(schedule));

        assertThat(comparison.isOnPlan()).isTrue();
        assertThat(comparison.entries()).hasSameSizeAs(schedule.sessions());
        assertThat(comparison.missing()).isEmpty();
        assertThat(comparison.extra()).isEmpty();
        assertThat(comparison.shifted()).isEmpty();
        assertThat(comparison.phaseDifferences()).isEmpty();
    }

    /** A plan the lifecycle accepts: its phases are reachable (counts the ranges accept). */
    private static boolean canBeRecorded(Schedule schedule) {
        Protocol protocol = schedule.protocol();
        for (Phase phase : List.of(Phase.INITIAL, Phase.MIDDLE, Phase.TERMINATION)) {
            int held = schedule.sessions(phase).size();
            IntRange range = protocol.phaseSessions(phase).orElseThrow();
            if (held == 0 && range.min() > 0 || held > 0 && range.max() == 0) {
                return false;
            }
        }
        return true;
    }

    private static void assertPhasesWithinRanges(Schedule schedule) {
        Protocol protocol = schedule.protocol();
        if (!protocol.hasAcutePhase()) {
            return;
        }
        for (Phase phase : List.of(Phase.INITIAL, Phase.MIDDLE, Phase.TERMINATION)) {
            IntRange range = protocol.phaseSessions(phase).orElseThrow();
            assertThat(schedule.sessions(phase).size()).as("%s sessions", phase)
                    .isBetween(range.min(), range.max());
        }
    }

    /** The largest session count within the protocol's acute range that its phase ranges can fill. */
    private static int feasibleMax(Protocol p) {
        return Math.min(p.acuteSessions().max(), maxSum(p));
    }

    private static int minSum(Protocol p) {
        return p.initialSessions().min() + p.middleSessions().min() + p.terminationSessions().min();
    }

    private static int maxSum(Protocol p) {
        return p.initialSessions().max() + p.middleSessions().max() + p.terminationSessions().max();
    }
}
