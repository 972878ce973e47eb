package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of {@link Temporals} agree with {@code java.time} under the format's grammar: a
 * date, period or duration string, generated from the grammar, from values, or as an edge case
 * (impossible dates, overflowing numbers, near misses of every kind), parses to what the grammar
 * check followed by {@code java.time}'s parser gives, or to null exactly when that fails.
 */
class TemporalsAgreementProperties {
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}|[+][0-9]{5,9}-[0-9]{2}-[0-9]{2}"
            + "|-[0-9]{4,9}-[0-9]{2}-[0-9]{2}");

    @Provide
    Arbitrary<String> dates() {
        Arbitrary<String> fromValues = Arbitraries.longs().between(LocalDate.of(-9999, 1, 1).toEpochDay(),
                LocalDate.of(99999, 12, 31).toEpochDay()).map(d -> LocalDate.ofEpochDay(d).toString());
        Arbitrary<String> shaped = Combinators.combine(Arbitraries.integers().between(0, 9999),
                Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 32))
                .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
        Arbitrary<String> edges = Arbitraries.of("2026-02-29", "2024-02-29", "2026-02-30", "2026-04-31", "0000-01-01",
                "9999-12-31", "+10000-01-01", "+9999-01-01", "-0001-12-31", "2026-1-05", "2026-01-5", "26-01-05",
                "2026/01/05", "2026-01-05 ", " 2026-01-05", "2026-01-05\n", "２０２６-01-05", "", "2026-00-10");
        return Arbitraries.oneOf(fromValues, shaped, edges);
    }

    @Property(tries = 2000)
    void dates_agree_with_java_time(@ForAll("dates") String text) {
        LocalDate reference;
        try {
            reference = DATE.matcher(text).matches() ? LocalDate.parse(text) : null;
        } catch (DateTimeParseException e) {
            reference = null;
        }
        assertThat(Temporals.parseDate(text)).as(text).isEqualTo(reference);
    }

    @Provide
    Arbitrary<String> periods() {
        Arbitrary<String> fromValues = Combinators.combine(Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(0, 30), Arbitraries.integers().between(0, 400))
                .as((y, m, d) -> Period.of(y, m, d).toString());
        Arbitrary<String> weeks = Arbitraries.longs().between(0, 9_999_999_999L).map(w -> "P" + w + "W");
        Arbitrary<String> parts = Combinators.combine(Arbitraries.longs().between(0, 9_999_999_999L),
                Arbitraries.of("Y", "M", "D", "W", "H", "")).as((n, unit) -> "P" + n + unit);
        Arbitrary<String> edges = Arbitraries.of("P", "P1W", "P0D", "P1Y2M3D", "P1M1Y", "P-1D", "P1.5W", "P1Y2W",
                "p1w", "P1W ", "PT1H", "P2147483647D", "P2147483648D", "P306783379W", "P306783378W",
                "P12345678901D", "P1DT1H", "P01M");
        return Arbitraries.oneOf(fromValues, weeks, parts, edges, Arbitraries.of(Temporals.COMMON_PERIODS.keySet()
                .toArray(String[]::new)));
    }

    @Property(tries = 2000)
    void periods_agree_with_java_time(@ForAll("periods") String text) {
        Period reference;
        try {
            reference = Temporals.PERIOD.matcher(text).matches() ? Period.parse(text) : null;
        } catch (DateTimeParseException | ArithmeticException e) {
            reference = null;
        }
        assertThat(Temporals.parsePeriod(text)).as(text).isEqualTo(reference);
    }

    @Provide
    Arbitrary<String> durations() {
        Arbitrary<String> fromValues = Arbitraries.longs().between(0, 500_000).map(s -> Duration.ofSeconds(s).toString());
        Arbitrary<String> nanos = Combinators.combine(Arbitraries.longs().between(0, 100_000),
                Arbitraries.integers().between(0, 999_999_999)).as((s, n) -> Duration.ofSeconds(s, n).toString());
        Arbitrary<String> edges = Arbitraries.of("PT", "PT0S", "PT50M", "PT1H", "PT1H30M", "PT30M1H", "PT.5S",
                "PT1.S", "PT1.1234567891S", "PT-1H", "P1DT1H", "pt50m", "PT50M ", "PT9H", "PT999999999999999999H",
                "PT1000000000000000000H", "PT2562047788015215H", "PT1,5S");
        return Arbitraries.oneOf(fromValues, nanos, edges, Arbitraries.of(Temporals.COMMON_DURATIONS.keySet()
                .toArray(String[]::new)));
    }

    @Property(tries = 2000)
    void durations_agree_with_java_time(@ForAll("durations") String text) {
        Duration reference;
        try {
            reference = Temporals.DURATION.matcher(text).matches() ? Duration.parse(text) : null;
        } catch (DateTimeParseException | ArithmeticException e) {
            reference = null;
        }
        assertThat(Temporals.parseDuration(text)).as(text).isEqualTo(reference);
    }

    @Test
    void the_common_forms_are_those_java_time_parses() {
        for (Map.Entry<String, Period> e : Temporals.COMMON_PERIODS.entrySet()) {
            assertThat(Period.parse(e.getKey())).isEqualTo(e.getValue());
            assertThat(Temporals.PERIOD.matcher(e.getKey()).matches()).isTrue();
        }
        for (Map.Entry<String, Duration> e : Temporals.COMMON_DURATIONS.entrySet()) {
            assertThat(Duration.parse(e.getKey())).isEqualTo(e.getValue());
            assertThat(e.getValue().toString()).isEqualTo(e.getKey());
        }
        assertThat(List.of("P1W", "P1M", "PT50M", "PT1H")).allSatisfy(s -> assertThat(
                Temporals.COMMON_PERIODS.containsKey(s) || Temporals.COMMON_DURATIONS.containsKey(s)).isTrue());
    }
}
