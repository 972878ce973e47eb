package org.iptmodel.core.report;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.iptmodel.core.Course;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.plan.PlanArbitraries;
import org.iptmodel.core.plan.PlannedCourses;

/** Generators for measurements and outcome criteria, written for the report tests. */
final class ReportArbitraries {

    private ReportArbitraries() {
    }

    /** The catalogue instruments. */
    static Arbitrary<Instrument> instruments() {
        return Arbitraries.of(Instrument.catalogue());
    }

    /**
     * Measurements on an instrument: a total only, or item responses (each within its item's
     * range) summing to the total. The suicidality item is 0, above 0, or anything, as asked.
     */
    static Arbitrary<Measurement> measurements(Instrument instrument, Suicidality suicidality) {
        Arbitrary<Measurement> totals = Arbitraries.integers().between(0, instrument.maxScore())
                .map(total -> Measurement.of(instrument, total));
        Arbitrary<Measurement> items = itemResponses(instrument, suicidality).map(list -> Measurement.builder()
                .instrument(instrument).items(list).total(list.stream().mapToInt(Integer::intValue).sum()).build());
        return switch (suicidality) {
            case ABOVE_ZERO -> items;
            default -> Arbitraries.frequencyOf(Tuple.of(1, totals), Tuple.of(2, items));
        };
    }

    private static Arbitrary<List<Integer>> itemResponses(Instrument instrument, Suicidality suicidality) {
        int flagged = instrument.suicidalityItem().orElse(0) - 1;
        List<Arbitrary<Integer>> each = new ArrayList<>();
        for (int i = 0; i < instrument.itemCount(); i++) {
            int max = instrument.itemMaxima().get(i);
            if (i == flagged && suicidality == Suicidality.ZERO) {
                each.add(Arbitraries.just(0));
            } else if (i == flagged && suicidality == Suicidality.ABOVE_ZERO) {
                each.add(Arbitraries.integers().between(1, max));
            } else {
                each.add(Arbitraries.integers().between(0, max));
            }
        }
        return Combinators.combine(each).as(List::copyOf);
    }

    /** The measurements of one session: mostly none, else some distinct catalogue instruments. */
    static Arbitrary<List<Measurement>> sessionMeasurements(Suicidality suicidality) {
        Arbitrary<List<Measurement>> some = Arbitraries.subsetOf(Instrument.catalogue()).ofMinSize(1)
                .flatMap(set -> Combinators.combine(set.stream().map(i -> measurements(i, suicidality)).toList())
                        .as(List::copyOf));
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(List.of())), Tuple.of(2, some));
    }

    /**
     * Completed courses recorded from a plan, with measurements in some sessions. Without jqwik's
     * combined edge cases: for these nested generators they cost seconds and add nothing the
     * frequencies above do not already give (sessions without measurements, single instruments).
     */
    static Arbitrary<Course> coursesWithMeasurements(Suicidality suicidality) {
        return PlanArbitraries.adherentSchedules().filter(s -> !s.sessions().isEmpty())
                .flatMap(schedule -> sessionMeasurements(suicidality).list().ofSize(schedule.sessions().size())
                        .map(lists -> PlannedCourses.completed(schedule, p -> lists.get(p.number() - 1))))
                .withoutEdgeCases();
    }

    /** How a generated measurement answers the suicidality item. */
    enum Suicidality { ZERO, ABOVE_ZERO, ANY }

    /** Any valid criteria: thresholds and per-instrument depressed ranges and remission thresholds. */
    static Arbitrary<OutcomeCriteria> criteria() {
        return IptArbitraries.outcomeCriteria();
    }
}
