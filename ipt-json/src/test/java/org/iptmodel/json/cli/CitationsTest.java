package org.iptmodel.json.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every citation a user meets can be looked up: no file of the project, and no output of the
 * tool, refers to notes users cannot see, and every bibliography key that a document or schema
 * holds names a work of {@link Bibliography}.
 */
class CitationsTest {
    /** The project's root, seen from the module's directory. */
    private static final Path ROOT = Path.of("..");
    /** Names of notes that are not part of the project, written in pieces so this file does not match. */
    private static final Pattern INTERNAL = Pattern.compile(
            "DOM" + "AIN|DES" + "IGN\\.md|STY" + "LE\\.md|project " + "brief|\\[[A-Z][A-Za-z]+[0-9]{2}\\]|\u00a7"
                    // the numbered rules of notes users cannot see: "R" and a digit, but for the
                    // name of a FHIR release ("FHIR R4")
                    + "|(?<![A-Za-z0-9_])(?<!FHIR )R[1-9](?![A-Za-z0-9_])");
    private static final Pattern KEYS = Pattern.compile("\"references\": \\[([^\\]]*)\\]");

    static Stream<Path> projectFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(ROOT.resolve("README.md"));
        files.add(ROOT.resolve("CHANGELOG.md"));
        files.add(ROOT.resolve("ipt-json").resolve("FORMAT.md"));
        files.add(ROOT.resolve("ipt-json").resolve("FHIR.md"));
        for (String module : List.of("ipt-core", "ipt-json")) {
            try (Stream<Path> walk = Files.walk(ROOT.resolve(module).resolve("src"))) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("projectFiles")
    void no_project_file_cites_a_note_users_cannot_see(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        Matcher m = INTERNAL.matcher(text);
        assertThat(m.find()).as("%s cites %s", file, m.hitEnd() ? "" : text.substring(m.start(),
                Math.min(text.length(), m.end() + 20))).isFalse();
    }

    @Test
    void the_tool_prints_no_internal_reference() {
        List<String> outputs = new ArrayList<>();
        outputs.add(Cli.run("demo").out());
        for (Protocol protocol : Protocol.catalogue()) {
            String course = Cli.goldenCourse(protocol).toString();
            outputs.add(Cli.run("report", course).out());
            outputs.add(Cli.run("report", "--json", course).out());
            outputs.add(Cli.run("rank", course).out());
        }
        for (String output : outputs) {
            assertThat(output).isNotBlank();
            assertThat(INTERNAL.matcher(output).find()).as(output).isFalse();
        }
        assertThat(String.join("\n", outputs)).contains("references: ");
    }

    @Test
    void every_key_in_the_golden_files_and_the_readme_names_a_work_of_the_bibliography() throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> golden = Files.list(Cli.GOLDEN)) {
            for (Path file : golden.toList()) {
                Matcher m = KEYS.matcher(Files.readString(file));
                while (m.find()) {
                    for (String key : m.group(1).split(",")) {
                        keys.add(key.trim().replace("\"", ""));
                    }
                }
            }
        }
        assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(Bibliography.find(key)).as(key).isPresent());
        String readme = Files.readString(ROOT.resolve("README.md"));
        for (Reference work : Bibliography.all()) {
            assertThat(readme).as(work.key()).contains("`" + work.key() + "`");
        }
    }

    @Test
    void every_schema_lists_exactly_the_keys_of_the_bibliography_in_order() {
        List<String> expected = Bibliography.all().stream().map(Reference::key).toList();
        for (String name : List.of("course", "protocol", "ranking", "schedule", "adherence", "outcomes")) {
            JsonNode schema = JsonMapper.shared().readTree(resource("schema/" + name + "-v1.schema.json"));
            JsonNode reference = schema.at("/$defs/reference/enum");
            assertThat(reference.isArray()).as(name).isTrue();
            List<String> listed = new ArrayList<>();
            reference.forEach(key -> listed.add(key.asString()));
            assertThat(listed).as(name).containsExactlyElementsOf(expected);
        }
    }

    private static String resource(String name) {
        try (var in = org.iptmodel.json.IptJson.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
