package org.iptmodel.core;

/**
 * The structural rules that every value of the model obeys.
 *
 * <p>Each {@link Violation} names one of these rules. The constants are stable: programs may
 * switch on them. Clinical guidance (how many sessions, which problem area) is not a rule here.
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
    /** A maintenance session needs the acute phase to have ended with a termination-phase session. */
    MAINTENANCE_AFTER_ACUTE("maintenance needs a termination-phase session first, unless the protocol has no acute phase"),
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
    /** A course's status must agree with its sessions, termination record and discontinuation. */
    STATUS_CONSISTENT("must agree with the course's sessions, termination and discontinuation"),
    /** An attribute is present where the other attributes say it must be absent, or the reverse. */
    PRESENCE("is present or absent against the rule for the other attributes"),
    /** A contract amendment must change something: sessions, cadence or focus. */
    AMENDMENT_CHANGES("must change the number of sessions, the cadence or the focus"),
    /** Phase session ranges must fit the protocol's acute session range. */
    PHASES_FIT_PROTOCOL("must fit the protocol's acute session range");

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
