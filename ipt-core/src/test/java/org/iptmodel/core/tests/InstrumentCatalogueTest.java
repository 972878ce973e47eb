package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.Reference;
import org.iptmodel.core.Severity;
import org.iptmodel.core.SeverityBand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The instruments of the catalogue, as documented on the factory methods of {@link Instrument}:
 * ranges, items, bands at every boundary, remission thresholds, depressed ranges, the suicidality
 * items and the works they come from.
 */
class InstrumentCatalogueTest {

    /** HAM-D-17: items 1, 2, 3, 7, 8, 9, 10, 11 and 15 are scored 0-4, the other eight 0-2. */
    private static final List<Integer> HAM_D_ITEMS = List.of(4, 4, 4, 2, 2, 2, 4, 4, 4, 4, 4, 2, 2, 2, 4, 2, 2);

    static Stream<Arguments> instruments() {
        return Stream.of(
                Arguments.of(Instrument.phq9(), "phq-9", 27, Collections.nCopies(9, 3), 4, 9, 10,
                        List.of(Bibliography.KROENKE_2001, Bibliography.NQF_0710)),
                Arguments.of(Instrument.hamD17(), "ham-d-17", 52, HAM_D_ITEMS, 7, 3, 8,
                        List.of(Bibliography.HAMILTON_1960, Bibliography.ZIMMERMAN_2013, Bibliography.RIEDEL_2010)),
                Arguments.of(Instrument.bdiII(), "bdi-ii", 63, Collections.nCopies(21, 3), 9, 9, 14,
                        List.of(Bibliography.BECK_1996, Bibliography.REEVES_2012, Bibliography.RIEDEL_2010)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("instruments")
    void eachInstrumentHasItsPublishedRangeItemsAndThresholds(Instrument instrument, String code, int maxScore,
            List<Integer> itemMaxima, int remissionMax, int suicidalityItem, int depressedMin,
            List<Reference> references) {
        assertThat(instrument.code()).isEqualTo(code);
        assertThat(instrument.name()).isNotBlank();
        assertThat(instrument.maxScore()).isEqualTo(maxScore);
        assertThat(instrument.itemMaxima()).containsExactlyElementsOf(itemMaxima);
        assertThat(instrument.itemCount()).isEqualTo(itemMaxima.size());
        assertThat(itemMaxima.stream().mapToInt(Integer::intValue).sum()).isEqualTo(maxScore);
        assertThat(instrument.remissionMax()).isEqualTo(remissionMax);
        assertThat(instrument.isRemission(remissionMax)).isTrue();
        assertThat(instrument.isRemission(remissionMax + 1)).isFalse();
        assertThat(instrument.suicidalityItem()).hasValue(suicidalityItem);
        assertThat(instrument.depressedMin()).isEqualTo(depressedMin);
        assertThat(instrument.isDepressed(depressedMin)).isTrue();
        assertThat(instrument.isDepressed(depressedMin - 1)).isFalse();
        assertThat(instrument.references()).containsExactlyElementsOf(references);
        assertThat(Instrument.fromCatalogue(code)).containsSame(instrument);
    }

    @Test
    void hamD17ScoresItems1To3_7To11And15From0To4() {
        List<Integer> fourPoint = List.of(1, 2, 3, 7, 8, 9, 10, 11, 15);
        for (int item = 1; item <= 17; item++) {
            assertThat(Instrument.hamD17().itemMaxima().get(item - 1)).as("item " + item)
                    .isEqualTo(fourPoint.contains(item) ? 4 : 2);
        }
        assertThat(9 * 4 + 8 * 2).isEqualTo(Instrument.hamD17().maxScore());
    }

    @ParameterizedTest(name = "{0} {1}-{2} is {3}")
    @CsvSource({
        "phq-9,    0,  4, MINIMAL",
        "phq-9,    5,  9, MILD",
        "phq-9,   10, 14, MODERATE",
        "phq-9,   15, 19, MODERATELY_SEVERE",
        "phq-9,   20, 27, SEVERE",
        "ham-d-17, 0,  7, MINIMAL",
        "ham-d-17, 8, 16, MILD",
        "ham-d-17, 17, 23, MODERATE",
        "ham-d-17, 24, 52, SEVERE",
        "bdi-ii,   0, 13, MINIMAL",
        "bdi-ii,  14, 19, MILD",
        "bdi-ii,  20, 28, MODERATE",
        "bdi-ii,  29, 63, SEVERE",
    })
    void eachBandHoldsItsScoresFromBoundaryToBoundary(String code, int from, int to, Severity severity) {
        Instrument instrument = Instrument.fromCatalogue(code).orElseThrow();
        assertThat(instrument.bands()).contains(SeverityBand.of(severity, from, to));
        assertThat(instrument.severityOf(from)).isEqualTo(severity);
        assertThat(instrument.severityOf(to)).isEqualTo(severity);
        if (from > 0) {
            assertThat(instrument.severityOf(from - 1)).isLessThan(severity);
        }
        if (to < instrument.maxScore()) {
            assertThat(instrument.severityOf(to + 1)).isGreaterThan(severity);
        }
        assertThat(Measurement.of(instrument, from).severity()).isEqualTo(severity);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("instruments")
    void aScoreOutsideTheRangeHasNoSeverity(Instrument instrument, String code, int maxScore) {
        assertThatIllegalArgumentException().isThrownBy(() -> instrument.severityOf(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> instrument.severityOf(maxScore + 1));
        assertThatIllegalArgumentException().isThrownBy(() -> instrument.severityOf(Integer.MIN_VALUE));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("instruments")
    void theSuicidalityItemIsReadFromTheItemResponses(Instrument instrument, String code, int maxScore,
            List<Integer> itemMaxima, int remissionMax, int suicidalityItem) {
        List<Integer> items = new java.util.ArrayList<>(Collections.nCopies(itemMaxima.size(), 0));
        items.set(suicidalityItem - 1, 1);
        Measurement m = Measurement.builder().instrument(instrument).items(items).total(1).build();
        assertThat(m.suicidalityResponse()).hasValue(1);
        assertThat(Measurement.of(instrument, 1).suicidalityResponse()).isEmpty();
    }

    @Test
    void theCatalogueListsPhq9HamD17AndBdiII() {
        assertThat(Instrument.catalogue()).containsExactly(Instrument.phq9(), Instrument.hamD17(), Instrument.bdiII());
        assertThat(Instrument.fromCatalogue("phq-8")).isEmpty();
        assertThat(Instrument.fromCatalogue("PHQ-9")).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> Instrument.fromCatalogue(null));
    }

    @Test
    void theDepressedRangesStartAtTheDocumentedThresholds() {
        // PHQ-9 >= 10 (Kroenke, Spitzer and Williams 2001), HAM-D-17 >= 8 (Zimmerman et al. 2013's mild band),
        // BDI-II >= 14 (Beck, Steer and Brown 1996's mild band)
        assertThat(Instrument.phq9().isDepressed(9)).isFalse();
        assertThat(Instrument.phq9().isDepressed(10)).isTrue();
        assertThat(Instrument.hamD17().isDepressed(7)).isFalse();
        assertThat(Instrument.hamD17().isDepressed(8)).isTrue();
        assertThat(Instrument.bdiII().isDepressed(13)).isFalse();
        assertThat(Instrument.bdiII().isDepressed(14)).isTrue();
        assertThat(Instrument.hamD17().depressedMin()).isEqualTo(Instrument.hamD17().bands().get(1).from());
        assertThat(Instrument.bdiII().depressedMin()).isEqualTo(Instrument.bdiII().bands().get(1).from());
    }

    @Test
    void remissionFollowsTheDocumentedThresholds() {
        // PHQ-9 < 5 (Kroenke, Spitzer and Williams 2001), HAM-D-17 <= 7, BDI-II <= 9
        assertThat(Instrument.phq9().isRemission(4)).isTrue();
        assertThat(Instrument.phq9().isRemission(5)).isFalse();
        assertThat(Instrument.hamD17().isRemission(7)).isTrue();
        assertThat(Instrument.hamD17().isRemission(8)).isFalse();
        assertThat(Instrument.bdiII().isRemission(9)).isTrue();
        assertThat(Instrument.bdiII().isRemission(10)).isFalse();
        assertThat(Instrument.phq9().isRemission(0)).isTrue();
    }
}
