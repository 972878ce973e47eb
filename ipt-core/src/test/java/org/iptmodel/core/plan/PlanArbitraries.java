package org.iptmodel.core.plan;

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
import org.iptmodel.core.IntRange;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;

/**
 * Generators for protocols and schedules, written for the lifecycle, plan and report tests.
 *
 * <p>Custom protocols have termination phases of at least one session (so a plan can conclude)
 * and use at least one problem area other than interpersonal deficits.
 */
public final class PlanArbitraries {
    private static final LocalDate EARLIEST = LocalDate.of(2020, 1, 1);

    private PlanArbitraries() {
    }

    /** The catalogue protocols and custom ones, with or without an acute phase. */
    public static Arbitrary<Protocol> protocols() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(Protocol.catalogue())),
                Tuple.of(1, customProtocols()));
    }

    /** Protocols with an acute phase: the catalogue's five and custom ones. */
    public static Arbitrary<Protocol> acuteProtocols() {
        return protocols().filter(Protocol::hasAcutePhase);
    }

    /** Catalogue protocols only, with an acute phase. */
    public static Arbitrary<Protocol> acuteCatalogue() {
        return Arbitraries.of(Protocol.catalogue().stream().filter(Protocol::hasAcutePhase).toList());
    }

    /** Valid custom protocols with small, varied phase ranges (some phases may be empty). */
    public static Arbitrary<Protocol> customProtocols() {
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
    public static Arbitrary<Period> cadences() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(Period.ofWeeks(1))),
                Tuple.of(1, Arbitraries.integers().between(3, 14).map(Period::ofDays)),
                Tuple.of(1, Arbitraries.just(Period.ofWeeks(2))));
    }

    /** Start dates from 2020 to about 2032, edge cases at month and year ends included. */
    public static Arbitrary<LocalDate> starts() {
        return Arbitraries.integers().between(0, 4500).map(EARLIEST::plusDays);
    }

    /** The largest session count within the protocol's acute range that its phase ranges can fill. */
    public static int feasibleMax(Protocol p) {
        return Math.min(p.acuteSessions().max(), maxSum(p));
    }

    /** The smallest session count within the protocol's acute range that its phase ranges can fill. */
    public static int feasibleMin(Protocol p) {
        return Math.max(p.acuteSessions().min(), minSum(p));
    }

    static int minSum(Protocol p) {
        return p.initialSessions().min() + p.middleSessions().min() + p.terminationSessions().min();
    }

    static int maxSum(Protocol p) {
        return p.initialSessions().max() + p.middleSessions().max() + p.terminationSessions().max();
    }

    /** Any planner for any protocol: other cadences and counts, skipped dates, maintenance. */
    public static Arbitrary<Planner> planners() {
        return protocols().flatMap(PlanArbitraries::planners);
    }

    /** Any planner for one protocol. */
    public static Arbitrary<Planner> planners(Protocol protocol) {
        Arbitrary<Integer> count = protocol.hasAcutePhase()
                ? Arbitraries.frequencyOf(
                        Tuple.of(2, Arbitraries.just(-1)),
                        Tuple.of(2, Arbitraries.integers().between(feasibleMin(protocol),
                                feasibleMax(protocol))),
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
    public static Arbitrary<Schedule> adherentSchedules() {
        return protocols().flatMap(protocol -> {
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
}
