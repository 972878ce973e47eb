package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * ipt-json needs only ipt-core and Jackson at run time. The module descriptor is the compiled
 * statement of it; the build also checks the Maven dependencies (enforcer rule in the pom).
 */
class DependenciesTest {

    @Test
    void the_module_requires_only_ipt_core_and_jackson() {
        ModuleDescriptor descriptor = IptJson.class.getModule().getDescriptor();
        Set<String> requires = descriptor.requires().stream().map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toSet());
        assertThat(requires).containsExactlyInAnyOrder("java.base", "org.iptmodel.core", "tools.jackson.databind");
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder("org.iptmodel.json", "org.iptmodel.json.fhir");
        assertThat(descriptor.requires()).filteredOn(r -> !r.name().equals("java.base"))
                .allSatisfy(r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
    }

    @Test
    void jackson_databind_brings_only_jackson_core_and_annotations() {
        ModuleDescriptor databind = tools.jackson.databind.ObjectMapper.class.getModule().getDescriptor();
        assertThat(databind.requires()).filteredOn(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .extracting(ModuleDescriptor.Requires::name)
                .allSatisfy(name -> assertThat(name).matches("java\\..*|tools\\.jackson\\..*|com\\.fasterxml\\.jackson\\.annotation"));
    }
}
