package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iptmodel.core.contracts.Rejections.assertRejected;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.EqualityContract;
import org.iptmodel.core.contracts.WithCopyContract;

/** {@link Measurement}: a score that matches its instrument. */
class MeasurementProperties implements EqualityContract<Measurement>, WithCopyContract<Measurement> {

    @Property
    void aTotalInTheRangeIsKept(@ForAll("scores") InstrumentAndScore s) {
        Measurement m = Measurement.of(s.instrument(), s.score());
        assertThat(m.instrument()).isEqualTo(s.instrument());
        assertThat(m.total()).isEqualTo(s.score());
        assertThat(m.items()).isEmpty();
        assertThat(m.severity()).isEqualTo(s.instrument().severityOf(s.score()));
        assertThat(m.suicidalityResponse()).isEmpty();
        assertThat(Measurement.builder().instrument(s.instrument()).total(s.score()).build()).isEqualTo(m);
    }

    @Property
    void itemResponsesThatSumToTheTotalAreKept(@ForAll("values") Measurement generated) {
        Measurement m = Measurement.builder()
                .instrument(generated.instrument())
                .items(generated.items())
                .total(generated.total())
                .build();
        assertThat(m).isEqualTo(generated);
        assertThat(m.items()).containsExactlyElementsOf(generated.items());
        if (!m.items().isEmpty()) {
            assertThat(m.items().stream().mapToInt(Integer::intValue).sum()).isEqualTo(m.total());
            m.instrument().suicidalityItem().ifPresent(item ->
                    assertThat(m.suicidalityResponse()).hasValue(m.items().get(item - 1)));
        }
    }

    @Property
    void aTotalOutsideTheRangeIsRejected(@ForAll("values") Measurement m, @ForAll @IntRange(min = 1, max = 1000) int beyond) {
        Measurement totalOnly = m.withItems(List.of());
        int above = m.instrument().maxScore() + beyond;
        assertRejected(() -> Measurement.builder().from(totalOnly).total(-beyond).build(),
                () -> totalOnly.withTotal(-beyond), "total", ModelRule.VALUE_IN_RANGE);
        assertRejected(() -> Measurement.builder().from(totalOnly).total(above).build(),
                () -> totalOnly.withTotal(above), "total", ModelRule.VALUE_IN_RANGE);
    }

    @Property
    void itemResponsesNeedOneResponsePerItem(@ForAll("values") Measurement m) {
        List<Integer> tooMany = new ArrayList<>(java.util.Collections.nCopies(m.instrument().itemCount(), 0));
        tooMany.add(0);
        Measurement zero = m.withItems(List.of()).withTotal(0);
        assertRejected(() -> Measurement.builder().from(zero).items(tooMany).build(), () -> zero.withItems(tooMany),
                "items", ModelRule.SCORE_MATCHES_INSTRUMENT);
        if (m.instrument().itemCount() > 1) {
            List<Integer> tooFew = tooMany.subList(0, m.instrument().itemCount() - 1);
            assertRejected(() -> Measurement.builder().from(zero).items(tooFew).build(), () -> zero.withItems(tooFew),
                    "items", ModelRule.SCORE_MATCHES_INSTRUMENT);
        }
    }

    @Property
    void anItemResponseOutsideTheItemsRangeIsRejected(@ForAll("itemised") Measurement m,
            @ForAll @IntRange(max = 1000) int index, @ForAll boolean above) {
        int at = index % m.items().size();
        List<Integer> items = new ArrayList<>(m.items());
        items.set(at, above ? m.instrument().itemMaxima().get(at) + 1 : -1);
        int total = items.stream().mapToInt(Integer::intValue).sum();
        assertRejected(() -> Measurement.builder().from(m).items(items).total(total).build(),
                "items[" + at + "]", ModelRule.VALUE_IN_RANGE);
        assertRejected(() -> m.withItems(items), "items[" + at + "]", ModelRule.VALUE_IN_RANGE);
    }

    @Property
    void itemResponsesMustSumToTheTotal(@ForAll("itemised") Measurement m) {
        int other = m.total() == 0 ? 1 : m.total() - 1;
        assertRejected(() -> Measurement.builder().from(m).total(other).build(), () -> m.withTotal(other), "items",
                ModelRule.SCORE_MATCHES_INSTRUMENT);
    }

    @Property
    void aTotalOnlyInstrumentTakesNoItemResponses(@ForAll("totalsOnly") Instrument instrument) {
        Measurement m = Measurement.of(instrument, 1);
        assertRejected(() -> Measurement.builder().from(m).addItems(1).build(), () -> m.withItems(List.of(1)),
                "items", ModelRule.SCORE_MATCHES_INSTRUMENT);
    }

    /** An instrument and a score within its range. */
    record InstrumentAndScore(Instrument instrument, int score) {
    }

    @Provide
    Arbitrary<InstrumentAndScore> scores() {
        return Combinators.combine(IptArbitraries.instruments(), Arbitraries.integers().between(0, Integer.MAX_VALUE))
                .as((i, key) -> new InstrumentAndScore(i, key % (i.maxScore() + 1)));
    }

    @Provide
    Arbitrary<Measurement> itemised() {
        return IptArbitraries.measurements().filter(m -> !m.items().isEmpty());
    }

    @Provide
    Arbitrary<Instrument> totalsOnly() {
        return IptArbitraries.customInstruments().filter(i -> i.itemCount() == 0);
    }

    @Override
    @Provide
    public Arbitrary<Measurement> values() {
        return IptArbitraries.measurements();
    }

    @Override
    public Class<Measurement> type() {
        return Measurement.class;
    }

    @Override
    public Set<String> rarelyReplaceable() {
        // the total and items must match the instrument and each other
        return Set.of("instrument", "items", "total");
    }

    @Override
    public Measurement copyOf(Measurement m) {
        return Measurement.builder().from(m).build();
    }

    @Override
    public Measurement changed(Measurement m) {
        return m.items().isEmpty() ? m.withTotal(m.total() == 0 ? 1 : 0) : m.withItems(List.of());
    }
}
