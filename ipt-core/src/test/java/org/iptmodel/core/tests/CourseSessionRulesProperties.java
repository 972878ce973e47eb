package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iptmodel.core.contracts.Rejections.assertRejected;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseStatus;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Phase;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Session;
import org.iptmodel.core.TreatmentContract;
import net.jqwik.api.Assume;
import org.iptmodel.core.Bounds;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.RedactedTexts;

/**
 * The rules that link a course's sessions: numbered 1 to n without gaps, strictly increasing dates
 * not before the contract start, phases that never go back, and maintenance only after a
 * termination-phase session unless the protocol has no acute phase.
 */
class CourseSessionRulesProperties {

    @Property
    void sessionsAreNumberedFromOneWithoutGaps(@ForAll("active") Course c) {
        for (int i = 0; i < c.sessions().size(); i++) {
            assertThat(c.sessions().get(i).number()).isEqualTo(i + 1);
        }
    }

    @Property
    void aWrongNumberIsRejected(@ForAll("active") Course c, @ForAll @IntRange(max = 1000) int pick,
            @ForAll @IntRange(min = 1, max = 5) int offset) {
        int i = pick % c.sessions().size();
        List<Session> sessions = new ArrayList<>(c.sessions());
        sessions.set(i, sessions.get(i).withNumber(i + 1 + offset));
        assertRejected(() -> Course.builder().from(c).sessions(sessions).build(), () -> c.withSessions(sessions),
                "sessions[" + i + "].number", ModelRule.SESSION_NUMBERING, secrets(c));
    }

    @Property
    void aMissingSessionLeavesAGap(@ForAll("atLeastTwo") Course c, @ForAll @IntRange(max = 1000) int pick) {
        int removed = pick % (c.sessions().size() - 1);
        List<Session> sessions = new ArrayList<>(c.sessions());
        sessions.remove(removed);
        assertRejected(() -> Course.builder().from(c).sessions(sessions).build(), () -> c.withSessions(sessions),
                "sessions[" + removed + "].number", ModelRule.SESSION_NUMBERING, secrets(c));
    }

    @Property
    void aSessionOnTheSameDayOrEarlierThanThePreviousOneIsRejected(@ForAll("atLeastTwo") Course c,
            @ForAll @IntRange(max = 1000) int pick, @ForAll @IntRange(max = 30) int daysEarlier) {
        int i = 1 + pick % (c.sessions().size() - 1);
        List<Session> sessions = new ArrayList<>(c.sessions());
        Session previous = sessions.get(i - 1);
        // never before the earliest date of the model, which would break another rule
        long earlier = Math.min(daysEarlier, previous.date().toEpochDay() - Bounds.EARLIEST_DATE.toEpochDay());
        sessions.set(i, sessions.get(i).withDate(previous.date().minusDays(earlier)));
        assertRejected(() -> Course.builder().from(c).sessions(sessions).build(), () -> c.withSessions(sessions),
                "sessions[" + i + "].date", ModelRule.SESSION_DATES, secrets(c));
    }

    @Property
    void theFirstSessionDoesNotPrecedeTheContractStart(@ForAll("active") Course c,
            @ForAll @IntRange(min = 1, max = 30) int daysBefore) {
        Session first = c.sessions().get(0);
        // dates beyond the model's range would break another rule
        Assume.that(!c.contract().start().minusDays(daysBefore).isBefore(Bounds.EARLIEST_DATE)
                && !first.date().plusDays(daysBefore).isAfter(Bounds.LATEST_DATE));
        List<Session> sessions = new ArrayList<>(c.sessions());
        sessions.set(0, first.withDate(c.contract().start().minusDays(daysBefore)));
        assertRejected(() -> Course.builder().from(c).sessions(sessions).build(), () -> c.withSessions(sessions),
                "sessions[0].date", ModelRule.DATE_ORDER, secrets(c));
        // the same through a later contract start, without amendments (they must not precede the start)
        Course plain = c.withContract(c.contract().withAmendments(List.of()));
        TreatmentContract later = plain.contract().withStart(first.date().plusDays(daysBefore));
        assertRejected(() -> Course.builder().from(plain).contract(later).build(), () -> plain.withContract(later),
                "sessions[0].date", ModelRule.DATE_ORDER, secrets(c));
        assertThat(plain.withContract(plain.contract().withStart(first.date())).sessions()).isEqualTo(c.sessions());
    }

    @Property
    void phasesNeverGoBack(@ForAll("atLeastTwo") Course c, @ForAll @IntRange(max = 1000) int pick) {
        int i = 1 + pick % (c.sessions().size() - 1);
        List<Session> sessions = new ArrayList<>(c.sessions());
        Session previous = sessions.get(i - 1);
        if (previous.phase() == Phase.INITIAL) {
            sessions.set(i - 1, previous.withPhase(Phase.MIDDLE));
        }
        sessions.set(i, sessions.get(i).withPhase(Phase.INITIAL));
        assertRejected(() -> Course.builder().from(c).sessions(sessions).build(), () -> c.withSessions(sessions),
                "sessions[" + i + "].phase", ModelRule.PHASE_ORDER, secrets(c));
    }

    @Property
    void maintenanceBeforeTheEndOfTheAcutePhaseIsRejected(@ForAll("activeAcute") Course c,
            @ForAll @IntRange(max = 1000) int pick) {
        int i = pick % c.sessions().size();
        List<Session> sessions = new ArrayList<>();
        for (int k = 0; k < c.sessions().size(); k++) {
            Phase phase = k < i ? Phase.INITIAL : Phase.MAINTENANCE;
            sessions.add(c.sessions().get(k).withPhase(phase));
        }
        // after an initial session, the acute phase may end only if the later acute phases may be empty
        Assume.that(i == 0 || c.protocol().middleSessions().min() > 0 || c.protocol().terminationSessions().min() > 0);
        assertRejected(() -> Course.builder().from(c).sessions(sessions).build(), () -> c.withSessions(sessions),
                "sessions[" + i + "].phase", ModelRule.MAINTENANCE_AFTER_ACUTE, secrets(c));
        // the same sessions are fine once a termination-phase session came first
        if (i > 0) {
            List<Session> ended = new ArrayList<>(sessions);
            ended.set(i - 1, ended.get(i - 1).withPhase(Phase.TERMINATION));
            assertThat(c.withSessions(ended).sessions()).isEqualTo(ended);
        }
    }

    @Property
    void aProtocolWithoutAcutePhaseTakesMaintenanceSessionsFromTheStart(@ForAll("maintenanceOnly") Course c) {
        assertThat(c.protocol().hasAcutePhase()).isFalse();
        assertThat(c.sessions()).isNotEmpty().allSatisfy(s -> assertThat(s.phase()).isEqualTo(Phase.MAINTENANCE));
        Course rebuilt = Course.builder().from(c).sessions(c.sessions()).build();
        assertThat(rebuilt.sessions().get(0).phase()).isEqualTo(Phase.MAINTENANCE);
    }

    @Property
    void maintenanceSessionsAreAcceptedAfterATerminationSessionOnAnyProtocol(@ForAll("protocols") Protocol p,
            @ForAll @IntRange(min = 1, max = 8) int maintenance) {
        List<Phase> phases = new ArrayList<>(List.of(Phase.INITIAL, Phase.MIDDLE, Phase.TERMINATION));
        phases.addAll(Collections.nCopies(maintenance, Phase.MAINTENANCE));
        Course c = CourseFixtures.course(p, CourseFixtures.sessions(phases)).build();
        assertThat(c.sessions()).hasSize(3 + maintenance);
    }

    private static String[] secrets(Course c) {
        return RedactedTexts.of(c).toArray(String[]::new);
    }

    @Provide
    Arbitrary<Course> active() {
        return IptArbitraries.courses(CourseStatus.ACTIVE);
    }

    @Provide
    Arbitrary<Course> atLeastTwo() {
        return IptArbitraries.courses(CourseStatus.ACTIVE).filter(c -> c.sessions().size() >= 2);
    }

    @Provide
    Arbitrary<Course> activeAcute() {
        return IptArbitraries.catalogueProtocols().filter(Protocol::hasAcutePhase)
                .flatMap(p -> IptArbitraries.courses(p, CourseStatus.ACTIVE));
    }

    @Provide
    Arbitrary<Course> maintenanceOnly() {
        Protocol fortnightly = Protocol.builder().from(Protocol.maintenance()).id("ipt-m-2w")
                .name("Fortnightly maintenance").cadence(java.time.Period.ofWeeks(2))
                .maintenanceCadence(java.time.Period.ofWeeks(2)).build();
        return Arbitraries.oneOf(IptArbitraries.courses(Protocol.maintenance(), CourseStatus.ACTIVE),
                IptArbitraries.courses(fortnightly, CourseStatus.ACTIVE));
    }

    @Provide
    Arbitrary<Protocol> protocols() {
        return Arbitraries.oneOf(IptArbitraries.catalogueProtocols(), IptArbitraries.customProtocols());
    }
}
