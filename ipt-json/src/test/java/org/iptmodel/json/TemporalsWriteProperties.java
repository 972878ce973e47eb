package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Dates and durations are written without an intermediate String; what is written must be exactly
 * the JSON string of {@link Temporals#formatDate} and {@link Temporals#formatDuration}, for every
 * date and for durations on both sides of the fast path (whole minutes under 100 hours).
 */
class TemporalsWriteProperties {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    @Provide
    Arbitrary<LocalDate> dates() {
        Arbitrary<LocalDate> any = Arbitraries.longs()
                .between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<LocalDate> edges = Arbitraries.of(-10_000, -1, 0, 1, 999, 1000, 2026, 9999, 10_000)
                .flatMap(year -> Arbitraries.integers().between(1, 365)
                        .map(day -> LocalDate.ofYearDay(year, day)));
        return Arbitraries.oneOf(any, edges);
    }

    @Property
    void aDateIsWrittenAsItsIsoText(@ForAll("dates") LocalDate date) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            Temporals.writeDate(g, date);
        }
        assertThat(out.toString()).isEqualTo("\"" + Temporals.formatDate(date) + "\"");
    }

    @Provide
    Arbitrary<Duration> durations() {
        Arbitrary<Duration> minutes = Arbitraries.longs().between(-10, 100 * 60 + 10).map(Duration::ofMinutes);
        Arbitrary<Duration> seconds = Arbitraries.longs().between(-100_000, 400_000).map(Duration::ofSeconds);
        Arbitrary<Duration> nanos = Arbitraries.longs().between(0, 10_000_000_000L).map(Duration::ofNanos);
        Arbitrary<Duration> edges = Arbitraries.of(Duration.ZERO, Duration.ofHours(100), Duration.ofHours(99)
                .plusMinutes(59), Duration.ofMinutes(60), Duration.ofMinutes(1), Duration.ofHours(8),
                Duration.ofMinutes(50).plusNanos(1));
        return Arbitraries.oneOf(minutes, seconds, nanos, edges);
    }

    @Property
    void aDurationIsWrittenAsItsIsoText(@ForAll("durations") Duration duration) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            Temporals.writeDuration(g, duration);
        }
        assertThat(out.toString()).isEqualTo("\"" + Temporals.formatDuration(duration) + "\"");
    }
}
