package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The floor of jackson-annotations: with a jar older than Jackson 3.3 needs first on the class
 * path (as when Spark brings 2.21 and Maven's nearest-wins resolution picks it), {@code IptJson}
 * and {@code IptJsonModule} fail at once with an {@link IllegalStateException} naming the jar and
 * the version needed, not later with a {@code NoClassDefFoundError}. The old jar is made here from
 * the real one, without the annotation added in 2.22 and with its manifest's version set to 2.21.
 * ipt-json, ipt-core and Jackson are loaded in a class loader of their own, as in
 * {@link ClassPathDiscoveryTest}.
 */
class JacksonAnnotationsTest {

    /** ipt-json's classes, ipt-core's jar and Jackson's three jars, from the test run's paths. */
    private static List<Path> runtimeClassPath() {
        String modulePath = System.getProperty("jdk.module.path", "");
        List<Path> paths = new ArrayList<>();
        for (String entry : (modulePath + File.pathSeparator + System.getProperty("java.class.path"))
                .split(File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            String name = Path.of(entry).getFileName().toString();
            boolean ours = entry.endsWith("ipt-json" + File.separator + "target" + File.separator + "classes");
            boolean runtime = name.startsWith("ipt-core-") && !name.endsWith("-tests.jar")
                    // Jackson 3's core and databind (tools.jackson), not the Jackson 2 jars of the tests' HAPI FHIR
                    || (name.startsWith("jackson-databind-") || name.startsWith("jackson-core-"))
                            && entry.contains(File.separator + "tools" + File.separator + "jackson" + File.separator)
                    || name.startsWith("jackson-annotations-");
            if (ours || runtime) {
                paths.add(Path.of(entry));
            }
        }
        assertThat(paths).hasSize(5);
        return paths;
    }

    private static Path annotationsJar(List<Path> paths) {
        return paths.stream().filter(p -> p.getFileName().toString().startsWith("jackson-annotations-")).findFirst()
                .orElseThrow();
    }

    /** A copy of the annotations jar as an older version would be: without the probe class, version 2.21. */
    private static Path olderJar(Path real, Path dir) throws IOException {
        Path old = dir.resolve("jackson-annotations-2.21.jar");
        try (JarFile jar = new JarFile(real.toFile())) {
            Manifest manifest = new Manifest(jar.getManifest());
            Attributes main = manifest.getMainAttributes();
            main.put(Attributes.Name.IMPLEMENTATION_VERSION, "2.21");
            main.put(Attributes.Name.SPECIFICATION_VERSION, "2.21");
            try (OutputStream file = Files.newOutputStream(old); JarOutputStream out = new JarOutputStream(file, manifest)) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (name.equals(JarFile.MANIFEST_NAME) || name.endsWith("module-info.class")
                            || name.startsWith(JacksonAnnotations.PROBE.replace('.', '/'))) {
                        continue;
                    }
                    out.putNextEntry(new JarEntry(name));
                    try (InputStream in = jar.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        return old;
    }

    private static URL[] urls(List<Path> paths) throws IOException {
        URL[] urls = new URL[paths.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = paths.get(i).toUri().toURL();
        }
        return urls;
    }

    @Test
    void the_jar_of_the_build_is_recent_enough() {
        assertThat(JacksonAnnotations.problem(tools.jackson.databind.JacksonModule.class.getClassLoader())).isEmpty();
        JacksonAnnotations.require();
    }

    @Test
    void an_older_jar_is_named_with_its_version_and_place(@TempDir Path dir) throws IOException {
        Path old = olderJar(annotationsJar(runtimeClassPath()), dir);
        try (URLClassLoader loader = new URLClassLoader(urls(List.of(old)), null)) {
            assertThat(JacksonAnnotations.problem(loader)).hasValueSatisfying(message -> assertThat(message)
                    .contains("com.fasterxml.jackson.core:jackson-annotations 2.22 or later")
                    .contains("jackson-annotations 2.21 was loaded from " + old)
                    .contains("declare com.fasterxml.jackson.core:jackson-annotations:2.23 as a direct dependency"));
        }
        try (URLClassLoader none = new URLClassLoader(new URL[0], null)) {
            assertThat(JacksonAnnotations.problem(none)).hasValueSatisfying(message -> assertThat(message)
                    .contains("no jackson-annotations was found"));
        }
    }

    @Test
    void iptjson_and_the_module_fail_at_once_with_an_older_jar_first(@TempDir Path dir) throws Exception {
        List<Path> paths = runtimeClassPath();
        Path real = annotationsJar(paths);
        List<Path> withOld = new ArrayList<>(paths);
        withOld.set(withOld.indexOf(real), olderJar(real, dir));
        try (URLClassLoader loader = new URLClassLoader(urls(withOld), null)) {
            Class<?> iptJson = loader.loadClass(IptJson.class.getName());
            for (String factory : List.of("strict", "lenient")) {
                Throwable thrown = thrownBy(() -> iptJson.getMethod(factory).invoke(null));
                assertThat(thrown).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("jackson-annotations 2.21 was loaded from")
                        .hasMessageContaining("2.22 or later");
            }
            Class<?> module = loader.loadClass(IptJsonModule.class.getName());
            assertThat(thrownBy(() -> module.getConstructor().newInstance()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("2.22 or later");
        }
        // the same class path with the real jar works
        try (URLClassLoader loader = new URLClassLoader(urls(paths), null)) {
            Object json = loader.loadClass(IptJson.class.getName()).getMethod("strict").invoke(null);
            Object protocol = loader.loadClass("org.iptmodel.core.Protocol").getMethod("standard").invoke(null);
            Object codec = json.getClass().getMethod("protocol").invoke(json);
            Object text = codec.getClass().getMethod("write", Object.class).invoke(codec, protocol);
            assertThat(text).isEqualTo(IptJson.strict().protocol().write(org.iptmodel.core.Protocol.standard()));
            assertThat(loader.loadClass(IptJsonModule.class.getName()).getConstructor().newInstance()).isNotNull();
        }
    }

    private interface Call {
        void run() throws Exception;
    }

    /** The exception a reflective call threw, unwrapped. */
    private static Throwable thrownBy(Call call) {
        try {
            call.run();
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (Exception e) {
            return e;
        }
    }
}
