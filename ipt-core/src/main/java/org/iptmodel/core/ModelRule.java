package org.iptmodel.core;

/**
 * The structural rules that every value of the model obeys, and the transition rules of the
 * lifecycle operations of {@link Course}.
 *
 * <p>Each {@link Violation} names one of these rules. The constants are stable: programs may
 * switch on them. Clinical guidance (how many sessions, which problem area) is not a rule here.
 *
 * <p>Most rules are invariants: a builder or {@code with*} copy that breaks one throws. The last
 * three ({@link #COURSE_OPEN}, {@link #PHASE_TRANSITION}, {@link #MIDDLE_PHASE_PREREQUISITES})
 * are checked only by the lifecycle operations ({@link Course#recordSession(Session)},
 * {@link Course#amendContract(ContractAmendment)}, {@link Course#conclude(Termination)},
 * {@link Course#discontinue(Discontinuation)}), the stricter path for live use: a builder still
 * accepts a recorded course that broke them, for example one imported from a clinical record.
 */
public enum ModelRule {
    /** A required attribute was not set on a builder. */
    REQUIRED("is required"),
    /** Text must contain at least one non-whitespace character. */
    NOT_BLANK("must not be blank"),
    /** An identifier must be 1 to 64 characters of letters, digits, '.', '_', ':' or '-', starting with a letter or digit. */
    ID_FORMAT("must be 1-64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit"),
    /** A number lies outside the range the attribute allows. */
    VALUE_IN_RANGE("is outside its allowed range"),
    /** A range's minimum must not exceed its maximum. */
    RANGE_ORDER("minimum must not exceed maximum"),
    /** Identifiers in one collection must be unique. */
    UNIQUE_IDS("must be unique"),
    /** A collection must not repeat a value. */
    DISTINCT("must not repeat a value"),
    /** A later date must not precede an earlier one. */
    DATE_ORDER("must not precede the date it follows"),
    /** Sessions must be numbered 1 to n in order, without gaps. */
    SESSION_NUMBERING("must be numbered 1 to n in order, without gaps"),
    /** Session dates must be strictly increasing. */
    SESSION_DATES("must be strictly later than the previous session's date"),
    /** Phases never go backwards: initial, middle, termination, maintenance. */
    PHASE_ORDER("must not go back to an earlier phase"),
    /**
     * A maintenance session needs the acute phase to have ended: a termination-phase session, or
     * an acute session after which the protocol's later acute phases may be empty.
     */
    MAINTENANCE_AFTER_ACUTE("maintenance needs the acute phase to have ended first, unless the protocol has no acute phase"),
    /** A reference names a person who is not in the interpersonal inventory. */
    KNOWN_PERSON("must name a person in the interpersonal inventory"),
    /** A reference names an issue that the course does not hold. */
    KNOWN_ISSUE("must name an issue of the course"),
    /** A reference names a session that the course does not hold. */
    KNOWN_SESSION("must name a session of the course"),
    /** A focus holds more problem areas than the protocol allows, or an area the protocol does not use. */
    FOCUS_WITHIN_PROTOCOL("must stay within the protocol's problem areas and maximum number of focal areas"),
    /** A dispute stage belongs only to a role dispute. */
    DISPUTE_STAGE("is allowed only for a role dispute"),
    /** A score must match its instrument: item count, item ranges and the sum of the items. */
    SCORE_MATCHES_INSTRUMENT("must match the instrument's items and total"),
    /** An instrument's severity bands must cover its range without gaps or overlaps. */
    BANDS_COVER_RANGE("must cover the score range in order, without gaps or overlaps"),
    /** A course is not both completed and discontinued, and a completed course has a session. */
    STATUS_CONSISTENT("must not both complete and discontinue a course, nor complete one without sessions"),
    /** An attribute is present where the other attributes say it must be absent, or the reverse. */
    PRESENCE("is present or absent against the rule for the other attributes"),
    /** A contract amendment must change something: sessions, cadence or focus. */
    AMENDMENT_CHANGES("must change the number of sessions, the cadence or the focus"),
    /** Phase session ranges must fit the protocol's acute session range. */
    PHASES_FIT_PROTOCOL("must fit the protocol's acute session range"),
    /**
     * The entries of a report must be in the report's order: safety flags by session; deviations
     * from the most to the least severe, then by first session, then by code; the scores of an
     * instrument by strictly ascending session number. Checked by the factories of
     * {@code org.iptmodel.core.report} that build a report from its parts.
     */
    REPORT_ORDER("must be in the report's order"),
    /**
     * A report's derived values must be those its outcome criteria give: the severity of each
     * score is the band of its total, and the response class that of the first and the latest
     * score. Checked by the factories of {@code org.iptmodel.core.report} that build a report
     * from its parts.
     */
    MATCHES_CRITERIA("must be what the outcome criteria give"),
    /**
     * A lifecycle operation needs a course that has not ended: no session, amendment or ending
     * is recorded once the course is {@link CourseStatus#COMPLETED} or
     * {@link CourseStatus#DISCONTINUED}. Checked by the lifecycle operations of {@link Course} only.
     */
    COURSE_OPEN("needs a course that has not ended"),
    /**
     * A session's phase follows the course: the first session opens the protocol's first phase,
     * a later session stays in the phase of the one before or moves to the next phase the
     * protocol uses (skipping only phases the protocol allows to be empty); maintenance follows a
     * termination-phase session; a course concludes only after a termination-phase session.
     * Sources: Markowitz 2006; the Guide (2018); IPT UK. Checked by the lifecycle operations of
     * {@link Course} only.
     */
    PHASE_TRANSITION("must follow the course's phases in order"),
    /**
     * The middle phase begins only after the patient explicitly accepted the formulation and a
     * focus was chosen (Markowitz 2006; IPT UK, Stages of IPT; Stuart and Robertson 2012). Checked by
     * {@link Course#recordSession(Session)} only; the adherence report flags a recorded course
     * that broke it.
     */
    MIDDLE_PHASE_PREREQUISITES("the middle phase needs an accepted formulation and a chosen focus"),
    /**
     * A ranking records what a policy makes: its entries at positions 1 to n in order; a deciding
     * rule for every entry but the last, one of the policy's rules or the issue-id tie-break, and
     * none for the last; a reason naming the deciding rule, with the two compared values exactly
     * when a rule of the policy decided, in spelling form; flags of the ranking's own codes, about
     * ranked issues, in ranking order. Checked by {@code Ranking.of}, {@code RankedIssue.of} and
     * {@code RankingReason.of}, which build a ranking from its parts without ranking again.
     */
    RANKING_RECORD("must record a ranking as a policy makes one");

    private final String description;

    ModelRule(String description) {
        this.description = description;
    }

    /**
     * Returns the rule as a short phrase, for example {@code "must be unique"}.
     *
     * @return the phrase, not null
     */
    public String description() {
        return description;
    }
}
