package org.iptmodel.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Phase;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Violation;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    @Test
    void standardIptPlansSixteenWeeklySessionsWithThreeInitialElevenMiddleAndTwoTermination() {
        Schedule schedule = Schedule.of(Protocol.standard(), MONDAY);

        assertThat(schedule.acuteSessionCount()).isEqualTo(16);
        assertThat(schedule.sessions()).hasSize(16);
        assertThat(schedule.sessions(Phase.INITIAL)).extracting(PlannedSession::number).containsExactly(1, 2, 3);
        assertThat(schedule.sessions(Phase.MIDDLE)).hasSize(11);
        assertThat(schedule.sessions(Phase.TERMINATION)).extracting(PlannedSession::number).containsExactly(15, 16);
        assertThat(schedule.session(4)).contains(new PlannedSession(4, LocalDate.of(2026, 1, 26), Phase.MIDDLE));
        assertThat(schedule.session(16).orElseThrow().date()).isEqualTo(LocalDate.of(2026, 4, 20));
        assertThat(schedule.terminationNotice()).hasValue(12);
        assertThat(schedule.maintenanceSessions()).isEmpty();
    }

    @Test
    void theCatalogueDefaultsFollowEachProtocol() {
        assertThat(Schedule.of(Protocol.brief(), MONDAY).acuteSessionCount()).isEqualTo(8);
        assertThat(Schedule.of(Protocol.brief(), MONDAY).sessions(Phase.INITIAL)).hasSize(2);
        assertThat(Schedule.of(Protocol.groupDepression(), MONDAY).acuteSessionCount()).isEqualTo(16);
        assertThat(Schedule.of(Protocol.group(), MONDAY).sessions(Phase.TERMINATION)).hasSize(5);
        assertThat(Schedule.of(Protocol.group(), MONDAY).terminationNotice()).hasValue(15);
        assertThat(Schedule.of(Protocol.counselling(), MONDAY).acuteSessionCount()).isEqualTo(6);
        assertThat(Schedule.of(Protocol.maintenance(), MONDAY).sessions()).isEmpty();
        assertThat(Schedule.of(Protocol.maintenance(), MONDAY).terminationNotice()).isEmpty();
    }

    @Test
    void aHolidayMovesThatSessionAndEveryLaterOneByOneSlot() {
        LocalDate holiday = MONDAY.plusWeeks(2);
        Schedule schedule = Schedule.planner(Protocol.standard(), MONDAY)
                .withSkippedDates(List.of(holiday))
                .plan();

        assertThat(schedule.sessions()).hasSize(16);
        assertThat(schedule.sessions()).extracting(PlannedSession::date).doesNotContain(holiday);
        assertThat(schedule.session(2).orElseThrow().date()).isEqualTo(MONDAY.plusWeeks(1));
        assertThat(schedule.session(3).orElseThrow().date()).isEqualTo(MONDAY.plusWeeks(3));
        assertThat(schedule.session(16).orElseThrow().date()).isEqualTo(MONDAY.plusWeeks(16));
        assertThat(schedule.skippedDates()).containsExactly(holiday);
    }

    @Test
    void maintenanceSessionsFollowTheLastAcuteSessionMonthly() {
        Schedule schedule = Schedule.planner(Protocol.standard(), MONDAY).withSessionCount(12)
                .withMaintenanceSessions(3).plan();
        LocalDate lastAcute = MONDAY.plusWeeks(11);

        assertThat(schedule.acuteSessions()).hasSize(12);
        assertThat(schedule.maintenanceSessions()).extracting(PlannedSession::number, PlannedSession::date,
                PlannedSession::phase).containsExactly(
                        tuple(13, lastAcute.plusMonths(1), Phase.MAINTENANCE),
                        tuple(14, lastAcute.plusMonths(2), Phase.MAINTENANCE),
                        tuple(15, lastAcute.plusMonths(3), Phase.MAINTENANCE));
        assertThat(schedule.terminationNotice()).hasValue(8);
    }

    @Test
    void maintenanceIptStartsMaintenanceOnTheStartDate() {
        Schedule schedule = Schedule.planner(Protocol.maintenance(), MONDAY).withMaintenanceSessions(2).plan();

        assertThat(schedule.sessions()).containsExactly(
                new PlannedSession(1, MONDAY, Phase.MAINTENANCE),
                new PlannedSession(2, MONDAY.plusMonths(1), Phase.MAINTENANCE));
    }

    @Test
    void aCountOutsideThePhaseRangesKeepsThePhaseOrderAndTheMiddlePhaseAbsorbsTheDifference() {
        Schedule longer = Schedule.planner(Protocol.standard(), MONDAY).withSessionCount(24).plan();
        assertThat(longer.sessions(Phase.INITIAL)).hasSize(3);
        assertThat(longer.sessions(Phase.MIDDLE)).hasSize(17);
        assertThat(longer.sessions(Phase.TERMINATION)).hasSize(4);

        Schedule shorter = Schedule.planner(Protocol.standard(), MONDAY).withSessionCount(4).plan();
        assertThat(shorter.sessions()).extracting(PlannedSession::phase)
                .containsExactly(Phase.INITIAL, Phase.MIDDLE, Phase.TERMINATION, Phase.TERMINATION);
        assertThat(shorter.terminationNotice()).hasValue(1);
    }

    @Test
    void aBiweeklyCadenceSpacesSessionsTwoWeeksApart() {
        Schedule schedule = Schedule.planner(Protocol.brief(), MONDAY).withCadence(Period.ofWeeks(2)).plan();
        assertThat(schedule.session(2).orElseThrow().date()).isEqualTo(MONDAY.plusWeeks(2));
        assertThat(schedule.cadence()).isEqualTo(Period.ofWeeks(2));
    }

    @Test
    void invalidSettingsAreRejectedWithTheirPath() {
        Planner planner = Schedule.planner(Protocol.standard(), MONDAY);
        assertThatExceptionOfType(InvalidModelException.class).isThrownBy(() -> planner.withSessionCount(0))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                        .containsExactly(tuple("sessionCount", ModelRule.VALUE_IN_RANGE)));
        assertThatExceptionOfType(InvalidModelException.class).isThrownBy(() -> planner.withCadence(Period.ZERO))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path)
                        .containsExactly("cadence"));
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> planner.withCadence(Period.of(0, 1, -3)))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path)
                        .containsExactly("cadence"));
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> planner.withMaintenanceSessions(-1))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path)
                        .containsExactly("maintenanceSessions"));
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> Schedule.planner(Protocol.maintenance(), MONDAY).withSessionCount(3))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path)
                        .containsExactly("sessionCount"));
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> Schedule.planner(Protocol.adolescent(), MONDAY).withMaintenanceSessions(2).plan())
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                        .containsExactly(tuple("maintenanceCadence", ModelRule.PRESENCE)));
        assertThat(Schedule.planner(Protocol.adolescent(), MONDAY).withMaintenanceSessions(2)
                .withMaintenanceCadence(Period.ofMonths(1)).plan().maintenanceSessions()).hasSize(2);
    }

    @Test
    void aPlannerIsImmutable() {
        Planner planner = Schedule.planner(Protocol.standard(), MONDAY);
        planner.withSessionCount(12);
        assertThat(planner.plan()).isEqualTo(Schedule.of(Protocol.standard(), MONDAY));
    }

    @Test
    void aPlannedSessionNeedsAPositiveNumber() {
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> new PlannedSession(0, MONDAY, Phase.INITIAL))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("number"));
    }
}
