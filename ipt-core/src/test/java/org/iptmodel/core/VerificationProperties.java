package org.iptmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.iptmodel.core.contracts.Rejections.assertRejected;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iptmodel.core.arbitraries.IptArbitraries;

/**
 * The invariants of {@link Verification}: every discrepancy the model reports has a message, and
 * one made with a blank message is refused; a verification is immutable, a copy of the list it
 * is given, and confirmed exactly when it holds no discrepancy.
 */
class VerificationProperties {

    @Provide
    Arbitrary<Verification.Discrepancy> discrepancies() {
        return IptArbitraries.discrepancies();
    }

    @Provide
    Arbitrary<Verification> verifications() {
        return IptArbitraries.verifications();
    }

    @Provide
    Arbitrary<String> blanks() {
        return Arbitraries.strings().withChars(" \t\n\r").ofMaxLength(8);
    }

    @Property(tries = 200)
    void everyDiscrepancyTheModelReportsIsMadeAgainFromItsParts(@ForAll("discrepancies") Verification.Discrepancy d) {
        Verification.Discrepancy again = new Verification.Discrepancy(d.path(), d.message());

        assertThat(d.message()).isNotBlank();
        assertThat(again).isEqualTo(d).hasSameHashCodeAs(d);
        assertThat(again.toString()).isEqualTo(d.path() + ": " + d.message());
    }

    @Property(tries = 100)
    void aDiscrepancyWithABlankMessageIsRefused(@ForAll("discrepancies") Verification.Discrepancy d,
            @ForAll("blanks") String blank) {
        assertRejected(() -> new Verification.Discrepancy(d.path(), blank), "message", ModelRule.NOT_BLANK);
    }

    @Property(tries = 200)
    void aVerificationIsAnImmutableCopyConfirmedExactlyWithoutDiscrepancies(
            @ForAll("verifications") Verification v, @ForAll("discrepancies") Verification.Discrepancy extra) {
        List<Verification.Discrepancy> given = new ArrayList<>(v.discrepancies());
        Verification copy = new Verification(given);
        given.add(extra);

        assertThat(copy).isEqualTo(v).hasSameHashCodeAs(v);
        assertThat(copy.discrepancies()).isEqualTo(v.discrepancies());
        assertThat(copy.isConfirmed()).isEqualTo(v.discrepancies().isEmpty());
        assertThat(new Verification(given).isConfirmed()).isFalse();
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> copy.discrepancies().add(extra));
    }
}
