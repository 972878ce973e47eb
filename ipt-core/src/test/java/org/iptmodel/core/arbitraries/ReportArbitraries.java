package org.iptmodel.core.arbitraries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.iptmodel.core.Course;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.Severity;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.Deviation;
import org.iptmodel.core.report.DeviationCode;
import org.iptmodel.core.report.InstrumentOutcome;
import org.iptmodel.core.report.OutcomeCriteria;
import org.iptmodel.core.report.OutcomeReport;
import org.iptmodel.core.report.ReportEntry;
import org.iptmodel.core.report.ReportSeverity;
import org.iptmodel.core.report.ResponseClass;
import org.iptmodel.core.report.SafetyFlag;
import org.iptmodel.core.report.SafetyNotice;
import org.iptmodel.core.report.ScorePoint;
import org.iptmodel.core.report.StartedTreatment;

/**
 * Measurements with a chosen answer to the suicidality item, courses recorded from a plan, with
 * or without deviations, and the reports and their parts. Package-private: use
 * {@link IptArbitraries}.
 */
final class ReportArbitraries {
    private static final Arbitrary<Integer> KEY = Arbitraries.integers().between(0, 10_000);

    static final Arbitrary<Instrument> CATALOGUE_INSTRUMENTS = Arbitraries.of(Instrument.catalogue());
    static final Arbitrary<Course> RECORDED_ANY = recordedCourses(Suicidality.ANY);
    static final Arbitrary<Course> DEVIATING = RECORDED_ANY
            .flatMap(course -> Arbitraries.of(DeviationCode.class).list().ofMaxSize(4).map(codes -> {
                Course c = course;
                for (DeviationCode code : codes) {
                    c = Deviations.apply(code, c).orElse(c);
                }
                return c;
            }))
            .withoutEdgeCases();
    static final Arbitrary<AdherenceReport> ADHERENCE_REPORTS = Arbitraries.frequencyOf(
            Tuple.of(1, RECORDED_ANY), Tuple.of(3, DEVIATING), Tuple.of(2, IptArbitraries.courses()))
            .map(AdherenceReport::of);
    static final Arbitrary<OutcomeReport> OUTCOME_REPORTS = Combinators.combine(
            Arbitraries.frequencyOf(Tuple.of(1, RECORDED_ANY), Tuple.of(1, IptArbitraries.courses())),
            IptArbitraries.outcomeCriteria()).as(OutcomeReport::of);
    static final Arbitrary<Deviation> DEVIATIONS = Combinators.combine(
            ADHERENCE_REPORTS.filter(r -> !r.deviations().isEmpty()), KEY)
            .as((report, key) -> report.deviations().get(key % report.deviations().size()));
    static final Arbitrary<ScorePoint> SCORE_POINTS = Combinators.combine(Arbitraries.integers().between(1, 40),
            IptArbitraries.dates(), IptArbitraries.instruments(), KEY)
            .as((session, date, instrument, key) -> point(session, date, instrument, key % (instrument.maxScore() + 1),
                    OutcomeCriteria.defaults()));
    static final Arbitrary<InstrumentOutcome> INSTRUMENT_OUTCOMES = Combinators.combine(IptArbitraries.instruments(),
            IptArbitraries.outcomeCriteria(), IptArbitraries.dates(), KEY.list().ofMinSize(1).ofMaxSize(8))
            .as(ReportArbitraries::outcome);
    static final Arbitrary<SafetyFlag> SAFETY_FLAGS = Combinators.combine(Arbitraries.integers().between(1, 40),
            IptArbitraries.instruments().filter(i -> i.suicidalityItem().isPresent()), KEY)
            .as((session, instrument, key) -> {
                int item = instrument.suicidalityItem().getAsInt();
                return new SafetyFlag(session, instrument.code(), item,
                        1 + key % instrument.itemMaxima().get(item - 1));
            });
    static final Arbitrary<SafetyNotice> SAFETY_NOTICES = Combinators.combine(Arbitraries.integers().between(1, 40),
            IptArbitraries.instruments().filter(i -> i.suicidalityItem().isPresent()))
            .as((session, instrument) -> new SafetyNotice(session, instrument.code(),
                    instrument.suicidalityItem().getAsInt()));
    static final Arbitrary<StartedTreatment> STARTED_TREATMENTS = Combinators.combine(
            IptArbitraries.concurrentTreatments(), IptArbitraries.dates())
            .as((t, started) -> new StartedTreatment(t.kind(), t.codeSystem(), t.code(),
                    t.started().orElse(started)));
    static final Arbitrary<ReportEntry> REPORT_ENTRIES = Arbitraries.frequencyOf(
            Tuple.of(1, SAFETY_FLAGS), Tuple.of(1, DEVIATIONS));
    static final Arbitrary<AdherenceReport> RECORDED_ADHERENCE = DEVIATING.map(AdherenceReport::of)
            .filter(r -> !r.deviations().isEmpty()
                    && r.deviations().get(r.deviations().size() - 1).severity() != ReportSeverity.INFO)
            .map(ReportArbitraries::lastGradedInfo);
    static final Arbitrary<OutcomeReport> RECORDED_OUTCOMES = Combinators.combine(
            OUTCOME_REPORTS.filter(r -> !r.outcomes().isEmpty()), KEY, KEY, Arbitraries.of(true, false))
            .as(ReportArbitraries::regraded);

    private ReportArbitraries() {
    }

    /**
     * The report with its last deviation recorded as {@link ReportSeverity#INFO}, the least
     * severe, so still in the report's order: a severity its code does not have.
     */
    static AdherenceReport lastGradedInfo(AdherenceReport report) {
        List<Deviation> deviations = new ArrayList<>(report.deviations());
        Deviation last = deviations.remove(deviations.size() - 1);
        deviations.add(new Deviation(last.code(), ReportSeverity.INFO, last.sessions(), last.message()));
        return AdherenceReport.of(report.safetyFlags(), report.safetyNotices(), deviations);
    }

    /**
     * The report with one score of one outcome recorded with another severity, or, with
     * {@code classOnly} and two scores or more, the outcome recorded with another response class:
     * made by {@link OutcomeReport#recorded}, not what the criteria give.
     */
    static OutcomeReport regraded(OutcomeReport report, int which, int key, boolean classOnly) {
        List<InstrumentOutcome> outcomes = new ArrayList<>(report.outcomes());
        int i = which % outcomes.size();
        InstrumentOutcome o = outcomes.get(i);
        List<ScorePoint> points = new ArrayList<>(o.points());
        Optional<ResponseClass> responseClass = o.responseClass();
        if (classOnly && responseClass.isPresent()) {
            ResponseClass[] all = ResponseClass.values();
            responseClass = Optional.of(all[(responseClass.get().ordinal() + 1 + key % (all.length - 1)) % all.length]);
        } else {
            int j = key % points.size();
            ScorePoint p = points.get(j);
            Severity[] all = Severity.values();
            points.set(j, new ScorePoint(p.session(), p.date(), p.total(),
                    all[(p.severity().ordinal() + 1 + key % (all.length - 1)) % all.length]));
        }
        outcomes.set(i, InstrumentOutcome.recorded(o.instrument(), points, responseClass));
        return OutcomeReport.recorded(report.criteria(), report.safetyFlags(), report.safetyNotices(),
                report.concurrentTreatments(), outcomes);
    }

    /**
     * Measurements on an instrument: a total only, or item responses (each within its item's
     * range) summing to the total. The suicidality item is 0, above 0, or anything, as asked.
     */
    static Arbitrary<Measurement> measurements(Instrument instrument, Suicidality suicidality) {
        Arbitrary<Measurement> totals = Arbitraries.integers().between(0, instrument.maxScore())
                .map(total -> Measurement.of(instrument, total));
        if (instrument.itemCount() == 0) {
            return totals;
        }
        Arbitrary<Measurement> items = itemResponses(instrument, suicidality).map(list -> Measurement.builder()
                .instrument(instrument).items(list).total(list.stream().mapToInt(Integer::intValue).sum()).build());
        if (suicidality == Suicidality.ABOVE_ZERO && instrument.suicidalityItem().isPresent()) {
            return items;
        }
        return Arbitraries.frequencyOf(Tuple.of(1, totals), Tuple.of(2, items));
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
    static Arbitrary<Course> recordedCourses(Suicidality suicidality) {
        return PlanArbitraries.ADHERENT.filter(s -> !s.sessions().isEmpty())
                .flatMap(schedule -> sessionMeasurements(suicidality).list().ofSize(schedule.sessions().size())
                        .map(lists -> PlannedCourses.completed(schedule, p -> lists.get(p.number() - 1))))
                .withoutEdgeCases();
    }

    private static ScorePoint point(int session, LocalDate date, Instrument instrument, int total,
            OutcomeCriteria criteria) {
        return new ScorePoint(session, date, total, criteria.severityOf(instrument, total));
    }

    /**
     * An outcome of 1 to 8 scores: sessions 1 to 3 apart, dates 0 to 20 days apart (never after
     * the latest date), totals within the instrument's range (one key in four gives 0 or the
     * maximum), graded by the criteria.
     */
    private static InstrumentOutcome outcome(Instrument instrument, OutcomeCriteria criteria, LocalDate start,
            List<Integer> keys) {
        List<ScorePoint> points = new ArrayList<>();
        int session = 0;
        LocalDate date = start;
        for (int key : keys) {
            session += 1 + key % 3;
            LocalDate next = date.plusDays(key % 21);
            date = next.isAfter(IptArbitraries.LATEST_DATE) ? IptArbitraries.LATEST_DATE : next;
            int total = switch (key % 8) {
                case 0 -> 0;
                case 1 -> instrument.maxScore();
                default -> key % (instrument.maxScore() + 1);
            };
            points.add(point(session, date, instrument, total, criteria));
        }
        return InstrumentOutcome.of(instrument, points, criteria);
    }
}
