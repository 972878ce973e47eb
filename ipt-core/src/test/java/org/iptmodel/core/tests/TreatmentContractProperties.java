package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iptmodel.core.contracts.Rejections.assertRejected;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.iptmodel.core.ContractAmendment;
import org.iptmodel.core.ContractType;
import org.iptmodel.core.Focus;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.TreatmentContract;
import net.jqwik.api.Assume;
import org.iptmodel.core.Bounds;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.EqualityContract;
import org.iptmodel.core.contracts.RedactedTexts;
import org.iptmodel.core.contracts.RedactionContract;
import org.iptmodel.core.contracts.WithCopyContract;

/** {@link TreatmentContract}: the time frame agreed at the outset, and its amendments. */
class TreatmentContractProperties implements EqualityContract<TreatmentContract>,
        RedactionContract<TreatmentContract>, WithCopyContract<TreatmentContract> {

    @Property
    void aContractBuiltFromItsPartsKeepsThem(@ForAll("values") TreatmentContract c) {
        TreatmentContract built = TreatmentContract.builder()
                .type(c.type())
                .plannedSessions(c.plannedSessions())
                .cadence(c.cadence())
                .sessionLength(c.sessionLength())
                .start(c.start())
                .amendments(c.amendments())
                .build();
        assertThat(built).isEqualTo(c);
        assertThat(built.amendments()).containsExactlyElementsOf(c.amendments());
        assertThat(built.start()).isEqualTo(c.start());
    }

    @Property
    void anAcuteContractIsTheDefault(@ForAll @IntRange(max = 10_000) int planned, @ForAll("dates") LocalDate start) {
        TreatmentContract c = TreatmentContract.builder().plannedSessions(planned).cadence(Period.ofWeeks(1))
                .sessionLength(Duration.ofMinutes(50)).start(start).build();
        assertThat(c.type()).isEqualTo(ContractType.ACUTE);
        assertThat(c.amendments()).isEmpty();
        assertThat(c.totalSessions()).isEqualTo(planned);
        assertThat(c.currentCadence()).isEqualTo(Period.ofWeeks(1));
        assertThat(c.amendedFocus()).isEmpty();
    }

    @Property
    void amendmentsAddSessionsAndTheLatestCadenceAndFocusApply(@ForAll("values") TreatmentContract c) {
        int extra = c.amendments().stream().mapToInt(ContractAmendment::extraSessions).sum();
        assertThat(c.totalSessions()).isEqualTo(c.plannedSessions() + extra);
        Period cadence = c.cadence();
        Optional<Focus> focus = Optional.empty();
        for (ContractAmendment a : c.amendments()) {
            cadence = a.newCadence().orElse(cadence);
            focus = a.newFocus().isPresent() ? a.newFocus() : focus;
        }
        assertThat(c.currentCadence()).isEqualTo(cadence);
        assertThat(c.amendedFocus()).isEqualTo(focus);
    }

    @Property
    void plannedSessionsLieBetweenZeroAndTenThousand(@ForAll("values") TreatmentContract c,
            @ForAll @IntRange(min = 1, max = 1000) int beyond) {
        assertRejected(() -> TreatmentContract.builder().from(c).plannedSessions(-beyond).build(),
                () -> c.withPlannedSessions(-beyond), "plannedSessions", ModelRule.VALUE_IN_RANGE, secrets(c));
        assertRejected(() -> TreatmentContract.builder().from(c).plannedSessions(10_000 + beyond).build(),
                () -> c.withPlannedSessions(10_000 + beyond), "plannedSessions", ModelRule.VALUE_IN_RANGE, secrets(c));
    }

    @Property
    void theCadenceIsPositive(@ForAll("values") TreatmentContract c, @ForAll("notPositive") Period cadence) {
        assertRejected(() -> TreatmentContract.builder().from(c).cadence(cadence).build(), () -> c.withCadence(cadence),
                "cadence", ModelRule.VALUE_IN_RANGE, secrets(c));
    }

    @Property
    void theSessionLengthIsPositiveAndAtMostEightHours(@ForAll("values") TreatmentContract c,
            @ForAll("badLengths") Duration length) {
        assertRejected(() -> TreatmentContract.builder().from(c).sessionLength(length).build(),
                () -> c.withSessionLength(length), "sessionLength", ModelRule.VALUE_IN_RANGE, secrets(c));
    }

    @Property
    void anAmendmentBeforeTheStartIsRejected(@ForAll("values") TreatmentContract c, @ForAll("amendments") ContractAmendment a,
            @ForAll @IntRange(min = 1, max = 400) int daysBefore) {
        // a date before the model's earliest would break another rule
        Assume.that(!c.start().minusDays(daysBefore).isBefore(Bounds.EARLIEST_DATE));
        List<ContractAmendment> amendments = new ArrayList<>();
        amendments.add(a.withDate(c.start().minusDays(daysBefore)));
        amendments.addAll(c.amendments());
        assertRejected(() -> TreatmentContract.builder().from(c).amendments(amendments).build(),
                () -> c.withAmendments(amendments), "amendments[0].date", ModelRule.DATE_ORDER, secrets(c));
    }

    @Property
    void amendmentsOutOfDateOrderAreRejected(@ForAll("values") TreatmentContract c, @ForAll("amendments") ContractAmendment a,
            @ForAll @IntRange(min = 1, max = 400) int daysLater) {
        // a date after the model's latest would break another rule
        Assume.that(!c.start().plusDays(daysLater).isAfter(Bounds.LATEST_DATE));
        ContractAmendment later = a.withDate(c.start().plusDays(daysLater));
        ContractAmendment earlier = a.withDate(c.start().plusDays(daysLater - 1));
        List<ContractAmendment> amendments = List.of(later, earlier);
        assertRejected(() -> TreatmentContract.builder().from(c).amendments(amendments).build(),
                () -> c.withAmendments(amendments), "amendments[1].date", ModelRule.DATE_ORDER, secrets(c));
        List<ContractAmendment> sameDay = List.of(later, later);
        assertThat(c.withAmendments(sameDay).amendments()).hasSize(2);
    }

    private static String[] secrets(TreatmentContract c) {
        return RedactedTexts.of(c).toArray(String[]::new);
    }

    @Provide
    Arbitrary<ContractAmendment> amendments() {
        return IptArbitraries.contractAmendments();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return IptArbitraries.dates();
    }

    @Provide
    Arbitrary<Period> notPositive() {
        return ProtocolProperties.notPositive();
    }

    @Provide
    Arbitrary<Duration> badLengths() {
        return ProtocolProperties.badLengths();
    }

    @Override
    @Provide
    public Arbitrary<TreatmentContract> values() {
        return IptArbitraries.contracts();
    }

    @Override
    public Class<TreatmentContract> type() {
        return TreatmentContract.class;
    }

    @Override
    public Set<String> rarelyReplaceable() {
        // amendments are dated on or after the start
        return Set.of("amendments", "start");
    }

    @Override
    public List<String> redactedTexts(TreatmentContract c) {
        return RedactedTexts.of(c);
    }

    @Override
    public TreatmentContract copyOf(TreatmentContract c) {
        return TreatmentContract.builder().from(c).build();
    }

    @Override
    public TreatmentContract changed(TreatmentContract c) {
        return c.withPlannedSessions(c.plannedSessions() == 0 ? 1 : c.plannedSessions() - 1);
    }
}
