package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iptmodel.core.contracts.Rejections.assertRejected;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.iptmodel.core.ConcurrentTreatment;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.TreatmentKind;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.EqualityContract;
import org.iptmodel.core.contracts.WithCopyContract;

/** {@link ConcurrentTreatment}: a coded treatment alongside IPT. */
class ConcurrentTreatmentProperties implements EqualityContract<ConcurrentTreatment>,
        WithCopyContract<ConcurrentTreatment> {

    @Property
    void aTreatmentBuiltFromItsPartsKeepsThem(@ForAll("values") ConcurrentTreatment t) {
        ConcurrentTreatment built = ConcurrentTreatment.builder()
                .kind(t.kind())
                .codeSystem(t.codeSystem())
                .code(t.code())
                .started(t.started())
                .stopped(t.stopped())
                .build();
        assertThat(built).isEqualTo(t);
        assertThat(built.code()).isEqualTo(t.code());
        assertThat(built.codeSystem()).isEqualTo(t.codeSystem());
    }

    @Property
    void aTreatmentNeedsOnlyItsKind(@ForAll TreatmentKind kind) {
        ConcurrentTreatment t = ConcurrentTreatment.builder().kind(kind).build();
        assertThat(t.kind()).isEqualTo(kind);
        assertThat(t.code()).isEmpty();
        assertThat(t.started()).isEmpty();
    }

    @Property
    void aCodeAndItsSystemArePresentTogether(@ForAll TreatmentKind kind) {
        ConcurrentTreatment uncoded = ConcurrentTreatment.builder().kind(kind).build();
        ConcurrentTreatment coded = ConcurrentTreatment.builder().kind(kind).codeSystem("ATC").code("N06AB06").build();
        assertThat(coded.code()).contains("N06AB06");
        assertRejected(() -> ConcurrentTreatment.builder().from(uncoded).code("N06AB06").build(),
                () -> uncoded.withCode("N06AB06"), "code", ModelRule.PRESENCE);
        assertRejected(() -> ConcurrentTreatment.builder().from(coded).codeSystem(Optional.empty()).build(),
                () -> coded.withCodeSystem(Optional.empty()), "code", ModelRule.PRESENCE);
    }

    @Property
    void codesAreIdentifiersNotFreeText(@ForAll("coded") ConcurrentTreatment t, @ForAll("texts") String text) {
        assertRejected(() -> ConcurrentTreatment.builder().from(t).code(text).build(), () -> t.withCode(text), "code",
                ModelRule.ID_FORMAT, text);
        assertRejected(() -> ConcurrentTreatment.builder().from(t).codeSystem(text).build(), () -> t.withCodeSystem(text),
                "codeSystem", ModelRule.ID_FORMAT, text);
    }

    @Property
    void aTreatmentDoesNotStopBeforeItStarts(@ForAll("values") ConcurrentTreatment t, @ForAll("dates") LocalDate started,
            @ForAll @IntRange(min = 1, max = 400) int daysBefore) {
        ConcurrentTreatment ongoing = t.withStopped(Optional.empty()).withStarted(started);
        LocalDate before = started.minusDays(daysBefore);
        assertRejected(() -> ConcurrentTreatment.builder().from(ongoing).stopped(before).build(),
                () -> ongoing.withStopped(before), "stopped", ModelRule.DATE_ORDER);
        assertThat(ongoing.withStopped(started).stopped()).contains(started);
    }

    @Provide
    Arbitrary<ConcurrentTreatment> coded() {
        return IptArbitraries.concurrentTreatments().filter(t -> t.code().isPresent());
    }

    @Provide
    Arbitrary<String> texts() {
        return IptArbitraries.redactedTexts().map(s -> s + " mg");
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return IptArbitraries.dates();
    }

    @Override
    @Provide
    public Arbitrary<ConcurrentTreatment> values() {
        return IptArbitraries.concurrentTreatments();
    }

    @Override
    public Class<ConcurrentTreatment> type() {
        return ConcurrentTreatment.class;
    }

    @Override
    public Set<String> rarelyReplaceable() {
        // a code goes with its system, a stop follows the start
        return Set.of("code", "codeSystem", "started", "stopped");
    }

    @Override
    public ConcurrentTreatment copyOf(ConcurrentTreatment t) {
        return ConcurrentTreatment.builder().from(t).build();
    }

    @Override
    public ConcurrentTreatment changed(ConcurrentTreatment t) {
        TreatmentKind[] kinds = TreatmentKind.values();
        return t.withKind(kinds[(t.kind().ordinal() + 1) % kinds.length]);
    }
}
