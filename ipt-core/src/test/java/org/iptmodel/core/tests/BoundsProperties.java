package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iptmodel.core.contracts.Rejections.assertRejected;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.iptmodel.core.Bounds;
import org.iptmodel.core.ConcurrentTreatment;
import org.iptmodel.core.ContractAmendment;
import org.iptmodel.core.Course;
import org.iptmodel.core.Discontinuation;
import org.iptmodel.core.DiscontinuationReason;
import org.iptmodel.core.Focus;
import org.iptmodel.core.Formulation;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.Session;
import org.iptmodel.core.Severity;
import org.iptmodel.core.SickRole;
import org.iptmodel.core.SickRoleKind;
import org.iptmodel.core.Termination;
import org.iptmodel.core.TreatmentContract;
import org.iptmodel.core.Violation;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.RedactedTexts;
import org.iptmodel.core.plan.Planner;
import org.iptmodel.core.plan.Schedule;
import org.iptmodel.core.ranking.RankingContext;
import org.iptmodel.core.report.ScorePoint;

/**
 * The model's {@link Bounds}: a date outside 1900-01-01 to 9999-12-31, a cadence that is not
 * positive or is longer than one year, a protocol range above 1,000 sessions, more than 1,000
 * amendments, and a plan of more than 10,000 sessions or 1,000 skipped dates are each refused with
 * {@link ModelRule#VALUE_IN_RANGE} at the attribute's path, by the builders and the {@code with*}
 * copies alike, with a message that names the attribute and the bound; the values at the bounds
 * are accepted.
 */
class BoundsProperties {
    private static final String[] DATE_BOUNDS = {"1900-01-01", "9999-12-31"};

    // ---------------------------------------------------------------- dates

    @Property
    void aSessionDateOutsideTheRangeIsRefused(@ForAll("sessions") Session s, @ForAll("outOfRangeDates") LocalDate date) {
        assertRefused(() -> Session.builder().from(s).date(date).build(), () -> s.withDate(date), "date", DATE_BOUNDS,
                RedactedTexts.of(s));
    }

    @Property
    void aContractStartOutsideTheRangeIsRefused(@ForAll("contracts") TreatmentContract c,
            @ForAll("outOfRangeDates") LocalDate date) {
        // without amendments, which must not precede the start
        TreatmentContract plain = c.withAmendments(List.of());
        assertRefused(() -> TreatmentContract.builder().from(plain).start(date).build(), () -> plain.withStart(date),
                "start", DATE_BOUNDS, RedactedTexts.of(c));
    }

    @Property
    void anAmendmentDateOutsideTheRangeIsRefused(@ForAll("amendments") ContractAmendment a,
            @ForAll("outOfRangeDates") LocalDate date) {
        assertRefused(() -> ContractAmendment.builder().from(a).date(date).build(), () -> a.withDate(date), "date",
                DATE_BOUNDS, RedactedTexts.of(a));
    }

    @Property
    void anEpisodeOnsetOutsideTheRangeIsRefused(@ForAll("courses") Course c, @ForAll("outOfRangeDates") LocalDate date) {
        assertRefused(() -> Course.builder().from(c).episodeOnset(date).build(), () -> c.withEpisodeOnset(date),
                "episodeOnset", DATE_BOUNDS);
        assertRefused(() -> RankingContext.of(c).withEpisodeOnset(date), "episodeOnset", DATE_BOUNDS);
    }

    @Property
    void anEndingDateOutsideTheRangeIsRefused(@ForAll("terminations") Termination t,
            @ForAll("outOfRangeDates") LocalDate date, @ForAll DiscontinuationReason reason,
            @ForAll SickRoleKind kind) {
        assertRefused(() -> Termination.builder().from(t).date(date).build(), () -> t.withDate(date), "date",
                DATE_BOUNDS, RedactedTexts.of(t));
        Discontinuation d = Discontinuation.of(Bounds.LATEST_DATE, reason);
        assertRefused(() -> Discontinuation.of(date, reason), () -> d.withDate(date), "date", DATE_BOUNDS);
        SickRole role = SickRole.of(kind, Bounds.EARLIEST_DATE);
        assertRefused(() -> SickRole.of(kind, date), () -> role.withGrantedOn(date), "grantedOn", DATE_BOUNDS);
    }

    @Property
    void theDatesOfTheRecordsOfACourseOutsideTheRangeAreRefused(@ForAll("focuses") Focus f,
            @ForAll("formulations") Formulation formulation, @ForAll("issues") InterpersonalIssue issue,
            @ForAll("people") Relationship person, @ForAll("treatments") ConcurrentTreatment treatment,
            @ForAll("outOfRangeDates") LocalDate date) {
        assertRefused(() -> Focus.builder().from(f).agreedOn(date).build(), () -> f.withAgreedOn(date), "agreedOn",
                DATE_BOUNDS, RedactedTexts.of(f));
        Formulation open = formulation.withPresentedOn(Optional.empty()).withAcceptedOn(Optional.empty());
        assertRefused(() -> Formulation.builder().from(open).presentedOn(date).build(), () -> open.withPresentedOn(date),
                "presentedOn", DATE_BOUNDS, RedactedTexts.of(formulation));
        assertRefused(() -> Formulation.builder().from(open).acceptedOn(date).build(), () -> open.withAcceptedOn(date),
                "acceptedOn", DATE_BOUNDS, RedactedTexts.of(formulation));
        assertRefused(() -> InterpersonalIssue.builder().from(issue).began(date).build(), () -> issue.withBegan(date),
                "began", DATE_BOUNDS, RedactedTexts.of(issue));
        Relationship dead = person.withDeceased(true);
        assertRefused(() -> Relationship.builder().from(dead).dateOfDeath(date).build(),
                () -> dead.withDateOfDeath(date), "dateOfDeath", DATE_BOUNDS, RedactedTexts.of(person));
        ConcurrentTreatment undated = treatment.withStarted(Optional.empty()).withStopped(Optional.empty());
        assertRefused(() -> ConcurrentTreatment.builder().from(undated).started(date).build(),
                () -> undated.withStarted(date), "started", DATE_BOUNDS);
        assertRefused(() -> ConcurrentTreatment.builder().from(undated).stopped(date).build(),
                () -> undated.withStopped(date), "stopped", DATE_BOUNDS);
    }

    @Property
    void aScoreDatedOutsideTheRangeIsRefused(@ForAll("outOfRangeDates") LocalDate date,
            @ForAll @IntRange(min = 1, max = 100) int session) {
        assertRefused(() -> new ScorePoint(session, date, 0, Severity.MINIMAL), "date", DATE_BOUNDS);
    }

    @Example
    void theFirstAndLastDatesOfTheRangeAreAccepted() {
        Session s = Samples.course().sessions().get(0);
        assertThat(s.withDate(Bounds.EARLIEST_DATE).date()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(s.withDate(Bounds.LATEST_DATE).date()).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(Bounds.isInDateRange(Bounds.EARLIEST_DATE.minusDays(1))).isFalse();
        assertThat(Bounds.isInDateRange(Bounds.LATEST_DATE.plusDays(1))).isFalse();
    }

    // ---------------------------------------------------------------- cadences

    @Property
    void aProtocolCadenceThatIsNotACadenceIsRefused(@ForAll("protocols") Protocol p, @ForAll("notCadences") Period period) {
        String[] bound = bound(period);
        assertRefused(() -> Protocol.builder().from(p).cadence(period).build(), () -> p.withCadence(period), "cadence",
                bound);
        assertRefused(() -> Protocol.builder().from(p).maintenanceCadence(period).build(),
                () -> p.withMaintenanceCadence(period), "maintenanceCadence", bound);
    }

    @Property
    void aContractOrAmendmentCadenceThatIsNotACadenceIsRefused(@ForAll("contracts") TreatmentContract c,
            @ForAll("amendments") ContractAmendment a, @ForAll("notCadences") Period period) {
        String[] bound = bound(period);
        assertRefused(() -> TreatmentContract.builder().from(c).cadence(period).build(), () -> c.withCadence(period),
                "cadence", bound, RedactedTexts.of(c));
        assertRefused(() -> ContractAmendment.builder().from(a).newCadence(period).build(),
                () -> a.withNewCadence(period), "newCadence", bound, RedactedTexts.of(a));
    }

    @Property
    void aPlannerCadenceThatIsNotACadenceIsRefused(@ForAll("protocols") Protocol p, @ForAll("notCadences") Period period) {
        Planner planner = Schedule.planner(p, LocalDate.of(2026, 1, 5));
        String[] bound = bound(period);
        assertRefused(() -> planner.withCadence(period), "cadence", bound);
        assertRefused(() -> planner.withMaintenanceCadence(period), "maintenanceCadence", bound);
    }

    @Property
    void theLongestCadencesAreAccepted(@ForAll("contracts") TreatmentContract c, @ForAll("longestCadences") Period period) {
        assertThat(Bounds.isCadence(period)).isTrue();
        assertThat(c.withCadence(period).cadence()).isEqualTo(period);
    }

    @Example
    void aCadenceIsPositiveAndAtMostOneYear() {
        assertThat(List.of(Period.ofDays(1), Period.ofWeeks(1), Period.ofMonths(1), Period.ofYears(1),
                Period.ofMonths(12), Period.ofWeeks(52), Period.ofDays(365), Period.of(0, 11, 30)))
                .allMatch(Bounds::isCadence);
        assertThat(List.of(Period.ZERO, Period.ofDays(-1), Period.of(0, 1, -1), Period.of(1, 0, 1), Period.ofMonths(13),
                Period.ofWeeks(53), Period.ofDays(366), Period.of(0, 11, 31), Period.ofYears(Integer.MAX_VALUE),
                Period.of(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE)))
                .noneMatch(Bounds::isCadence);
    }

    // ---------------------------------------------------------------- numbers of sessions

    @Property
    void aProtocolRangeAboveTheMostSessionsIsRefused(@ForAll("protocols") Protocol p,
            @ForAll @IntRange(min = Bounds.MAX_PROTOCOL_SESSIONS + 1) int max) {
        String[] bound = {"1000", String.valueOf(max)};
        org.iptmodel.core.IntRange acute = org.iptmodel.core.IntRange.of(p.acuteSessions().min(), max);
        assertRefused(() -> Protocol.builder().from(p).acuteSessions(acute).build(), () -> p.withAcuteSessions(acute),
                "acuteSessions.max", bound);
        org.iptmodel.core.IntRange initial = org.iptmodel.core.IntRange.of(p.initialSessions().min(), max);
        assertRefused(() -> Protocol.builder().from(p).initialSessions(initial).build(),
                () -> p.withInitialSessions(initial), "initialSessions.max", bound);
        org.iptmodel.core.IntRange middle = org.iptmodel.core.IntRange.of(p.middleSessions().min(), max);
        assertRefused(() -> Protocol.builder().from(p).middleSessions(middle).build(),
                () -> p.withMiddleSessions(middle), "middleSessions.max", bound);
        org.iptmodel.core.IntRange termination = org.iptmodel.core.IntRange.of(p.terminationSessions().min(), max);
        assertRefused(() -> Protocol.builder().from(p).terminationSessions(termination).build(),
                () -> p.withTerminationSessions(termination), "terminationSessions.max", bound);
    }

    @Property(tries = 20)
    void moreThanTheMostAmendmentsAreRefused(@ForAll("contracts") TreatmentContract c,
            @ForAll("amendments") ContractAmendment a, @ForAll @IntRange(min = 1, max = 50) int beyond) {
        TreatmentContract plain = c.withAmendments(List.of());
        List<ContractAmendment> most = Collections.nCopies(Bounds.MAX_AMENDMENTS, a.withDate(plain.start()));
        assertThat(plain.withAmendments(most).amendments()).hasSize(Bounds.MAX_AMENDMENTS);
        List<ContractAmendment> tooMany = Collections.nCopies(Bounds.MAX_AMENDMENTS + beyond, a.withDate(plain.start()));
        assertRefused(() -> TreatmentContract.builder().from(plain).amendments(tooMany).build(),
                () -> plain.withAmendments(tooMany), "amendments", new String[] {"amendments", "1000"},
                RedactedTexts.of(a));
    }

    @Property
    void contractSessionsAboveTheMostAreRefused(@ForAll("contracts") TreatmentContract c,
            @ForAll("amendments") ContractAmendment a,
            @ForAll @IntRange(min = Bounds.MAX_CONTRACT_SESSIONS + 1) int count) {
        String[] bound = {"10000", String.valueOf(count)};
        assertRefused(() -> TreatmentContract.builder().from(c).plannedSessions(count).build(),
                () -> c.withPlannedSessions(count), "plannedSessions", bound, RedactedTexts.of(c));
        assertRefused(() -> ContractAmendment.builder().from(a).extraSessions(count).build(),
                () -> a.withExtraSessions(count), "extraSessions", bound, RedactedTexts.of(a));
        assertThat(c.withPlannedSessions(Bounds.MAX_CONTRACT_SESSIONS).plannedSessions())
                .isEqualTo(Bounds.MAX_CONTRACT_SESSIONS);
    }

    // ---------------------------------------------------------------- plans

    @Property
    void aPlanStartOrSkippedDateOutsideTheRangeIsRefused(@ForAll("protocols") Protocol p,
            @ForAll("outOfRangeDates") LocalDate date) {
        assertRefused(() -> Schedule.of(p, date), "start", DATE_BOUNDS);
        assertRefused(() -> Schedule.planner(p, date), "start", DATE_BOUNDS);
        Planner planner = Schedule.planner(p, LocalDate.of(2026, 1, 5));
        assertRefused(() -> planner.withSkippedDates(List.of(LocalDate.of(2026, 2, 2), date)), "skippedDates[1]",
                DATE_BOUNDS);
    }

    @Property(tries = 20)
    void aPlanOfMoreThanTheMostSessionsOrSkippedDatesIsRefused(@ForAll("protocols") Protocol p,
            @ForAll @IntRange(min = 0, max = Bounds.MAX_PLANNED_SESSIONS) int maintenance,
            @ForAll @IntRange(min = 1, max = 100) int beyond) {
        Planner planner = Schedule.planner(p, LocalDate.of(2026, 1, 5));
        if (p.hasAcutePhase()) {
            int acute = Math.max(1, Bounds.MAX_PLANNED_SESSIONS - maintenance);
            Planner full = planner.withSessionCount(acute);
            String[] bound = {"maintenanceSessions", String.valueOf(Bounds.MAX_PLANNED_SESSIONS - acute)};
            assertRefused(() -> full.withMaintenanceSessions(Bounds.MAX_PLANNED_SESSIONS - acute + beyond),
                    "maintenanceSessions", bound);
            Planner maintained = planner.withSessionCount(1).withMaintenanceSessions(Bounds.MAX_PLANNED_SESSIONS - acute);
            assertRefused(() -> maintained.withSessionCount(acute + beyond), "sessionCount",
                    new String[] {"sessionCount", String.valueOf(acute)});
        } else {
            assertRefused(() -> planner.withMaintenanceSessions(Bounds.MAX_PLANNED_SESSIONS + beyond),
                    "maintenanceSessions", new String[] {"maintenanceSessions", "10000"});
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < Bounds.MAX_SKIPPED_DATES + beyond; i++) {
            dates.add(LocalDate.of(2026, 1, 5).plusDays(i));
        }
        assertThat(planner.withSkippedDates(dates.subList(0, Bounds.MAX_SKIPPED_DATES)).plan()).isNotNull();
        assertRefused(() -> planner.withSkippedDates(dates), "skippedDates", new String[] {"skippedDates", "1000"});
    }

    // ---------------------------------------------------------------- helpers

    /** The bound a message about a period names: the longest cadence, and the period itself. */
    private static String[] bound(Period period) {
        return new String[] {"at most one year", Bounds.LONGEST_CADENCE.toString(), period.toString()};
    }

    private static void assertRefused(ThrowingCallable viaBuilder, ThrowingCallable viaWith, String path,
            String[] bound, List<String> secrets) {
        assertRefused(viaBuilder, path, bound, secrets);
        assertRefused(viaWith, path, bound, secrets);
    }

    private static void assertRefused(ThrowingCallable viaBuilder, ThrowingCallable viaWith, String path,
            String[] bound) {
        assertRefused(viaBuilder, viaWith, path, bound, List.of());
    }

    private static void assertRefused(ThrowingCallable code, String path, String[] bound) {
        assertRefused(code, path, bound, List.of());
    }

    /** Refused at the path with VALUE_IN_RANGE, by a message naming the attribute and the bound. */
    private static void assertRefused(ThrowingCallable code, String path, String[] bound, List<String> secrets) {
        InvalidModelException e = assertRejected(code, path, ModelRule.VALUE_IN_RANGE, secrets.toArray(String[]::new));
        Violation v = e.violations().stream().filter(x -> x.path().equals(path) && x.rule() == ModelRule.VALUE_IN_RANGE)
                .findFirst().orElseThrow();
        assertThat(v.message()).startsWith(path).contains(bound);
    }

    // ---------------------------------------------------------------- arbitraries

    /** Dates outside the model's range, next to it and as far as {@link LocalDate} goes. */
    @Provide
    Arbitrary<LocalDate> outOfRangeDates() {
        long before = Bounds.EARLIEST_DATE.toEpochDay() - 1;
        long after = Bounds.LATEST_DATE.toEpochDay() + 1;
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(LocalDate.ofEpochDay(before), LocalDate.ofEpochDay(after),
                        LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1), LocalDate.of(1899, 1, 1))),
                Tuple.of(3, Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), before).map(LocalDate::ofEpochDay)),
                Tuple.of(3, Arbitraries.longs().between(after, LocalDate.MAX.toEpochDay()).map(LocalDate::ofEpochDay)));
    }

    /** Periods that are not cadences: not positive, or longer than one year. */
    @Provide
    Arbitrary<Period> notCadences() {
        Arbitrary<Integer> any = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(Period.ofYears(Integer.MAX_VALUE), Period.of(1, 0, 1), Period.ofMonths(13),
                        Period.ofWeeks(53), Period.ofDays(366), Period.of(0, 11, 31), Period.of(1, 2, 30), Period.ZERO,
                        Period.ofDays(-7), Period.of(0, 1, -1), Period.ofYears(-1))),
                Tuple.of(2, Arbitraries.integers().between(2, Integer.MAX_VALUE).map(Period::ofYears)),
                Tuple.of(2, Arbitraries.integers().between(366, Integer.MAX_VALUE).map(Period::ofDays)),
                Tuple.of(2, Arbitraries.integers().between(13, Integer.MAX_VALUE).map(Period::ofMonths)),
                Tuple.of(2, net.jqwik.api.Combinators.combine(any, any, any)
                        .as(Period::of).filter(p -> !Bounds.isCadence(p))));
    }

    @Provide
    Arbitrary<Period> longestCadences() {
        return Arbitraries.of(Bounds.LONGEST_CADENCE, Period.ofMonths(12), Period.ofWeeks(52), Period.ofDays(365),
                Period.of(0, 11, 30), Period.of(0, 6, 182), Period.of(0, 1, 334));
    }

    @Provide
    Arbitrary<Session> sessions() {
        return IptArbitraries.sessions();
    }

    @Provide
    Arbitrary<TreatmentContract> contracts() {
        return IptArbitraries.contracts();
    }

    @Provide
    Arbitrary<ContractAmendment> amendments() {
        return IptArbitraries.contractAmendments();
    }

    @Provide
    Arbitrary<Course> courses() {
        return IptArbitraries.courses();
    }

    @Provide
    Arbitrary<Termination> terminations() {
        return IptArbitraries.terminations();
    }

    @Provide
    Arbitrary<Focus> focuses() {
        return IptArbitraries.focuses();
    }

    @Provide
    Arbitrary<Formulation> formulations() {
        return IptArbitraries.formulations();
    }

    @Provide
    Arbitrary<InterpersonalIssue> issues() {
        return IptArbitraries.issues();
    }

    @Provide
    Arbitrary<Relationship> people() {
        return IptArbitraries.relationships();
    }

    @Provide
    Arbitrary<ConcurrentTreatment> treatments() {
        return IptArbitraries.concurrentTreatments();
    }

    @Provide
    Arbitrary<Protocol> protocols() {
        return IptArbitraries.protocols();
    }
}
