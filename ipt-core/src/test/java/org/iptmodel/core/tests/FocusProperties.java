package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iptmodel.core.contracts.Rejections.assertRejected;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iptmodel.core.Focus;
import org.iptmodel.core.FocusBasis;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.EqualityContract;
import org.iptmodel.core.contracts.RedactedTexts;
import org.iptmodel.core.contracts.RedactionContract;
import org.iptmodel.core.contracts.WithCopyContract;

/** {@link Focus}: the problem areas chosen, on their own; the course checks them against its protocol. */
class FocusProperties implements EqualityContract<Focus>, RedactionContract<Focus>, WithCopyContract<Focus> {

    @Property
    void aFocusBuiltFromItsPartsKeepsThem(@ForAll("values") Focus focus) {
        Focus built = Focus.builder()
                .primary(focus.primary())
                .secondary(focus.secondary())
                .issues(focus.issues())
                .basis(focus.basis())
                .overrideReason(focus.overrideReason())
                .agreedOn(focus.agreedOn())
                .build();
        assertThat(built).isEqualTo(focus);
        assertThat(built.secondary()).containsExactlyElementsOf(focus.secondary());
        assertThat(built.issues()).containsExactlyElementsOf(focus.issues());
        assertThat(built.overrideReason()).isEqualTo(focus.overrideReason());
    }

    @Property
    void theAreasAreThePrimaryThenTheSecondaryOnes(@ForAll("values") Focus focus) {
        List<ProblemArea> expected = new ArrayList<>();
        expected.add(focus.primary());
        expected.addAll(focus.secondary());
        assertThat(focus.areas()).containsExactlyElementsOf(expected);
        assertThat(focus.isAgreed()).isEqualTo(focus.agreedOn().isPresent());
    }

    @Property
    void aFocusIsSelectedByRankingByDefault(@ForAll ProblemArea area) {
        Focus focus = Focus.builder().primary(area).build();
        assertThat(focus.basis()).isEqualTo(FocusBasis.RANKING);
        assertThat(focus.overrideReason()).isEmpty();
        assertThat(focus.isAgreed()).isFalse();
    }

    @Property
    void secondaryAreasAreNotRepeated(@ForAll("values") Focus focus, @ForAll ProblemArea area) {
        if (area != focus.primary()) {
            List<ProblemArea> secondary = new ArrayList<>(focus.secondary());
            secondary.remove(area);
            secondary.add(area);
            secondary.add(area);
            int at = secondary.size() - 1;
            assertRejected(() -> Focus.builder().from(focus).secondary(secondary).build(),
                    () -> focus.withSecondary(secondary), "secondary[" + at + "]", ModelRule.DISTINCT, secrets(focus));
        }
    }

    @Property
    void thePrimaryAreaIsNotAlsoSecondary(@ForAll("values") Focus focus) {
        List<ProblemArea> secondary = new ArrayList<>(focus.secondary());
        secondary.add(focus.primary());
        assertRejected(() -> Focus.builder().from(focus).secondary(secondary).build(),
                () -> focus.withSecondary(secondary), "secondary", ModelRule.DISTINCT, secrets(focus));
    }

    @Property
    void issuesAreNotRepeated(@ForAll("values") Focus focus, @ForAll("issueIds") IssueId issue) {
        List<IssueId> issues = new ArrayList<>(focus.issues());
        issues.remove(issue);
        issues.add(issue);
        issues.add(issue);
        int at = issues.size() - 1;
        assertRejected(() -> Focus.builder().from(focus).issues(issues).build(), () -> focus.withIssues(issues),
                "issues[" + at + "]", ModelRule.DISTINCT, secrets(focus));
    }

    @Property
    void anOverrideReasonIsRecordedExactlyForAClinicianOverride(@ForAll("values") Focus focus, @ForAll("texts") String reason) {
        if (focus.basis() == FocusBasis.CLINICIAN_OVERRIDE) {
            assertRejected(() -> Focus.builder().from(focus).overrideReason(Optional.empty()).build(),
                    () -> focus.withOverrideReason(Optional.empty()), "overrideReason", ModelRule.PRESENCE);
            assertRejected(() -> Focus.builder().from(focus).basis(FocusBasis.RANKING).build(),
                    () -> focus.withBasis(FocusBasis.RANKING), "overrideReason", ModelRule.PRESENCE, secrets(focus));
        } else {
            assertRejected(() -> Focus.builder().from(focus).overrideReason(reason).build(),
                    () -> focus.withOverrideReason(reason), "overrideReason", ModelRule.PRESENCE, reason);
            assertRejected(() -> Focus.builder().from(focus).basis(FocusBasis.CLINICIAN_OVERRIDE).build(),
                    () -> focus.withBasis(FocusBasis.CLINICIAN_OVERRIDE), "overrideReason", ModelRule.PRESENCE);
        }
    }

    @Property
    void aBlankOverrideReasonIsRejected(@ForAll("values") Focus focus, @ForAll("blanks") String reason) {
        Focus override = Focus.builder().from(focus).basis(FocusBasis.CLINICIAN_OVERRIDE)
                .overrideReason("the patient asked for it").build();
        assertRejected(() -> Focus.builder().from(override).overrideReason(reason).build(),
                () -> override.withOverrideReason(reason), "overrideReason", ModelRule.NOT_BLANK);
    }

    private static String[] secrets(Focus focus) {
        return RedactedTexts.of(focus).toArray(String[]::new);
    }

    @Provide
    Arbitrary<IssueId> issueIds() {
        return IptArbitraries.issueIds();
    }

    @Provide
    Arbitrary<String> texts() {
        return IptArbitraries.redactedTexts();
    }

    @Provide
    Arbitrary<String> blanks() {
        return ProtocolProperties.blanks();
    }

    @Override
    @Provide
    public Arbitrary<Focus> values() {
        return IptArbitraries.focuses();
    }

    @Override
    public Class<Focus> type() {
        return Focus.class;
    }

    @Override
    public java.util.Set<String> rarelyReplaceable() {
        // the override reason goes with the basis, secondary areas exclude the primary one
        return java.util.Set.of("basis", "overrideReason", "primary", "secondary");
    }

    @Override
    public List<String> redactedTexts(Focus focus) {
        return RedactedTexts.of(focus);
    }

    @Override
    public Focus copyOf(Focus focus) {
        return Focus.builder().from(focus).build();
    }

    @Override
    public Focus changed(Focus focus) {
        return focus.isAgreed() ? focus.withAgreedOn(Optional.empty()) : focus.withAgreedOn(IptArbitraries.EARLIEST_DATE);
    }
}
