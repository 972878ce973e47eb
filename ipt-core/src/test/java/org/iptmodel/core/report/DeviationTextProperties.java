package org.iptmodel.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iptmodel.core.arbitraries.IptArbitraries;

/** A deviation's message may hold any text once read back from storage: it never reaches toString. */
class DeviationTextProperties {

    @Property
    void the_message_never_reaches_to_string(@ForAll("deviations") Deviation deviation,
            @ForAll("markers") String marker) {
        Deviation stored = new Deviation(deviation.code(), deviation.severity(), deviation.sessions(),
                "as written: " + marker);
        assertThat(stored.toString()).doesNotContain(marker)
                .contains(deviation.code().name(), deviation.severity().name());
        assertThat(stored).isNotEqualTo(deviation);
    }

    @Provide
    Arbitrary<Deviation> deviations() {
        return IptArbitraries.deviations();
    }

    @Provide
    Arbitrary<String> markers() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(12).ofMaxLength(40).map(s -> "PATIENT-" + s);
    }
}
