package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents written by earlier builds of format version 1 ({@code src/test/resources/compat}) must
 * always read, strictly, whatever rule, constant or wording changes later: they are never
 * regenerated.
 */
class CompatibilityFixturesTest {
    private static final String DIR = "/compat/2026-12-05/";

    static Stream<String> fixtures() {
        List<String> names = new ArrayList<>();
        for (String kind : List.of("adherence", "course", "outcomes", "protocol", "ranking", "schedule")) {
            for (String protocol : List.of("ipc", "ipt-a", "ipt-brief", "ipt-g-depression", "ipt-g", "ipt-m",
                    "ipt-standard")) {
                names.add(kind + "-" + protocol + ".json");
            }
        }
        names.add("ranking-flags.json");
        return names.stream();
    }

    static byte[] bytes(String name) {
        try (InputStream in = CompatibilityFixturesTest.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("no compatibility fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every fixture reads strictly; those of documents whose spelling has not changed since
     * (every kind but the ranking, whose reasons became data: {@code RankingRecordsTest}) are
     * written back byte for byte, so what is read is exactly what the file records.
     */
    @ParameterizedTest
    @MethodSource("fixtures")
    void everyFixtureReadsStrictlyAsWhatItRecords(String name) {
        byte[] json = bytes(name);
        IptJson pretty = IptJson.strict().withPrettyPrinting(true);
        byte[] again;
        if (name.startsWith("course-")) {
            again = pretty.course().writeBytes(pretty.course().read(json));
        } else if (name.startsWith("protocol-")) {
            again = pretty.protocol().writeBytes(pretty.protocol().read(json));
        } else if (name.startsWith("schedule-")) {
            again = pretty.schedule().writeBytes(pretty.schedule().read(json));
        } else if (name.startsWith("adherence-")) {
            again = pretty.adherence().writeBytes(pretty.adherence().read(json));
        } else if (name.startsWith("outcomes-")) {
            again = pretty.outcomes().writeBytes(pretty.outcomes().read(json));
        } else {
            assertThat(pretty.ranking().read(json).size()).isPositive();
            return;
        }
        assertThat(new String(again, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(json, java.nio.charset.StandardCharsets.UTF_8));
    }
}
