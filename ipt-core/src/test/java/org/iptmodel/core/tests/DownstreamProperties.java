package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iptmodel.core.Bounds;
import org.iptmodel.core.Course;
import org.iptmodel.core.IntRange;
import org.iptmodel.core.Phase;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Session;
import org.iptmodel.core.TreatmentContract;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.plan.PlannedSession;
import org.iptmodel.core.plan.Planner;
import org.iptmodel.core.plan.Schedule;
import org.iptmodel.core.plan.ScheduleComparison;
import org.iptmodel.core.ranking.FocusSelection;
import org.iptmodel.core.ranking.FocusSelector;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.ranking.RankingRules;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.OutcomeReport;

/**
 * Nothing downstream of a valid value fails: every course the builders accept can be ranked by
 * every built-in policy, its focus selected, planned (with the protocol's defaults, with the
 * contract's numbers, and with the most the planner takes: the longest cadences, 10,000 sessions
 * and 1,000 skipped dates), compared with its plans, and reported, without an exception, and no
 * planned date leaves the range of {@link LocalDate}.
 *
 * <p>The courses reach the model's bounds ({@link Bounds}): the earliest and latest dates, the
 * longest cadences, protocols of 1,000 sessions and contracts of 10,000
 * ({@link ArbitrariesProperties} checks that they are generated).
 */
class DownstreamProperties {
    private static final RankingPolicy BY_ONSET = RankingPolicy.builder().name("onset-first")
            .add(RankingRules.ONSET_PROXIMITY).add(RankingRules.PATIENT_PRIORITY).build();
    private static final List<RankingPolicy> POLICIES = List.of(RankingPolicy.clinicalDefault(),
            RankingPolicy.brief(), BY_ONSET,
            RankingPolicy.builder().name("onset-proximity").add(RankingRules.ONSET_PROXIMITY).build());
    /** A plan from the latest date at a cadence of one year ends before this year. */
    private static final int YEAR_AFTER_EVERY_PLAN = 21_000;

    @Property
    void everyValidCourseIsRankedPlannedComparedAndReported(@ForAll("courses") Course course) {
        assertDownstreamReturns(course);
    }

    @Property(tries = 40)
    void everyCourseOnTheLargestProtocolAtTheLongestCadenceIsToo(@ForAll("largestCourses") Course course) {
        assertDownstreamReturns(course);
    }

    @Property(tries = 50)
    void thePlannerTakesTheMostFromTheEdgesOfTheDateRange(@ForAll("protocols") Protocol protocol,
            @ForAll("edgeDates") LocalDate start, @ForAll("longestCadences") Period cadence) {
        Schedule schedule = IptArbitraries.furthestPlan(protocol, start, cadence);
        assertThat(schedule.sessions()).hasSize(Bounds.MAX_PLANNED_SESSIONS);
        assertPlanned(schedule);
    }

    private static void assertDownstreamReturns(Course course) {
        for (RankingPolicy policy : POLICIES) {
            Ranking ranking = policy.rank(course);
            assertThat(ranking.entries()).hasSameSizeAs(course.issues());
            Optional<FocusSelection> selection = FocusSelector.standard().select(ranking);
            if (selection.isPresent()) {
                LocalDate last = course.lastSession().map(Session::date).orElse(course.contract().start());
                assertThat(selection.get().agreedOn(last).agreedOn()).contains(last);
                assertThat(selection.get().toAmendment(last, "reassessed").date()).isEqualTo(last);
            }
        }
        for (Schedule schedule : plans(course)) {
            assertPlanned(schedule);
            ScheduleComparison comparison = schedule.compareWith(course);
            assertThat(comparison.entries().size()).isGreaterThanOrEqualTo(
                    Math.max(schedule.sessions().size(), course.sessions().size()));
            comparison.missingAsOf(Bounds.LATEST_DATE);
            comparison.shifted();
            comparison.extra();
            comparison.phaseDifferences();
            comparison.isOnPlan();
        }
        AdherenceReport adherence = AdherenceReport.of(course);
        assertThat(adherence.deviations()).isNotNull();
        OutcomeReport outcomes = OutcomeReport.of(course);
        assertThat(outcomes.outcomes().size()).isLessThanOrEqualTo(course.sessions().stream()
                .mapToInt(s -> s.measurements().size()).sum());
    }

    /**
     * The plans of a course: the protocol's defaults from the contract start; the contract's
     * cadence and sessions (as many as a plan holds) with the course's maintenance sessions,
     * skipping the dates of its sessions; and the most the planner takes at the longest cadence.
     */
    static List<Schedule> plans(Course course) {
        Protocol protocol = course.protocol();
        TreatmentContract contract = course.contract();
        LocalDate start = contract.start();
        List<Schedule> plans = new ArrayList<>();
        plans.add(Schedule.of(protocol, start));

        int maintenance = (int) course.sessions().stream().filter(s -> s.phase() == Phase.MAINTENANCE).count();
        Planner planner = Schedule.planner(protocol, start).withCadence(contract.currentCadence())
                .withMaintenanceCadence(protocol.maintenanceCadence().orElse(contract.currentCadence()));
        if (protocol.hasAcutePhase()) {
            planner = planner.withSessionCount(Math.max(1, Math.min(contract.totalSessions(),
                    Bounds.MAX_PLANNED_SESSIONS - maintenance)));
        }
        List<LocalDate> held = course.sessions().stream().map(Session::date).limit(Bounds.MAX_SKIPPED_DATES).toList();
        plans.add(planner.withMaintenanceSessions(maintenance).withSkippedDates(held).plan());

        plans.add(IptArbitraries.furthestPlan(protocol, start, Bounds.LONGEST_CADENCE));
        return plans;
    }

    private static void assertPlanned(Schedule schedule) {
        List<PlannedSession> sessions = schedule.sessions();
        assertThat(sessions.size()).isLessThanOrEqualTo(Bounds.MAX_PLANNED_SESSIONS);
        for (int i = 1; i < sessions.size(); i++) {
            assertThat(sessions.get(i).date()).isAfter(sessions.get(i - 1).date());
        }
        if (!sessions.isEmpty()) {
            assertThat(sessions.get(0).date()).isAfterOrEqualTo(schedule.start());
            assertThat(sessions.get(sessions.size() - 1).date().getYear()).isLessThan(YEAR_AFTER_EVERY_PLAN);
        }
        assertThat(schedule.skippedDates().size()).isLessThanOrEqualTo(Bounds.MAX_SKIPPED_DATES);
    }

    @Provide
    Arbitrary<Course> courses() {
        return IptArbitraries.courses();
    }

    /** Courses on a protocol of 1,000 acute sessions and yearly cadences. */
    @Provide
    Arbitrary<Course> largestCourses() {
        int most = Bounds.MAX_PROTOCOL_SESSIONS;
        Protocol largest = Protocol.builder()
                .id("largest")
                .name("The largest protocol")
                .acuteSessions(IntRange.of(1, most))
                .initialSessions(IntRange.of(1, most))
                .middleSessions(IntRange.of(0, most))
                .terminationSessions(IntRange.of(1, most))
                .terminationNotice(IntRange.of(1, most))
                .cadence(Bounds.LONGEST_CADENCE)
                .maintenanceCadence(Bounds.LONGEST_CADENCE)
                .minSessionLength(Duration.ofMinutes(1))
                .maxSessionLength(Duration.ofHours(8))
                .problemAreas(List.of(ProblemArea.values()))
                .build();
        return IptArbitraries.courses(largest);
    }

    @Provide
    Arbitrary<Protocol> protocols() {
        return IptArbitraries.protocols();
    }

    @Provide
    Arbitrary<LocalDate> edgeDates() {
        return IptArbitraries.edgeDates();
    }

    @Provide
    Arbitrary<Period> longestCadences() {
        return IptArbitraries.longestCadences();
    }
}
