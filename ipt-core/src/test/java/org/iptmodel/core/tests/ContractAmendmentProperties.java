package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iptmodel.core.contracts.Rejections.assertRejected;
import static org.iptmodel.core.contracts.Rejections.assertRejectedOnly;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.iptmodel.core.Bounds;
import org.iptmodel.core.ContractAmendment;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.EqualityContract;
import org.iptmodel.core.contracts.RedactedTexts;
import org.iptmodel.core.contracts.RedactionContract;
import org.iptmodel.core.contracts.WithCopyContract;

/** {@link ContractAmendment}: a renegotiation that changes sessions, cadence or focus. */
class ContractAmendmentProperties implements EqualityContract<ContractAmendment>,
        RedactionContract<ContractAmendment>, WithCopyContract<ContractAmendment> {

    @Property
    void anAmendmentBuiltFromItsPartsKeepsThem(@ForAll("values") ContractAmendment a) {
        ContractAmendment built = ContractAmendment.builder()
                .date(a.date())
                .extraSessions(a.extraSessions())
                .newCadence(a.newCadence())
                .newFocus(a.newFocus())
                .reason(a.reason())
                .build();
        assertThat(built).isEqualTo(a);
        assertThat(built.extraSessions()).isEqualTo(a.extraSessions());
        assertThat(built.reason()).isEqualTo(a.reason());
    }

    @Property
    void extraSessionsAloneAreAChange(@ForAll("dates") LocalDate date, @ForAll @IntRange(min = 1, max = 10_000) int extra,
            @ForAll("texts") String reason) {
        ContractAmendment a = ContractAmendment.builder().date(date).extraSessions(extra).reason(reason).build();
        assertThat(a.extraSessions()).isEqualTo(extra);
        assertThat(a.newCadence()).isEmpty();
        assertThat(a.newFocus()).isEmpty();
    }

    @Property
    void anAmendmentThatChangesNothingIsRejected(@ForAll("dates") LocalDate date, @ForAll("texts") String reason) {
        assertRejectedOnly(() -> ContractAmendment.builder().date(date).reason(reason).build(), "",
                ModelRule.AMENDMENT_CHANGES);
        ContractAmendment extra = ContractAmendment.builder().date(date).extraSessions(2).reason(reason).build();
        assertRejected(() -> extra.withExtraSessions(0), "", ModelRule.AMENDMENT_CHANGES, reason);
        ContractAmendment cadence = ContractAmendment.builder().date(date).newCadence(Period.ofWeeks(2)).reason(reason)
                .build();
        assertRejected(() -> cadence.withNewCadence(Optional.empty()), "", ModelRule.AMENDMENT_CHANGES, reason);
    }

    @Property
    void extraSessionsAreNotNegative(@ForAll("values") ContractAmendment a, @ForAll @IntRange(min = 1, max = 1000) int minus) {
        assertRejected(() -> ContractAmendment.builder().from(a).extraSessions(-minus).build(),
                () -> a.withExtraSessions(-minus), "extraSessions", ModelRule.VALUE_IN_RANGE, secrets(a));
    }

    @Property
    void aNewCadenceIsPositive(@ForAll("values") ContractAmendment a, @ForAll("notPositive") Period cadence) {
        assertRejected(() -> ContractAmendment.builder().from(a).newCadence(cadence).build(),
                () -> a.withNewCadence(cadence), "newCadence", ModelRule.VALUE_IN_RANGE, secrets(a));
    }

    @Property
    void aBlankReasonIsRejected(@ForAll("values") ContractAmendment a, @ForAll("blanks") String reason) {
        assertRejected(() -> ContractAmendment.builder().from(a).reason(reason).build(), () -> a.withReason(reason),
                "reason", ModelRule.NOT_BLANK);
    }

    private static String[] secrets(ContractAmendment a) {
        return RedactedTexts.of(a).toArray(String[]::new);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return IptArbitraries.dates();
    }

    @Provide
    Arbitrary<String> texts() {
        return IptArbitraries.redactedTexts();
    }

    @Provide
    Arbitrary<String> blanks() {
        return ProtocolProperties.blanks();
    }

    @Provide
    Arbitrary<Period> notPositive() {
        return ProtocolProperties.notPositive();
    }

    @Override
    @Provide
    public Arbitrary<ContractAmendment> values() {
        return IptArbitraries.contractAmendments();
    }

    @Override
    public Class<ContractAmendment> type() {
        return ContractAmendment.class;
    }

    @Override
    public Set<String> rarelyReplaceable() {
        // an amendment must keep changing something
        return Set.of("extraSessions", "newCadence", "newFocus");
    }

    @Override
    public List<String> redactedTexts(ContractAmendment a) {
        return RedactedTexts.of(a);
    }

    @Override
    public ContractAmendment copyOf(ContractAmendment a) {
        return ContractAmendment.builder().from(a).build();
    }

    @Override
    public ContractAmendment changed(ContractAmendment a) {
        int extra = a.extraSessions();
        return a.withExtraSessions(extra == Bounds.MAX_CONTRACT_SESSIONS ? extra - 1 : extra + 1);
    }
}
