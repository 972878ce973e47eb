package org.iptmodel.json.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.iptmodel.core.Protocol;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the tool in-process and captures its exit code and both streams. */
final class Cli {
    /** The golden course documents of the format's tests, one per catalogue protocol. */
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    /** The properties of the format that hold clinical text (FORMAT.md, "clinical text"). */
    private static final Set<String> TEXT_PROPERTIES = Set.of("alias", "summary", "notes", "reason", "override_reason",
            "onset_event", "satisfying_aspects", "unsatisfying_aspects", "expectations", "wished_changes",
            "warning_signs");

    private Cli() {
    }

    record Result(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path goldenCourse(Protocol protocol) {
        Path path = GOLDEN.resolve("course-" + protocol.id() + ".json");
        assertThat(path).isRegularFile();
        return path;
    }

    /** Every golden document of the format's document types, all valid. */
    static Stream<Path> goldenDocuments() {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            List<Path> documents = files
                    .filter(f -> f.getFileName().toString().matches(
                            "(course|protocol|ranking|schedule|adherence|outcomes)-.*\\.json"))
                    .sorted().toList();
            assertThat(documents).hasSizeGreaterThanOrEqualTo(6 * Protocol.catalogue().size());
            return documents.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Protocol> catalogue() {
        return Protocol.catalogue().stream();
    }

    static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path path, String text) {
        try {
            return Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeBytes(Path path, byte[] bytes) {
        try {
            return Files.write(path, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every clinical text of a course document: what the tool must never print. */
    static List<String> clinicalTexts(String json) {
        List<String> texts = new ArrayList<>();
        collect(JsonMapper.shared().readTree(json), null, texts);
        assertThat(texts).as("the document holds clinical text to look for").isNotEmpty();
        return texts;
    }

    private static void collect(JsonNode node, String name, List<String> texts) {
        if (node.isString()) {
            if (name != null && TEXT_PROPERTIES.contains(name)) {
                texts.add(node.asString());
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, name, texts));
        } else if (node.isObject()) {
            node.properties().forEach(e -> collect(e.getValue(), e.getKey(), texts));
        }
    }
}
