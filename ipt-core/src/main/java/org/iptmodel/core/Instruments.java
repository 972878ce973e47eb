package org.iptmodel.core;

import java.util.Collections;
import java.util.List;

/**
 * The catalogue instruments. The factory methods of {@link Instrument} say which number comes
 * from which work of their {@link Instrument#references()}.
 */
final class Instruments {

    static final Instrument PHQ_9 = Instrument.builder()
            .code("phq-9")
            .name("Patient Health Questionnaire-9")
            .maxScore(27)
            .itemMaxima(Collections.nCopies(9, 3))
            .addBands(SeverityBand.of(Severity.MINIMAL, 0, 4),
                    SeverityBand.of(Severity.MILD, 5, 9),
                    SeverityBand.of(Severity.MODERATE, 10, 14),
                    SeverityBand.of(Severity.MODERATELY_SEVERE, 15, 19),
                    SeverityBand.of(Severity.SEVERE, 20, 27))
            .remissionMax(4)
            .depressedMin(10)
            .suicidalityItem(9)
            .addReferences(Bibliography.KROENKE_2001, Bibliography.NQF_0710)
            .build();

    static final Instrument HAM_D_17 = Instrument.builder()
            .code("ham-d-17")
            .name("Hamilton Rating Scale for Depression, 17 items")
            .maxScore(52)
            .itemMaxima(List.of(4, 4, 4, 2, 2, 2, 4, 4, 4, 4, 4, 2, 2, 2, 4, 2, 2))
            .addBands(SeverityBand.of(Severity.MINIMAL, 0, 7),
                    SeverityBand.of(Severity.MILD, 8, 16),
                    SeverityBand.of(Severity.MODERATE, 17, 23),
                    SeverityBand.of(Severity.SEVERE, 24, 52))
            .remissionMax(7)
            .depressedMin(8)
            .suicidalityItem(3)
            .addReferences(Bibliography.HAMILTON_1960, Bibliography.ZIMMERMAN_2013, Bibliography.RIEDEL_2010)
            .build();

    static final Instrument BDI_II = Instrument.builder()
            .code("bdi-ii")
            .name("Beck Depression Inventory-II")
            .maxScore(63)
            .itemMaxima(Collections.nCopies(21, 3))
            .addBands(SeverityBand.of(Severity.MINIMAL, 0, 13),
                    SeverityBand.of(Severity.MILD, 14, 19),
                    SeverityBand.of(Severity.MODERATE, 20, 28),
                    SeverityBand.of(Severity.SEVERE, 29, 63))
            .remissionMax(9)
            .depressedMin(14)
            .suicidalityItem(9)
            .addReferences(Bibliography.BECK_1996, Bibliography.REEVES_2012, Bibliography.RIEDEL_2010)
            .build();

    static final List<Instrument> ALL = List.of(PHQ_9, HAM_D_17, BDI_II);

    private Instruments() {
    }
}
