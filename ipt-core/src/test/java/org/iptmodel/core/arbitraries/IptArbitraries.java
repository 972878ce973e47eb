package org.iptmodel.core.arbitraries;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.iptmodel.core.Bibliography;
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
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.PatientRef;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Reference;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.Session;
import org.iptmodel.core.Severity;
import org.iptmodel.core.SeverityBand;
import org.iptmodel.core.SickRole;
import org.iptmodel.core.Termination;
import org.iptmodel.core.TreatmentContract;
import org.iptmodel.core.Verification;
import org.iptmodel.core.Violation;
import org.iptmodel.core.plan.PlannedSession;
import org.iptmodel.core.plan.Planner;
import org.iptmodel.core.plan.Schedule;
import org.iptmodel.core.plan.ScheduleComparison;
import org.iptmodel.core.plan.SessionComparison;
import org.iptmodel.core.ranking.FocusSelection;
import org.iptmodel.core.ranking.FocusSelector;
import org.iptmodel.core.ranking.KeyedRankingRule;
import org.iptmodel.core.ranking.RankedIssue;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingContext;
import org.iptmodel.core.ranking.RankingFlag;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.ranking.RankingReason;
import org.iptmodel.core.ranking.RankingRule;
import org.iptmodel.core.ranking.RankingRules;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.Deviation;
import org.iptmodel.core.report.DeviationCode;
import org.iptmodel.core.report.InstrumentOutcome;
import org.iptmodel.core.report.OutcomeCriteria;
import org.iptmodel.core.report.OutcomeReport;
import org.iptmodel.core.report.ReportEntry;
import org.iptmodel.core.report.SafetyFlag;
import org.iptmodel.core.report.SafetyNotice;
import org.iptmodel.core.report.ScorePoint;
import org.iptmodel.core.report.StartedTreatment;

/**
 * jqwik arbitraries for every public type of the IPT model: the entry point of ipt-core's testkit
 * (its test-jar, the automatic module {@code org.iptmodel.core.testkit}).
 *
 * <p>Every public type of {@code org.iptmodel.core}, {@code .ranking}, {@code .plan} and
 * {@code .report} that has values has a method here without parameters that returns an
 * {@code Arbitrary} of exactly that type, or, for an enum, {@link #enumValues(Class)}; the methods
 * with parameters narrow them (the courses of one protocol or status, the measurements of one
 * instrument, the issues a ranking context can hold). {@link IptDomain} provides the same by type,
 * and {@link PlannedCourses} records courses from a schedule. Only the builders and the holders of
 * constants ({@code Bibliography}, {@code Bounds}, {@code RankingRules}) have no arbitrary: they
 * have no values.
 *
 * <p>Every arbitrary produces only valid values, built through the public builders and factories,
 * and mixes in the cases that matter. In a property:
 *
 * <pre>{@code
 * @Property
 * void sessionsAreNumberedFromOne(@ForAll("courses") Course course) {
 *     ...
 * }
 *
 * @Provide
 * Arbitrary<Course> courses() {
 *     return IptArbitraries.courses();
 * }
 * }</pre>
 *
 * <p>or, without a provider method, {@code @Domain(IptDomain.class)} on the property or its class.
 *
 * <p>Defaults, shared by all methods:
 * <ul>
 * <li>dates lie between {@link #EARLIEST_DATE} and {@link #LATEST_DATE}, the model's bounds
 *     ({@link Bounds}): mostly from 1990 to 2040, and both ends are frequent; dates derived from
 *     them (later sessions, endings, acceptances) never pass {@link #LATEST_DATE}: a course that
 *     would end after it is moved earlier, so that its last date is {@link #LATEST_DATE}, and a
 *     single derived date stops there;</li>
 * <li>cadences reach the longest the model accepts, one year ({@link Bounds#LONGEST_CADENCE});</li>
 * <li>a contract plans, or an amendment adds, up to {@link Bounds#MAX_CONTRACT_SESSIONS} sessions,
 *     and a few custom protocols plan up to {@link Bounds#MAX_PROTOCOL_SESSIONS};</li>
 * <li>free text that the model redacts starts with {@link #REDACTION_MARKER} followed by random
 *     letters, and no other generated text contains the marker; patient references too;</li>
 * <li>identifiers use the whole identifier alphabet, from 1 to 64 characters;</li>
 * <li>half of the protocols come from the catalogue, half are custom (a sixth of these
 *     maintenance-only); two thirds of the instruments come from the catalogue;</li>
 * <li>a course holds 0 to the protocol's maximum number of acute sessions plus 4, because clinical
 *     guidance is not enforced (at most 24 sessions, 1,004 on the few custom protocols of 1,000
 *     sessions); 0 to 12 or 16 sessions for a maintenance-only protocol.</li>
 * </ul>
 *
 * <p>The model's values are generated by drawing independent choices and resolving them into valid
 * values, without filtering and without {@code flatMap} (which makes jqwik create new generators for
 * every value), so that properties over whole courses stay fast. The generators of plans, recorded
 * courses, reports and rankings build on them, and where a value depends on another (the issues of
 * a ranking on its context's inventory, the measurements of a course on its schedule) they use
 * {@code flatMap}, or {@code filter} to keep a part that not every value has: they cost more per
 * value. Every returned arbitrary is immutable and may be shared; methods without parameters
 * return the same instance on every call.
 */
public final class IptArbitraries {

    /**
     * The text every generated redacted value starts with, {@value}. A {@code toString()} or an
     * exception message that contains it leaks patient data.
     */
    public static final String REDACTION_MARKER = "SECRET-";
    /** The earliest date {@link #dates()} generates, the model's earliest: 1900-01-01. */
    public static final LocalDate EARLIEST_DATE = Bounds.EARLIEST_DATE;
    /** The latest date {@link #dates()} generates, the model's latest: 9999-12-31. */
    public static final LocalDate LATEST_DATE = Bounds.LATEST_DATE;
    /** The first date of the usual span of {@link #dates()}. */
    private static final LocalDate USUAL_FROM = LocalDate.of(1990, 1, 1);
    /** The last date of the usual span of {@link #dates()}. */
    private static final LocalDate USUAL_TO = LocalDate.of(2040, 12, 31);

    private static final Arbitrary<OutcomeCriteria> CRITERIA = criteria();

    private static final String ID_FIRST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String ID_REST = ID_FIRST + "._:-";

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** Random texts are drawn as numbers and spelt in an alphabet: much faster than jqwik's strings. */
    private static final Arbitrary<Long> LETTER_KEYS = Arbitraries.longs().between(0, Long.MAX_VALUE);

    private static final List<String> TAILS = List.of("", "", " about the move abroad", " and Zoë's wedding",
            "\nafter the argument", "  ");
    private static final Arbitrary<String> REDACTED_TEXTS = Combinators.combine(LETTER_KEYS, Arbitraries.of(TAILS))
            .as((key, tail) -> REDACTION_MARKER + spell(LETTERS, key, 6) + tail);
    private static final Arbitrary<String> DISPLAY_NAMES = LETTER_KEYS.map(key -> "Custom " + spell(LETTERS, key, 1));
    private static final Arbitrary<String> ID_TOKENS = Arbitraries.frequencyOf(
            Tuple.of(12, Combinators.combine(Arbitraries.of(ID_FIRST.toCharArray()), LETTER_KEYS)
                    .as((first, key) -> first + spell(ID_REST, key, 0))),
            Tuple.of(4, Combinators.combine(Arbitraries.of(ID_FIRST.toCharArray()), LETTER_KEYS, LETTER_KEYS)
                    .as((first, a, b) -> first + spell(ID_REST, a, 0) + spell(ID_REST, b, 0))),
            Tuple.of(1, Combinators.combine(Arbitraries.of(ID_FIRST.toCharArray()), LETTER_KEYS.list().ofSize(6))
                    .as((first, keys) -> (first + keys.stream().map(k -> spell(ID_REST, k, 11))
                            .collect(Collectors.joining())).substring(0, 64))),
            Tuple.of(1, Arbitraries.of(ID_FIRST.toCharArray()).map(String::valueOf)),
            Tuple.of(1, Arbitraries.of("a", "7", "Z" + "-".repeat(63), "0" + "._:-".repeat(15) + "abc")));
    private static final Arbitrary<CourseId> COURSE_IDS = ID_TOKENS.map(CourseId::of);
    private static final Arbitrary<IssueId> ISSUE_IDS = ID_TOKENS.map(IssueId::of);
    private static final Arbitrary<PersonId> PERSON_IDS = ID_TOKENS.map(PersonId::of);
    private static final Arbitrary<PatientRef> PATIENT_REFS = LETTER_KEYS
            .map(key -> PatientRef.of(REDACTION_MARKER + spell(LETTERS, key, 4)));
    private static final Arbitrary<LocalDate> DATES = Arbitraries.frequencyOf(
            Tuple.of(16, between(USUAL_FROM, USUAL_TO)),
            Tuple.of(2, between(EARLIEST_DATE, LATEST_DATE)),
            Tuple.of(1, Arbitraries.just(EARLIEST_DATE)),
            Tuple.of(1, Arbitraries.just(LATEST_DATE)));
    /** The longest cadences: one year, written in each unit, and nearly a year in months and days. */
    private static final List<Period> LONGEST_CADENCES = List.of(Bounds.LONGEST_CADENCE, Period.ofMonths(12),
            Period.ofWeeks(52), Period.ofDays(365), Period.of(0, 11, 30));
    private static final Arbitrary<Period> LONGEST_CADENCE_VALUES = Arbitraries.of(LONGEST_CADENCES);
    private static final Arbitrary<LocalDate> EDGE_DATES = Arbitraries.of(EARLIEST_DATE, LATEST_DATE,
            LATEST_DATE.minusDays(1), LocalDate.of(9999, 2, 28), LocalDate.of(2024, 2, 29));
    private static final Arbitrary<Period> CADENCES = Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.integers().between(1, 4).map(Period::ofWeeks)),
            Tuple.of(4, Arbitraries.integers().between(1, 3).map(Period::ofMonths)),
            Tuple.of(4, Arbitraries.integers().between(1, 60).map(Period::ofDays)),
            Tuple.of(2, Combinators.combine(Arbitraries.integers().between(1, 11),
                    Arbitraries.integers().between(1, 30)).as((months, days) -> Period.of(0, months, days))),
            Tuple.of(1, Arbitraries.of(LONGEST_CADENCES)));
    private static final Arbitrary<Duration> SESSION_LENGTHS = Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.integers().between(30, 60)),
            Tuple.of(1, Arbitraries.integers().between(1, 480))).map(Duration::ofMinutes);
    private static final Arbitrary<IntRange> INT_RANGES = Combinators.combine(Arbitraries.integers().between(0, 30),
            Arbitraries.integers().between(0, 20)).as((min, width) -> IntRange.of(min, min + width));
    private static final Arbitrary<SeverityBand> SEVERITY_BANDS = Combinators.combine(Arbitraries.of(Severity.class),
            Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 30))
            .as((s, from, width) -> SeverityBand.of(s, from, from + width));

    private IptArbitraries() {
    }

    private static Arbitrary<LocalDate> between(LocalDate from, LocalDate to) {
        return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /** The date {@code days} after {@code date}, but never after {@link #LATEST_DATE}. */
    static LocalDate plusDaysAtMostLatest(LocalDate date, long days) {
        return LATEST_DATE.toEpochDay() - date.toEpochDay() < days ? LATEST_DATE : date.plusDays(days);
    }

    /** The date {@code days} before {@code date}, but never before {@link #EARLIEST_DATE}. */
    static LocalDate minusDaysAtLeastEarliest(LocalDate date, long days) {
        return date.toEpochDay() - EARLIEST_DATE.toEpochDay() < days ? EARLIEST_DATE : date.minusDays(days);
    }

    /**
     * Returns the redacted text {@link #redactedTexts()} draws for a key, for generators that
     * spell a whole record from one random key.
     */
    static String redactedText(long key) {
        return REDACTION_MARKER + spell(LETTERS, key & Long.MAX_VALUE, 6)
                + TAILS.get((int) Long.remainderUnsigned(key, TAILS.size()));
    }

    /**
     * Spells a number in the given alphabet, padded to at least {@code minLength} characters with
     * the alphabet's first one; 0 is the empty text when {@code minLength} is 0.
     */
    private static String spell(String alphabet, long key, int minLength) {
        StringBuilder sb = new StringBuilder();
        for (long rest = key; rest > 0; rest /= alphabet.length()) {
            sb.append(alphabet.charAt((int) (rest % alphabet.length())));
        }
        while (sb.length() < minLength) {
            sb.append(alphabet.charAt(0));
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- texts, ids, dates, numbers

    /**
     * Free text of the kind the model redacts: {@link #REDACTION_MARKER} followed by 6 to 11 random
     * letters and, sometimes, more words, a line break, an accented letter or trailing blanks.
     * Never blank.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> redactedTexts() {
        return REDACTED_TEXTS;
    }

    /**
     * Names the model does not redact (protocol and instrument names): "Custom " and 1 to 11
     * random letters. They never contain {@link #REDACTION_MARKER}.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> displayNames() {
        return DISPLAY_NAMES;
    }

    /**
     * Identifier texts: 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or
     * digit; the shortest and the longest forms are frequent.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> idTokens() {
        return ID_TOKENS;
    }

    /**
     * Course identifiers, from {@link #idTokens()}.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<CourseId> courseIds() {
        return COURSE_IDS;
    }

    /**
     * Issue identifiers, from {@link #idTokens()}.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<IssueId> issueIds() {
        return ISSUE_IDS;
    }

    /**
     * Person identifiers, from {@link #idTokens()}.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<PersonId> personIds() {
        return PERSON_IDS;
    }

    /**
     * Patient references. Their text starts with {@link #REDACTION_MARKER}, since a reference must
     * never be shown.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<PatientRef> patientRefs() {
        return PATIENT_REFS;
    }

    /**
     * Dates between {@link #EARLIEST_DATE} and {@link #LATEST_DATE}, the model's bounds: four in
     * five from 1990 to 2040, one in ten anywhere in the range, and each end one in twenty.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<LocalDate> dates() {
        return DATES;
    }

    /**
     * Positive periods between sessions, at most one year ({@link Bounds#isCadence}): mostly 1 to
     * 4 weeks or 1 to 3 months, also 1 to 60 days, mixed periods such as {@code P1M2D}, and, one
     * in nineteen, the longest cadences: {@code P1Y}, {@code P12M}, {@code P52W}, {@code P365D}
     * and {@code P11M30D}.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Period> cadences() {
        return CADENCES;
    }

    /**
     * The dates at the ends of the model's range that test how far a plan or a course reaches:
     * {@link #EARLIEST_DATE}, {@link #LATEST_DATE} and the day before it, the last day of February
     * in the latest year, and a leap day ({@code 2024-02-29}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<LocalDate> edgeDates() {
        return EDGE_DATES;
    }

    /**
     * The longest cadences the model accepts: one year written in each unit ({@code P1Y},
     * {@code P12M}, {@code P52W}, {@code P365D}) and nearly a year in months and days
     * ({@code P11M30D}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Period> longestCadences() {
        return LONGEST_CADENCE_VALUES;
    }

    /**
     * Session lengths from 1 minute to 8 hours, mostly 30 to 60 minutes.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Duration> sessionLengths() {
        return SESSION_LENGTHS;
    }

    /**
     * Ranges of non-negative whole numbers: a minimum of 0 to 30 and a width of 0 to 20.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<IntRange> intRanges() {
        return INT_RANGES;
    }

    /**
     * Severity bands on their own: any severity, from 0 to 60, 0 to 30 wide.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<SeverityBand> severityBands() {
        return SEVERITY_BANDS;
    }

    // ---------------------------------------------------------------- protocols, instruments, measurements

    /**
     * Protocols: half from the catalogue ({@link #catalogueProtocols()}), half custom
     * ({@link #customProtocols()}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Protocol> protocols() {
        return ProtocolArbitraries.ALL;
    }

    /**
     * The protocols of the catalogue, {@link Protocol#catalogue()}, each equally likely.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Protocol> catalogueProtocols() {
        return ProtocolArbitraries.CATALOGUE;
    }

    /**
     * Custom protocols: individual or group (6 to 14 members), 1 to 4 problem areas with a
     * maximum number of focal areas between 1 and their number, random phase ranges that fit a
     * random acute range, a termination notice within it, any cadence and session lengths; a
     * sixth are maintenance-only (no acute phase, a maintenance cadence). One in thirty-one has
     * the largest ranges the model accepts: acute and phase ranges, and the termination notice,
     * up to {@link Bounds#MAX_PROTOCOL_SESSIONS}.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Protocol> customProtocols() {
        return ProtocolArbitraries.CUSTOM;
    }

    /**
     * Instruments: two thirds from the catalogue ({@link Instrument#catalogue()}), one third
     * custom ({@link #customInstruments()}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Instrument> instruments() {
        return ProtocolArbitraries.INSTRUMENTS;
    }

    /**
     * Custom instruments: totals only (maximum 1 to 100) or 1 to 25 items scored from 0 to 1..4
     * that sum to the maximum, bands from {@link #bandsCovering(int)}, any remission threshold
     * below the maximum, a depressed range from anywhere above it (or, unset, from just above
     * it), for itemised instruments sometimes a suicidality item, and up to three works of the
     * bibliography as references.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Instrument> customInstruments() {
        return ProtocolArbitraries.CUSTOM_INSTRUMENTS;
    }

    /**
     * Severity bands that cover {@code 0..maxScore} in order of rising severity without gaps or
     * overlaps: 1 to 5 bands with random boundaries.
     *
     * @param maxScore the instrument's maximum score, at least 1
     * @return the arbitrary, not null
     * @throws IllegalArgumentException if {@code maxScore} is below 1
     */
    public static Arbitrary<List<SeverityBand>> bandsCovering(int maxScore) {
        if (maxScore < 1) {
            throw new IllegalArgumentException("maxScore must be at least 1, was " + maxScore);
        }
        return ProtocolArbitraries.BAND_PLANS.map(plan -> plan.cover(maxScore));
    }

    /**
     * Measurements on the instruments of {@link #instruments()}.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Measurement> measurements() {
        return ProtocolArbitraries.MEASUREMENTS;
    }

    /**
     * Measurements on one instrument: a total anywhere in its range, a quarter of them 0 or the
     * maximum, or, for an itemised instrument in half the cases, a response to each item within its
     * range and a total equal to their sum.
     *
     * @param instrument the instrument, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<Measurement> measurements(Instrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        return ProtocolArbitraries.MEASUREMENT_PLANS.map(plan -> plan.on(instrument));
    }

    // ---------------------------------------------------------------- people, issues, focus

    /**
     * Relationships on a closeness circle of the default
     * {@value InterpersonalInventory#DEFAULT_CIRCLE_LEVELS} rings.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Relationship> relationships() {
        return relationships(InterpersonalInventory.DEFAULT_CIRCLE_LEVELS);
    }

    /**
     * Relationships whose closeness lies within the given number of rings: a redacted alias, any
     * relation and contact, sometimes deceased (with or without a date of death), and up to 5
     * redacted texts spread over satisfying and unsatisfying aspects, expectations and wished-for
     * changes.
     *
     * @param circleLevels the number of rings, 1 to {@value InterpersonalInventory#MAX_CIRCLE_LEVELS}
     * @return the arbitrary, not null
     * @throws IllegalArgumentException if {@code circleLevels} is out of range
     */
    public static Arbitrary<Relationship> relationships(int circleLevels) {
        if (circleLevels < 1 || circleLevels > InterpersonalInventory.MAX_CIRCLE_LEVELS) {
            throw new IllegalArgumentException("circleLevels must be between 1 and "
                    + InterpersonalInventory.MAX_CIRCLE_LEVELS + ", was " + circleLevels);
        }
        return PeopleArbitraries.RELATIONSHIP_PLANS.map(plan -> plan.toRelationship(circleLevels));
    }

    /**
     * Interpersonal inventories: a fifth are {@link InterpersonalInventory#empty()}, the others have
     * 1 to 10 rings (or the default) and 0 to 6 people with distinct ids.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InterpersonalInventory> inventories() {
        return PeopleArbitraries.INVENTORIES;
    }

    /**
     * Interpersonal issues naming people of a generated inventory.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InterpersonalIssue> issues() {
        return PeopleArbitraries.ISSUES;
    }

    /**
     * Interpersonal issues that name only people of the inventory (0 to 3 of them): a redacted
     * summary, any area (a role dispute with or without its stage), onset link and amenability, a
     * priority of 1 to 10 (sometimes far higher) and a distress of 0 to 10.
     *
     * @param inventory the inventory the issues' people come from, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<InterpersonalIssue> issues(InterpersonalInventory inventory) {
        Objects.requireNonNull(inventory, "inventory");
        return PeopleArbitraries.ISSUE_PLANS.map(plan -> plan.toIssue(inventory));
    }

    /**
     * Lists of 0 to 5 issues with distinct ids that name only people of the inventory; a fifth of
     * the lists are empty.
     *
     * @param inventory the inventory, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<List<InterpersonalIssue>> issueLists(InterpersonalInventory inventory) {
        Objects.requireNonNull(inventory, "inventory");
        return PeopleArbitraries.ISSUE_PLAN_LISTS.map(plans -> PeopleArbitraries.toIssues(plans, inventory));
    }

    /**
     * Foci on their own: any primary area, distinct secondary areas, 0 to 3 issue ids, selected by
     * ranking or, in a third of the cases, by a clinician's override with a redacted reason.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Focus> focuses() {
        return PeopleArbitraries.FOCUSES;
    }

    /**
     * Foci that fit a course on the protocol with the given issues: areas of the protocol, at most
     * {@link Protocol#maxFocalAreas()} of them when selected by ranking, and up to all of the
     * protocol's areas for a {@link FocusBasis#CLINICIAN_OVERRIDE} (a third of the cases), which
     * may therefore exceed the maximum; issues among the given ones.
     *
     * @param protocol the course's protocol, not null
     * @param issues the ids of the course's issues, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<Focus> focuses(Protocol protocol, List<IssueId> issues) {
        List<IssueId> ids = List.copyOf(issues);
        List<ProblemArea> areas = List.copyOf(protocol.problemAreas());
        return PeopleArbitraries.FOCUS_PLANS.map(plan -> plan.toFocus(areas, protocol.maxFocalAreas(), ids));
    }

    // ---------------------------------------------------------------- records of a course

    /**
     * Sessions on their own: number 1 to 40, any date and phase, mostly 30 to 60 minutes long (1
     * minute to 8 hours in a quarter of them), some techniques and areas, measurements on some
     * catalogue instruments and, sometimes, redacted notes.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Session> sessions() {
        return CourseArbitraries.SESSIONS;
    }

    /**
     * Formulations: 1 to 4 distinct areas, sometimes a redacted onset event, a presentation date and
     * an acceptance on or after it.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Formulation> formulations() {
        return CourseArbitraries.FORMULATIONS;
    }

    /**
     * Sick roles of either kind, given on any date.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<SickRole> sickRoles() {
        return CourseArbitraries.SICK_ROLES;
    }

    /**
     * Concurrent treatments: any kind, in two thirds of the cases a code with its code system,
     * sometimes a start and a stop on or after it.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ConcurrentTreatment> concurrentTreatments() {
        return CourseArbitraries.TREATMENTS;
    }

    /**
     * Outcome criteria: any response threshold from 1 to 100 with a partial-response threshold up
     * to it, a worsening threshold from 0 to 200 and, per catalogue instrument, sometimes a
     * depressed range of its own (anywhere above the remission threshold) and a remission
     * threshold of its own (anywhere below the depressed range); the defaults among them.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<OutcomeCriteria> outcomeCriteria() {
        return CRITERIA;
    }

    /**
     * Contract amendments on their own: any date, a non-empty choice of 1 to 8 extra sessions
     * (sometimes the most, {@link Bounds#MAX_CONTRACT_SESSIONS}), a new cadence and a new focus
     * (from any area), and a redacted reason.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ContractAmendment> contractAmendments() {
        return CourseArbitraries.AMENDMENTS;
    }

    /**
     * Treatment contracts on their own: any type, 0 to 40 planned sessions (sometimes the most,
     * {@link Bounds#MAX_CONTRACT_SESSIONS}), any cadence and length, any start and 0 to 3
     * amendments dated on or after it, in order.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<TreatmentContract> contracts() {
        return CourseArbitraries.CONTRACTS;
    }

    /**
     * Treatment contracts for a course on the protocol: starting on {@code start}, in three cases
     * out of four with the protocol's numbers (planned sessions in its acute range, its cadence,
     * one of its session lengths), and amendments whose foci fit the protocol and the issues.
     *
     * @param protocol the course's protocol, not null
     * @param start the contract's start, not null
     * @param issues the ids of the course's issues, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<TreatmentContract> contracts(Protocol protocol, LocalDate start, List<IssueId> issues) {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(start, "start");
        List<IssueId> ids = List.copyOf(issues);
        return CourseArbitraries.CONTRACT_PLANS.map(plan -> plan.toContract(protocol, start, ids));
    }

    /**
     * Termination records on their own: any date, outcome and next step, sometimes the announcing
     * session (1 to 30), 0 to 3 redacted warning signs.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Termination> terminations() {
        return CourseArbitraries.TERMINATIONS;
    }

    /**
     * Discontinuation records: any date and reason.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Discontinuation> discontinuations() {
        return CourseArbitraries.DISCONTINUATIONS;
    }

    // ---------------------------------------------------------------- courses

    /**
     * Session counts for a course on the protocol: 0, 1, the protocol's maximum number of acute
     * sessions and 1 to 4 beyond it are frequent, the others in between; for a maintenance-only
     * protocol 0, 1, 2 to 12 and 16.
     *
     * @param protocol the protocol, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<Integer> sessionCounts(Protocol protocol) {
        Objects.requireNonNull(protocol, "protocol");
        return CourseArbitraries.COUNT_PLANS.map(plan -> plan.count(protocol));
    }

    /**
     * Courses on any protocol of {@link #protocols()}, in every status.
     *
     * @return the arbitrary, not null
     * @see #courses(Protocol)
     */
    public static Arbitrary<Course> courses() {
        return CourseArbitraries.COURSES;
    }

    /**
     * Courses in one status, on any protocol of {@link #protocols()}.
     *
     * @param status the status of every course, not null
     * @return the arbitrary, not null
     * @see #courses(Protocol, CourseStatus)
     */
    public static Arbitrary<Course> courses(CourseStatus status) {
        Objects.requireNonNull(status, "status");
        return CourseArbitraries.courses(protocols(), Optional.of(status));
    }

    /**
     * Courses on one protocol, in every status.
     *
     * <p>A course has an inventory (a fifth empty), 0 to 5 issues naming its people (a fifth
     * none), in most cases a focus from {@link #focuses(Protocol, List)} (a clinician's override may
     * exceed the protocol's maximum), a contract from {@link #contracts(Protocol, LocalDate, List)}
     * starting on or up to two weeks before the first session, sessions counted by
     * {@link #sessionCounts(Protocol)}, numbered 1 to n, 1 to 35 days apart, with phases that never
     * go back (half of the sequences end in the acute phase, the others may go on to maintenance
     * after a termination-phase session; a maintenance-only protocol has maintenance sessions only),
     * measurements on the catalogue instruments, sometimes an episode onset, a formulation, a sick
     * role and concurrent treatments (most of those with a start date starting from a few days
     * before the contract start to a few days after the last session), and an ending that agrees
     * with the status: planned courses
     * have no session, completed ones a termination record, discontinued ones a discontinuation
     * record, dated on or after the last session. The status is set on the builder in half the
     * cases and derived in the others.
     *
     * @param protocol the protocol, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<Course> courses(Protocol protocol) {
        Objects.requireNonNull(protocol, "protocol");
        return CourseArbitraries.courses(Arbitraries.just(protocol), Optional.empty());
    }

    /**
     * Courses on one protocol in one status: planned courses have no session, active and
     * completed ones at least one, discontinued ones any number.
     *
     * @param protocol the protocol, not null
     * @param status the status of every course, not null
     * @return the arbitrary, not null
     * @see #courses(Protocol)
     */
    public static Arbitrary<Course> courses(Protocol protocol, CourseStatus status) {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(status, "status");
        return CourseArbitraries.courses(Arbitraries.just(protocol), Optional.of(status));
    }

    private static Arbitrary<OutcomeCriteria> criteria() {
        Arbitrary<Integer> response = Arbitraries.integers().between(1, 100);
        Arbitrary<Integer> partial = Arbitraries.integers().between(1, 100);
        Arbitrary<Integer> worsening = Arbitraries.integers().between(0, 200);
        Arbitrary<List<Integer>> keys = Arbitraries.integers().between(-1, 10_000).list().ofSize(6);
        Arbitrary<OutcomeCriteria> any = Combinators.combine(response, partial, worsening, keys).as((r, p, w, k) -> {
            OutcomeCriteria criteria = OutcomeCriteria.defaults().withPartialResponseReduction(1)
                    .withResponseReduction(r).withPartialResponseReduction(Math.min(p, r)).withWorseningIncrease(w);
            List<Instrument> catalogue = Instrument.catalogue();
            for (int i = 0; i < catalogue.size(); i++) {
                Instrument instrument = catalogue.get(i);
                int depressedKey = k.get(2 * i);
                int remissionKey = k.get(2 * i + 1);
                if (depressedKey >= 0) {
                    // above the remission threshold in force, at most the maximum
                    int remission = criteria.remissionMax(instrument);
                    criteria = criteria.withDepressedMin(instrument,
                            remission + 1 + depressedKey % (instrument.maxScore() - remission));
                }
                if (remissionKey >= 0) {
                    criteria = criteria.withRemissionMax(instrument, remissionKey % criteria.depressedMin(instrument));
                }
            }
            return criteria;
        });
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(OutcomeCriteria.defaults())), Tuple.of(5, any));
    }

    // ---------------------------------------------------------------- enums, works, violations

    /**
     * The constants of one of the model's enums, each equally likely: {@code ProblemArea},
     * {@code Phase}, {@code ModelRule}, {@code DeviationCode}, {@code RankingFlag.Code} and every
     * other enum of the exported packages.
     *
     * @param <E> the enum
     * @param type the enum's class, not null
     * @return the arbitrary, not null
     */
    public static <E extends Enum<E>> Arbitrary<E> enumValues(Class<E> type) {
        Objects.requireNonNull(type, "type");
        return Arbitraries.of(type);
    }

    /**
     * The works of the bibliography, {@link Bibliography#all()}, each equally
     * likely: the only references the model holds.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Reference> references() {
        return ViolationArbitraries.REFERENCES;
    }

    /**
     * The exceptions the model throws for invalid input, each caught from a call of the public
     * API: an inverted range or severity band, an identifier with a blank, a slash, an accented
     * letter or another character outside the identifier alphabet (or empty), a score above its
     * instrument's maximum, a planned session or session numbered below 1, a safety flag with
     * several broken fields at once, and a course built without its required attributes. Every
     * exception has at least one violation, and none holds redacted text.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InvalidModelException> invalidModelExceptions() {
        return ViolationArbitraries.EXCEPTIONS;
    }

    /**
     * Violations as the model reports them: one violation of an exception of
     * {@link #invalidModelExceptions()}, in half the cases as it was reported and otherwise
     * placed under the path of an enclosing value ({@code course}, {@code sessions[3]},
     * {@code inventory.people[0]}) with {@link Violation#under(String)}.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Violation> violations() {
        return ViolationArbitraries.VIOLATIONS;
    }

    // ---------------------------------------------------------------- measurements for reports

    /**
     * The instruments of the catalogue, {@link Instrument#catalogue()}, each equally likely.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Instrument> catalogueInstruments() {
        return ReportArbitraries.CATALOGUE_INSTRUMENTS;
    }

    /**
     * Measurements on one instrument with a chosen answer to its suicidality item: for an
     * itemised instrument, two thirds give a response to each item within its range with a total
     * equal to their sum, the suicidality item as asked, and a third a total only (anywhere in the
     * range); with {@link Suicidality#ABOVE_ZERO}, an instrument with a suicidality item always
     * gets item responses, so that every measurement raises a safety flag. An instrument of
     * totals only gets totals only.
     *
     * @param instrument the instrument, not null
     * @param suicidality how the suicidality item is answered, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<Measurement> measurements(Instrument instrument, Suicidality suicidality) {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(suicidality, "suicidality");
        return ReportArbitraries.measurements(instrument, suicidality);
    }

    /**
     * The measurements of one session: none in three cases out of five, else one measurement on
     * each of 1 to 3 distinct catalogue instruments from
     * {@link #measurements(Instrument, Suicidality)}.
     *
     * @param suicidality how the suicidality items are answered, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<List<Measurement>> sessionMeasurements(Suicidality suicidality) {
        Objects.requireNonNull(suicidality, "suicidality");
        return ReportArbitraries.sessionMeasurements(suicidality);
    }

    // ---------------------------------------------------------------- plans

    /**
     * Protocols a course can follow from plan to conclusion: half from the catalogue, half custom
     * protocols with small phase ranges (an initial phase of 0 to 6 sessions, a middle phase of 0
     * to 16, a termination phase of 1 to 7, so that a plan can conclude), an acute range the
     * phases can fill, a termination notice of 1 to 5 sessions within it, a day-based cadence
     * (mostly weekly), 45 to 50 minute sessions, all four problem areas or all but interpersonal
     * deficits, and in three cases out of four a maintenance cadence.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Protocol> plannableProtocols() {
        return PlanArbitraries.PROTOCOLS;
    }

    /**
     * Planners for the protocols of {@link #plannableProtocols()}: see {@link #planners(Protocol)}.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Planner> planners() {
        return PlanArbitraries.PLANNERS;
    }

    /**
     * Planners for one protocol, starting from 2020 to about 2032: the protocol's cadence or a
     * day-based one, the protocol's number of sessions or (for a protocol with an acute phase)
     * one its phase ranges can fill or 1 to 30, up to 12 skipped cadence slots and 6 other skipped
     * dates (some before the start), and 0 to 6 maintenance sessions at the protocol's or another
     * maintenance cadence. Every planner plans.
     *
     * @param protocol the protocol, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<Planner> planners(Protocol protocol) {
        Objects.requireNonNull(protocol, "protocol");
        return PlanArbitraries.planners(protocol);
    }

    /**
     * Schedules planned by {@link #planners()}: any session count, skipped dates and maintenance,
     * including plans without any session.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Schedule> schedules() {
        return PlanArbitraries.SCHEDULES;
    }

    /**
     * The plan that reaches furthest from a start date at a cadence: the most sessions a plan holds
     * ({@link Bounds#MAX_PLANNED_SESSIONS}: all but one acute and one maintenance session, or all
     * maintenance sessions on a maintenance-only protocol), at the cadence in both phases, skipping
     * the first {@link Bounds#MAX_SKIPPED_DATES} slots of the cadence that lie within the model's
     * dates. From a date of {@link #edgeDates()} at a cadence of {@link #longestCadences()} its
     * last sessions lie thousands of years past {@link #LATEST_DATE}: use it to test that what
     * handles schedules copes with the furthest dates.
     *
     * @param protocol the protocol, not null
     * @param start the start date, within the model's dates
     * @param cadence the cadence, a valid one ({@link Bounds#isCadence})
     * @return the schedule, not null
     */
    public static Schedule furthestPlan(Protocol protocol, LocalDate start, Period cadence) {
        return PlanArbitraries.furthestPlan(protocol, start, cadence);
    }

    /**
     * Schedules a course can follow without any deviation, on the protocols of
     * {@link #plannableProtocols()}: the protocol's cadence or another day-based one, an acute
     * session count the protocol's ranges accept, skipped dates only among the acute slots and
     * never two slots in a row (so no gap exceeds two cadences), 0 to 4 maintenance sessions only
     * at the protocol's own maintenance cadence, and 1 to 5 of them for maintenance IPT. Recorded
     * with {@link PlannedCourses#completed}, such a schedule gives an adherent course.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Schedule> adherentSchedules() {
        return PlanArbitraries.ADHERENT;
    }

    /**
     * Schedules as a document may record them without a planner of this version giving them: a
     * schedule of {@link #schedules()} with at least one session, whose sessions from one of them
     * on are moved later by the fewest days that keep them off the skipped dates, made again by
     * {@link Schedule#recorded}. Structurally valid, and {@link Schedule#verify()} reports them.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Schedule> recordedSchedules() {
        return PlanArbitraries.MISPLANNED;
    }

    /**
     * Verifications as the model gives them: of {@link #schedules()}, {@link #adherenceReports()}
     * and {@link #rankings()} against their own policy (confirmed), of rankings against a renamed
     * policy, and of {@link #recordedSchedules()}, {@link #recordedAdherenceReports()} and
     * {@link #recordedOutcomeReports()} (with discrepancies).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Verification> verifications() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, PlanArbitraries.VERIFICATIONS),
                Tuple.of(1, ReportArbitraries.ADHERENCE_REPORTS.map(AdherenceReport::verify)),
                Tuple.of(1, ReportArbitraries.RECORDED_ADHERENCE.map(AdherenceReport::verify)),
                Tuple.of(1, ReportArbitraries.RECORDED_OUTCOMES.map(OutcomeReport::verify)),
                Tuple.of(1, RankingArbitraries.RANKINGS.map(r -> r.verify(r.policy()))),
                Tuple.of(1, RankingArbitraries.RANKINGS.filter(r -> r.size() > 1).map(r -> r.verify(
                        RankingPolicy.builder().name(r.policy().name() + "-b").addAll(r.policy().rules()).build()))));
    }

    /**
     * Adherence reports as a store may record them after the rules changed: a report of
     * {@link #adherenceReports()} of a deviating course whose last deviation is recorded as
     * {@code INFO} (so still in order), a severity its code does not have; made with
     * {@link AdherenceReport#of(List, List, List)}, and {@link AdherenceReport#verify()} reports it.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<AdherenceReport> recordedAdherenceReports() {
        return ReportArbitraries.RECORDED_ADHERENCE;
    }

    /**
     * Outcome reports as a store may record them after the rules changed: a report of
     * {@link #outcomeReports()} with outcomes in which one score has another severity or one
     * outcome of two scores or more another response class, made with
     * {@link OutcomeReport#recorded} and {@link InstrumentOutcome#recorded};
     * {@link OutcomeReport#verify()} reports it.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<OutcomeReport> recordedOutcomeReports() {
        return ReportArbitraries.RECORDED_OUTCOMES;
    }

    /**
     * Discrepancies as the model reports them: one discrepancy of a verification of
     * {@link #verifications()} that has some.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Verification.Discrepancy> discrepancies() {
        return Combinators.combine(verifications().filter(v -> !v.isConfirmed()),
                Arbitraries.integers().between(0, 10_000))
                .as((v, key) -> v.discrepancies().get(key % v.discrepancies().size()));
    }

    /**
     * Planned sessions on their own: number 1 to 40 (a quarter of them up to 10,000), any date
     * of {@link #dates()} and any phase.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<PlannedSession> plannedSessions() {
        return PlanArbitraries.PLANNED_SESSIONS;
    }

    /**
     * Comparisons of a schedule of {@link #adherentSchedules()} with sessions held: every planned
     * session held as planned (on plan), only the first ones (sessions missing), one of them moved
     * by 1 to 3 days either way or to another phase, or the sessions of an unrelated course of
     * {@link #courses()} (missing, extra, shifted and other phases at once).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ScheduleComparison> scheduleComparisons() {
        return PlanArbitraries.COMPARISONS;
    }

    /**
     * The comparison of one session: an entry of a comparison of {@link #scheduleComparisons()}
     * that has entries, so on plan, missing, extra, shifted or in another phase.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<SessionComparison> sessionComparisons() {
        return PlanArbitraries.SESSION_COMPARISONS;
    }

    // ---------------------------------------------------------------- courses recorded from a plan

    /**
     * Completed courses recorded from a plan of {@link #adherentSchedules()} with at least one
     * session, by {@link PlannedCourses#completed(Schedule,
     * java.util.function.Function)}, with {@link #sessionMeasurements(Suicidality)} in each
     * session: adherent courses whose outcome and safety sections are filled. Without jqwik's
     * combined edge cases, which for these nested generators cost seconds and add nothing the
     * frequencies do not already give.
     *
     * @param suicidality how the suicidality items are answered, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<Course> recordedCourses(Suicidality suicidality) {
        Objects.requireNonNull(suicidality, "suicidality");
        return suicidality == Suicidality.ANY ? ReportArbitraries.RECORDED_ANY
                : ReportArbitraries.recordedCourses(suicidality);
    }

    /**
     * Courses of {@link #recordedCourses(Suicidality) recordedCourses(ANY)} with 0 to 4 targeted
     * deviations from the protocol, each by
     * {@link PlannedCourses#withDeviation(DeviationCode, Course)}
     * (codes that do not apply leave the course as it was): courses whose adherence report holds
     * chosen deviations, together with safety flags and notices.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Course> deviatingCourses() {
        return ReportArbitraries.DEVIATING;
    }

    // ---------------------------------------------------------------- reports

    /**
     * Adherence reports of courses: a sixth of adherent courses of
     * {@link #recordedCourses(Suicidality)}, half of {@link #deviatingCourses()} and a third of
     * {@link #courses()}; so reports without any entry, with safety flags and notices, and with
     * every deviation code.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<AdherenceReport> adherenceReports() {
        return ReportArbitraries.ADHERENCE_REPORTS;
    }

    /**
     * Outcome reports of a course of {@link #recordedCourses(Suicidality)} or {@link #courses()}
     * under criteria of {@link #outcomeCriteria()}: with or without outcomes, safety flags and
     * notices, and treatments started during the course.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<OutcomeReport> outcomeReports() {
        return ReportArbitraries.OUTCOME_REPORTS;
    }

    /**
     * The outcome on one instrument of {@link #instruments()} under criteria of
     * {@link #outcomeCriteria()}: 1 to 8 scores (so sometimes without a response class), sessions 1
     * to 3 apart, dates 0 to 20 days apart (never after {@link #LATEST_DATE}), totals anywhere in
     * the range (0 and the maximum frequent), each graded by the criteria.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InstrumentOutcome> instrumentOutcomes() {
        return ReportArbitraries.INSTRUMENT_OUTCOMES;
    }

    /**
     * Score points on their own: session 1 to 40, any date, a total within the range of an
     * instrument of {@link #instruments()} and its severity under the default criteria.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ScorePoint> scorePoints() {
        return ReportArbitraries.SCORE_POINTS;
    }

    /**
     * Safety flags on their own: session 1 to 40, an instrument of {@link #instruments()} with a
     * suicidality item, that item, and a response from 1 to the item's maximum.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<SafetyFlag> safetyFlags() {
        return ReportArbitraries.SAFETY_FLAGS;
    }

    /**
     * Safety notices on their own: session 1 to 40 and an instrument of {@link #instruments()}
     * with a suicidality item, with that item.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<SafetyNotice> safetyNotices() {
        return ReportArbitraries.SAFETY_NOTICES;
    }

    /**
     * Treatments started during a course, on their own: the kind and code of a treatment of
     * {@link #concurrentTreatments()}, started on its start date or, without one, any date.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<StartedTreatment> startedTreatments() {
        return ReportArbitraries.STARTED_TREATMENTS;
    }

    /**
     * Deviations as adherence reports find them: one deviation of a report of
     * {@link #adherenceReports()}, with its sessions and a message without patient text.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Deviation> deviations() {
        return ReportArbitraries.DEVIATIONS;
    }

    /**
     * Entries of an adherence report: half {@link #safetyFlags()}, half {@link #deviations()}.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ReportEntry> reportEntries() {
        return ReportArbitraries.REPORT_ENTRIES;
    }

    // ---------------------------------------------------------------- ranking and focus

    /**
     * Ranking rules: every built-in rule of {@link RankingRules#all()}
     * (the issue-id tie-break included), keyed rules of the testkit's own (one that ties every
     * pair, lower distress first, more people first, keys at both ends of {@code long}) and a
     * rule written as a comparison (issues naming a person in an inner ring of the closeness
     * circle first).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<RankingRule> rankingRules() {
        return RankingArbitraries.RULES;
    }

    /**
     * The testkit's ranking rule written as a comparison rather than as a key: issues naming a
     * person in an inner ring of the closeness circle first (an issue naming nobody, or nobody of
     * the inventory, last). It is one of {@link #rankingRules()}; use it to test code paths for
     * rules that are not {@link KeyedRankingRule}s.
     *
     * @return the rule, immutable and thread-safe, not null
     */
    public static RankingRule comparisonRule() {
        return RankingArbitraries.CLOSEST_PERSON;
    }

    /**
     * Keyed ranking rules: the built-in keyed rules and the testkit's own keyed rules of
     * {@link #rankingRules()}.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<KeyedRankingRule> keyedRankingRules() {
        return RankingArbitraries.KEYED_RULES;
    }

    /**
     * Ranking policies: in three cases out of four one of the clinical default, the brief policy,
     * a policy with the comparison rule then patient priority, patient priority alone, a policy
     * whose only rule ties every pair, and the clinical default with onset proximity; otherwise 1
     * to 4 distinct rules of {@link #rankingRules()} (never the tie-break, which every policy
     * applies last) in random order.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<RankingPolicy> rankingPolicies() {
        return RankingArbitraries.POLICIES;
    }

    /**
     * Ranking contexts: a catalogue protocol or a variant of standard IPT (without interpersonal
     * deficits, with one focal area, with three), an inventory of 0 to 6 people with ids
     * {@code p-0} to {@code p-9} in three rings (two in five deceased, half of those with a date
     * of death) and, in half the cases, an episode onset.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<RankingContext> rankingContexts() {
        return RankingArbitraries.CONTEXTS;
    }

    /**
     * Lists of issues to rank in a context: 0 to {@code maxIssues} issues (every size equally
     * likely) with distinct ids {@code i-0} to {@code i-999}, naming 0 to 3 people of the
     * context's inventory, any area (a role dispute with or without its stage), onset link and
     * amenability, sometimes a date the issue began, a priority of 1 to 4 and a distress of 0 to
     * 10, so that the rules tie often. Redacted texts start with {@link #REDACTION_MARKER}.
     *
     * @param context the context whose inventory the issues name, not null
     * @param maxIssues the most issues in a list, 0 to 1,000
     * @return the arbitrary, not null
     * @throws IllegalArgumentException if {@code maxIssues} is out of range
     */
    public static Arbitrary<List<InterpersonalIssue>> rankingIssues(RankingContext context,
            int maxIssues) {
        Objects.requireNonNull(context, "context");
        if (maxIssues < 0 || maxIssues > 1000) {
            throw new IllegalArgumentException("maxIssues must be between 0 and 1000, was " + maxIssues);
        }
        return RankingArbitraries.issueLists(context, maxIssues);
    }

    /**
     * Rankings of 0 to 12 issues of {@link #rankingIssues} in a context of
     * {@link #rankingContexts()} under a policy of {@link #rankingPolicies()}: with ties decided
     * by each kind of rule and by the issue ids, and every kind of flag.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Ranking> rankings() {
        return RankingArbitraries.RANKINGS;
    }

    /**
     * One entry of a ranking of {@link #rankings()} that has entries, at any position.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<RankedIssue> rankedIssues() {
        return RankingArbitraries.RANKED_ISSUES;
    }

    /**
     * Rankings of {@link #rankings()} as a reader that knows only the built-in rules reads them:
     * every rule of the policy that is not built in is a placeholder of its name
     * ({@link RankingRules#placeholder}), in the policy and as the rule deciding entries.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Ranking> recordedRankings() {
        return RankingArbitraries.RECORDED_RANKINGS;
    }

    /**
     * Placeholder rules ({@link RankingRules#placeholder}) of a few names.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<RankingRule> placeholderRules() {
        return RankingArbitraries.PLACEHOLDER_RULES;
    }

    /**
     * Reasons of ranked issues: those of the entries of {@link #rankings()}, the tie-break's, and
     * reasons of a rule name and two values of spelling form (any of the allowed characters, up to
     * the longest value, and decimal numbers).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<RankingReason> rankingReasons() {
        return RankingArbitraries.REASONS;
    }

    /**
     * Ranking flags on their own: any code, an issue id {@code i-0} to {@code i-999}.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<RankingFlag> rankingFlags() {
        return RankingArbitraries.FLAGS;
    }

    /**
     * Focus selectors: the standard one, or one limited to 1 to 4 areas.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<FocusSelector> focusSelectors() {
        return RankingArbitraries.SELECTORS;
    }

    /**
     * Focus selections of a ranking of {@link #rankings()}: in two cases out of three the choice
     * of a selector of {@link #focusSelectors()} when it has one, otherwise a clinician's override
     * of 1 to 3 of the protocol's areas with a redacted reason.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<FocusSelection> focusSelections() {
        return RankingArbitraries.SELECTIONS;
    }

    /**
     * One choice of a selection of {@link #focusSelections()}: a primary or secondary area with
     * the rule and, unless overridden, the issue that put it in the focus.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<FocusSelection.Choice> focusChoices() {
        return RankingArbitraries.CHOICES;
    }

    /**
     * One omission of a selection of {@link #focusSelections()} that has omissions: a ranked issue
     * whose area is not in the focus, and why.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<FocusSelection.Omission> focusOmissions() {
        return RankingArbitraries.OMISSIONS;
    }
}
