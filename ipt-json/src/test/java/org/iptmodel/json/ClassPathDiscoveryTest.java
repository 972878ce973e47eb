package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On the class path, {@code findAndAddModules()} finds the module through
 * {@code META-INF/services/tools.jackson.databind.JacksonModule}. The tests themselves run on the
 * module path, so this test loads ipt-json, ipt-core and Jackson in a class loader of their own,
 * where every class is in an unnamed module, and works them by reflection. Its parent is the
 * bootstrap loader: the JDK's other built-in loaders would hand the packages back to the module
 * layer the tests run in.
 */
class ClassPathDiscoveryTest {

    private static URL[] runtimeClassPath() throws Exception {
        String modulePath = System.getProperty("jdk.module.path", "");
        List<URL> urls = new ArrayList<>();
        for (String entry : (modulePath + File.pathSeparator + System.getProperty("java.class.path"))
                .split(File.pathSeparator)) {
            String name = Path.of(entry.isEmpty() ? "." : entry).getFileName().toString();
            boolean ours = entry.endsWith("ipt-json" + File.separator + "target" + File.separator + "classes");
            boolean runtime = name.startsWith("ipt-core-") && !name.endsWith("-tests.jar")
                    // Jackson 3's core and databind (tools.jackson), not the Jackson 2 jars of the tests' HAPI FHIR
                    || (name.startsWith("jackson-databind-") || name.startsWith("jackson-core-"))
                            && entry.contains(File.separator + "tools" + File.separator + "jackson" + File.separator)
                    || name.startsWith("jackson-annotations-");
            if (!entry.isEmpty() && (ours || runtime)) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }

    @Test
    void find_and_add_modules_finds_the_module_through_meta_inf_services() throws Exception {
        URL[] path = runtimeClassPath();
        assertThat(path).hasSize(5);
        try (URLClassLoader loader = new URLClassLoader(path, null)) {
            Class<?> moduleClass = loader.loadClass("org.iptmodel.json.IptJsonModule");
            assertThat(moduleClass).isNotSameAs(IptJsonModule.class);
            assertThat(moduleClass.getModule().isNamed()).isFalse();
            assertThat(loader.getResource("META-INF/services/tools.jackson.databind.JacksonModule")).isNotNull();

            Class<?> mapperClass = loader.loadClass("tools.jackson.databind.json.JsonMapper");
            Object builder = mapperClass.getMethod("builder").invoke(null);
            Method find = builder.getClass().getMethod("findAndAddModules", ClassLoader.class);
            builder = find.invoke(builder, loader);
            Object mapper = builder.getClass().getMethod("build").invoke(builder);
            Collection<?> modules = (Collection<?>) mapperClass.getMethod("registeredModules").invoke(mapper);
            assertThat(modules).anySatisfy(m -> assertThat(m.getClass()).isSameAs(moduleClass));

            Class<?> courseClass = loader.loadClass("org.iptmodel.core.Course");
            String json = IptJson.strict().course().write(Samples.small());
            Object course = mapperClass.getMethod("readValue", String.class, Class.class).invoke(mapper, json, courseClass);
            assertThat(course.getClass().getClassLoader()).isSameAs(loader);
            Object written = mapperClass.getMethod("writeValueAsString", Object.class).invoke(mapper, course);
            assertThat(written).isEqualTo(json);
        }
    }
}
