package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.iptmodel.core.contracts.Rejections.assertRejectedOnly;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Negative;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Severity;
import org.iptmodel.core.SeverityBand;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.EqualityContract;

/** {@link SeverityBand}: one band of an instrument's scores. */
class SeverityBandProperties implements EqualityContract<SeverityBand> {

    @Property
    void aBandKeepsItsValues(@ForAll Severity severity, @ForAll @IntRange(max = 100) int from,
            @ForAll @IntRange(max = 100) int width) {
        SeverityBand band = SeverityBand.of(severity, from, from + width);
        assertThat(band.severity()).isEqualTo(severity);
        assertThat(band.from()).isEqualTo(from);
        assertThat(band.to()).isEqualTo(from + width);
    }

    @Property
    void aBandContainsExactlyItsScores(@ForAll("values") SeverityBand band, @ForAll @IntRange(min = -5, max = 100) int score) {
        assertThat(band.contains(score)).isEqualTo(score >= band.from() && score <= band.to());
    }

    @Property
    void aNegativeLowerBoundIsRejected(@ForAll Severity severity, @ForAll @Negative int from,
            @ForAll @IntRange(max = 100) int to) {
        assertRejectedOnly(() -> SeverityBand.of(severity, from, to), "from", ModelRule.VALUE_IN_RANGE);
    }

    @Property
    void boundsOutOfOrderAreRejected(@ForAll Severity severity, @ForAll @IntRange(max = 100) int to,
            @ForAll @IntRange(min = 1, max = 100) int excess) {
        assertRejectedOnly(() -> SeverityBand.of(severity, to + excess, to), "to", ModelRule.RANGE_ORDER);
    }

    @Example
    void aNullSeverityIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> SeverityBand.of(null, 0, 1));
    }

    @Override
    @Provide
    public Arbitrary<SeverityBand> values() {
        return IptArbitraries.severityBands();
    }

    @Override
    public SeverityBand copyOf(SeverityBand band) {
        return SeverityBand.of(band.severity(), band.from(), band.to());
    }

    @Override
    public SeverityBand changed(SeverityBand band) {
        return SeverityBand.of(band.severity(), band.from(), band.to() + 1);
    }
}
