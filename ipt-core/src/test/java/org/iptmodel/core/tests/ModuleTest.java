package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.iptmodel.core.Course;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * ipt-core has no runtime dependency: its module requires nothing but the Immutables annotations,
 * statically, and every class loads and works with only ipt-core's own classes and the JDK.
 */
class ModuleTest {

    @Test
    void theModuleRequiresOnlyTheImmutablesAnnotationsStatically() {
        Module module = Course.class.getModule();
        Assumptions.assumeTrue(module.isNamed(), "the tests run on the class path: no module descriptor to check");
        ModuleDescriptor descriptor = module.getDescriptor();
        assertThat(descriptor.name()).isEqualTo("org.iptmodel.core");
        Map<String, ModuleDescriptor.Requires> requires = descriptor.requires().stream()
                .collect(Collectors.toMap(ModuleDescriptor.Requires::name, r -> r));
        assertThat(requires).containsOnlyKeys("java.base", "org.immutables.value");
        assertThat(requires.get("java.base").modifiers()).contains(ModuleDescriptor.Requires.Modifier.MANDATED);
        assertThat(requires.get("org.immutables.value").modifiers()).containsExactly(ModuleDescriptor.Requires.Modifier.STATIC);
    }

    @Test
    void theModuleExportsItsFourPackagesAndOpensNothing() {
        Module module = Course.class.getModule();
        Assumptions.assumeTrue(module.isNamed(), "the tests run on the class path: no module descriptor to check");
        ModuleDescriptor descriptor = module.getDescriptor();
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source).containsExactlyInAnyOrder(
                "org.iptmodel.core", "org.iptmodel.core.ranking", "org.iptmodel.core.plan", "org.iptmodel.core.report");
        assertThat(descriptor.exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
        assertThat(descriptor.opens()).isEmpty();
        assertThat(descriptor.isOpen()).isFalse();
        assertThat(descriptor.uses()).isEmpty();
        assertThat(descriptor.provides()).isEmpty();
    }

    @Test
    void everyClassLoadsAndTheCatalogueWorksWithOnlyIptCoresClasses() throws Exception {
        URL classes = ModelClasses.location().toUri().toURL();
        List<String> names = ModelClasses.names();
        assertThat(names).hasSizeGreaterThan(50);
        // parent: the bootstrap loader, java.base only (the platform loader would find modules of the module path)
        try (URLClassLoader alone = new URLClassLoader(new URL[] {classes}, null)) {
            assertThatExceptionOfType(ClassNotFoundException.class)
                    .isThrownBy(() -> alone.loadClass("org.immutables.value.Value"));
            assertThatExceptionOfType(ClassNotFoundException.class)
                    .isThrownBy(() -> alone.loadClass("net.jqwik.api.Arbitrary"));
            for (String name : names) {
                Class<?> loaded = Class.forName(name, true, alone);
                assertThat(loaded.getClassLoader()).as(name).isSameAs(alone);
                loaded.getDeclaredMethods();
                loaded.getAnnotations();
            }
            Class<?> protocol = alone.loadClass("org.iptmodel.core.Protocol");
            Object catalogue = protocol.getMethod("catalogue").invoke(null);
            assertThat((List<?>) catalogue).hasSize(7);
            assertThat(catalogue.toString()).contains("ipt-standard", "ipt-m");
            Class<?> instrument = alone.loadClass("org.iptmodel.core.Instrument");
            Object phq9 = instrument.getMethod("phq9").invoke(null);
            Method severityOf = instrument.getMethod("severityOf", int.class);
            assertThat(severityOf.invoke(phq9, 12)).hasToString("MODERATE");
            Object empty = alone.loadClass("org.iptmodel.core.InterpersonalInventory").getMethod("empty").invoke(null);
            assertThat(empty.toString()).contains("people=[]");
        }
    }
}
