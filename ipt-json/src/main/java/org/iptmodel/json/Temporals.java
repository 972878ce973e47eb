package org.iptmodel.json;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonGenerator;

/**
 * The ISO-8601 text forms of dates, periods and durations in the format, parsed by hand: faster
 * than the JDK's parsers and exactly as strict as the format says.
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

    private Temporals() {
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
        int n = s.length();
        if (n < 3 || s.charAt(0) != 'P') {
            return null;
        }
        if (s.charAt(n - 1) == 'W') {
            long weeks = number(s, 1, n - 1, 10);
            if (weeks < 0 || weeks * 7 > Integer.MAX_VALUE) {
                return null;
            }
            return Period.ofDays((int) weeks * 7);
        }
        long[] parts = new long[3];
        String units = "YMD";
        int pos = 1;
        int unit = 0;
        while (pos < n) {
            int end = digitsEnd(s, pos);
            if (end == pos || end == n) {
                return null;
            }
            int which = units.indexOf(s.charAt(end), unit);
            if (which < 0) {
                return null;
            }
            long value = number(s, pos, end, 10);
            if (value < 0 || value > Integer.MAX_VALUE) {
                return null;
            }
            parts[which] = value;
            unit = which + 1;
            pos = end + 1;
        }
        return Period.of((int) parts[0], (int) parts[1], (int) parts[2]);
    }

    static String formatPeriod(Period period) {
        if (period.getYears() == 0 && period.getMonths() == 0 && period.getDays() > 0 && period.getDays() % 7 == 0) {
            return "P" + period.getDays() / 7 + "W";
        }
        return period.toString();
    }

    static Duration parseDuration(String s) {
        int n = s.length();
        if (n < 4 || s.charAt(0) != 'P' || s.charAt(1) != 'T') {
            return null;
        }
        long hours = 0;
        long minutes = 0;
        long seconds = 0;
        long nanos = 0;
        int pos = 2;
        int unit = 0;
        while (pos < n) {
            int end = digitsEnd(s, pos);
            if (end == pos || end == n) {
                return null;
            }
            long value = number(s, pos, end, 18);
            if (value < 0) {
                return null;
            }
            char c = s.charAt(end);
            if (c == 'H' && unit == 0) {
                hours = value;
                unit = 1;
            } else if (c == 'M' && unit <= 1) {
                minutes = value;
                unit = 2;
            } else if ((c == 'S' || c == '.') && unit <= 2) {
                seconds = value;
                if (c == '.') {
                    int fracEnd = digitsEnd(s, end + 1);
                    int digits = fracEnd - end - 1;
                    if (digits < 1 || digits > 9 || fracEnd != n - 1 || s.charAt(fracEnd) != 'S') {
                        return null;
                    }
                    nanos = number(s, end + 1, fracEnd, 9);
                    for (int i = digits; i < 9; i++) {
                        nanos *= 10;
                    }
                    end = fracEnd;
                }
                unit = 3;
            } else {
                return null;
            }
            pos = end + 1;
        }
        try {
            return Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds).plusNanos(nanos);
        } catch (ArithmeticException e) {
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

    /** The end of the run of decimal digits at {@code from}: {@code from} itself if there is none. */
    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && isDigit(s.charAt(end))) {
            end++;
        }
        return end;
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
