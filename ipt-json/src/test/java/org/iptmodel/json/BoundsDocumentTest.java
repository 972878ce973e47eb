package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.iptmodel.core.Bounds;
import org.iptmodel.core.ContractAmendment;
import org.iptmodel.core.Course;
import org.iptmodel.core.IntRange;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Session;
import org.iptmodel.core.TreatmentContract;
import org.iptmodel.core.plan.Schedule;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.OutcomeReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The model's bounds ({@link Bounds}) in the JSON format: a document holding a date outside
 * 1900-01-01 to 9999-12-31, a cadence that is not positive or longer than one year, a protocol
 * range above 1,000 sessions or a plan beyond the planner's bounds is refused by the strict reader
 * with a pointer to the value and {@link ModelRule#VALUE_IN_RANGE}, and by the schema where a
 * schema can state the bound; a course, its reports, ranking and plans at the bounds are written,
 * valid by the schemas, and read back equal.
 */
class BoundsDocumentTest {
    private static final IptJson STRICT = IptJson.strict();
    private static final int MOST = Bounds.MAX_PROTOCOL_SESSIONS;

    /** The protocol of the most sessions, at the longest cadences. */
    static final Protocol LARGEST = Protocol.builder()
            .from(Protocol.standard())
            .id("largest")
            .name("The largest protocol")
            .acuteSessions(IntRange.of(1, MOST))
            .initialSessions(IntRange.of(1, MOST))
            .middleSessions(IntRange.of(0, MOST))
            .terminationSessions(IntRange.of(1, MOST))
            .terminationNotice(IntRange.of(1, MOST))
            .cadence(Bounds.LONGEST_CADENCE)
            .maintenanceCadence(Period.ofDays(365))
            .build();

    /**
     * A completed course at the bounds: the largest protocol, a contract of the most sessions at
     * the longest cadence from the earliest date, amended on the latest date by the most extra
     * sessions at a cadence of 52 weeks, sessions from the earliest date to the latest, and an
     * episode onset, issue and formulation at the ends of the range.
     */
    static Course atTheBounds() {
        Course sample = Samples.course(Protocol.standard());
        ContractAmendment amendment = ContractAmendment.builder()
                .date(Bounds.LATEST_DATE)
                .extraSessions(Bounds.MAX_CONTRACT_SESSIONS)
                .newCadence(Period.ofWeeks(52))
                .reason("Extended at the end of the range")
                .build();
        TreatmentContract contract = TreatmentContract.builder()
                .plannedSessions(Bounds.MAX_CONTRACT_SESSIONS)
                .cadence(Period.ofMonths(12))
                .sessionLength(Duration.ofHours(8))
                .start(Bounds.EARLIEST_DATE)
                .addAmendment(amendment)
                .build();
        List<Session> sessions = new ArrayList<>();
        int n = sample.sessions().size();
        for (int i = 0; i < n; i++) {
            LocalDate date = i == n - 1 ? Bounds.LATEST_DATE : Bounds.EARLIEST_DATE.plusYears(i);
            sessions.add(sample.sessions().get(i).withDate(date));
        }
        return Course.builder().from(sample)
                .protocol(LARGEST)
                .contract(contract)
                .episodeOnset(Bounds.EARLIEST_DATE)
                .issues(List.of(sample.issues().get(0).withBegan(Bounds.LATEST_DATE)))
                .focus(sample.focus().map(f -> f.withIssues(List.of(sample.issues().get(0).id()))
                        .withAgreedOn(Bounds.EARLIEST_DATE)))
                .formulation(sample.formulation().map(f -> f.withPresentedOn(Bounds.EARLIEST_DATE)
                        .withAcceptedOn(Bounds.EARLIEST_DATE)))
                .sessions(sessions)
                .termination(sample.termination().orElseThrow().withDate(Bounds.LATEST_DATE))
                .build();
    }

    // ---------------------------------------------------------------- round trips at the bounds

    @Test
    void a_course_at_the_bounds_its_ranking_and_its_reports_round_trip() {
        Course course = atTheBounds();
        assertRoundTrips(Documents.COURSE, STRICT.course(), course);
        assertRoundTrips(Documents.PROTOCOL, STRICT.protocol(), LARGEST);
        assertRoundTrips(Documents.RANKING, STRICT.ranking(), RankingPolicy.clinicalDefault().rank(course));
        assertRoundTrips(Documents.ADHERENCE, STRICT.adherence(), AdherenceReport.of(course));
        assertRoundTrips(Documents.OUTCOMES, STRICT.outcomes(), OutcomeReport.of(course));
        assertThat(STRICT.course().write(course)).contains("\"P1Y\"", "\"P52W\"", "\"1900-01-01\"", "\"9999-12-31\"",
                "\"max\":1000", "\"planned_sessions\":10000");
    }

    @Test
    void the_plans_that_reach_furthest_round_trip() {
        // 10,000 sessions a year apart from the latest date: the last in the year 19999
        Schedule fromTheLatest = Schedule.planner(LARGEST, Bounds.LATEST_DATE)
                .withSessionCount(Bounds.MAX_PLANNED_SESSIONS - 1)
                .withMaintenanceSessions(1)
                .withSkippedDates(List.of(Bounds.LATEST_DATE))
                .plan();
        assertThat(fromTheLatest.sessions()).hasSize(Bounds.MAX_PLANNED_SESSIONS);
        assertThat(fromTheLatest.sessions().get(0).date()).isEqualTo(LocalDate.of(10000, 12, 31));
        assertRoundTrips(Documents.SCHEDULE, STRICT.schedule(), fromTheLatest);
        assertThat(STRICT.schedule().write(fromTheLatest)).contains("\"+10000-12-31\"");

        // from the earliest date, skipping the first 1,000 yearly slots
        List<LocalDate> skipped = new ArrayList<>();
        for (int j = 0; j < Bounds.MAX_SKIPPED_DATES; j++) {
            skipped.add(Bounds.EARLIEST_DATE.plusYears(j));
        }
        Schedule skipping = Schedule.planner(Protocol.maintenance(), Bounds.EARLIEST_DATE)
                .withMaintenanceCadence(Bounds.LONGEST_CADENCE)
                .withMaintenanceSessions(Bounds.MAX_PLANNED_SESSIONS)
                .withSkippedDates(skipped)
                .plan();
        assertThat(skipping.sessions().get(0).date()).isEqualTo(LocalDate.of(2900, 1, 1));
        assertRoundTrips(Documents.SCHEDULE, STRICT.schedule(), skipping);
    }

    private static <T> void assertRoundTrips(Document<T> document, DocumentCodec<T> codec, T value) {
        String json = codec.write(value);
        assertThat(codec.read(json)).isEqualTo(value);
        assertThat(Schemas.errors(document, json)).isEmpty();
    }

    // ---------------------------------------------------------------- refusals

    @ParameterizedTest
    @ValueSource(strings = {"P2147483647Y", "P2Y", "P13M", "P53W", "P366D", "P0D", "P0W", "P0Y0M0D"})
    void a_cadence_beyond_the_bounds_is_refused_by_the_reader_and_the_schema(String period) {
        ObjectNode course = tree(STRICT.course().write(atTheBounds()));
        assertRefused(Documents.COURSE, set(course, "/contract", "cadence", period), "/contract/cadence", period, true);
        assertRefused(Documents.COURSE, set(course, "/protocol", "cadence", period), "/protocol/cadence", period, true);
        assertRefused(Documents.COURSE, set(course, "/protocol", "maintenance_cadence", period),
                "/protocol/maintenance_cadence", period, true);
        assertRefused(Documents.COURSE, set(course, "/contract/amendments/0", "new_cadence", period),
                "/contract/amendments/0/new_cadence", period, true);
        ObjectNode protocol = tree(STRICT.protocol().write(LARGEST));
        assertRefused(Documents.PROTOCOL, set(protocol, "", "cadence", period), "/cadence", period, true);
        ObjectNode schedule = tree(STRICT.schedule().write(DocumentSamples.schedule(Protocol.standard())));
        assertRefused(Documents.SCHEDULE, set(schedule, "", "cadence", period), "/cadence", period, true);
        assertRefused(Documents.SCHEDULE, set(schedule, "", "maintenance_cadence", period), "/maintenance_cadence",
                period, true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"P1Y1D", "P11M31D", "P12M1D", "P1Y12M", "P1M335D", "P6M183D", "P0Y11M31D"})
    void a_cadence_whose_parts_add_up_to_more_than_a_year_is_refused_by_the_reader_and_the_schema(String period) {
        ObjectNode course = tree(STRICT.course().write(atTheBounds()));
        assertRefused(Documents.COURSE, set(course, "/contract", "cadence", period), "/contract/cadence", period,
                true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"P11M30D", "P1M334D", "P6M182D", "P0Y12M0D", "P1Y0M0D", "P001Y", "P0000000052W"})
    void a_cadence_whose_parts_add_up_to_at_most_a_year_is_read_and_valid_by_the_schema(String period) {
        ObjectNode course = tree(STRICT.course().write(atTheBounds()));
        String json = json(set(course, "/contract", "cadence", period));
        assertThat(STRICT.course().read(json).contract().cadence().toTotalMonths()).isLessThanOrEqualTo(12);
        assertThat(Schemas.errors(Documents.COURSE, json)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "1000-01-01", "0000-01-01", "-0001-01-01", "+10000-01-01",
        "+999999999-12-31", "-999999999-01-01"})
    void a_date_outside_the_range_is_refused_by_the_reader_and_the_schema(String date) {
        ObjectNode course = tree(STRICT.course().write(atTheBounds()));
        assertRefused(Documents.COURSE, set(course, "/sessions/0", "date", date), "/sessions/0/date", date, true);
        assertRefused(Documents.COURSE, set(course, "/contract", "start", date), "/contract/start", date, true);
        assertRefused(Documents.COURSE, set(course, "", "episode_onset", date), "/episode_onset", date, true);
        assertRefused(Documents.COURSE, set(course, "/issues/0", "began", date), "/issues/0/began", date, true);
        assertRefused(Documents.COURSE, set(course, "/termination", "date", date), "/termination/date", date, true);
        ObjectNode ranking = tree(STRICT.ranking().write(RankingPolicy.clinicalDefault().rank(atTheBounds())));
        assertRefused(Documents.RANKING, set(ranking, "/context", "episode_onset", date), "/context/episode_onset",
                date, true);
        ObjectNode outcomes = tree(STRICT.outcomes().write(OutcomeReport.of(atTheBounds())));
        assertRefused(Documents.OUTCOMES, set(outcomes, "/outcomes/0/scores/0", "date", date),
                "/outcomes/0/scores/0/date", date, true);
        ObjectNode schedule = tree(STRICT.schedule().write(DocumentSamples.schedule(Protocol.standard())));
        ObjectNode noSessions = schedule.deepCopy();
        noSessions.remove("sessions");
        assertRefused(Documents.SCHEDULE, set(noSessions, "", "start", date), "/start", date, true);
        ObjectNode skipping = schedule.deepCopy();
        ((ArrayNode) skipping.get("skipped_dates")).set(0, date);
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> STRICT.schedule().read(json(skipping)));
        assertThat(Schemas.errors(Documents.SCHEDULE, json(skipping))).isNotEmpty();
    }

    @Test
    void a_protocol_range_above_the_most_sessions_is_refused_by_the_reader_and_the_schema() {
        for (String range : List.of("acute_sessions", "initial_sessions", "middle_sessions", "termination_sessions")) {
            ObjectNode protocol = tree(STRICT.protocol().write(LARGEST));
            ((ObjectNode) protocol.get(range)).put("max", MOST + 1);
            assertRefused(Documents.PROTOCOL, protocol, "/" + range + "/max", "1001", true);
        }
    }

    @Test
    void more_than_the_most_amendments_are_refused_by_the_reader_and_the_schema() {
        ObjectNode course = tree(STRICT.course().write(atTheBounds()));
        ArrayNode amendments = (ArrayNode) course.at("/contract/amendments");
        while (amendments.size() <= Bounds.MAX_AMENDMENTS) {
            amendments.add(amendments.get(0).deepCopy());
        }
        String json = json(course);
        IptJson roomy = STRICT.withLimits(JsonLimits.defaults().withMaxArrayItems(2 * Bounds.MAX_AMENDMENTS));
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> roomy.course().read(json))
                .satisfies(e -> assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.pointer()).isEqualTo("/contract/amendments");
                    assertThat(p.rule()).contains(ModelRule.VALUE_IN_RANGE);
                }));
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> STRICT.course().read(json));
        assertThat(Schemas.errors(Documents.COURSE, json)).isNotEmpty();
    }

    @Test
    void a_plan_beyond_the_planners_bounds_is_refused_by_the_reader() {
        // the sessions and the termination notice are left as they were: the schema cannot state the sum
        ObjectNode schedule = tree(STRICT.schedule().write(DocumentSamples.schedule(Protocol.standard())));
        schedule.put("acute_session_count", Bounds.MAX_PLANNED_SESSIONS);
        schedule.put("maintenance_session_count", 1);
        assertRefused(Documents.SCHEDULE, schedule, "/maintenance_session_count", null, false);
    }

    private static ObjectNode tree(String json) {
        return (ObjectNode) Mutator.MAPPER.readTree(json);
    }

    private static String json(JsonNode tree) {
        return Mutator.MAPPER.writeValueAsString(tree);
    }

    /** A copy of the document with the text value of {@code name} in the object at {@code at} replaced. */
    private static ObjectNode set(ObjectNode document, String at, String name, String value) {
        ObjectNode copy = document.deepCopy();
        ObjectNode object = at.isEmpty() ? copy : (ObjectNode) copy.at(at);
        object.put(name, value);
        return copy;
    }

    /**
     * The strict reader refuses the document with VALUE_IN_RANGE at the pointer and a message
     * without the value; the schema refuses it too when {@code bySchema}, and accepts it otherwise.
     */
    private static void assertRefused(Document<?> document, JsonNode tree, String pointer, String value,
            boolean bySchema) {
        String json = json(tree);
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> STRICT.codec(document).read(json))
                .satisfies(e -> {
                    assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.kind()).isEqualTo(ProblemKind.INVALID_VALUE);
                        assertThat(p.pointer()).isEqualTo(pointer);
                        assertThat(p.rule()).contains(ModelRule.VALUE_IN_RANGE);
                    });
                    if (value != null) {
                        assertThat(e.getMessage()).doesNotContain(value);
                    }
                });
        if (bySchema) {
            assertThat(Schemas.errors(document, json)).as("schema errors of %s", pointer).isNotEmpty();
        } else {
            assertThat(Schemas.errors(document, json)).as("schema errors of %s", pointer).isEmpty();
        }
    }
}
