package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iptmodel.core.contracts.Rejections.assertRejected;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.NextStep;
import org.iptmodel.core.Termination;
import org.iptmodel.core.TerminationOutcome;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.EqualityContract;
import org.iptmodel.core.contracts.RedactedTexts;
import org.iptmodel.core.contracts.RedactionContract;
import org.iptmodel.core.contracts.WithCopyContract;

/** {@link Termination}: how acute treatment ended. */
class TerminationProperties implements EqualityContract<Termination>, RedactionContract<Termination>,
        WithCopyContract<Termination> {

    @Property
    void aTerminationBuiltFromItsPartsKeepsThem(@ForAll("values") Termination t) {
        Termination built = Termination.builder()
                .date(t.date())
                .announcedAtSession(t.announcedAtSession())
                .outcome(t.outcome())
                .nextStep(t.nextStep())
                .warningSigns(t.warningSigns())
                .maintenanceDiscussed(t.maintenanceDiscussed())
                .build();
        assertThat(built).isEqualTo(t);
        assertThat(built.warningSigns()).containsExactlyElementsOf(t.warningSigns());
        assertThat(built.announcedAtSession()).isEqualTo(t.announcedAtSession());
    }

    @Property
    void maintenanceIsNotDiscussedByDefault(@ForAll("dates") LocalDate date, @ForAll TerminationOutcome outcome,
            @ForAll NextStep next) {
        Termination t = Termination.builder().date(date).outcome(outcome).nextStep(next).build();
        assertThat(t.maintenanceDiscussed()).isFalse();
        assertThat(t.announcedAtSession()).isEmpty();
        assertThat(t.warningSigns()).isEmpty();
    }

    @Property
    void theAnnouncingSessionIsAtLeastOne(@ForAll("values") Termination t, @ForAll @IntRange(min = -100, max = 0) int session) {
        assertRejected(() -> Termination.builder().from(t).announcedAtSession(session).build(),
                () -> t.withAnnouncedAtSession(session), "announcedAtSession", ModelRule.VALUE_IN_RANGE, secrets(t));
    }

    @Property
    void blankWarningSignsAreRejected(@ForAll("values") Termination t, @ForAll("blanks") String blank) {
        List<String> signs = new ArrayList<>(t.warningSigns());
        signs.add(blank);
        String path = "warningSigns[" + (signs.size() - 1) + "]";
        assertRejected(() -> Termination.builder().from(t).warningSigns(signs).build(), () -> t.withWarningSigns(signs),
                path, ModelRule.NOT_BLANK, secrets(t));
    }

    private static String[] secrets(Termination t) {
        return RedactedTexts.of(t).toArray(String[]::new);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return IptArbitraries.dates();
    }

    @Provide
    Arbitrary<String> blanks() {
        return ProtocolProperties.blanks();
    }

    @Override
    @Provide
    public Arbitrary<Termination> values() {
        return IptArbitraries.terminations();
    }

    @Override
    public Class<Termination> type() {
        return Termination.class;
    }

    @Override
    public List<String> redactedTexts(Termination t) {
        return RedactedTexts.of(t);
    }

    @Override
    public Termination copyOf(Termination t) {
        return Termination.builder().from(t).build();
    }

    @Override
    public Termination changed(Termination t) {
        return t.withMaintenanceDiscussed(!t.maintenanceDiscussed());
    }
}
