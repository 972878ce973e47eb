package org.iptmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The identifier check is a loop over the characters (it runs for every id built or read); these
 * properties hold it to the regular expression that defines {@link ModelRule#ID_FORMAT}.
 */
class IdTokenProperties {
    private static final Pattern ORACLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    @Provide
    Arbitrary<String> candidates() {
        Arbitrary<String> near = Arbitraries.strings()
                .withChars("aZ09._:-")
                .withChars(' ', '/', '\u00e9', '\u0660', '\t', '\u212a')
                .ofMinLength(0).ofMaxLength(70);
        Arbitrary<String> any = Arbitraries.strings().all().ofMinLength(0).ofMaxLength(70);
        Arbitrary<String> valid = Arbitraries.strings().alpha().numeric().withChars("._:-")
                .ofMinLength(1).ofMaxLength(66);
        return Arbitraries.oneOf(near, any, valid);
    }

    @Property
    void isTokenAgreesWithTheRegularExpression(@ForAll("candidates") String value) {
        assertThat(Ids.isToken(value)).isEqualTo(ORACLE.matcher(value).matches());
    }

    @Property
    void idsAreBuiltExactlyFromTokensAndKeepTheirValue(@ForAll("candidates") String value) {
        if (ORACLE.matcher(value).matches()) {
            assertThat(IssueId.of(value).value()).isEqualTo(value);
            assertThat(PersonId.of(value).value()).isEqualTo(value);
        } else {
            assertThatExceptionOfType(InvalidModelException.class).isThrownBy(() -> CourseId.of(value))
                    .satisfies(e -> assertThat(e.violations()).singleElement()
                            .satisfies(v -> assertThat(v.rule()).isEqualTo(ModelRule.ID_FORMAT)));
        }
    }
}
