package org.iptmodel.json;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;

/**
 * The ISO-8601 text forms of dates, periods and durations in the format, exactly as strict as the
 * format says. Each parse has a fast path for the common forms and falls back to {@code java.time}
 * for the rest, after a check of the format's grammar: a date of the usual ten characters is read
 * digit by digit (every date of every document), the cadences and session lengths that courses
 * use are looked up; everything else goes to {@link LocalDate#parse}, {@link Period#parse} and
 * {@link Duration#parse}. A property checks that both paths agree on generated and edge-case
 * strings.
 *
 * <ul>
 * <li>date: {@code YYYY-MM-DD}, years outside 0000-9999 in the expanded form java.time writes
 *     ({@code +10000-01-01}, {@code -0001-01-01});</li>
 * <li>period: {@code PnW}, or {@code P} followed by at least one of {@code nY}, {@code nM},
 *     {@code nD} in that order, each n of at most 10 digits and within the int range; the writer
 *     uses {@code PnW} for a whole number of weeks;</li>
 * <li>duration: {@code PT} followed by at least one of {@code nH}, {@code nM}, {@code n[.f]S} in
 *     that order (at most 18 digits, fraction of at most 9 digits), as {@link Duration#toString()}
 *     writes non-negative durations.</li>
 * </ul>
 * The parse methods return null for text outside the form.
 */
final class Temporals {
    /** The format's period: {@code PnW}, or P with at least one of nY, nM, nD in order, n of at most 10 digits. */
    static final Pattern PERIOD = Pattern.compile(
            "P(?:[0-9]{1,10}W|(?=[0-9])(?:[0-9]{1,10}Y)?(?:[0-9]{1,10}M)?(?:[0-9]{1,10}D)?)");
    /** The format's duration: PT with at least one of nH, nM, n[.f]S in order. */
    static final Pattern DURATION = Pattern.compile(
            "PT(?=[0-9])(?:[0-9]{1,18}H)?(?:[0-9]{1,18}M)?(?:[0-9]{1,18}(?:\\.[0-9]{1,9})?S)?");
    /** The cadences courses use, parsed once: weekly to every 12 weeks, monthly to every 12 months. */
    static final Map<String, Period> COMMON_PERIODS = commonPeriods();
    /** The session lengths courses use, parsed once: 5 minutes to 4 hours in steps of 5 minutes. */
    static final Map<String, Duration> COMMON_DURATIONS = commonDurations();

    private Temporals() {
    }

    private static Map<String, Period> commonPeriods() {
        Map<String, Period> common = new HashMap<>();
        for (int n = 1; n <= 12; n++) {
            common.put("P" + n + "W", Period.ofWeeks(n));
            common.put("P" + n + "M", Period.ofMonths(n));
            common.put("P" + n + "D", Period.ofDays(n));
        }
        common.put("P1Y", Period.ofYears(1));
        return Map.copyOf(common);
    }

    private static Map<String, Duration> commonDurations() {
        Map<String, Duration> common = new HashMap<>();
        for (int minutes = 5; minutes <= 240; minutes += 5) {
            Duration length = Duration.ofMinutes(minutes);
            common.put(length.toString(), length);
        }
        return Map.copyOf(common);
    }

    static LocalDate parseDate(String s) {
        int n = s.length();
        if (n == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            if (year < 0 || month < 0 || day < 0) {
                return null;
            }
            try {
                return LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                return null;
            }
        }
        if (n > 10 && n <= 16 && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            int yearDigits = n - 7;
            boolean plus = s.charAt(0) == '+';
            if (plus && yearDigits < 5 || yearDigits < 4 || digits(s, 1, n - 6) < 0) {
                return null;
            }
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    static String formatDate(LocalDate date) {
        return date.toString();
    }

    /**
     * Writes a date as {@link #formatDate} does, without an intermediate String for years 0 to
     * 9999: the date of every session goes through here.
     */
    static void writeDate(JsonGenerator g, LocalDate date) {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            g.writeString(date.toString());
            return;
        }
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        char[] text = {digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10), digit(year % 10), '-',
            digit(month / 10), digit(month % 10), '-', digit(day / 10), digit(day % 10)};
        g.writeString(text, 0, text.length);
    }

    private static char digit(int value) {
        return (char) ('0' + value);
    }

    static Period parsePeriod(String s) {
        Period common = COMMON_PERIODS.get(s);
        if (common != null) {
            return common;
        }
        if (!PERIOD.matcher(s).matches()) {
            return null;
        }
        try {
            return Period.parse(s);
        } catch (DateTimeParseException | ArithmeticException e) {
            return null;
        }
    }

    static String formatPeriod(Period period) {
        if (period.getYears() == 0 && period.getMonths() == 0 && period.getDays() > 0 && period.getDays() % 7 == 0) {
            return "P" + period.getDays() / 7 + "W";
        }
        return period.toString();
    }

    static Duration parseDuration(String s) {
        Duration common = COMMON_DURATIONS.get(s);
        if (common != null) {
            return common;
        }
        if (!DURATION.matcher(s).matches()) {
            return null;
        }
        try {
            return Duration.parse(s);
        } catch (DateTimeParseException | ArithmeticException e) {
            return null;
        }
    }

    static String formatDuration(Duration duration) {
        return duration.toString();
    }

    /**
     * Writes a duration as {@link #formatDuration} does, without an intermediate String for a
     * positive whole number of minutes under 100 hours (every session length).
     */
    static void writeDuration(JsonGenerator g, Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds <= 0 || seconds % 60 != 0 || seconds >= 100 * 3600 || duration.getNano() != 0) {
            g.writeString(duration.toString());
            return;
        }
        int hours = (int) (seconds / 3600);
        int minutes = (int) (seconds % 3600 / 60);
        char[] text = new char[9];
        int n = 0;
        text[n++] = 'P';
        text[n++] = 'T';
        if (hours > 0) {
            n = putDigits(text, n, hours);
            text[n++] = 'H';
        }
        if (minutes > 0) {
            n = putDigits(text, n, minutes);
            text[n++] = 'M';
        }
        g.writeString(text, 0, n);
    }

    /** Writes 1 or 2 digits of a value under 100 at {@code at}; returns the next position. */
    private static int putDigits(char[] text, int at, int value) {
        int n = at;
        if (value >= 10) {
            text[n++] = digit(value / 10);
        }
        text[n++] = digit(value % 10);
        return n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The value of the 1 to 9 decimal digits in s[from, to), or -1 if another char is there. */
    private static int digits(String s, int from, int to) {
        return (int) number(s, from, to, 9);
    }

    /** The value of at most {@code maxDigits} decimal digits in s[from, to), or -1. */
    private static long number(String s, int from, int to, int maxDigits) {
        if (to <= from || to - from > maxDigits) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
