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

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyFixtureReadsStrictly(String name) {
        byte[] json = bytes(name);
        IptJson strict = IptJson.strict();
        Object read;
        if (name.startsWith("course-")) {
            read = strict.course().read(json);
        } else if (name.startsWith("protocol-")) {
            read = strict.protocol().read(json);
        } else if (name.startsWith("ranking-")) {
            read = strict.ranking().read(json);
        } else if (name.startsWith("schedule-")) {
            read = strict.schedule().read(json);
        } else if (name.startsWith("adherence-")) {
            read = strict.adherence().read(json);
        } else {
            read = strict.outcomes().read(json);
        }
        assertThat(read).isNotNull();
    }
}
