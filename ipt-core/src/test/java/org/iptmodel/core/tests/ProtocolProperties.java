package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iptmodel.core.contracts.Rejections.assertRejected;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.IntRange;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Phase;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.ProtocolFormat;
import org.iptmodel.core.Reference;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.EqualityContract;
import org.iptmodel.core.contracts.WithCopyContract;

/** {@link Protocol}: every invariant of a treatment format, on catalogue and custom protocols. */
class ProtocolProperties implements EqualityContract<Protocol>, WithCopyContract<Protocol> {

    @Property
    void aProtocolBuiltFromItsPartsKeepsThem(@ForAll("values") Protocol p) {
        Protocol built = Protocol.builder()
                .id(p.id())
                .name(p.name())
                .format(p.format())
                .acuteSessions(p.acuteSessions())
                .initialSessions(p.initialSessions())
                .middleSessions(p.middleSessions())
                .terminationSessions(p.terminationSessions())
                .terminationNotice(p.terminationNotice())
                .cadence(p.cadence())
                .minSessionLength(p.minSessionLength())
                .maxSessionLength(p.maxSessionLength())
                .maxFocalAreas(p.maxFocalAreas())
                .problemAreas(p.problemAreas())
                .sickRole(p.sickRole())
                .maintenanceCadence(p.maintenanceCadence())
                .groupSize(p.groupSize())
                .individualMeetings(p.individualMeetings())
                .engagementSessions(p.engagementSessions())
                .discussesMaintenance(p.discussesMaintenance())
                .references(p.references())
                .build();
        assertThat(built).isEqualTo(p);
        assertThat(built.id()).isEqualTo(p.id());
        assertThat(built.acuteSessions()).isEqualTo(p.acuteSessions());
        assertThat(built.problemAreas()).containsExactlyElementsOf(p.problemAreas());
        assertThat(built.maintenanceCadence()).isEqualTo(p.maintenanceCadence());
    }

    @Property
    void phaseSessionsAnswersForEachAcutePhaseAndNotForMaintenance(@ForAll("values") Protocol p) {
        assertThat(p.phaseSessions(Phase.INITIAL)).contains(p.initialSessions());
        assertThat(p.phaseSessions(Phase.MIDDLE)).contains(p.middleSessions());
        assertThat(p.phaseSessions(Phase.TERMINATION)).contains(p.terminationSessions());
        assertThat(p.phaseSessions(Phase.MAINTENANCE)).isEmpty();
        assertThat(p.hasAcutePhase()).isEqualTo(p.acuteSessions().max() > 0);
    }

    @Example
    void defaultsAreAnIndividualFormatTwoFocalAreasAFullSickRoleAndNoIndividualMeetings() {
        Protocol p = Protocol.builder()
                .id("clinic-12")
                .name("Clinic IPT")
                .acuteSessions(IntRange.exactly(12))
                .initialSessions(IntRange.of(1, 3))
                .middleSessions(IntRange.of(6, 9))
                .terminationSessions(IntRange.of(2, 3))
                .terminationNotice(IntRange.of(2, 4))
                .cadence(Period.ofWeeks(1))
                .minSessionLength(Duration.ofMinutes(50))
                .maxSessionLength(Duration.ofMinutes(50))
                .addProblemAreas(ProblemArea.values())
                .build();
        assertThat(p.format()).isEqualTo(ProtocolFormat.INDIVIDUAL);
        assertThat(p.maxFocalAreas()).isEqualTo(2);
        assertThat(p.sickRole()).isEqualTo(org.iptmodel.core.SickRoleKind.FULL);
        assertThat(p.individualMeetings()).isZero();
        assertThat(p.groupSize()).isEmpty();
        assertThat(p.maintenanceCadence()).isEmpty();
    }

    @Property
    void anIdThatIsNotAnIdentifierIsRejected(@ForAll("values") Protocol p, @ForAll("badIds") String id) {
        assertRejected(() -> Protocol.builder().from(p).id(id).build(), () -> p.withId(id), "id", ModelRule.ID_FORMAT);
    }

    @Property
    void aBlankNameIsRejected(@ForAll("values") Protocol p, @ForAll("blanks") String name) {
        assertRejected(() -> Protocol.builder().from(p).name(name).build(), () -> p.withName(name), "name",
                ModelRule.NOT_BLANK);
    }

    @Property
    void anAcuteRangeAboveWhatThePhasesCanHoldIsRejected(@ForAll("values") Protocol p) {
        int maxSum = p.initialSessions().max() + p.middleSessions().max() + p.terminationSessions().max();
        IntRange tooMany = IntRange.of(maxSum + 1, maxSum + 1 + p.terminationNotice().max());
        assertRejected(() -> Protocol.builder().from(p).acuteSessions(tooMany).build(),
                () -> p.withAcuteSessions(tooMany), "acuteSessions", ModelRule.PHASES_FIT_PROTOCOL);
    }

    @Property
    void phasesLongerThanTheAcuteRangeAreRejected(@ForAll("acute") Protocol p) {
        IntRange tooLong = IntRange.exactly(p.acuteSessions().max() + 1);
        assertRejected(() -> Protocol.builder().from(p).initialSessions(tooLong).build(),
                () -> p.withInitialSessions(tooLong), "acuteSessions", ModelRule.PHASES_FIT_PROTOCOL);
        assertRejected(() -> Protocol.builder().from(p).middleSessions(tooLong).build(),
                () -> p.withMiddleSessions(tooLong), "acuteSessions", ModelRule.PHASES_FIT_PROTOCOL);
        assertRejected(() -> Protocol.builder().from(p).terminationSessions(tooLong).build(),
                () -> p.withTerminationSessions(tooLong), "acuteSessions", ModelRule.PHASES_FIT_PROTOCOL);
    }

    @Property
    void aTerminationNoticeLongerThanTheAcuteRangeIsRejected(@ForAll("values") Protocol p) {
        IntRange tooLong = IntRange.of(0, p.acuteSessions().max() + 1);
        assertRejected(() -> Protocol.builder().from(p).terminationNotice(tooLong).build(),
                () -> p.withTerminationNotice(tooLong), "terminationNotice", ModelRule.PHASES_FIT_PROTOCOL);
    }

    @Property
    void aProtocolWithoutAcuteSessionsHasNoPhaseSessions(@ForAll("maintenanceOnly") Protocol p) {
        IntRange some = IntRange.of(0, 1);
        assertRejected(() -> Protocol.builder().from(p).initialSessions(some).build(),
                () -> p.withInitialSessions(some), "acuteSessions", ModelRule.PHASES_FIT_PROTOCOL);
        assertRejected(() -> Protocol.builder().from(p).middleSessions(some).build(),
                () -> p.withMiddleSessions(some), "acuteSessions", ModelRule.PHASES_FIT_PROTOCOL);
        assertRejected(() -> Protocol.builder().from(p).terminationSessions(some).build(),
                () -> p.withTerminationSessions(some), "acuteSessions", ModelRule.PHASES_FIT_PROTOCOL);
    }

    @Property
    void aProtocolWithoutAcuteSessionsNeedsAMaintenanceCadence(@ForAll("maintenanceOnly") Protocol p) {
        assertRejected(() -> Protocol.builder().from(p).maintenanceCadence(Optional.empty()).build(),
                () -> p.withMaintenanceCadence(Optional.empty()), "maintenanceCadence", ModelRule.PRESENCE);
    }

    @Property
    void aCadenceThatIsNotPositiveIsRejected(@ForAll("values") Protocol p, @ForAll("notPositive") Period cadence) {
        assertRejected(() -> Protocol.builder().from(p).cadence(cadence).build(), () -> p.withCadence(cadence),
                "cadence", ModelRule.VALUE_IN_RANGE);
        assertRejected(() -> Protocol.builder().from(p).maintenanceCadence(cadence).build(),
                () -> p.withMaintenanceCadence(cadence), "maintenanceCadence", ModelRule.VALUE_IN_RANGE);
    }

    @Property
    void sessionLengthsMustBePositiveAndAtMostEightHours(@ForAll("values") Protocol p, @ForAll("badLengths") Duration length) {
        assertRejected(() -> Protocol.builder().from(p).minSessionLength(length).build(),
                () -> p.withMinSessionLength(length), "minSessionLength", ModelRule.VALUE_IN_RANGE);
        assertRejected(() -> Protocol.builder().from(p).maxSessionLength(length).build(),
                () -> p.withMaxSessionLength(length), "maxSessionLength", ModelRule.VALUE_IN_RANGE);
    }

    @Property
    void theLongestSessionMustNotBeShorterThanTheShortest(@ForAll("values") Protocol p) {
        Duration shorter = p.minSessionLength().minusNanos(1);
        assertRejected(() -> Protocol.builder().from(p).maxSessionLength(shorter).build(),
                () -> p.withMaxSessionLength(shorter), "maxSessionLength", ModelRule.RANGE_ORDER);
        assertThat(p.withMaxSessionLength(p.minSessionLength()).maxSessionLength()).isEqualTo(p.minSessionLength());
        assertThat(p.withMaxSessionLength(Duration.ofHours(8)).maxSessionLength()).isEqualTo(Duration.ofHours(8));
    }

    @Property
    void aProtocolNeedsAtLeastOneProblemArea(@ForAll("values") Protocol p) {
        assertRejected(() -> Protocol.builder().from(p).problemAreas(Set.of()).build(),
                () -> p.withProblemAreas(Set.of()), "problemAreas", ModelRule.REQUIRED);
    }

    @Property
    void theMaximumNumberOfFocalAreasLiesBetweenOneAndTheNumberOfAreas(@ForAll("values") Protocol p) {
        int tooMany = p.problemAreas().size() + 1;
        assertRejected(() -> Protocol.builder().from(p).maxFocalAreas(0).build(), () -> p.withMaxFocalAreas(0),
                "maxFocalAreas", ModelRule.VALUE_IN_RANGE);
        assertRejected(() -> Protocol.builder().from(p).maxFocalAreas(tooMany).build(),
                () -> p.withMaxFocalAreas(tooMany), "maxFocalAreas", ModelRule.VALUE_IN_RANGE);
        assertThat(p.withMaxFocalAreas(p.problemAreas().size()).maxFocalAreas()).isEqualTo(p.problemAreas().size());
    }

    @Property
    void aGroupSizeIsGivenExactlyForGroupProtocols(@ForAll("values") Protocol p) {
        if (p.format() == ProtocolFormat.GROUP) {
            assertRejected(() -> Protocol.builder().from(p).groupSize(Optional.empty()).build(),
                    () -> p.withGroupSize(Optional.empty()), "groupSize", ModelRule.PRESENCE);
            assertRejected(() -> Protocol.builder().from(p).format(ProtocolFormat.INDIVIDUAL).build(),
                    () -> p.withFormat(ProtocolFormat.INDIVIDUAL), "groupSize", ModelRule.PRESENCE);
        } else {
            IntRange size = IntRange.of(6, 9);
            assertRejected(() -> Protocol.builder().from(p).groupSize(size).build(), () -> p.withGroupSize(size),
                    "groupSize", ModelRule.PRESENCE);
            assertRejected(() -> Protocol.builder().from(p).format(ProtocolFormat.GROUP).build(),
                    () -> p.withFormat(ProtocolFormat.GROUP), "groupSize", ModelRule.PRESENCE);
        }
    }

    @Property
    void aGroupHasAtLeastTwoMembers(@ForAll("groups") Protocol p) {
        for (IntRange tooSmall : List.of(IntRange.of(0, 9), IntRange.of(1, 1), IntRange.of(1, 9))) {
            assertRejected(() -> Protocol.builder().from(p).groupSize(tooSmall).build(),
                    () -> p.withGroupSize(tooSmall), "groupSize", ModelRule.VALUE_IN_RANGE);
        }
        assertThat(p.withGroupSize(IntRange.exactly(2)).groupSize()).contains(IntRange.exactly(2));
    }

    @Property
    void individualMeetingsAreNotNegative(@ForAll("values") Protocol p) {
        assertRejected(() -> Protocol.builder().from(p).individualMeetings(-1).build(),
                () -> p.withIndividualMeetings(-1), "individualMeetings", ModelRule.VALUE_IN_RANGE);
    }

    @Property
    void engagementSessionsLieBetweenZeroAndTen(@ForAll("values") Protocol p,
            @ForAll("badEngagementSessions") int engagement) {
        assertRejected(() -> Protocol.builder().from(p).engagementSessions(engagement).build(),
                () -> p.withEngagementSessions(engagement), "engagementSessions", ModelRule.VALUE_IN_RANGE);
    }

    @Provide
    Arbitrary<Integer> badEngagementSessions() {
        return Arbitraries.oneOf(Arbitraries.integers().between(Integer.MIN_VALUE, -1),
                Arbitraries.integers().between(11, Integer.MAX_VALUE));
    }

    @Property
    void aProtocolCitesEachWorkOnce(@ForAll("values") Protocol p, @ForAll("works") Reference work) {
        List<Reference> repeated = new java.util.ArrayList<>(p.references());
        repeated.add(work);
        repeated.add(work);
        assertRejected(() -> Protocol.builder().from(p).references(repeated).build(),
                () -> p.withReferences(repeated), "references", ModelRule.DISTINCT);
        List<Reference> once = new java.util.ArrayList<>(p.references());
        if (!once.contains(work)) {
            once.add(work);
            assertThat(p.withReferences(once).references()).containsExactlyElementsOf(once);
        }
    }

    @Provide
    Arbitrary<Reference> works() {
        return Arbitraries.of(Bibliography.all());
    }

    @Provide
    Arbitrary<Protocol> acute() {
        return IptArbitraries.protocols().filter(Protocol::hasAcutePhase);
    }

    @Provide
    Arbitrary<Protocol> maintenanceOnly() {
        return Arbitraries.oneOf(Arbitraries.just(Protocol.maintenance()),
                IptArbitraries.customProtocols().filter(p -> !p.hasAcutePhase()));
    }

    @Provide
    Arbitrary<Protocol> groups() {
        return Arbitraries.oneOf(Arbitraries.just(Protocol.group()),
                IptArbitraries.customProtocols().filter(p -> p.format() == ProtocolFormat.GROUP));
    }

    @Provide
    Arbitrary<String> badIds() {
        return Arbitraries.of("", " ", "-ipt", "ipt standard", "ipt/standard", "x".repeat(65), "ïpt");
    }

    @Provide
    static Arbitrary<String> blanks() {
        return Arbitraries.of("", " ", "\t", "\n", "   \r\n");
    }

    @Provide
    static Arbitrary<Period> notPositive() {
        return Arbitraries.of(Period.ZERO, Period.ofDays(-1), Period.ofWeeks(-1), Period.ofMonths(-1),
                Period.of(0, 1, -3), Period.of(-1, 13, 0));
    }

    @Provide
    static Arbitrary<Duration> badLengths() {
        return Arbitraries.of(Duration.ZERO, Duration.ofMinutes(-50), Duration.ofNanos(-1),
                Duration.ofHours(8).plusNanos(1), Duration.ofHours(9), Duration.ofDays(1));
    }

    @Override
    @Provide
    public Arbitrary<Protocol> values() {
        return IptArbitraries.protocols();
    }

    @Override
    public Class<Protocol> type() {
        return Protocol.class;
    }

    @Override
    public Set<String> rarelyReplaceable() {
        // the session ranges must fit each other, and a group size its format
        return Set.of("acuteSessions", "initialSessions", "middleSessions", "terminationSessions", "terminationNotice",
                "groupSize");
    }

    @Override
    public Protocol copyOf(Protocol p) {
        return Protocol.builder().from(p).build();
    }

    @Override
    public Protocol changed(Protocol p) {
        return p.withName(p.name() + " (changed)");
    }
}
