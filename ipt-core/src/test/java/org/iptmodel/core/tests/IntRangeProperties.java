package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iptmodel.core.contracts.Rejections.assertRejectedOnly;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Negative;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.EqualityContract;

/** {@link org.iptmodel.core.IntRange}: an inclusive range of non-negative whole numbers. */
class IntRangeProperties implements EqualityContract<org.iptmodel.core.IntRange> {

    @Property
    void aRangeKeepsItsBounds(@ForAll @IntRange(max = 1000) int min, @ForAll @IntRange(max = 1000) int width) {
        org.iptmodel.core.IntRange range = org.iptmodel.core.IntRange.of(min, min + width);
        assertThat(range.min()).isEqualTo(min);
        assertThat(range.max()).isEqualTo(min + width);
        assertThat(range).isEqualTo(new org.iptmodel.core.IntRange(min, min + width));
        assertThat(range).hasToString(min + ".." + (min + width));
    }

    @Property
    void exactlyHoldsOneValue(@ForAll @IntRange(max = 1000) int value) {
        org.iptmodel.core.IntRange range = org.iptmodel.core.IntRange.exactly(value);
        assertThat(range.min()).isEqualTo(value);
        assertThat(range.max()).isEqualTo(value);
    }

    @Property
    void aRangeContainsExactlyItsValues(@ForAll("values") org.iptmodel.core.IntRange range,
            @ForAll @IntRange(min = -5, max = 60) int value) {
        assertThat(range.contains(value)).isEqualTo(value >= range.min() && value <= range.max());
        assertThat(range.contains(range.min())).isTrue();
        assertThat(range.contains(range.max())).isTrue();
        assertThat(range.contains(range.min() - 1)).isFalse();
        assertThat(range.contains(range.max() + 1)).isFalse();
    }

    @Property
    void aNegativeMinimumIsRejected(@ForAll @Negative int min, @ForAll @IntRange(max = 1000) int max) {
        assertRejectedOnly(() -> org.iptmodel.core.IntRange.of(min, max), "min", ModelRule.VALUE_IN_RANGE);
        assertRejectedOnly(() -> org.iptmodel.core.IntRange.exactly(min), "min", ModelRule.VALUE_IN_RANGE);
    }

    @Property
    void aMinimumAboveTheMaximumIsRejected(@ForAll @IntRange(max = 1000) int max,
            @ForAll @IntRange(min = 1, max = 1000) int excess) {
        assertRejectedOnly(() -> org.iptmodel.core.IntRange.of(max + excess, max), "max", ModelRule.RANGE_ORDER);
    }

    @Override
    @Provide
    public Arbitrary<org.iptmodel.core.IntRange> values() {
        return IptArbitraries.intRanges();
    }

    @Override
    public org.iptmodel.core.IntRange copyOf(org.iptmodel.core.IntRange range) {
        return org.iptmodel.core.IntRange.of(range.min(), range.max());
    }

    @Override
    public org.iptmodel.core.IntRange changed(org.iptmodel.core.IntRange range) {
        return org.iptmodel.core.IntRange.of(range.min(), range.max() + 1);
    }
}
