package org.iptmodel.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.iptmodel.core.Bounds;
import org.iptmodel.core.Course;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Severity;
import org.iptmodel.core.SeverityBand;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.plan.Planner;
import org.iptmodel.core.plan.Schedule;
import org.iptmodel.core.ranking.KeyedRankingRule;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingContext;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.ranking.RankingRule;
import org.iptmodel.core.ranking.RankingRules;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.OutcomeCriteria;
import org.iptmodel.core.report.OutcomeReport;

/**
 * The values the properties of ipt-json run on: mostly the shared arbitraries of ipt-core's
 * test-jar ({@link IptArbitraries}), mixed with {@link RandomModel}, whose courses add custom
 * instruments in measurements and text that is hard to escape (quotes, control characters, lone
 * surrogates, JSON inside text). Rankings, schedules and reports are made from them through the
 * model's public API, as an application makes them.
 */
final class Generators {
    /** The built-in rules a policy may hold (the tie-break is every policy's own). */
    private static final List<RankingRule> RULES = RankingRules.all().stream()
            .filter(rule -> rule != RankingRules.ISSUE_ID).toList();

    /** A keyed rule of an application's own: issues involving fewer people first. */
    static final KeyedRankingRule FEWER_PEOPLE = KeyedRankingRule.of("fewer-people",
            "Issues involving fewer people first.", "clinic guideline 4.3",
            (issue, context) -> issue.people().size());

    /** A keyed rule of an application's own, with a name of the other identifier characters. */
    static final KeyedRankingRule DISPUTES_FIRST = KeyedRankingRule.of("clinic:disputes_first.v2",
            "Role disputes before every other problem area.", "clinic guideline 4.4",
            (issue, context) -> issue.area() == ProblemArea.ROLE_DISPUTE ? 0 : 1);

    /** A rule of an application's own that implements the comparison itself. */
    static final RankingRule EARLIER_START = new EarlierStart();

    /** The rules of an application's own that policies below may hold. */
    static final List<RankingRule> USER_RULES = List.of(FEWER_PEOPLE, DISPUTES_FIRST, EARLIER_START);

    private Generators() {
    }

    static Arbitrary<Course> courses() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, IptArbitraries.courses()),
                Tuple.of(1, Arbitraries.randomValue(random -> new RandomModel(random).course())));
    }

    static Arbitrary<Protocol> protocols() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, IptArbitraries.protocols()),
                Tuple.of(1, Arbitraries.randomValue(random -> new RandomModel(random).protocol())));
    }

    /** The catalogue policies, and custom policies of 1 to 6 built-in rules in any order. */
    static Arbitrary<RankingPolicy> policies() {
        Arbitrary<RankingPolicy> custom = Combinators.combine(IptArbitraries.idTokens(),
                Arbitraries.of(RULES).list().uniqueElements().ofMinSize(1).ofMaxSize(RULES.size()))
                .as((name, rules) -> RankingPolicy.builder().name(name).addAll(rules).build());
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(RankingPolicy.clinicalDefault(), RankingPolicy.brief())),
                Tuple.of(2, custom));
    }

    /** The rankings of generated courses' issues, in each course's context, by any policy above. */
    static Arbitrary<Ranking> rankings() {
        return Combinators.combine(courses(), policies()).as((course, policy) -> policy.rank(course));
    }

    /**
     * Policies of 1 to 3 rules of the application's own ({@link #USER_RULES}) and up to 6
     * built-in rules, mixed in any order.
     */
    static Arbitrary<RankingPolicy> policiesWithUserRules() {
        return Combinators.combine(IptArbitraries.idTokens(), Arbitraries.subsetOf(USER_RULES).ofMinSize(1),
                Arbitraries.subsetOf(RULES))
                .flatAs((name, own, builtIn) -> {
                    List<RankingRule> rules = new ArrayList<>(own);
                    rules.addAll(builtIn);
                    return Arbitraries.shuffle(rules)
                            .map(order -> RankingPolicy.builder().name(name).addAll(order).build());
                });
    }

    /** The rankings of generated courses' issues by policies holding rules of the application's own. */
    static Arbitrary<Ranking> rankingsWithUserRules() {
        return Combinators.combine(courses(), policiesWithUserRules()).as((course, policy) -> policy.rank(course));
    }

    /**
     * Schedules of any protocol above: a start date, a cadence, 1 to 40 acute sessions (none for
     * a protocol without an acute phase), up to 8 maintenance sessions (with a cadence of their
     * own when the protocol has none, or at random), and up to 5 skipped dates near the start
     * (those within the model's dates: a plan from the latest date goes on beyond it).
     */
    static Arbitrary<Schedule> schedules() {
        return protocols().flatMap(protocol -> Combinators.combine(
                IptArbitraries.dates(),
                IptArbitraries.cadences().injectNull(0.5),
                Arbitraries.integers().between(1, 40),
                Arbitraries.integers().between(0, 8),
                IptArbitraries.cadences().injectNull(protocol.maintenanceCadence().isPresent() ? 0.7 : 0),
                Arbitraries.integers().between(0, 120).list().ofMaxSize(5))
                .as((start, cadence, acute, maintenance, maintenanceCadence, skipped) -> {
                    Planner planner = Schedule.planner(protocol, start)
                            .withSessionCount(protocol.hasAcutePhase() ? acute : 0)
                            .withMaintenanceSessions(maintenance)
                            .withSkippedDates(skipped.stream().map(start::plusDays)
                                    .filter(Bounds::isInDateRange).toList());
                    if (cadence != null) {
                        planner = planner.withCadence(cadence);
                    }
                    if (maintenanceCadence != null) {
                        planner = planner.withMaintenanceCadence(maintenanceCadence);
                    }
                    return planner.plan();
                }));
    }

    /** The adherence reports of generated courses. */
    static Arbitrary<AdherenceReport> adherenceReports() {
        return courses().map(AdherenceReport::of);
    }

    /**
     * The outcome reports of generated courses, under the default criteria, changed ones, or any of
     * {@link IptArbitraries#outcomeCriteria()} (depressed ranges and remission thresholds of their
     * own).
     */
    static Arbitrary<OutcomeReport> outcomeReports() {
        OutcomeCriteria changed = OutcomeCriteria.defaults()
                .withPartialResponseReduction(30)
                .withWorseningIncrease(0)
                .withRemissionMax(Instrument.phq9(), 5)
                .withBands(Instrument.phq9(), List.of(SeverityBand.of(Severity.MINIMAL, 0, 4),
                        SeverityBand.of(Severity.MILD, 5, 9), SeverityBand.of(Severity.SEVERE, 10, 27)));
        Arbitrary<OutcomeCriteria> criteria = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(OutcomeCriteria.defaults(), changed)),
                Tuple.of(1, IptArbitraries.outcomeCriteria()));
        return Combinators.combine(courses(), criteria).as(OutcomeReport::of);
    }

    /**
     * Issues that began earlier first, issues of unknown start last: a rule compared pair by pair,
     * equal only to itself.
     */
    private static final class EarlierStart implements RankingRule {
        @Override
        public String name() {
            return "earlier-start";
        }

        @Override
        public String description() {
            return "Issues that began earlier first; issues of unknown start last.";
        }

        @Override
        public String source() {
            return "clinic guideline 4.5";
        }

        @Override
        public int compare(InterpersonalIssue first, InterpersonalIssue second, RankingContext context) {
            Optional<LocalDate> a = first.began();
            Optional<LocalDate> b = second.began();
            if (a.isPresent() && b.isPresent()) {
                return a.get().compareTo(b.get());
            }
            return Boolean.compare(a.isEmpty(), b.isEmpty());
        }

        @Override
        public String toString() {
            return name();
        }
    }
}
