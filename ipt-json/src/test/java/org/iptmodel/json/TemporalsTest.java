package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The ISO-8601 forms of dates, periods and durations: what is written, read and refused. */
class TemporalsTest {

    @ParameterizedTest
    @CsvSource({"2026-01-05, 2026-01-05", "0001-12-31, 0001-12-31", "+10000-01-01, +10000-01-01",
        "-0001-01-01, -0001-01-01", "2024-02-29, 2024-02-29"})
    void dates_read_and_write_in_iso_form(String text, String expected) {
        LocalDate date = Temporals.parseDate(text);
        assertThat(date).isNotNull();
        assertThat(Temporals.formatDate(date)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-1-05", "2026-01-5", "2026/01/05", "2026-02-30", "2023-02-29", "26-01-05",
        "+2026-01-05", "2026-01-05T00:00", "", "x", "10000-01-01", "2026-13-01", "２０２６-01-05"})
    void other_date_texts_are_refused(String text) {
        assertThat(Temporals.parseDate(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"P1W, P7D, P1W", "P2W, P14D, P2W", "P1M, P1M, P1M", "P7D, P7D, P1W", "P1Y2M3D, P1Y2M3D, P1Y2M3D",
        "P0D, P0D, P0D", "P10D, P10D, P10D", "P1Y14D, P1Y14D, P1Y14D", "P1M7D, P1M7D, P1M7D"})
    void periods_read_and_write_with_weeks_for_whole_weeks(String text, String value, String written) {
        Period period = Temporals.parsePeriod(text);
        assertThat(period).isEqualTo(Period.parse(value));
        assertThat(Temporals.formatPeriod(period)).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"P", "1W", "P1.5W", "P-1D", "P1W2D", "P1D1M", "P1Y1Y", "PT1H", "p1w", "P99999999999D",
        "P306783379W", "P1", ""})
    void other_period_texts_are_refused(String text) {
        assertThat(Temporals.parsePeriod(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"PT50M, PT50M", "PT1H, PT1H", "PT1H30M, PT1H30M", "PT0.5S, PT0.5S", "PT1M0.000000001S, PT1M0.000000001S",
        "PT90M, PT1H30M", "PT0S, PT0S", "PT8H, PT8H"})
    void durations_read_and_write_as_java_time_does(String text, String written) {
        Duration duration = Temporals.parseDuration(text);
        assertThat(duration).isEqualTo(Duration.parse(text));
        assertThat(Temporals.formatDuration(duration)).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT", "P1D", "PT-5M", "PT5", "PT.5S", "PT1.S", "PT1.1234567891S", "PT1M1H", "PT1S1M",
        "pt50m", "50M", "PT1H1H", "PT999999999999999999H", ""})
    void other_duration_texts_are_refused(String text) {
        assertThat(Temporals.parseDuration(text)).isNull();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                .map(LocalDate::ofEpochDay)
                .edgeCases(e -> e.add(LocalDate.MIN, LocalDate.MAX, LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31),
                        LocalDate.of(10000, 1, 1)));
    }

    @Property
    void every_date_reads_back(@ForAll("dates") LocalDate date) {
        assertThat(Temporals.parseDate(Temporals.formatDate(date))).isEqualTo(date);
    }

    @Property
    void every_non_negative_period_reads_back(@ForAll @IntRange(min = 0) int years, @ForAll @IntRange(min = 0) int months,
            @ForAll @IntRange(min = 0) int days) {
        Period period = Period.of(years, months, days);
        assertThat(Temporals.parsePeriod(Temporals.formatPeriod(period))).isEqualTo(period);
    }

    @Property
    void every_non_negative_duration_reads_back(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long seconds,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
        Duration duration = Duration.ofSeconds(seconds, nanos);
        assertThat(Temporals.parseDuration(Temporals.formatDuration(duration))).isEqualTo(duration);
    }
}
