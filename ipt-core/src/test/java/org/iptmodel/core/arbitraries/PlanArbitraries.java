package org.iptmodel.core.arbitraries;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.iptmodel.core.Bounds;
import org.iptmodel.core.Course;
import org.iptmodel.core.IntRange;
import org.iptmodel.core.Phase;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Session;
import org.iptmodel.core.Verification;
import org.iptmodel.core.plan.PlannedSession;
import org.iptmodel.core.plan.Planner;
import org.iptmodel.core.plan.Schedule;
import org.iptmodel.core.plan.ScheduleComparison;
import org.iptmodel.core.plan.SessionComparison;

/**
 * Protocols that can be planned, planners, schedules and their comparisons with the sessions
 * held. Package-private: use {@link IptArbitraries}.
 */
final class PlanArbitraries {
    private static final LocalDate EARLIEST = LocalDate.of(2020, 1, 1);

    static final Arbitrary<Protocol> CUSTOM = customProtocols();
    static final Arbitrary<Protocol> PROTOCOLS = Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.of(Protocol.catalogue())),
            Tuple.of(1, CUSTOM));
    static final Arbitrary<Planner> PLANNERS = PROTOCOLS.flatMap(PlanArbitraries::planners);
    static final Arbitrary<Schedule> SCHEDULES = PLANNERS.map(Planner::plan);
    static final Arbitrary<Schedule> ADHERENT = adherentSchedules();
    static final Arbitrary<Schedule> MISPLANNED = Combinators.combine(
            SCHEDULES.filter(s -> !s.sessions().isEmpty()), Arbitraries.integers().between(0, 10_000))
            .as((s, key) -> shiftedFrom(s, key % s.sessions().size()));
    static final Arbitrary<Verification> VERIFICATIONS = Arbitraries.frequencyOf(
            Tuple.of(1, SCHEDULES.map(Schedule::verify)),
            Tuple.of(2, MISPLANNED.map(Schedule::verify)));
    static final Arbitrary<PlannedSession> PLANNED_SESSIONS = Combinators.combine(
            Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.integers().between(1, 40)),
                    Tuple.of(1, Arbitraries.integers().between(41, 10_000))),
            IptArbitraries.dates(), Arbitraries.of(Phase.class)).as(PlannedSession::new);
    static final Arbitrary<ScheduleComparison> COMPARISONS = comparisons();
    static final Arbitrary<SessionComparison> SESSION_COMPARISONS = Combinators.combine(
            COMPARISONS.filter(c -> !c.entries().isEmpty()), Arbitraries.integers().between(0, 10_000))
            .as((comparison, key) -> comparison.entries().get(key % comparison.entries().size()));

    private PlanArbitraries() {
    }

    /** Valid custom protocols with small, varied phase ranges (some phases may be empty). */
    private static Arbitrary<Protocol> customProtocols() {
        Arbitrary<IntRange> initial = ranges(0, 3, 3);
        Arbitrary<IntRange> middle = ranges(0, 8, 8);
        Arbitrary<IntRange> termination = ranges(1, 4, 3);
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 1000);
        Arbitrary<Boolean> withDeficits = Arbitraries.of(true, true, false);
        Arbitrary<Period> maintenance = Arbitraries.of(Period.ofMonths(1), Period.ofWeeks(2), Period.ofWeeks(4),
                Period.ZERO);
        return Combinators.combine(initial, middle, termination, pick, pick, cadences(), withDeficits, maintenance)
                .as((i, m, t, a, b, cadence, deficits, maint) -> {
                    int minSum = i.min() + m.min() + t.min();
                    int maxSum = i.max() + m.max() + t.max();
                    int acuteMin = minSum + a % (maxSum - minSum + 1);
                    int acuteMax = acuteMin + b % (maxSum - acuteMin + 3);
                    int noticeMin = 1 + a % Math.min(3, acuteMax);
                    int noticeMax = Math.min(noticeMin + b % 3, acuteMax);
                    Set<ProblemArea> areas = EnumSet.allOf(ProblemArea.class);
                    if (!deficits) {
                        areas.remove(ProblemArea.INTERPERSONAL_DEFICITS);
                    }
                    Protocol.Builder builder = Protocol.builder();
                    builder.id("custom-" + (a + b))
                            .name("Custom protocol")
                            .acuteSessions(IntRange.of(acuteMin, acuteMax))
                            .initialSessions(i)
                            .middleSessions(m)
                            .terminationSessions(t)
                            .terminationNotice(IntRange.of(noticeMin, noticeMax))
                            .cadence(cadence)
                            .minSessionLength(Duration.ofMinutes(45))
                            .maxSessionLength(Duration.ofMinutes(50))
                            .maxFocalAreas(1 + b % areas.size())
                            .problemAreas(areas);
                    if (!maint.isZero()) {
                        builder.maintenanceCadence(maint);
                    }
                    return builder.build();
                });
    }

    private static Arbitrary<IntRange> ranges(int minLow, int minHigh, int maxWidth) {
        return Combinators.combine(Arbitraries.integers().between(minLow, minHigh),
                Arbitraries.integers().between(0, maxWidth)).as((min, width) -> IntRange.of(min, min + width));
    }

    /** Day-based cadences: mostly weekly, sometimes 3 to 14 days. */
    private static Arbitrary<Period> cadences() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(Period.ofWeeks(1))),
                Tuple.of(1, Arbitraries.integers().between(3, 14).map(Period::ofDays)),
                Tuple.of(1, Arbitraries.just(Period.ofWeeks(2))));
    }

    /** Start dates from 2020 to about 2032, edge cases at month and year ends included. */
    private static Arbitrary<LocalDate> starts() {
        return Arbitraries.integers().between(0, 4500).map(EARLIEST::plusDays);
    }

    /** The largest session count within the protocol's acute range that its phase ranges can fill. */
    private static int feasibleMax(Protocol p) {
        return Math.min(p.acuteSessions().max(), maxSum(p));
    }

    /** The smallest session count within the protocol's acute range that its phase ranges can fill. */
    private static int feasibleMin(Protocol p) {
        return Math.max(p.acuteSessions().min(), minSum(p));
    }

    private static int minSum(Protocol p) {
        return p.initialSessions().min() + p.middleSessions().min() + p.terminationSessions().min();
    }

    private static int maxSum(Protocol p) {
        return p.initialSessions().max() + p.middleSessions().max() + p.terminationSessions().max();
    }

    /** Any planner for one protocol. */
    static Arbitrary<Planner> planners(Protocol protocol) {
        Arbitrary<Integer> count = protocol.hasAcutePhase()
                ? Arbitraries.frequencyOf(
                        Tuple.of(2, Arbitraries.just(-1)),
                        Tuple.of(2, Arbitraries.integers().between(feasibleMin(protocol),
                                Math.max(feasibleMin(protocol), feasibleMax(protocol)))),
                        Tuple.of(1, Arbitraries.integers().between(1, 30)))
                : Arbitraries.just(-1);
        Arbitrary<Period> cadence = Arbitraries.oneOf(Arbitraries.just(protocol.cadence()), cadences());
        Arbitrary<List<Integer>> skippedSlots = Arbitraries.integers().between(0, 40).list().ofMaxSize(12);
        Arbitrary<List<Integer>> skippedDays = Arbitraries.integers().between(-30, 400).list().ofMaxSize(6);
        Arbitrary<Integer> maintenance = Arbitraries.integers().between(0, 6);
        Arbitrary<Period> maintenanceCadence = Arbitraries.of(Period.ZERO, Period.ofMonths(1), Period.ofWeeks(3));
        return Combinators.combine(starts(), count, cadence, skippedSlots, skippedDays, maintenance, maintenanceCadence)
                .as((start, n, every, slots, days, m, mc) -> {
                    Planner planner = Schedule.planner(protocol, start).withCadence(every);
                    if (n > 0) {
                        planner = planner.withSessionCount(n);
                    }
                    List<LocalDate> skipped = new ArrayList<>();
                    slots.forEach(k -> skipped.add(start.plus(every.multipliedBy(k))));
                    days.forEach(d -> skipped.add(start.plusDays(d)));
                    planner = planner.withSkippedDates(skipped);
                    if (!mc.isZero()) {
                        planner = planner.withMaintenanceCadence(mc);
                    }
                    if (!mc.isZero() || protocol.maintenanceCadence().isPresent()) {
                        planner = planner.withMaintenanceSessions(m);
                    }
                    return planner;
                });
    }

    /**
     * Schedules a course can follow without any deviation: a protocol with an acute phase, or
     * maintenance IPT; the protocol's cadence or another day-based one; a session count the
     * protocol's ranges accept; skipped dates only among the acute slots and never two slots in a
     * row (so no gap exceeds two cadences); maintenance only at the protocol's own cadence.
     */
    private static Arbitrary<Schedule> adherentSchedules() {
        return PROTOCOLS.flatMap(protocol -> {
            Arbitrary<Integer> count = protocol.hasAcutePhase()
                    ? Arbitraries.integers().between(feasibleMin(protocol), feasibleMax(protocol))
                    : Arbitraries.just(0);
            Arbitrary<Period> cadence = Arbitraries.oneOf(Arbitraries.just(protocol.cadence()), cadences());
            Arbitrary<Set<Integer>> slots = Arbitraries.integers().between(0, 30).set().ofMaxSize(8);
            Arbitrary<Integer> maintenance = protocol.maintenanceCadence().isPresent()
                    ? Arbitraries.integers().between(0, 4)
                    : Arbitraries.just(0);
            return Combinators.combine(starts(), count, cadence, slots, maintenance).as((start, n, every, s, m) -> {
                Set<Integer> isolated = new TreeSet<>();
                for (int k : new TreeSet<>(s)) {
                    if (k < Math.max(n, 1) && !isolated.contains(k - 1)) {
                        isolated.add(k);
                    }
                }
                List<LocalDate> skipped = isolated.stream().map(k -> start.plus(every.multipliedBy(k))).toList();
                Planner planner = Schedule.planner(protocol, start).withCadence(every).withSkippedDates(skipped);
                if (protocol.hasAcutePhase()) {
                    planner = planner.withSessionCount(n);
                    return planner.withMaintenanceSessions(m).plan();
                }
                return planner.withMaintenanceSessions(1 + m).plan();
            });
        });
    }

    /**
     * The schedule recorded with the sessions from index {@code from} on moved later by the fewest
     * days (at least one) that put none of them on a skipped date: structurally valid, and not
     * what a planner gives.
     */
    static Schedule shiftedFrom(Schedule schedule, int from) {
        List<PlannedSession> sessions = schedule.sessions();
        for (int days = 1; ; days++) {
            List<PlannedSession> moved = new ArrayList<>(sessions.subList(0, from));
            boolean free = true;
            for (PlannedSession s : sessions.subList(from, sessions.size())) {
                LocalDate date = s.date().plusDays(days);
                free &= !schedule.skippedDates().contains(date);
                moved.add(new PlannedSession(s.number(), date, s.phase()));
            }
            if (free) {
                return Schedule.recorded(schedule.protocol(), schedule.start(), schedule.cadence(),
                        schedule.maintenanceCadence(), schedule.skippedDates(), schedule.acuteSessionCount(),
                        schedule.terminationNotice(), moved);
            }
        }
    }

    /** How a comparison's sessions differ from the plan. */
    private enum Held { AS_PLANNED, FIRST_ONLY, SHIFTED, OTHER_COURSE }

    /**
     * Comparisons of adherent schedules with the sessions of their planned course: all held as
     * planned, only the first ones, some moved by a few days or to another phase, or a generated
     * course's sessions, which match nothing in particular.
     */
    private static Arbitrary<ScheduleComparison> comparisons() {
        Arbitrary<Held> how = Arbitraries.frequency(Tuple.of(2, Held.AS_PLANNED), Tuple.of(2, Held.FIRST_ONLY),
                Tuple.of(2, Held.SHIFTED), Tuple.of(1, Held.OTHER_COURSE));
        return Combinators.combine(ADHERENT, how, Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(-3, 3), IptArbitraries.courses())
                .as((schedule, held, key, days, other) -> {
                    Course course = PlannedCourses.held(schedule);
                    List<Session> sessions = course.sessions();
                    return switch (held) {
                        case AS_PLANNED -> schedule.compareWith(course);
                        case FIRST_ONLY -> schedule.compareWith(sessions.subList(0,
                                sessions.isEmpty() ? 0 : key % sessions.size()));
                        case SHIFTED -> schedule.compareWith(shifted(sessions, key, days));
                        case OTHER_COURSE -> schedule.compareWith(other);
                    };
                });
    }

    /** The sessions with one of them moved by {@code days} or, when {@code days} is 0, to another phase. */
    private static List<Session> shifted(List<Session> sessions, int key, int days) {
        if (sessions.isEmpty()) {
            return sessions;
        }
        List<Session> moved = new ArrayList<>(sessions);
        int i = key % sessions.size();
        Session session = sessions.get(i);
        moved.set(i, days != 0 ? session.withDate(session.date().plusDays(days))
                : session.withPhase(Phase.values()[(session.phase().ordinal() + 1) % Phase.values().length]));
        return moved;
    }

    /** See {@link IptArbitraries#furthestPlan}. */
    static Schedule furthestPlan(Protocol protocol, LocalDate start, Period cadence) {
        List<LocalDate> skipped = new ArrayList<>();
        for (int j = 0; j < Bounds.MAX_SKIPPED_DATES; j++) {
            LocalDate slot = start.plus(cadence.multipliedBy(j));
            if (slot.isAfter(Bounds.LATEST_DATE)) {
                break;
            }
            skipped.add(slot);
        }
        Planner planner = Schedule.planner(protocol, start).withCadence(cadence).withMaintenanceCadence(cadence)
                .withSkippedDates(skipped);
        if (protocol.hasAcutePhase()) {
            planner = planner.withSessionCount(Bounds.MAX_PLANNED_SESSIONS - 1).withMaintenanceSessions(1);
        } else {
            planner = planner.withMaintenanceSessions(Bounds.MAX_PLANNED_SESSIONS);
        }
        return planner.plan();
    }
}
