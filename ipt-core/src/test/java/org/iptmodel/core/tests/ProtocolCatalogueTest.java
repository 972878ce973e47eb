package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.iptmodel.core.IntRange;
import org.iptmodel.core.Phase;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.ProtocolFormat;
import org.iptmodel.core.SickRoleKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published protocols of the catalogue, number by number, as documented on the factory
 * methods of {@link Protocol} (sources in DOMAIN.md §7).
 */
class ProtocolCatalogueTest {

    private static final Period WEEKLY = Period.ofWeeks(1);
    private static final Period MONTHLY = Period.ofMonths(1);

    /** One row of the catalogue. */
    record Row(Protocol protocol, String id, ProtocolFormat format, IntRange acute, IntRange initial, IntRange middle,
            IntRange termination, IntRange notice, Period cadence, int minMinutes, int maxMinutes, int maxFocalAreas,
            SickRoleKind sickRole, Optional<Period> maintenance, Optional<IntRange> groupSize, int individualMeetings) {

        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Row> catalogue() {
        return Stream.of(
                // 12-16 weekly sessions of 45-60 minutes, initial 1-3, termination 2-4 announced 2-4 ahead,
                // at most 2 focal areas, monthly maintenance (ISIPT; Markowitz 2006; the Guide; IPT Institute)
                new Row(Protocol.standard(), "ipt-standard", ProtocolFormat.INDIVIDUAL, IntRange.of(12, 16),
                        IntRange.of(1, 3), IntRange.of(5, 13), IntRange.of(2, 4), IntRange.of(2, 4), WEEKLY, 45, 60, 2,
                        SickRoleKind.FULL, Optional.of(MONTHLY), Optional.empty(), 0),
                // 8 weekly sessions plus an engagement session, initial 2 (3), termination 1-2, 45-50 minutes
                new Row(Protocol.brief(), "ipt-brief", ProtocolFormat.INDIVIDUAL, IntRange.of(8, 9),
                        IntRange.of(2, 3), IntRange.of(3, 6), IntRange.of(1, 2), IntRange.of(2, 3), WEEKLY, 45, 50, 2,
                        SickRoleKind.FULL, Optional.of(MONTHLY), Optional.empty(), 0),
                // 12-16 weekly sessions of 35-50 minutes, limited sick role, initial 1-4, termination 2-4
                new Row(Protocol.adolescent(), "ipt-a", ProtocolFormat.INDIVIDUAL, IntRange.of(12, 16),
                        IntRange.of(1, 4), IntRange.of(4, 10), IntRange.of(2, 4), IntRange.of(2, 4), WEEKLY, 35, 50, 2,
                        SickRoleKind.LIMITED, Optional.empty(), Optional.empty(), 0),
                // 20 weekly group sessions, 3 individual meetings, 6-9 members, the last 5 sessions on ending
                new Row(Protocol.group(), "ipt-g", ProtocolFormat.GROUP, IntRange.exactly(20),
                        IntRange.of(1, 3), IntRange.of(12, 14), IntRange.exactly(5), IntRange.exactly(5), WEEKLY, 60,
                        120, 2, SickRoleKind.FULL, Optional.empty(), Optional.of(IntRange.of(6, 9)), 3),
                // 3-6 sessions, the first at most 30 minutes, 1 initial and 1 termination session
                new Row(Protocol.counselling(), "ipc", ProtocolFormat.INDIVIDUAL, IntRange.of(3, 6),
                        IntRange.exactly(1), IntRange.of(1, 4), IntRange.exactly(1), IntRange.of(1, 2), WEEKLY, 15, 30,
                        2, SickRoleKind.FULL, Optional.empty(), Optional.empty(), 0),
                // no acute phase, monthly sessions of 45-50 minutes (Frank 1990, 2007)
                new Row(Protocol.maintenance(), "ipt-m", ProtocolFormat.INDIVIDUAL, IntRange.exactly(0),
                        IntRange.exactly(0), IntRange.exactly(0), IntRange.exactly(0), IntRange.exactly(0), MONTHLY,
                        45, 50, 2, SickRoleKind.FULL, Optional.of(MONTHLY), Optional.empty(), 0));
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
        assertThat(p.hasAcutePhase()).isEqualTo(row.acute().max() > 0);
        assertThat(p.phaseSessions(Phase.INITIAL)).contains(row.initial());
        assertThat(p.phaseSessions(Phase.MAINTENANCE)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("catalogue")
    void eachProtocolIsFoundByItsId(Row row) {
        assertThat(Protocol.fromCatalogue(row.id())).containsSame(row.protocol());
    }

    @Test
    void theCatalogueListsTheSixProtocolsInOrder() {
        assertThat(Protocol.catalogue()).containsExactlyElementsOf(catalogue().map(Row::protocol).toList());
        assertThat(Protocol.catalogue()).extracting(Protocol::id)
                .containsExactly("ipt-standard", "ipt-brief", "ipt-a", "ipt-g", "ipc", "ipt-m");
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
        assertThat(Protocol.maintenance()).isSameAs(Protocol.catalogue().get(5));
    }
}
