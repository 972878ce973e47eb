package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.iptmodel.core.contracts.Rejections.assertRejected;

import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.iptmodel.core.CourseId;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.PatientRef;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.EqualityContract;
import org.iptmodel.core.contracts.RedactedTexts;
import org.iptmodel.core.contracts.RedactionContract;

/** The identifier types {@link CourseId}, {@link IssueId}, {@link PersonId} and {@link PatientRef}. */
class IdentifierProperties {

    /** Every identifier factory. */
    private static final List<Function<String, Object>> FACTORIES = List.of(
            CourseId::of, IssueId::of, PersonId::of, PatientRef::of);

    @Property
    void everyIdentifierKeepsItsText(@ForAll("tokens") String token) {
        assertThat(CourseId.of(token).value()).isEqualTo(token);
        assertThat(IssueId.of(token).value()).isEqualTo(token);
        assertThat(PersonId.of(token).value()).isEqualTo(token);
        assertThat(PatientRef.of(token).value()).isEqualTo(token);
        assertThat(new CourseId(token)).isEqualTo(CourseId.of(token));
    }

    @Property
    void idsPrintTheirTextAndPatientReferencesNever(@ForAll("tokens") String token) {
        assertThat(CourseId.of(token)).hasToString(token);
        assertThat(IssueId.of(token)).hasToString(token);
        assertThat(PersonId.of(token)).hasToString(token);
        assertThat(PatientRef.of(token)).hasToString("PatientRef[***]");
    }

    @Property
    void idsOrderByTheirText(@ForAll("tokens") String a, @ForAll("tokens") String b) {
        int expected = Integer.signum(a.compareTo(b));
        assertThat(Integer.signum(CourseId.of(a).compareTo(CourseId.of(b)))).isEqualTo(expected);
        assertThat(Integer.signum(IssueId.of(a).compareTo(IssueId.of(b)))).isEqualTo(expected);
        assertThat(Integer.signum(PersonId.of(a).compareTo(PersonId.of(b)))).isEqualTo(expected);
    }

    @Property
    void textThatIsNotAnIdentifierIsRejected(@ForAll("invalidTokens") String text) {
        for (Function<String, Object> factory : FACTORIES) {
            assertRejected(() -> factory.apply(text), "value", ModelRule.ID_FORMAT);
        }
    }

    @Example
    void theLongestIdentifierHas64Characters() {
        String longest = "a".repeat(64);
        for (Function<String, Object> factory : FACTORIES) {
            assertThat(factory.apply(longest)).isNotNull();
            assertRejected(() -> factory.apply(longest + "b"), "value", ModelRule.ID_FORMAT);
        }
    }

    @Example
    void everyAllowedCharacterIsAccepted() {
        String all = "AZaz09._:-";
        assertThat(CourseId.of(all).value()).isEqualTo(all);
        assertThat(PersonId.of("0").value()).isEqualTo("0");
    }

    @Example
    void nullIsRejectedWithNullPointerException() {
        for (Function<String, Object> factory : FACTORIES) {
            assertThatNullPointerException().isThrownBy(() -> factory.apply(null));
        }
    }

    @Provide
    Arbitrary<String> tokens() {
        return IptArbitraries.idTokens();
    }

    /** Texts that break the identifier form: blank, a wrong first character, a wrong character, too long. */
    @Provide
    Arbitrary<String> invalidTokens() {
        Arbitrary<String> token = IptArbitraries.idTokens();
        Arbitrary<Character> badFirst = Arbitraries.of('.', '_', ':', '-', ' ', 'é', '/', '\n');
        Arbitrary<Character> badAnywhere = Arbitraries.of(' ', 'é', '/', '\t', '#', '@', '+', 'ß', '\u00a0');
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of("", " ", "\t", "   ")),
                Tuple.of(3, Combinators.combine(badFirst, token).as((c, t) -> c + t)),
                Tuple.of(3, Combinators.combine(token, badAnywhere, token).as((a, c, b) -> a + c + b)),
                Tuple.of(2, IptArbitraries.redactedTexts().map(s -> s + " " + s)),
                Tuple.of(1, token.map(t -> (t + "x".repeat(65)).substring(0, 65))));
    }

    @Group
    class CourseIds implements EqualityContract<CourseId> {
        @Override
        @Provide
        public Arbitrary<CourseId> values() {
            return IptArbitraries.courseIds();
        }

        @Override
        public CourseId copyOf(CourseId id) {
            return CourseId.of(id.value());
        }

        @Override
        public CourseId changed(CourseId id) {
            return CourseId.of(otherToken(id.value()));
        }
    }

    @Group
    class IssueIds implements EqualityContract<IssueId> {
        @Override
        @Provide
        public Arbitrary<IssueId> values() {
            return IptArbitraries.issueIds();
        }

        @Override
        public IssueId copyOf(IssueId id) {
            return IssueId.of(id.value());
        }

        @Override
        public IssueId changed(IssueId id) {
            return IssueId.of(otherToken(id.value()));
        }
    }

    @Group
    class PersonIds implements EqualityContract<PersonId> {
        @Override
        @Provide
        public Arbitrary<PersonId> values() {
            return IptArbitraries.personIds();
        }

        @Override
        public PersonId copyOf(PersonId id) {
            return PersonId.of(id.value());
        }

        @Override
        public PersonId changed(PersonId id) {
            return PersonId.of(otherToken(id.value()));
        }
    }

    @Group
    class PatientRefs implements EqualityContract<PatientRef>, RedactionContract<PatientRef> {
        @Override
        @Provide
        public Arbitrary<PatientRef> values() {
            return IptArbitraries.patientRefs();
        }

        @Override
        public PatientRef copyOf(PatientRef patient) {
            return PatientRef.of(patient.value());
        }

        @Override
        public PatientRef changed(PatientRef patient) {
            return PatientRef.of(otherToken(patient.value()));
        }

        @Override
        public List<String> redactedTexts(PatientRef patient) {
            return RedactedTexts.of(patient);
        }
    }

    /** Another valid identifier text: one character longer, or shorter when already 64 long. */
    static String otherToken(String token) {
        return token.length() < 64 ? token + "x" : token.substring(0, 63);
    }
}
