package org.iptmodel.json.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.iptmodel.core.Course;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ipt-core's testkit as a user meets it on the module path: the jars this build made (ipt-core's
 * main jar and its test-jar, the testkit) with jqwik and the JUnit Platform on a
 * {@code --module-path}, the README's testkit example compiled with the JDK's {@code javac} into
 * a named module that requires {@code org.iptmodel.core.testkit}, and its properties run with
 * {@code java} in a new JVM through the JUnit Platform launcher.
 *
 * <p>The jars are found where this test's own classes were loaded from. Before the package phase
 * ({@code mvn test}) Maven gives the test classes directory instead of the testkit jar: the tests
 * are then skipped, as there is no jar to put on a module path.
 */
class TestkitOnTheModulePathTest {
    private static final String TESTKIT = "org.iptmodel.core.testkit";
    private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final String EXAMPLE = "TestkitProperties";
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    /** The module of the README's example, with the launcher that runs it. */
    private static final String MODULE_INFO = """
            open module com.example.clinic {
                requires org.iptmodel.core;
                requires org.iptmodel.core.testkit;
                requires net.jqwik.api;
                requires org.junit.platform.launcher;
            }
            """;

    /** Runs the classes named in its arguments with the JUnit Platform and prints the summary. */
    private static final String RUNNER = """
            package com.example.clinic;

            import java.io.PrintWriter;
            import java.util.Arrays;
            import org.junit.platform.engine.discovery.DiscoverySelectors;
            import org.junit.platform.launcher.LauncherDiscoveryRequest;
            import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
            import org.junit.platform.launcher.core.LauncherFactory;
            import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
            import org.junit.platform.launcher.listeners.TestExecutionSummary;

            public final class RunProperties {
                private RunProperties() {
                }

                public static void main(String[] args) {
                    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                            .selectors(Arrays.stream(args).skip(1).map(DiscoverySelectors::selectClass).toList())
                            .configurationParameter("jqwik.database", args[0])
                            .configurationParameter("jqwik.reporting.onlyfailures", "true")
                            .build();
                    SummaryGeneratingListener listener = new SummaryGeneratingListener();
                    LauncherFactory.create().execute(request, listener);
                    TestExecutionSummary summary = listener.getSummary();
                    PrintWriter out = new PrintWriter(System.out, true);
                    summary.printFailuresTo(out, 30);
                    out.println("modules: " + org.iptmodel.core.arbitraries.IptArbitraries.class.getModule().getName()
                            + " " + org.iptmodel.core.Course.class.getModule().getName() + " "
                            + RunProperties.class.getModule().getName());
                    out.println("found " + summary.getTestsFoundCount() + ", succeeded "
                            + summary.getTestsSucceededCount() + ", failed " + summary.getTotalFailureCount());
                    System.exit(summary.getTotalFailureCount() == 0 && summary.getTestsSucceededCount() > 0 ? 0 : 1);
                }
            }
            """;

    @TempDir
    static Path dir;
    private static Path core;
    private static Path testkit;
    private static List<Path> modulePath;

    @BeforeAll
    static void findTheJars() throws Exception {
        core = locationOf(Course.class);
        testkit = locationOf(IptArbitraries.class);
        Assumptions.assumeTrue(Files.isRegularFile(testkit),
                "the testkit is a jar only after ipt-core's package phase (mvn verify), not " + testkit);
        modulePath = new ArrayList<>(List.of(core, testkit));
        for (String name : List.of("net.jqwik.api.Arbitrary", "net.jqwik.engine.JqwikTestEngine",
                "org.junit.platform.commons.support.ReflectionSupport", "org.junit.platform.engine.TestEngine",
                "org.junit.platform.launcher.core.LauncherFactory", "org.opentest4j.AssertionFailedError",
                "org.apiguardian.api.API")) {
            modulePath.add(locationOf(Class.forName(name)));
        }
    }

    @Test
    void theTestkitJarHoldsOnlyTheArbitrariesAndContractsAndNamesItsModule() throws IOException {
        try (JarFile jar = new JarFile(testkit.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).isEqualTo(TESTKIT);
            List<String> classes = Collections.list(jar.entries()).stream().map(JarEntry::getName)
                    .filter(n -> n.endsWith(".class")).toList();
            assertThat(classes).isNotEmpty().allMatch(n -> n.startsWith("org/iptmodel/core/arbitraries/")
                    || n.startsWith("org/iptmodel/core/contracts/"));
            assertThat(classes).as("the project's own tests")
                    .noneMatch(n -> n.matches(".*(Test|Tests|Properties)(\\$.*)?\\.class"));
            assertThat(classes).contains("org/iptmodel/core/arbitraries/IptArbitraries.class",
                    "org/iptmodel/core/arbitraries/IptDomain.class", "org/iptmodel/core/arbitraries/PlannedCourses.class",
                    "org/iptmodel/core/contracts/EqualityContract.class");
            assertThat(Collections.list(jar.entries()).stream().map(JarEntry::getName))
                    .contains("META-INF/LICENSE", "META-INF/NOTICE")
                    .noneMatch(n -> n.endsWith(".properties") && !n.startsWith("META-INF/maven/"));
        }
    }

    @Test
    void theTestkitIsAModuleOfItsOwnNextToTheCore() throws Exception {
        Result described = run(List.of(java(), "--module-path", path(modulePath), "--describe-module", TESTKIT));
        assertThat(described.exit()).as(described.output()).isZero();
        assertThat(described.output().lines().filter(l -> l.startsWith("contains "))).containsExactlyInAnyOrder(
                "contains org.iptmodel.core.arbitraries", "contains org.iptmodel.core.contracts");
        assertThat(described.output()).contains("automatic");

        Result resolved = run(List.of(java(), "--module-path", path(modulePath), "--add-modules", "ALL-MODULE-PATH",
                "--validate-modules"));
        assertThat(resolved.exit()).as(resolved.output()).isZero();
        assertThat(resolved.output()).doesNotContainIgnoringCase("error").doesNotContain("ResolutionException");
    }

    @Test
    void theReadmeExampleRunsInANamedModuleOnTheModulePath() throws Exception {
        Path sources = dir.resolve("src");
        Path classes = dir.resolve("classes");
        Path pkg = Files.createDirectories(sources.resolve("com/example/clinic"));
        Files.writeString(sources.resolve("module-info.java"), MODULE_INFO);
        Files.writeString(pkg.resolve("RunProperties.java"), RUNNER);
        Files.writeString(pkg.resolve(EXAMPLE + ".java"), readmeExample());

        List<String> javac = new ArrayList<>(List.of(tool("javac"), "--release", "17",
                "-Xlint:all,-requires-automatic", "-Werror", "-encoding", "UTF-8", "--module-path", path(modulePath),
                "-d", classes.toString()));
        try (var files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> javac.add(f.toString()));
        }
        Result compiled = run(javac);
        assertThat(compiled.exit()).as("javac:%n%s", compiled.output()).isZero();

        List<Path> withConsumer = new ArrayList<>(modulePath);
        withConsumer.add(classes);
        Result ran = run(List.of(java(), "--module-path", path(withConsumer), "--module",
                "com.example.clinic/com.example.clinic.RunProperties", dir.resolve("jqwik-database").toString(),
                "com.example.clinic." + EXAMPLE));
        assertThat(ran.exit()).as("the properties on the module path:%n%s", ran.output()).isZero();
        assertThat(ran.output()).contains("modules: " + TESTKIT + " org.iptmodel.core com.example.clinic")
                .contains("found 4, succeeded 4, failed 0");
    }

    /** The README's testkit example: the java block of the class {@value #EXAMPLE}. */
    private static String readmeExample() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher block = BLOCK.matcher(readme);
        while (block.find()) {
            if (block.group(1).contains("public class " + EXAMPLE + " ")) {
                assertThat(block.group(1)).startsWith("package com.example.clinic;");
                return block.group(1);
            }
        }
        throw new AssertionError("README.md has no java block of the class " + EXAMPLE);
    }

    private static Path locationOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static String path(List<Path> entries) {
        return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    private static String java() {
        return tool("java");
    }

    /** A tool of the JDK that runs this test, as a user would run it. */
    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private record Result(int exit, String output) {
    }

    /** Runs a command in the temporary directory, its output (and errors) in a file, within the timeout. */
    private static Result run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "output", ".txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("timed out: " + command + "\n" + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log));
    }
}
