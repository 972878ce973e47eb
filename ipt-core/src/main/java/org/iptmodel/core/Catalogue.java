package org.iptmodel.core;

import java.time.Duration;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;

/** The published protocols; see the factory methods of {@link Protocol} for sources. */
final class Catalogue {
    private static final Period WEEKLY = Period.ofWeeks(1);
    private static final Period MONTHLY = Period.ofMonths(1);

    static final Protocol STANDARD = Protocol.builder()
            .id("ipt-standard")
            .name("Standard IPT")
            .acuteSessions(IntRange.of(12, 16))
            .initialSessions(IntRange.of(1, 3))
            .middleSessions(IntRange.of(5, 13))
            .terminationSessions(IntRange.of(2, 4))
            .terminationNotice(IntRange.of(2, 4))
            .cadence(WEEKLY)
            .minSessionLength(Duration.ofMinutes(45))
            .maxSessionLength(Duration.ofMinutes(60))
            .maxFocalAreas(2)
            .problemAreas(EnumSet.allOf(ProblemArea.class))
            .maintenanceCadence(MONTHLY)
            .build();

    static final Protocol BRIEF = Protocol.builder()
            .id("ipt-brief")
            .name("Brief IPT (IPT-B)")
            .acuteSessions(IntRange.of(8, 9))
            .initialSessions(IntRange.of(2, 3))
            .middleSessions(IntRange.of(3, 6))
            .terminationSessions(IntRange.of(1, 2))
            .terminationNotice(IntRange.of(2, 3))
            .cadence(WEEKLY)
            .minSessionLength(Duration.ofMinutes(45))
            .maxSessionLength(Duration.ofMinutes(50))
            .maxFocalAreas(2)
            .problemAreas(EnumSet.allOf(ProblemArea.class))
            .maintenanceCadence(MONTHLY)
            .build();

    static final Protocol ADOLESCENT = Protocol.builder()
            .id("ipt-a")
            .name("IPT for depressed adolescents (IPT-A)")
            .acuteSessions(IntRange.of(12, 16))
            .initialSessions(IntRange.of(1, 4))
            .middleSessions(IntRange.of(4, 10))
            .terminationSessions(IntRange.of(2, 4))
            .terminationNotice(IntRange.of(2, 4))
            .cadence(WEEKLY)
            .minSessionLength(Duration.ofMinutes(35))
            .maxSessionLength(Duration.ofMinutes(50))
            .maxFocalAreas(2)
            .problemAreas(EnumSet.allOf(ProblemArea.class))
            .sickRole(SickRoleKind.LIMITED)
            .build();

    static final Protocol GROUP = Protocol.builder()
            .id("ipt-g")
            .name("Group IPT (IPT-G)")
            .format(ProtocolFormat.GROUP)
            .acuteSessions(IntRange.exactly(20))
            .initialSessions(IntRange.of(1, 3))
            .middleSessions(IntRange.of(12, 14))
            .terminationSessions(IntRange.exactly(5))
            .terminationNotice(IntRange.of(5, 5))
            .cadence(WEEKLY)
            .minSessionLength(Duration.ofMinutes(60))
            .maxSessionLength(Duration.ofMinutes(120))
            .maxFocalAreas(2)
            .problemAreas(EnumSet.allOf(ProblemArea.class))
            .groupSize(IntRange.of(6, 9))
            .individualMeetings(3)
            .build();

    static final Protocol COUNSELLING = Protocol.builder()
            .id("ipc")
            .name("Interpersonal counselling (IPC)")
            .acuteSessions(IntRange.of(3, 6))
            .initialSessions(IntRange.exactly(1))
            .middleSessions(IntRange.of(1, 4))
            .terminationSessions(IntRange.exactly(1))
            .terminationNotice(IntRange.of(1, 2))
            .cadence(WEEKLY)
            .minSessionLength(Duration.ofMinutes(15))
            .maxSessionLength(Duration.ofMinutes(30))
            .maxFocalAreas(2)
            .problemAreas(EnumSet.allOf(ProblemArea.class))
            .build();

    static final Protocol MAINTENANCE = Protocol.builder()
            .id("ipt-m")
            .name("Maintenance IPT (IPT-M)")
            .acuteSessions(IntRange.exactly(0))
            .initialSessions(IntRange.exactly(0))
            .middleSessions(IntRange.exactly(0))
            .terminationSessions(IntRange.exactly(0))
            .terminationNotice(IntRange.exactly(0))
            .cadence(MONTHLY)
            .minSessionLength(Duration.ofMinutes(45))
            .maxSessionLength(Duration.ofMinutes(50))
            .maxFocalAreas(2)
            .problemAreas(EnumSet.allOf(ProblemArea.class))
            .maintenanceCadence(MONTHLY)
            .build();

    static final List<Protocol> ALL = List.of(STANDARD, BRIEF, ADOLESCENT, GROUP, COUNSELLING, MAINTENANCE);

    private Catalogue() {
    }
}
