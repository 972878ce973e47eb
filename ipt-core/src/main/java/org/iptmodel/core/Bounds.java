package org.iptmodel.core;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The bounds the model sets on dates, cadences and numbers of sessions, so that whatever a
 * builder accepts can also be ranked, planned, compared with its plan, reported, and written to
 * JSON and read back: nothing downstream of a valid value fails.
 *
 * <ul>
 * <li><b>Dates</b> lie between {@link #EARLIEST_DATE} (1900-01-01) and {@link #LATEST_DATE}
 *     (9999-12-31): every date of the model. Every such date has the four-digit ISO-8601 form
 *     {@code YYYY-MM-DD}, and a plan from the latest date at the longest cadence for the most
 *     sessions stays far within the range of {@link LocalDate}. The range is the library's own
 *     limit, generous beyond any date a course needs: interpersonal psychotherapy was first
 *     manualised in 1984 (Klerman, Weissman, Rounsaville and Chevron, <i>Interpersonal
 *     Psychotherapy of Depression</i>), and 1900 leaves room for the history a course records (a
 *     death, the start of an issue).</li>
 * <li><b>Cadences</b>, the time between sessions, are positive and at most
 *     {@link #LONGEST_CADENCE}, one year ({@link #isCadence(Period)}): the cadence of a protocol,
 *     of its maintenance sessions, of a contract and of an amendment. Monthly maintenance
 *     sessions are the rarest cadence the IPT literature reports (Frank et al. 1990,
 *     <i>Three-year outcomes for maintenance therapies in recurrent depression</i>; Frank et al.
 *     2007, <i>Randomized trial of weekly, twice-monthly, and monthly interpersonal psychotherapy
 *     as maintenance treatment for women with recurrent depression</i>); the upper bound of one
 *     year is the library's own limit, generous beyond that.</li>
 * <li><b>Sessions of a protocol</b>: the maximum of each of a protocol's acute and phase session
 *     ranges is at most {@link #MAX_PROTOCOL_SESSIONS}, 1,000. The longest format of the
 *     catalogue, group IPT, plans 20 sessions; the bound is the library's own, generous beyond
 *     any published protocol, and keeps a protocol's default plan well within
 *     {@link #MAX_PLANNED_SESSIONS}.</li>
 * <li><b>Sessions of a contract</b>: planned sessions and an amendment's extra sessions are at
 *     most {@link #MAX_CONTRACT_SESSIONS}, 10,000, and a contract holds at most
 *     {@link #MAX_AMENDMENTS}, 1,000, amendments, so that the total number of sessions of a
 *     contract never overflows an {@code int}.</li>
 * <li><b>Plans</b> hold at most {@link #MAX_PLANNED_SESSIONS}, 10,000, sessions, acute and
 *     maintenance together, and skip at most {@link #MAX_SKIPPED_DATES}, 1,000, dates, each within
 *     the range of dates: as many as the JSON format's reader accepts by default, so that every
 *     plan can be written and read back.</li>
 * </ul>
 * A value beyond a bound is refused with {@link ModelRule#VALUE_IN_RANGE} at the path of the
 * attribute, such as {@code cadence} or {@code sessions[3].date}.
 *
 * <p>This class holds constants and checks only; it is immutable and thread-safe.
 */
public final class Bounds {
    /** The earliest date of the model, 1900-01-01. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** The latest date of the model, 9999-12-31. */
    public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);
    /** The longest cadence, one year ({@code P1Y}); see {@link #isCadence(Period)}. */
    public static final Period LONGEST_CADENCE = Period.ofYears(1);
    /** The largest maximum of a protocol's acute and phase session ranges, 1,000. */
    public static final int MAX_PROTOCOL_SESSIONS = 1_000;
    /** The most sessions a contract plans at the start, or an amendment adds, 10,000. */
    public static final int MAX_CONTRACT_SESSIONS = 10_000;
    /** The most amendments of a contract, 1,000. */
    public static final int MAX_AMENDMENTS = 1_000;
    /** The most sessions of a plan, acute and maintenance together, 10,000. */
    public static final int MAX_PLANNED_SESSIONS = 10_000;
    /** The most dates a plan skips, 1,000. */
    public static final int MAX_SKIPPED_DATES = 1_000;

    /** The average month of the ISO calendar, in millionths of a day: 30.436875 days. */
    private static final long MONTH_MICRODAYS = 30_436_875L;
    /** A day, in millionths of a day. */
    private static final long DAY_MICRODAYS = 1_000_000L;
    /** The average year of the ISO calendar, in millionths of a day: 365.2425 days. */
    private static final long YEAR_MICRODAYS = 12 * MONTH_MICRODAYS;

    private Bounds() {
    }

    /**
     * Checks whether a date lies between {@link #EARLIEST_DATE} and {@link #LATEST_DATE},
     * inclusive.
     *
     * @param date the date, not null
     * @return true if the model accepts the date
     */
    public static boolean isInDateRange(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    /**
     * Checks whether a period is a cadence: positive (no negative part, not zero) and at most
     * one year long, counting a year as 365.2425 days and a month as a twelfth of that, the
     * average lengths of the ISO calendar (as {@link java.time.temporal.ChronoUnit} estimates
     * them). So {@code P1Y}, {@code P12M}, {@code P52W}, {@code P365D} and {@code P11M30D} are
     * cadences, and {@code P1Y1D}, {@code P13M}, {@code P53W} and {@code P366D} are not.
     *
     * @param period the period, not null
     * @return true if the model accepts the period as a cadence
     */
    public static boolean isCadence(Period period) {
        Objects.requireNonNull(period, "period");
        if (period.isZero() || period.getYears() < 0 || period.getMonths() < 0 || period.getDays() < 0) {
            return false;
        }
        // at most 2^31 * 13 months and 2^31 days: the products stay far below Long.MAX_VALUE
        return period.toTotalMonths() * MONTH_MICRODAYS + period.getDays() * DAY_MICRODAYS <= YEAR_MICRODAYS;
    }
}
