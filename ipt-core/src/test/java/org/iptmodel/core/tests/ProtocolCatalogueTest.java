package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.IntRange;
import org.iptmodel.core.Phase;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Reference;
import org.iptmodel.core.ProtocolFormat;
import org.iptmodel.core.SickRoleKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published protocols of the catalogue, number by number, as documented on the factory
 * methods of {@link Protocol}, each with the works its numbers come from.
 */
class ProtocolCatalogueTest {

    private static final Period WEEKLY = Period.ofWeeks(1);
    private static final Period MONTHLY = Period.ofMonths(1);

    /** One row of the catalogue. */
    record Row(Protocol protocol, String id, ProtocolFormat format, IntRange acute, IntRange initial, IntRange middle,
            IntRange termination, IntRange notice, Period cadence, int minMinutes, int maxMinutes, int maxFocalAreas,
            SickRoleKind sickRole, Optional<Period> maintenance, Optional<IntRange> groupSize, int individualMeetings,
            int engagementSessions, List<Reference> references) {

        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Row> catalogue() {
        return Stream.of(
                // 12-16 weekly sessions of 45-60 minutes (45-50 in the Guide and ISIPT, one hour in many
                // services), initial 1-3 (Markowitz 2006), termination 2-4 announced 2-4 ahead (the Guide),
                // at most 2 focal areas, monthly maintenance (Frank et al. 1990; IPT Institute)
                new Row(Protocol.standard(), "ipt-standard", ProtocolFormat.INDIVIDUAL, IntRange.of(12, 16),
                        IntRange.of(1, 3), IntRange.of(5, 13), IntRange.of(2, 4), IntRange.of(2, 4), WEEKLY, 45, 60, 2,
                        SickRoleKind.FULL, Optional.of(MONTHLY), Optional.empty(), 0, 0,
                        List.of(Bibliography.WEISSMAN_2018, Bibliography.ISIPT_STRATEGIES, Bibliography.MARKOWITZ_2006,
                                Bibliography.IPTUK_STAGES, Bibliography.STUART_2012, Bibliography.FRANK_1990,
                                Bibliography.IPT_INSTITUTE_MAINTENANCE)),
                // 8 weekly IPT sessions after 1 separate engagement session, initial at most 2, termination 1-2,
                // 45-50 minutes (Swartz et al. 2004, 2014; IPT Institute)
                new Row(Protocol.brief(), "ipt-brief", ProtocolFormat.INDIVIDUAL, IntRange.exactly(8),
                        IntRange.of(1, 2), IntRange.of(4, 6), IntRange.of(1, 2), IntRange.of(2, 3), WEEKLY, 45, 50, 2,
                        SickRoleKind.FULL, Optional.of(MONTHLY), Optional.empty(), 0, 1,
                        List.of(Bibliography.SWARTZ_2004, Bibliography.SWARTZ_2014, Bibliography.IPT_INSTITUTE_BRIEF)),
                // 12-16 weekly sessions of 35-50 minutes, limited sick role (Mufson et al. 2004)
                new Row(Protocol.adolescent(), "ipt-a", ProtocolFormat.INDIVIDUAL, IntRange.of(12, 16),
                        IntRange.of(1, 4), IntRange.of(4, 10), IntRange.of(2, 4), IntRange.of(2, 4), WEEKLY, 35, 50, 2,
                        SickRoleKind.LIMITED, Optional.empty(), Optional.empty(), 0, 0, List.of(Bibliography.MUFSON_2004)),
                // binge eating: 20 weekly group sessions, 3 individual meetings, 6-9 members, the last 5
                // sessions on ending (Wilfley et al. 2000)
                new Row(Protocol.group(), "ipt-g", ProtocolFormat.GROUP, IntRange.exactly(20),
                        IntRange.of(1, 3), IntRange.of(12, 14), IntRange.exactly(5), IntRange.exactly(5), WEEKLY, 60,
                        120, 2, SickRoleKind.FULL, Optional.empty(), Optional.of(IntRange.of(6, 9)), 3, 0,
                        List.of(Bibliography.WILFLEY_2000)),
                // depression: 8 sessions in the WHO manual, 16 weekly 90-minute sessions in Bolton et al. 2003
                new Row(Protocol.groupDepression(), "ipt-g-depression", ProtocolFormat.GROUP, IntRange.of(8, 16),
                        IntRange.of(1, 2), IntRange.of(5, 13), IntRange.of(1, 2), IntRange.of(1, 2), WEEKLY, 90, 90, 2,
                        SickRoleKind.FULL, Optional.empty(), Optional.of(IntRange.of(5, 10)), 0, 0,
                        List.of(Bibliography.WHO_2016, Bibliography.BOLTON_2003)),
                // up to 6 sessions with no minimum, the first at most 30 minutes (Klerman et al. 1987;
                // Weissman et al. 2014)
                new Row(Protocol.counselling(), "ipc", ProtocolFormat.INDIVIDUAL, IntRange.of(1, 6),
                        IntRange.exactly(1), IntRange.of(0, 4), IntRange.of(0, 1), IntRange.of(1, 2), WEEKLY, 15, 30,
                        2, SickRoleKind.FULL, Optional.empty(), Optional.empty(), 0, 0,
                        List.of(Bibliography.KLERMAN_1987, Bibliography.WEISSMAN_2014)),
                // no acute phase, monthly sessions of 45-50 minutes (Frank et al. 1990, 2007)
                new Row(Protocol.maintenance(), "ipt-m", ProtocolFormat.INDIVIDUAL, IntRange.exactly(0),
                        IntRange.exactly(0), IntRange.exactly(0), IntRange.exactly(0), IntRange.exactly(0), MONTHLY,
                        45, 50, 2, SickRoleKind.FULL, Optional.of(MONTHLY), Optional.empty(), 0, 0,
                        List.of(Bibliography.FRANK_1990, Bibliography.FRANK_2007,
                                Bibliography.IPT_INSTITUTE_MAINTENANCE)));
    }

    @ParameterizedTest
    @MethodSource("catalogue")
    void eachProtocolHasItsPublishedNumbers(Row row) {
        Protocol p = row.protocol();
        assertThat(p.id()).isEqualTo(row.id());
        assertThat(p.name()).isNotBlank();
        assertThat(p.format()).isEqualTo(row.format());
        assertThat(p.acuteSessions()).isEqualTo(row.acute());
        assertThat(p.initialSessions()).isEqualTo(row.initial());
        assertThat(p.middleSessions()).isEqualTo(row.middle());
        assertThat(p.terminationSessions()).isEqualTo(row.termination());
        assertThat(p.terminationNotice()).isEqualTo(row.notice());
        assertThat(p.cadence()).isEqualTo(row.cadence());
        assertThat(p.minSessionLength()).isEqualTo(Duration.ofMinutes(row.minMinutes()));
        assertThat(p.maxSessionLength()).isEqualTo(Duration.ofMinutes(row.maxMinutes()));
        assertThat(p.maxFocalAreas()).isEqualTo(row.maxFocalAreas());
        assertThat(p.problemAreas()).containsExactlyElementsOf(EnumSet.allOf(ProblemArea.class));
        assertThat(p.sickRole()).isEqualTo(row.sickRole());
        assertThat(p.maintenanceCadence()).isEqualTo(row.maintenance());
        assertThat(p.groupSize()).isEqualTo(row.groupSize());
        assertThat(p.individualMeetings()).isEqualTo(row.individualMeetings());
        assertThat(p.engagementSessions()).isEqualTo(row.engagementSessions());
        assertThat(p.references()).containsExactlyElementsOf(row.references());
        assertThat(p.references()).isSubsetOf(Bibliography.all());
        // discussing maintenance with every patient is Stuart and Robertson's model, not the catalogue's
        assertThat(p.discussesMaintenance()).isFalse();
        assertThat(p.hasAcutePhase()).isEqualTo(row.acute().max() > 0);
        assertThat(p.phaseSessions(Phase.INITIAL)).contains(row.initial());
        assertThat(p.phaseSessions(Phase.MAINTENANCE)).isEmpty();
    }

    @Test
    void theWilfleyGroupFormatSaysItIsForBingeEating() {
        assertThat(Protocol.group().name()).contains("binge-eating", "Wilfley");
        assertThat(Protocol.groupDepression().name()).contains("depression");
    }

    @ParameterizedTest
    @MethodSource("catalogue")
    void eachProtocolIsFoundByItsId(Row row) {
        assertThat(Protocol.fromCatalogue(row.id())).containsSame(row.protocol());
    }

    @Test
    void theCatalogueListsTheSevenProtocolsInOrder() {
        assertThat(Protocol.catalogue()).containsExactlyElementsOf(catalogue().map(Row::protocol).toList());
        assertThat(Protocol.catalogue()).extracting(Protocol::id)
                .containsExactly("ipt-standard", "ipt-brief", "ipt-a", "ipt-g", "ipt-g-depression", "ipc", "ipt-m");
    }

    @Test
    void theCatalogueCannotBeModified() {
        List<Protocol> catalogue = Protocol.catalogue();
        org.assertj.core.api.Assertions.assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> catalogue.add(Protocol.standard()));
    }

    @Test
    void anUnknownIdIsNotInTheCatalogue() {
        assertThat(Protocol.fromCatalogue("ipt-unknown")).isEmpty();
        assertThat(Protocol.fromCatalogue("IPT-STANDARD")).isEmpty();
        assertThat(Protocol.fromCatalogue("")).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> Protocol.fromCatalogue(null));
    }

    @Test
    void theFactoriesReturnTheSameInstanceEveryTime() {
        assertThat(Protocol.standard()).isSameAs(Protocol.standard());
        assertThat(Protocol.maintenance()).isSameAs(Protocol.catalogue().get(6));
    }
}
