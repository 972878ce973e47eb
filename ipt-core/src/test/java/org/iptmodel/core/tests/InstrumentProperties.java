package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.iptmodel.core.contracts.Rejections.assertRejected;
import static org.iptmodel.core.contracts.Rejections.assertRejectedOnly;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Reference;
import org.iptmodel.core.Severity;
import org.iptmodel.core.SeverityBand;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.EqualityContract;
import org.iptmodel.core.contracts.WithCopyContract;

/** {@link Instrument}: a rating scale's range, items, bands and defaults. */
class InstrumentProperties implements EqualityContract<Instrument>, WithCopyContract<Instrument> {

    @Property
    void anInstrumentBuiltFromItsPartsKeepsThem(@ForAll("values") Instrument i) {
        Instrument built = Instrument.builder()
                .code(i.code())
                .name(i.name())
                .maxScore(i.maxScore())
                .itemMaxima(i.itemMaxima())
                .bands(i.bands())
                .remissionMax(i.remissionMax())
                .depressedMin(i.depressedMin())
                .suicidalityItem(i.suicidalityItem())
                .references(i.references())
                .build();
        assertThat(built).isEqualTo(i);
        assertThat(built.itemMaxima()).containsExactlyElementsOf(i.itemMaxima());
        assertThat(built.bands()).containsExactlyElementsOf(i.bands());
        assertThat(built.itemCount()).isEqualTo(i.itemMaxima().size());
    }

    @Property
    void everyScoreInTheRangeHasTheSeverityOfItsBand(@ForAll("values") Instrument i) {
        for (int score = 0; score <= i.maxScore(); score++) {
            int s = score;
            SeverityBand band = i.bands().stream().filter(b -> b.contains(s)).findFirst().orElseThrow();
            assertThat(i.severityOf(score)).isEqualTo(band.severity());
            assertThat(i.isRemission(score)).isEqualTo(score <= i.remissionMax());
            assertThat(i.isDepressed(score)).isEqualTo(score >= i.depressedMin());
            assertThat(i.isRemission(score) && i.isDepressed(score)).isFalse();
        }
    }

    @Property
    void aScoreOutsideTheRangeHasNoSeverity(@ForAll("values") Instrument i, @ForAll @IntRange(min = 1, max = 1000) int beyond) {
        assertThatIllegalArgumentException().isThrownBy(() -> i.severityOf(-beyond));
        assertThatIllegalArgumentException().isThrownBy(() -> i.severityOf(i.maxScore() + beyond));
    }

    @Property
    void theBandsCoverTheRangeWithRisingSeverity(@ForAll("values") Instrument i) {
        List<SeverityBand> bands = i.bands();
        assertThat(bands.get(0).from()).isZero();
        assertThat(bands.get(bands.size() - 1).to()).isEqualTo(i.maxScore());
        for (int k = 1; k < bands.size(); k++) {
            assertThat(bands.get(k).from()).isEqualTo(bands.get(k - 1).to() + 1);
            assertThat(bands.get(k).severity()).isGreaterThan(bands.get(k - 1).severity());
        }
    }

    @Property
    void aCodeThatIsNotAnIdentifierIsRejected(@ForAll("values") Instrument i) {
        assertRejected(() -> Instrument.builder().from(i).code("phq 9").build(), () -> i.withCode("-phq"), "code",
                ModelRule.ID_FORMAT);
    }

    @Property
    void aBlankNameIsRejected(@ForAll("values") Instrument i, @ForAll("blanks") String name) {
        assertRejected(() -> Instrument.builder().from(i).name(name).build(), () -> i.withName(name), "name",
                ModelRule.NOT_BLANK);
    }

    @Property
    void theMaximumScoreIsPositive(@ForAll("values") Instrument i, @ForAll @IntRange(min = -100, max = 0) int max) {
        assertRejected(() -> Instrument.builder().from(i).maxScore(max).build(), () -> i.withMaxScore(max),
                "maxScore", ModelRule.VALUE_IN_RANGE);
    }

    @Property
    void itemMaximaArePositive(@ForAll("itemised") Instrument i, @ForAll @IntRange(min = -3, max = 0) int bad,
            @ForAll("indexes") int index) {
        int at = index % i.itemCount();
        List<Integer> items = new ArrayList<>(i.itemMaxima());
        items.set(at, bad);
        assertRejected(() -> Instrument.builder().from(i).itemMaxima(items).build(), () -> i.withItemMaxima(items),
                "itemMaxima[" + at + "]", ModelRule.VALUE_IN_RANGE);
    }

    @Property
    void itemMaximaSumToTheMaximumScore(@ForAll("itemised") Instrument i) {
        List<Integer> more = new ArrayList<>(i.itemMaxima());
        more.add(1);
        assertRejected(() -> Instrument.builder().from(i).itemMaxima(more).build(), () -> i.withItemMaxima(more),
                "itemMaxima", ModelRule.SCORE_MATCHES_INSTRUMENT);
        if (i.itemCount() > 1) {
            // without any item the instrument records totals only, which is valid
            List<Integer> fewer = i.itemMaxima().subList(0, i.itemCount() - 1);
            assertRejected(() -> Instrument.builder().from(i).itemMaxima(fewer).build(), () -> i.withItemMaxima(fewer),
                    "itemMaxima", ModelRule.SCORE_MATCHES_INSTRUMENT);
        }
    }

    @Property
    void bandsThatDoNotCoverTheRangeInOrderAreRejected(@ForAll("values") Instrument i) {
        List<SeverityBand> bands = i.bands();
        SeverityBand first = bands.get(0);
        SeverityBand last = bands.get(bands.size() - 1);
        List<List<SeverityBand>> broken = new ArrayList<>();
        broken.add(List.of());
        broken.add(replace(bands, bands.size() - 1, SeverityBand.of(last.severity(), last.from(), last.to() + 1)));
        if (last.to() > last.from()) {
            broken.add(replace(bands, bands.size() - 1, SeverityBand.of(last.severity(), last.from(), last.to() - 1)));
        }
        if (first.to() > 0) {
            broken.add(replace(bands, 0, SeverityBand.of(first.severity(), 1, first.to())));
        }
        if (bands.size() > 1) {
            SeverityBand second = bands.get(1);
            broken.add(replace(bands, 1, SeverityBand.of(second.severity(), second.from() + 1, Math.max(second.to(),
                    second.from() + 1))));
            broken.add(replace(bands, 1, SeverityBand.of(second.severity(), second.from() - 1, second.to())));
            broken.add(replace(bands, 1, SeverityBand.of(first.severity(), second.from(), second.to())));
            List<SeverityBand> reversed = new ArrayList<>(bands);
            java.util.Collections.reverse(reversed);
            broken.add(reversed);
        } else if (i.maxScore() > 0) {
            broken.add(List.of(SeverityBand.of(first.severity(), 0, 0),
                    SeverityBand.of(first.severity(), 1, i.maxScore())));
        }
        for (List<SeverityBand> b : broken) {
            assertRejected(() -> Instrument.builder().from(i).bands(b).build(), () -> i.withBands(b), "bands",
                    ModelRule.BANDS_COVER_RANGE);
        }
    }

    @Property
    void theRemissionThresholdLiesBelowTheMaximum(@ForAll("values") Instrument i) {
        int max = i.maxScore();
        assertRejected(() -> Instrument.builder().from(i).remissionMax(-1).build(), () -> i.withRemissionMax(-1),
                "remissionMax", ModelRule.VALUE_IN_RANGE);
        assertRejected(() -> Instrument.builder().from(i).remissionMax(max).build(), () -> i.withRemissionMax(max),
                "remissionMax", ModelRule.VALUE_IN_RANGE);
        assertRejected(() -> Instrument.builder().from(i).remissionMax(max + 1).build(),
                () -> i.withRemissionMax(max + 1), "remissionMax", ModelRule.VALUE_IN_RANGE);
    }

    @Property
    void theDepressedRangeStartsAboveTheRemissionThresholdAndWithinTheRange(@ForAll("values") Instrument i,
            @ForAll @IntRange(min = 0, max = 100) int below) {
        int atRemission = i.remissionMax() - below % (i.remissionMax() + 1);
        int beyond = i.maxScore() + 1 + below;
        assertRejectedOnly(() -> Instrument.builder().from(i).depressedMin(atRemission).build(), "depressedMin",
                ModelRule.VALUE_IN_RANGE);
        assertRejected(() -> Instrument.builder().from(i).depressedMin(atRemission).build(),
                () -> i.withDepressedMin(atRemission), "depressedMin", ModelRule.VALUE_IN_RANGE);
        assertRejected(() -> Instrument.builder().from(i).depressedMin(beyond).build(),
                () -> i.withDepressedMin(beyond), "depressedMin", ModelRule.VALUE_IN_RANGE);
        assertThat(i.withDepressedMin(i.maxScore()).depressedMin()).isEqualTo(i.maxScore());
        assertThat(i.withDepressedMin(i.remissionMax() + 1).depressedMin()).isEqualTo(i.remissionMax() + 1);
    }

    @Property
    void unsetTheDepressedRangeStartsJustAboveTheRemissionThreshold(@ForAll("values") Instrument i) {
        Instrument unset = Instrument.builder().code(i.code()).name(i.name()).maxScore(i.maxScore())
                .itemMaxima(i.itemMaxima()).bands(i.bands()).remissionMax(i.remissionMax()).build();
        assertThat(unset.depressedMin()).isEqualTo(i.remissionMax() + 1);
        assertThat(unset.references()).isEmpty();
    }

    @Property
    void theReferencesAreDistinctWorksOfTheBibliography(@ForAll("values") Instrument i,
            @ForAll @IntRange(min = 0, max = 100) int key) {
        assertThat(Bibliography.all()).containsAll(i.references());
        i.references().forEach(r -> assertThat(Bibliography.find(r.key())).contains(r));
        List<Reference> repeated = new ArrayList<>(i.references());
        repeated.add(Bibliography.all().get(key % Bibliography.all().size()));
        repeated.add(repeated.get(repeated.size() - 1));
        assertRejected(() -> Instrument.builder().from(i).references(repeated).build(),
                () -> i.withReferences(repeated), "references[" + (repeated.size() - 1) + "]", ModelRule.DISTINCT);
    }

    @Property
    void theSuicidalityItemIsOneOfTheItems(@ForAll("values") Instrument i) {
        int beyond = i.itemCount() + 1;
        assertRejected(() -> Instrument.builder().from(i).suicidalityItem(0).build(), () -> i.withSuicidalityItem(0),
                "suicidalityItem", ModelRule.VALUE_IN_RANGE);
        assertRejected(() -> Instrument.builder().from(i).suicidalityItem(beyond).build(),
                () -> i.withSuicidalityItem(beyond), "suicidalityItem", ModelRule.VALUE_IN_RANGE);
        if (i.itemCount() > 0) {
            assertThat(i.withSuicidalityItem(i.itemCount()).suicidalityItem()).hasValue(i.itemCount());
        }
    }

    private static List<SeverityBand> replace(List<SeverityBand> bands, int index, SeverityBand band) {
        List<SeverityBand> copy = new ArrayList<>(bands);
        copy.set(index, band);
        return copy;
    }

    @Provide
    Arbitrary<Instrument> itemised() {
        return IptArbitraries.instruments().filter(i -> i.itemCount() > 0);
    }

    @Provide
    Arbitrary<Integer> indexes() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Provide
    Arbitrary<String> blanks() {
        return ProtocolProperties.blanks();
    }

    @Override
    @Provide
    public Arbitrary<Instrument> values() {
        return IptArbitraries.instruments();
    }

    @Override
    public Class<Instrument> type() {
        return Instrument.class;
    }

    @Override
    public Set<String> rarelyReplaceable() {
        // the maximum, items, bands and thresholds must fit each other
        return Set.of("maxScore", "itemMaxima", "bands", "suicidalityItem", "remissionMax", "depressedMin");
    }

    @Override
    public Instrument copyOf(Instrument i) {
        return Instrument.builder().from(i).build();
    }

    @Override
    public Instrument changed(Instrument i) {
        return i.withName(i.name() + " (changed)");
    }

    @Example
    void itemMaximaThatWrapAnIntRoundToTheMaximumDoNotSumToIt() {
        // 4,294,968 items of 1,000 sum to 4,294,968,000, which an int would wrap round to 704
        List<Integer> items = Collections.nCopies(4_294_968, 1000);
        assertRejected(() -> Instrument.builder().from(Instrument.phq9()).code("wrapped").maxScore(704)
                .itemMaxima(items).suicidalityItem(1).bands(List.of(SeverityBand.of(Severity.MINIMAL, 0, 704)))
                .remissionMax(4).build(), "itemMaxima", ModelRule.SCORE_MATCHES_INSTRUMENT);
    }
}
