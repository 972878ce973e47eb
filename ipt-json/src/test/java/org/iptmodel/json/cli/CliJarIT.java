package org.iptmodel.json.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.iptmodel.core.Course;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.json.IptJson;
import org.iptmodel.json.JsonLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tool as a user meets it: {@code java -jar target/iptmodel-cli.jar ...} in a process of its
 * own, run by {@code mvn verify} after packaging (integration-test phase). Every run must end with
 * the exit code 0, 1 or 2 the help documents, print no stack trace and never print patient text.
 */
class CliJarIT {
    /** The jar the build makes; the pom passes its path, the default serves runs from the module. */
    private static final Path JAR = Path.of(System.getProperty("iptmodel.cli.jar", "target/iptmodel-cli.jar"));
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    /** Planted in hostile inputs as patient text would be: it must never come out. */
    private static final String SECRET = "Ann-told-me-in-confidence";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    private Run run(String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout-" + System.nanoTime());
        Path err = dir.resolve("stderr-" + System.nanoTime());
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE).start();
            process.getOutputStream().close();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished: %s", command).isTrue();
            Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            assertThat(run.exit()).as("%s: %s", command, run.err()).isBetween(0, 2);
            assertThat(run.err()).as("no stack trace").doesNotContain("\tat ", "Exception in thread");
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void the_jar_is_executable_with_its_dependencies_and_no_module_descriptor_or_signature() throws IOException {
        assertThat(JAR).isRegularFile();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            Manifest manifest = jar.getManifest();
            assertThat(manifest.getMainAttributes().getValue("Main-Class")).isEqualTo("org.iptmodel.json.cli.Main");
            List<String> names = jar.stream().map(e -> e.getName()).toList();
            assertThat(names).contains("org/iptmodel/json/cli/Main.class", "org/iptmodel/core/Course.class",
                    "tools/jackson/databind/ObjectMapper.class", "tools/jackson/core/JsonParser.class",
                    "com/fasterxml/jackson/annotation/JsonProperty.class", "META-INF/LICENSE", "META-INF/NOTICE",
                    "META-INF/services/tools.jackson.databind.JacksonModule");
            assertThat(names).noneMatch(n -> n.endsWith("module-info.class"))
                    .noneMatch(n -> n.matches("META-INF/[^/]*\\.(SF|DSA|RSA|EC)"));
            assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/services/tools.jackson.databind.JacksonModule"))
                    .readAllBytes(), StandardCharsets.UTF_8)).contains("org.iptmodel.json.IptJsonModule");
        }
    }

    @Test
    void the_library_jar_stays_the_module_without_the_tools_dependencies() throws IOException {
        Path library = Path.of(System.getProperty("iptmodel.library.jar", "target/ipt-json-0.1.0-SNAPSHOT.jar"));
        assertThat(library).isRegularFile();
        try (JarFile jar = new JarFile(library.toFile())) {
            assertThat(jar.getEntry("module-info.class")).isNotNull();
            assertThat(jar.getEntry("tools/jackson/databind/ObjectMapper.class")).isNull();
            assertThat(jar.getEntry("org/iptmodel/core/Course.class")).isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"course", "protocol", "ranking", "schedule", "adherence", "outcomes"})
    void validate_accepts_every_golden_document_of_each_type(String type) throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(Cli.GOLDEN)) {
            files = list.filter(f -> f.getFileName().toString().startsWith(type + "-")).sorted()
                    .map(Path::toString).toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(Protocol.catalogue().size());
        List<String> args = new ArrayList<>(List.of("validate"));
        args.addAll(files);

        Run run = run(args.toArray(String[]::new));

        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("iptmodel: " + files.size() + " files, " + files.size()
                + " documents, 0 invalid, 0 problems, 0 unreadable\n");
    }

    @Test
    void rank_json_prints_a_ranking_document_that_reads_back_without_patient_text() {
        Path file = Cli.goldenCourse(Protocol.standard());
        Course course = IptJson.strict().course().read(file);
        Ranking expected = RankingPolicy.clinicalDefault().rank(course);

        Run run = run("rank", "--json", file.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        Ranking ranking = IptJson.strict().ranking().read(run.out());
        assertThat(ranking.entries()).extracting(e -> e.issue().id())
                .containsExactlyElementsOf(expected.entries().stream().map(e -> e.issue().id()).toList());
        assertThat(ranking.flags()).isEqualTo(expected.flags());
        assertThat(Cli.clinicalTexts(Cli.read(file))).allSatisfy(text -> assertThat(run.out()).doesNotContain(text));
    }

    @Test
    void rank_and_report_print_no_patient_text() {
        Path file = Cli.goldenCourse(Protocol.standard());
        List<String> texts = Cli.clinicalTexts(Cli.read(file));

        for (String[] args : new String[][] {{"rank"}, {"report"}, {"report", "--json"}}) {
            List<String> all = new ArrayList<>(List.of(args));
            all.add(file.toString());
            Run run = run(all.toArray(String[]::new));

            assertThat(run.exit()).isZero();
            assertThat(texts).allSatisfy(text -> assertThat(run.out() + run.err()).doesNotContain(text));
        }
    }

    @Test
    void help_lists_the_commands_and_help_command_describes_each() {
        Run help = run("help");
        Run helpHelp = run("help", "help");
        Run helpValidate = run("validate", "--help");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("usage: iptmodel <command> [options] [FILE...]\n")
                .contains("Exit codes: 0 success, 1 an input document is invalid, 2 bad arguments");
        assertThat(helpHelp.exit()).isZero();
        assertThat(helpHelp.out()).startsWith("usage: iptmodel help [COMMAND]\n");
        assertThat(helpValidate.exit()).isZero();
        assertThat(helpValidate.out()).startsWith("usage: iptmodel validate [--ndjson] [--json] FILE...\n");
    }

    @Test
    void demo_prints_what_the_tool_prints_in_process() {
        Run run = run("demo");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(Cli.run("demo").out());
    }

    @Test
    void fhir_prints_the_golden_bundle_and_imports_scores_from_it() {
        Path course = Cli.goldenCourse(Protocol.standard());
        Run export = run("fhir", course.toString());

        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.err()).isEmpty();
        assertThat(export.out()).isEqualTo(Cli.read(Cli.GOLDEN.resolve("fhir-ipt-standard.json")));

        Path bundle = Cli.write(dir.resolve("bundle.json"), export.out());
        Run again = run("fhir", "--import", bundle.toString(), "--course", course.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.err()).startsWith("imported 0 scores");
        assertThat(IptJson.strict().course().read(again.out())).isEqualTo(IptJson.strict().course().read(course));

        Path bad = Cli.write(dir.resolve("bad.json"), "[{\"resourceType\": 1}]");
        Run invalid = run("fhir", "--import", bad.toString(), "--course", course.toString());
        assertThat(invalid.exit()).isEqualTo(1);
        assertThat(invalid.err()).contains("/0/resourceType\t-1\t-1\tWRONG_TYPE\tmust be a string");
        assertThat(run("fhir", dir.resolve("absent.json").toString()).exit()).isEqualTo(2);
        assertThat(run("help", "fhir").out()).startsWith("usage: iptmodel fhir ");
    }

    @Test
    void a_missing_file_gives_exit_code_2() {
        Run run = run("validate", dir.resolve("absent.json").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("iptmodel: cannot read " + dir.resolve("absent.json") + ": no such file\n"
                + "iptmodel: 1 file, 0 documents, 0 invalid, 0 problems, 1 unreadable\n");
        assertThat(run("rank", dir.resolve("absent.json").toString()).exit()).isEqualTo(2);
    }

    @Test
    void bad_arguments_give_exit_code_2() {
        assertThat(run().exit()).isEqualTo(2);
        assertThat(run("frobnicate").exit()).isEqualTo(2);
        assertThat(run("rank", "--policy", "fastest", Cli.goldenCourse(Protocol.standard()).toString()).exit())
                .isEqualTo(2);
    }

    @Test
    void an_empty_file_binary_bytes_and_deep_nesting_are_invalid_documents() {
        Path empty = Cli.write(dir.resolve("empty.json"), "");
        byte[] bytes = new byte[64 * 1024];
        new Random(11).nextBytes(bytes);
        byte[] secret = SECRET.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(secret, 0, bytes, 100, secret.length);
        Path binary = Cli.writeBytes(dir.resolve("binary.json"), bytes);
        Path nested = Cli.write(dir.resolve("nested.json"), "{\"schema\": \"iptmodel/course\", \"version\": 1, \"id\": "
                + "[".repeat(50_000) + "\"" + SECRET + "\"" + "]".repeat(50_000) + "}");

        for (String command : new String[] {"validate", "rank", "report"}) {
            for (Path file : List.of(empty, binary, nested)) {
                Run run = run(command, file.toString());

                assertThat(run.exit()).as("%s %s", command, file).isEqualTo(1);
                assertThat(run.out() + run.err()).doesNotContain(SECRET);
            }
        }
        Run json = run("validate", "--json", empty.toString(), binary.toString(), nested.toString());
        assertThat(json.exit()).isEqualTo(1);
        assertThat(json.outLines()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(line -> assertThat(line).startsWith("{\"file\":"));
    }

    @Test
    void a_file_over_the_document_length_limit_is_an_invalid_document() {
        StringBuilder text = new StringBuilder("{\"schema\": \"iptmodel/course\", \"version\": 1, \"patient\": \"");
        while (text.length() <= JsonLimits.DEFAULT_MAX_DOCUMENT_LENGTH) {
            text.append(SECRET).append(' ');
        }
        Path huge = Cli.write(dir.resolve("huge.json"), text.append("\"}").toString());

        for (String command : new String[] {"validate", "rank", "report"}) {
            Run run = run(command, huge.toString());

            assertThat(run.exit()).as(command).isEqualTo(1);
            assertThat(run.out() + run.err()).contains("LIMIT").doesNotContain(SECRET);
        }
    }

    @Test
    void a_document_of_the_wrong_type_for_the_command_gives_exit_code_1() {
        Path protocol = Cli.GOLDEN.resolve("protocol-ipt-standard.json");

        Run rank = run("rank", protocol.toString());
        Run report = run("report", Cli.GOLDEN.resolve("ranking-ipt-standard.json").toString());

        assertThat(rank.exit()).isEqualTo(1);
        assertThat(rank.err()).isEqualTo("iptmodel: " + protocol
                + " is an iptmodel/protocol document; rank reads iptmodel/course documents\n");
        assertThat(report.exit()).isEqualTo(1);
        assertThat(report.out()).isEmpty();
        List<String> texts = Cli.clinicalTexts(Cli.read(Cli.GOLDEN.resolve("ranking-ipt-standard.json")));
        assertThat(texts).allSatisfy(t -> assertThat(report.out() + report.err()).doesNotContain(t));
    }

    @Test
    void a_document_naming_an_unknown_type_is_invalid_and_its_name_not_printed() {
        Path file = Cli.write(dir.resolve("unknown.json"), "{\"schema\": \"" + SECRET + "\", \"version\": 1}");

        for (String command : new String[] {"validate", "rank", "report"}) {
            Run run = run(command, file.toString());

            assertThat(run.exit()).as(command).isEqualTo(1);
            assertThat(run.out() + run.err()).contains("/schema").doesNotContain(SECRET);
        }
    }
}
