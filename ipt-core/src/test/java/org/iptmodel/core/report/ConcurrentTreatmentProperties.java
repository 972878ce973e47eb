package org.iptmodel.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iptmodel.core.contracts.Rejections.assertRejectedOnly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.iptmodel.core.Bounds;
import org.iptmodel.core.ConcurrentTreatment;
import org.iptmodel.core.Course;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.TreatmentKind;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.arbitraries.Suicidality;

/**
 * The concurrent treatments of an outcome report: every treatment of the course that started
 * during it (start known, not before the contract start, not after the last session) is listed,
 * with its kind, code and start only, and no other; each instrument's outcome is confounded by
 * those started by its latest score.
 */
class ConcurrentTreatmentProperties {

    /** Generated courses with 0 to 3 more treatments starting around them. */
    @Provide
    Arbitrary<Course> courses() {
        Arbitrary<Course> planned = IptArbitraries.recordedCourses(Suicidality.ANY);
        Arbitrary<Course> any = Arbitraries.frequencyOf(Tuple.of(1, IptArbitraries.courses()), Tuple.of(1, planned));
        Arbitrary<List<Integer>> offsets = Arbitraries.integers().between(-20, 400).list().ofMaxSize(3);
        return Combinators.combine(any, offsets, IptArbitraries.concurrentTreatments().list().ofSize(3))
                .as((course, days, treatments) -> {
                    List<ConcurrentTreatment> all = new ArrayList<>(course.concurrentTreatments());
                    for (int i = 0; i < days.size(); i++) {
                        LocalDate started = within(course.contract().start().plusDays(days.get(i)));
                        all.add(ConcurrentTreatment.builder().from(treatments.get(i)).started(started)
                                .stopped(Optional.empty()).build());
                    }
                    return Course.builder().from(course).concurrentTreatments(all).build();
                }).withoutEdgeCases();
    }

    /** The date, moved into the model's range of dates. */
    private static LocalDate within(LocalDate date) {
        return date.isBefore(IptArbitraries.EARLIEST_DATE) ? IptArbitraries.EARLIEST_DATE
                : date.isAfter(IptArbitraries.LATEST_DATE) ? IptArbitraries.LATEST_DATE : date;
    }

    private static boolean startedDuring(ConcurrentTreatment t, Course course) {
        return course.lastSession().isPresent() && t.started().isPresent()
                && !t.started().get().isBefore(course.contract().start())
                && !t.started().get().isAfter(course.lastSession().get().date());
    }

    @Property
    void everyTreatmentThatStartedDuringTheCourseIsListedAndNoOther(@ForAll("courses") Course course,
            @ForAll("criteria") OutcomeCriteria criteria) {
        List<ConcurrentTreatment> during = course.concurrentTreatments().stream()
                .filter(t -> startedDuring(t, course)).toList();
        Statistics.label("started during").collect(during.isEmpty() ? "none" : "some");
        Statistics.label("started outside").collect(during.size() < course.concurrentTreatments().size());

        OutcomeReport report = OutcomeReport.of(course, criteria);

        List<StartedTreatment> expected = during.stream()
                .map(t -> new StartedTreatment(t.kind(), t.codeSystem(), t.code(), t.started().get()))
                .sorted(Comparator.comparing(StartedTreatment::started)).toList();
        assertThat(report.concurrentTreatments()).containsExactlyElementsOf(expected);
        assertThat(report.concurrentTreatments()).isSortedAccordingTo(Comparator.comparing(StartedTreatment::started));
        assertThat(report.toString()).doesNotContain(IptArbitraries.REDACTION_MARKER);
        Statistics.label("started during").coverage(c -> {
            c.check("none").count(n -> n > 0);
            c.check("some").count(n -> n > 0);
        });
        Statistics.label("started outside").coverage(c -> c.check(true).count(n -> n > 0));
    }

    @Property
    void eachOutcomeIsConfoundedByTheTreatmentsStartedByItsLatestScore(@ForAll("courses") Course course) {
        OutcomeReport report = OutcomeReport.of(course);

        for (InstrumentOutcome outcome : report.outcomes()) {
            LocalDate latest = outcome.latest().date();
            assertThat(report.concurrentTreatments(outcome.instrument())).containsExactlyElementsOf(
                    report.concurrentTreatments().stream().filter(t -> !t.started().isAfter(latest)).toList());
        }
        for (Instrument instrument : Instrument.catalogue()) {
            if (report.outcome(instrument).isEmpty()) {
                assertThat(report.concurrentTreatments(instrument)).isEmpty();
            }
        }
    }

    @Property
    void treatmentsOutOfTheOrderOfTheirStartAreRejected(@ForAll("treatments") List<StartedTreatment> treatments) {
        List<StartedTreatment> descending = new ArrayList<>(treatments);
        descending.sort(Comparator.comparing(StartedTreatment::started).reversed());
        int i = 1;
        while (i < descending.size() && !descending.get(i).started().isBefore(descending.get(i - 1).started())) {
            i++;
        }
        Assume.that(i < descending.size());
        int first = i;

        assertRejectedOnly(() -> OutcomeReport.of(OutcomeCriteria.defaults(), List.of(), List.of(),
                descending.subList(0, first + 1), List.of()), "concurrentTreatments[" + first + "]",
                ModelRule.REPORT_ORDER);
    }

    @Provide
    Arbitrary<List<StartedTreatment>> treatments() {
        return Combinators.combine(Arbitraries.of(TreatmentKind.class), Arbitraries.of("N06AB06", "N06AX16").optional(),
                IptArbitraries.dates()).as((kind, code, started) -> new StartedTreatment(kind,
                        code.map(c -> "ATC"), code, started)).list().ofMinSize(2).ofMaxSize(5);
    }

    @Provide
    Arbitrary<OutcomeCriteria> criteria() {
        return IptArbitraries.outcomeCriteria();
    }

    @Property
    void aCodeWithoutItsSystemIsRejected(@ForAll TreatmentKind kind) {
        assertRejectedOnly(() -> new StartedTreatment(kind, Optional.empty(), Optional.of("N06AB06"),
                LocalDate.of(2026, 1, 5)), "code", ModelRule.PRESENCE);
        assertRejectedOnly(() -> new StartedTreatment(kind, Optional.of("A T C"), Optional.of("N06AB06"),
                LocalDate.of(2026, 1, 5)), "codeSystem", ModelRule.ID_FORMAT);
    }

    @Property
    void aStartOutsideTheModelsDatesIsRejected(@ForAll TreatmentKind kind) {
        for (LocalDate outside : List.of(LocalDate.of(1899, 12, 31), LocalDate.of(10000, 1, 1), LocalDate.MIN)) {
            assertRejectedOnly(() -> new StartedTreatment(kind, Optional.empty(), Optional.empty(), outside),
                    "started", ModelRule.VALUE_IN_RANGE);
        }
        for (LocalDate inside : List.of(Bounds.EARLIEST_DATE, Bounds.LATEST_DATE)) {
            assertThat(new StartedTreatment(kind, Optional.empty(), Optional.empty(), inside).started())
                    .isEqualTo(inside);
        }
    }
}
