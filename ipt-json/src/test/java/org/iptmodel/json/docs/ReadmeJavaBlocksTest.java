package org.iptmodel.json.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java examples as a user meets them: every {@code java} block of README.md is a
 * complete source file, compiled here exactly as printed (no import added) against ipt-core,
 * ipt-json, Jackson and, for the testkit's example, ipt-core's testkit and jqwik, and run; what each
 * prints is checked against the README's comments. The testkit's example runs as a user's named
 * module in {@link TestkitOnTheModulePathTest}.
 */
class ReadmeJavaBlocksTest {
    private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLASS = Pattern.compile("public (?:final )?class (\\w+)");

    @TempDir
    static Path dir;
    private static Map<String, String> sources;
    private static URLClassLoader loader;

    @BeforeAll
    static void compileTheReadme() throws IOException, InterruptedException {
        String readme = Files.readString(Path.of("..", "README.md"));
        sources = new LinkedHashMap<>();
        Matcher block = BLOCK.matcher(readme);
        while (block.find()) {
            Matcher name = CLASS.matcher(block.group(1));
            assertThat(name.find()).as("a README java block is a public class:%n%s", block.group(1)).isTrue();
            sources.put(name.group(1), block.group(1));
        }
        // the JDK's own javac, as a user would run it
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac")
                .toString(), "--release", "17", "-Xlint:all", "-Werror", "-encoding", "UTF-8", "-classpath",
                classPath(), "-d", dir.toString()));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = dir.resolve(source.getKey() + ".java");
            Files.writeString(file, source.getValue());
            command.add(file.toString());
        }
        Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(javac.waitFor()).as("the README compiles:%n%s", output).isZero();
        loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, ReadmeJavaBlocksTest.class.getClassLoader());
    }

    /** The test's own class and module paths: ipt-core, ipt-json, Jackson and their dependencies. */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                entries.add(value);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    @Test
    void the_readme_has_the_examples_of_each_part_of_the_library() {
        assertThat(sources.keySet()).containsExactly("QuickStart", "ChooseTheFocus", "PlanAndReport",
                "JsonRoundTrip", "Datasets", "StoredRanking", "OwnMapper", "Engines", "FhirExample",
                "TestkitProperties");
    }

    @Test
    void the_quick_start_builds_an_active_course_and_shows_a_broken_rule() throws Exception {
        assertThat(run("QuickStart")).containsExactly("ACTIVE", "MODERATELY_SEVERE",
                "[sessions[0].number: sessions[0].number must be 1, was 2]");
    }

    @Test
    void the_focus_example_ranks_and_agrees_a_focus() throws Exception {
        List<String> out = run("ChooseTheFocus");
        assertThat(out.get(0)).isEqualTo("ROLE_DISPUTE");
        assertThat(out.get(1)).isEqualTo("[]");
        assertThat(out.get(2)).startsWith("[ROLE_DISPUTE by FIRST_ELIGIBLE from 1. i-1");
        assertThat(out.get(3)).isEqualTo("[ROLE_DISPUTE]");
    }

    @Test
    void the_planning_example_plans_records_and_reports_safety_first() throws Exception {
        List<String> out = run("PlanAndReport");
        assertThat(out.get(0)).isEqualTo("16");
        assertThat(out.get(1)).isEqualTo("OptionalInt[12]");
        assertThat(out.get(2)).startsWith("[SafetyFlag[session=2, instrument=phq-9, item=9, response=1");
        assertThat(out.get(3)).startsWith("[SafetyNotice[session=1, instrument=phq-9, item=9");
        assertThat(out.get(4)).contains("phq-9");
    }

    @Test
    void the_json_examples_round_trip_and_collect_bad_lines() throws Exception {
        assertThat(run("JsonRoundTrip")).containsExactly("true", "ipt-brief");
        List<String> datasets = run("Datasets");
        assertThat(datasets).hasSize(2);
        assertThat(datasets.get(0)).startsWith("line 2").doesNotContain("iptmodel/course");
        assertThat(datasets.get(1)).isEqualTo("1");
        assertThat(run("OwnMapper")).containsExactly("true");
    }

    @Test
    void the_stored_ranking_example_reads_the_record_and_verifies_it() throws Exception {
        assertThat(run("StoredRanking")).containsExactly("true", "true",
                "onset-link: precipitated_onset before not_linked");
    }

    @Test
    void the_fhir_example_exports_a_bundle_and_imports_its_scores_back() throws Exception {
        assertThat(run("FhirExample")).containsExactly("true", "1", "true",
                "[/entry/0/resource, /entry/1/resource]");
    }

    @Test
    void the_engines_example_ships_the_facade_and_reads_lines_to_values_or_bad_lines() throws Exception {
        List<String> out = run("Engines");
        assertThat(out).hasSize(2);
        assertThat(out.get(0)).isEqualTo("ACTIVE");
        assertThat(out.get(1)).startsWith("line 2: Invalid iptmodel JSON").doesNotContain("iptmodel/course");
    }

    /** Runs a README class's {@code main} and returns the lines it printed. */
    private static List<String> run(String name) throws Exception {
        Method main = loader.loadClass(name).getMethod("main", String[].class);
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
