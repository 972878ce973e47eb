package org.iptmodel.core;

import java.time.Duration;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;

/** The published protocols; see the factory methods of {@link Protocol} for the sources in words. */
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
            .addReferences(Bibliography.WEISSMAN_2018, Bibliography.ISIPT_STRATEGIES, Bibliography.MARKOWITZ_2006,
                    Bibliography.IPTUK_STAGES, Bibliography.STUART_2012, Bibliography.FRANK_1990,
                    Bibliography.IPT_INSTITUTE_MAINTENANCE)
            .build();

    static final Protocol BRIEF = Protocol.builder()
            .id("ipt-brief")
            .name("Brief IPT (IPT-B)")
            .acuteSessions(IntRange.exactly(8))
            .engagementSessions(1)
            .initialSessions(IntRange.of(1, 2))
            .middleSessions(IntRange.of(4, 6))
            .terminationSessions(IntRange.of(1, 2))
            .terminationNotice(IntRange.of(2, 3))
            .cadence(WEEKLY)
            .minSessionLength(Duration.ofMinutes(45))
            .maxSessionLength(Duration.ofMinutes(50))
            .maxFocalAreas(2)
            .problemAreas(EnumSet.allOf(ProblemArea.class))
            .maintenanceCadence(MONTHLY)
            .addReferences(Bibliography.SWARTZ_2004, Bibliography.SWARTZ_2014, Bibliography.IPT_INSTITUTE_BRIEF)
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
            .addReferences(Bibliography.MUFSON_2004)
            .build();

    static final Protocol GROUP = Protocol.builder()
            .id("ipt-g")
            .name("Group IPT for binge-eating disorder (IPT-G, Wilfley)")
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
            .addReferences(Bibliography.WILFLEY_2000)
            .build();

    static final Protocol GROUP_DEPRESSION = Protocol.builder()
            .id("ipt-g-depression")
            .name("Group IPT for depression (WHO)")
            .format(ProtocolFormat.GROUP)
            .acuteSessions(IntRange.of(8, 16))
            .initialSessions(IntRange.of(1, 2))
            .middleSessions(IntRange.of(5, 13))
            .terminationSessions(IntRange.of(1, 2))
            .terminationNotice(IntRange.of(1, 2))
            .cadence(WEEKLY)
            .minSessionLength(Duration.ofMinutes(90))
            .maxSessionLength(Duration.ofMinutes(90))
            .maxFocalAreas(2)
            .problemAreas(EnumSet.allOf(ProblemArea.class))
            .groupSize(IntRange.of(5, 10))
            .addReferences(Bibliography.WHO_2016, Bibliography.BOLTON_2003)
            .build();

    static final Protocol COUNSELLING = Protocol.builder()
            .id("ipc")
            .name("Interpersonal counselling (IPC)")
            .acuteSessions(IntRange.of(1, 6))
            .initialSessions(IntRange.exactly(1))
            .middleSessions(IntRange.of(0, 4))
            .terminationSessions(IntRange.of(0, 1))
            .terminationNotice(IntRange.of(1, 2))
            .cadence(WEEKLY)
            .minSessionLength(Duration.ofMinutes(15))
            .maxSessionLength(Duration.ofMinutes(30))
            .maxFocalAreas(2)
            .problemAreas(EnumSet.allOf(ProblemArea.class))
            .addReferences(Bibliography.KLERMAN_1987, Bibliography.WEISSMAN_2014)
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
            .addReferences(Bibliography.FRANK_1990, Bibliography.FRANK_2007, Bibliography.IPT_INSTITUTE_MAINTENANCE)
            .build();

    static final List<Protocol> ALL = List.of(STANDARD, BRIEF, ADOLESCENT, GROUP, GROUP_DEPRESSION, COUNSELLING,
            MAINTENANCE);

    private Catalogue() {
    }
}
