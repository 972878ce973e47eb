package org.iptmodel.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.iptmodel.core.Course;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Phase;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Session;
import org.iptmodel.core.Violation;
import org.junit.jupiter.api.Test;
import org.iptmodel.core.arbitraries.PlannedCourses;

class ScheduleComparisonTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    private static final Schedule PLAN = Schedule.of(Protocol.brief(), MONDAY);

    private static List<Session> heldAsPlanned(int count) {
        List<Session> sessions = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            sessions.add(PlannedCourses.held(PLAN, PLAN.session(n).orElseThrow(), List.of()));
        }
        return sessions;
    }

    @Test
    void aRunningCourseMissesOnlyTheSessionsStillToCome() {
        Course course = PlannedCourses.planned(PLAN);
        for (Session s : heldAsPlanned(4)) {
            course = course.recordSession(s);
        }

        ScheduleComparison comparison = PLAN.compareWith(course);

        assertThat(comparison.missing()).containsExactly(5, 6, 7, 8);
        assertThat(comparison.missingAsOf(MONDAY.plusWeeks(5))).containsExactly(5);
        assertThat(comparison.missingAsOf(MONDAY.plusWeeks(4))).isEmpty();
        assertThat(comparison.extra()).isEmpty();
        assertThat(comparison.isOnPlan()).isFalse();
        assertThat(comparison.entries().get(0).isOnPlan()).isTrue();
    }

    @Test
    void shiftedExtraAndPhaseChangedSessionsAreNamed() {
        List<Session> held = new ArrayList<>(heldAsPlanned(8));
        held.set(2, held.get(2).withDate(held.get(2).date().plusDays(2)));
        held.set(3, held.get(3).withPhase(Phase.INITIAL));
        held.add(held.get(7).withNumber(9).withDate(held.get(7).date().plusWeeks(1)));

        ScheduleComparison comparison = PLAN.compareWith(held);

        assertThat(comparison.shifted()).containsExactly(3);
        assertThat(comparison.entries().get(2).dayShift()).hasValue(2);
        assertThat(comparison.phaseDifferences()).containsExactly(4);
        assertThat(comparison.entries().get(3).heldPhase()).contains(Phase.INITIAL);
        assertThat(comparison.extra()).containsExactly(9);
        assertThat(comparison.entries().get(8).planned()).isEmpty();
        assertThat(comparison.entries().get(8).dayShift()).isEmpty();
        assertThat(comparison.missing()).isEmpty();
    }

    @Test
    void sessionsNumberedFarBeyondThePlanAreComparedWithoutVisitingTheNumbersBetween() {
        List<Session> held = new ArrayList<>(heldAsPlanned(2));
        held.add(held.get(1).withNumber(Integer.MAX_VALUE));
        held.add(held.get(1).withNumber(1_000_000));

        ScheduleComparison comparison = PLAN.compareWith(held);

        assertThat(comparison.extra()).containsExactly(1_000_000, Integer.MAX_VALUE);
        assertThat(comparison.entries()).hasSize(PLAN.sessions().size() + 2);
        assertThat(comparison.missing()).containsExactly(3, 4, 5, 6, 7, 8);
    }

    @Test
    void sessionsSharingANumberAreRejected() {
        List<Session> held = heldAsPlanned(2);
        List<Session> twice = List.of(held.get(0), held.get(1).withNumber(1));
        assertThatExceptionOfType(InvalidModelException.class).isThrownBy(() -> PLAN.compareWith(twice))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("held[1].number",
                                ModelRule.SESSION_NUMBERING)));
    }
}
