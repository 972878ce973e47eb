package org.iptmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import org.iptmodel.json.IptJsonException;
import org.iptmodel.json.ProblemKind;
import org.junit.jupiter.api.Test;

class RefusalsTest {

    @Test
    void no_class_but_the_exception_registers_the_factory() {
        assertThatExceptionOfType(IllegalCallerException.class)
                .isThrownBy(() -> Refusals.register((problems, cause) -> null));
        IptJsonException e = Refusals.exception(
                List.of(new Refusals.Problem(ProblemKind.INVALID_VALUE, "/entry/0", null, "is not a resource")), null);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/entry/0");
            assertThat(p.kind()).isEqualTo(ProblemKind.INVALID_VALUE);
        });
    }
}
