package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.iptmodel.core.Bounds;
import org.iptmodel.core.ConcurrentTreatment;
import org.iptmodel.core.ContractAmendment;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseId;
import org.iptmodel.core.CourseStatus;
import org.iptmodel.core.Discontinuation;
import org.iptmodel.core.Focus;
import org.iptmodel.core.FocusBasis;
import org.iptmodel.core.Formulation;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.IntRange;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.PatientRef;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.Phase;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.ProtocolFormat;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.Session;
import org.iptmodel.core.SeverityBand;
import org.iptmodel.core.SickRole;
import org.iptmodel.core.Termination;
import org.iptmodel.core.TreatmentContract;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.arbitraries.IptDomain;
import org.iptmodel.core.report.OutcomeCriteria;

/**
 * The arbitraries of the test-jar: the domain context provides every model type, and the
 * generated values cover the cases the arbitraries promise.
 */
class ArbitrariesProperties {
    /** One year in each unit, and nearly a year in months and days. */
    private static final List<Period> LONGEST_CADENCES = List.of(Bounds.LONGEST_CADENCE, Period.ofMonths(12),
            Period.ofWeeks(52), Period.ofDays(365), Period.of(0, 11, 30));

    @Property(tries = 50)
    @Domain(IptDomain.class)
    void theDomainProvidesTheValueTypes(@ForAll Course course, @ForAll Protocol protocol, @ForAll Instrument instrument,
            @ForAll Measurement measurement, @ForAll Session session, @ForAll Relationship person,
            @ForAll InterpersonalInventory inventory, @ForAll InterpersonalIssue issue,
            @ForAll OutcomeCriteria criteria) {
        assertThat(List.of(course, protocol, instrument, measurement, session, person, inventory, issue, criteria))
                .doesNotContainNull();
        assertThat(measurement.total()).isBetween(0, measurement.instrument().maxScore());
    }

    @Property(tries = 50)
    @Domain(IptDomain.class)
    void theDomainProvidesTheRecordsAndIds(@ForAll Focus focus, @ForAll Formulation formulation, @ForAll SickRole sickRole,
            @ForAll ConcurrentTreatment treatment, @ForAll ContractAmendment amendment, @ForAll TreatmentContract contract,
            @ForAll Termination termination, @ForAll Discontinuation discontinuation, @ForAll CourseId courseId,
            @ForAll IssueId issueId, @ForAll PersonId personId, @ForAll PatientRef patient, @ForAll IntRange range,
            @ForAll SeverityBand band) {
        assertThat(List.of(focus, formulation, sickRole, treatment, amendment, contract, termination, discontinuation,
                courseId, issueId, personId, patient, range, band)).doesNotContainNull();
    }

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void coursesCoverEveryStatusSessionCountAndEdgeCase(@ForAll("courses") Course c) {
        Protocol p = c.protocol();
        int n = c.sessions().size();
        int max = p.acuteSessions().max();
        Statistics.label("status").collect(c.status())
                .coverage(k -> {
                    for (CourseStatus status : CourseStatus.values()) {
                        k.check(status).count(x -> x > 0);
                    }
                });
        String count = n == 0 ? "none" : n == 1 ? "one" : max > 0 && n == max ? "protocol maximum"
                : n > max && max > 0 ? "beyond maximum" : "other";
        Statistics.label("sessions").collect(count)
                .coverage(k -> List.of("none", "one", "protocol maximum", "beyond maximum")
                        .forEach(v -> k.check(v).count(x -> x > 0)));
        Statistics.label("protocol").collect(Protocol.catalogue().contains(p) ? p.id() : "custom")
                .coverage(k -> {
                    Protocol.catalogue().forEach(q -> k.check(q.id()).count(x -> x > 0));
                    k.check("custom").count(x -> x > 0);
                });
        boolean maintenance = c.sessions().stream().anyMatch(s -> s.phase() == Phase.MAINTENANCE);
        Statistics.label("maintenance after acute").collect(maintenance && p.hasAcutePhase())
                .coverage(k -> k.check(true).count(x -> x > 0));
        Statistics.label("maintenance-only protocol").collect(!p.hasAcutePhase())
                .coverage(k -> k.check(true).count(x -> x > 0));
        Statistics.label("empty inventory").collect(c.inventory().people().isEmpty())
                .coverage(k -> k.check(true).count(x -> x > 0));
        Statistics.label("no issues").collect(c.issues().isEmpty())
                .coverage(k -> k.check(true).count(x -> x > 0));
        boolean overrideAbove = c.focus().map(f -> f.basis() == FocusBasis.CLINICIAN_OVERRIDE
                && f.areas().size() > p.maxFocalAreas()).orElse(false);
        Statistics.label("override above maximum").collect(overrideAbove)
                .coverage(k -> k.check(true).count(x -> x > 0));
        boolean itemised = c.sessions().stream().flatMap(s -> s.measurements().stream()).anyMatch(m -> !m.items().isEmpty());
        Statistics.label("item-level measurement").collect(itemised)
                .coverage(k -> k.check(true).count(x -> x > 0));
        Statistics.label("amendments").collect(!c.contract().amendments().isEmpty())
                .coverage(k -> k.check(true).count(x -> x > 0));
        boolean startedDuring = c.lastSession().isPresent() && c.concurrentTreatments().stream()
                .anyMatch(t -> t.started().isPresent() && !t.started().get().isBefore(c.contract().start())
                        && !t.started().get().isAfter(c.lastSession().get().date()));
        Statistics.label("treatment started during the course").collect(startedDuring)
                .coverage(k -> k.check(true).count(x -> x > 0));
    }

    @Property(tries = 1000)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void coursesReachTheModelsBounds(@ForAll("courses") Course c) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(c.contract().start());
        c.contract().amendments().forEach(a -> dates.add(a.date()));
        c.sessions().forEach(s -> dates.add(s.date()));
        c.termination().ifPresent(t -> dates.add(t.date()));
        c.discontinuation().ifPresent(d -> dates.add(d.date()));
        c.episodeOnset().ifPresent(dates::add);
        Statistics.label("earliest date").collect(dates.contains(Bounds.EARLIEST_DATE))
                .coverage(k -> k.check(true).count(x -> x > 0));
        Statistics.label("latest date").collect(dates.contains(Bounds.LATEST_DATE))
                .coverage(k -> k.check(true).count(x -> x > 0));
        List<Period> cadences = new ArrayList<>(List.of(c.protocol().cadence(), c.contract().cadence()));
        c.protocol().maintenanceCadence().ifPresent(cadences::add);
        c.contract().amendments().forEach(a -> a.newCadence().ifPresent(cadences::add));
        Statistics.label("longest cadence").collect(cadences.stream().anyMatch(LONGEST_CADENCES::contains))
                .coverage(k -> k.check(true).count(x -> x > 0));
        Statistics.label("protocol of the most sessions")
                .collect(c.protocol().acuteSessions().max() == Bounds.MAX_PROTOCOL_SESSIONS)
                .coverage(k -> k.check(true).count(x -> x > 0));
        boolean mostContracted = c.contract().plannedSessions() == Bounds.MAX_CONTRACT_SESSIONS
                || c.contract().amendments().stream().anyMatch(a -> a.extraSessions() == Bounds.MAX_CONTRACT_SESSIONS);
        Statistics.label("contract of the most sessions").collect(mostContracted)
                .coverage(k -> k.check(true).count(x -> x > 0));
        assertThat(dates).allMatch(Bounds::isInDateRange);
        assertThat(cadences).allMatch(Bounds::isCadence);
    }

    @Example
    void theEdgeDatesAndTheLongestCadencesAreTheModelsBounds() {
        assertThat(IptArbitraries.edgeDates().allValues().orElseThrow()).hasSize(5)
                .contains(Bounds.EARLIEST_DATE, Bounds.LATEST_DATE).allMatch(Bounds::isInDateRange);
        assertThat(IptArbitraries.longestCadences().allValues().orElseThrow())
                .containsExactlyInAnyOrderElementsOf(LONGEST_CADENCES).allMatch(Bounds::isCadence);
    }

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void protocolsAndInstrumentsCoverTheirVariants(@ForAll("protocols") Protocol p, @ForAll("instruments") Instrument i) {
        Statistics.label("format").collect(p.format())
                .coverage(k -> List.of(ProtocolFormat.values()).forEach(f -> k.check(f).count(x -> x > 0)));
        Statistics.label("custom maintenance-only").collect(!p.hasAcutePhase() && !Protocol.catalogue().contains(p))
                .coverage(k -> k.check(true).count(x -> x > 0));
        Statistics.label("instrument").collect(Instrument.catalogue().contains(i) ? i.code()
                        : i.itemCount() == 0 ? "custom totals only" : "custom items")
                .coverage(k -> List.of("phq-9", "ham-d-17", "bdi-ii", "custom totals only", "custom items")
                        .forEach(v -> k.check(v).count(x -> x > 0)));
    }

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void measurementsReachBothEndsOfTheRange(@ForAll("measurements") Measurement m) {
        String where = m.total() == 0 ? "lowest" : m.total() == m.instrument().maxScore() ? "highest" : "between";
        Statistics.label("total").collect(where)
                .coverage(k -> List.of("lowest", "highest", "between").forEach(v -> k.check(v).count(x -> x > 0)));
        Statistics.label("items").collect(!m.items().isEmpty()).coverage(k -> k.check(true).count(x -> x > 0));
    }

    @Property
    void redactedTextsCarryTheMarkerAndOtherTextsNever(@ForAll("redacted") String secret, @ForAll("names") String name,
            @ForAll("tokens") String token) {
        assertThat(secret).startsWith(IptArbitraries.REDACTION_MARKER).isNotBlank();
        assertThat(name).doesNotContain(IptArbitraries.REDACTION_MARKER).isNotBlank();
        assertThat(token).hasSizeBetween(1, 64).matches("[A-Za-z0-9][A-Za-z0-9._:-]*");
    }

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void idTokensReachTheShortestAndLongestForms(@ForAll("tokens") String token) {
        Statistics.label("length").collect(token.length() == 1 ? "1" : token.length() == 64 ? "64" : "between")
                .coverage(k -> List.of("1", "64", "between").forEach(v -> k.check(v).count(x -> x > 0)));
    }

    @Property(tries = 100)
    void coursesOfAStatusHaveThatStatus(@ForAll("coursesByStatus") Tuple2<CourseStatus, Course> statusAndCourse) {
        assertThat(statusAndCourse.get2().status()).isEqualTo(statusAndCourse.get1());
    }

    @Property(tries = 50)
    void coursesOnALongProtocolOfTheCallersReachItsMaximum(@ForAll("longCourses") Course c) {
        assertThat(c.sessions().size()).isBetween(0, 44);
        for (int i = 0; i < c.sessions().size(); i++) {
            assertThat(c.sessions().get(i).number()).isEqualTo(i + 1);
        }
    }

    @Provide
    Arbitrary<Course> longCourses() {
        Protocol forty = Protocol.builder().from(Protocol.standard()).id("forty").name("Forty sessions")
                .acuteSessions(IntRange.of(30, 40)).middleSessions(IntRange.of(20, 35)).build();
        return IptArbitraries.courses(forty).filter(c -> c.sessions().size() >= 40);
    }

    @Provide
    Arbitrary<Tuple2<CourseStatus, Course>> coursesByStatus() {
        return Arbitraries.of(CourseStatus.class).flatMap(s -> IptArbitraries.courses(s).map(c -> Tuple.of(s, c)));
    }

    @Provide
    Arbitrary<Course> courses() {
        return IptArbitraries.courses();
    }

    @Provide
    Arbitrary<Protocol> protocols() {
        return IptArbitraries.protocols();
    }

    @Provide
    Arbitrary<Instrument> instruments() {
        return IptArbitraries.instruments();
    }

    @Provide
    Arbitrary<Measurement> measurements() {
        return IptArbitraries.measurements();
    }

    @Provide
    Arbitrary<String> redacted() {
        return IptArbitraries.redactedTexts();
    }

    @Provide
    Arbitrary<String> names() {
        return IptArbitraries.displayNames();
    }

    @Provide
    Arbitrary<String> tokens() {
        return IptArbitraries.idTokens();
    }
}
