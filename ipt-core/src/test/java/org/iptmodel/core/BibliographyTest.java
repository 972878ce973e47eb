package org.iptmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bibliography as a whole: every constant is listed once, keys are stable identifiers that
 * {@link Bibliography#find(String)} turns back into their works, and every entry can be cited.
 */
class BibliographyTest {

    /** Lower-case letters and digits in groups joined by single hyphens, such as {@code "nqf-0710"}. */
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** A DOI without its resolver prefix: the directory indicator 10, a registrant code, a slash, a suffix. */
    private static final Pattern DOI = Pattern.compile("10\\.[0-9]{4,9}(\\.[0-9]+)*/\\S+");

    static List<Reference> works() {
        return Bibliography.all();
    }

    @Test
    void everyConstantIsListedOnce() throws IllegalAccessException {
        List<Reference> constants = new ArrayList<>();
        for (Field field : Bibliography.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                    && field.getType() == Reference.class) {
                constants.add((Reference) field.get(null));
            }
        }

        assertThat(constants).isNotEmpty().doesNotHaveDuplicates();
        assertThat(Bibliography.all()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(constants);
    }

    @Test
    void keysAreUnique() {
        List<String> keys = Bibliography.all().stream().map(Reference::key).toList();

        assertThat(keys).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("works")
    void keyIsAnIdentifier(Reference work) {
        assertThat(work.key()).matches(KEY);
        assertThat(work.toString()).isEqualTo(work.key());
    }

    @ParameterizedTest
    @MethodSource("works")
    void findReturnsTheWorkOfEachKey(Reference work) {
        assertThat(Bibliography.find(work.key())).containsSame(work);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "kroenke", "kroenke-2002", "KROENKE-2001", "kroenke-2001 ", "nqf-710",
            "weissman_2018"})
    void findIsEmptyForKeysNotInTheBibliography(String key) {
        assertThat(Bibliography.find(key)).isEmpty();
    }

    @Property
    void findIsEmptyExactlyForUnknownKeys(@ForAll("candidateKeys") String key) {
        Set<String> keys = Bibliography.all().stream().map(Reference::key).collect(Collectors.toSet());

        assertThat(Bibliography.find(key).isPresent()).isEqualTo(keys.contains(key));
        Bibliography.find(key).ifPresent(work -> assertThat(work.key()).isEqualTo(key));
    }

    @Provide
    Arbitrary<String> candidateKeys() {
        Arbitrary<String> known = Arbitraries.of(Bibliography.all()).map(Reference::key);
        Arbitrary<String> edited = known.flatMap(key -> Arbitraries.integers().between(0, key.length() - 1)
                .map(i -> key.substring(0, i) + key.substring(i + 1)));
        Arbitrary<String> keyLike = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-")
                .ofMinLength(0).ofMaxLength(30);
        return Arbitraries.oneOf(known, edited, keyLike, Arbitraries.strings().ofMaxLength(30));
    }

    @Test
    void findRejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Bibliography.find(null)).withMessage("key");
    }

    @ParameterizedTest
    @MethodSource("works")
    void citationNamesAuthorsYearAndTitle(Reference work) {
        assertThat(work.authors()).isNotBlank();
        assertThat(work.title()).isNotBlank();
        assertThat(work.publishedIn()).isNotBlank();
        assertThat(work.year()).isBetween(1900, Year.now().getValue());

        assertThat(work.citation())
                .startsWith(work.authors() + " (" + work.year() + "). " + work.title())
                .contains(work.publishedIn());
        work.details().ifPresent(details -> assertThat(work.citation()).contains(details));
    }

    @ParameterizedTest
    @MethodSource("works")
    void doiHasTheFormOfADoiAndEndsTheCitation(Reference work) {
        work.doi().ifPresent(doi -> {
            assertThat(doi).matches(DOI).doesNotStartWith("https://").doesNotStartWith("doi:");
            assertThat(work.citation()).endsWith(" https://doi.org/" + doi);
        });
    }

    @ParameterizedTest
    @MethodSource("works")
    void urlIsAnHttpsAddress(Reference work) {
        work.url().ifPresent(url -> assertThat(url).startsWith("https://").doesNotContainAnyWhitespaces());
    }

    @ParameterizedTest
    @MethodSource("works")
    void optionalFieldsAreNeverBlank(Reference work) {
        work.doi().ifPresent(doi -> assertThat(doi).isNotBlank());
        work.url().ifPresent(url -> assertThat(url).isNotBlank());
        work.details().ifPresent(details -> assertThat(details).isNotBlank());
        work.note().ifPresent(note -> assertThat(note).isNotBlank());
    }

    @Test
    void allIsUnmodifiable() {
        List<Reference> all = Bibliography.all();

        assertThatThrownBy(() -> all.add(Bibliography.KROENKE_2001))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> all.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> all.set(0, Bibliography.KROENKE_2001))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(all::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Bibliography.all()).isSameAs(all);
    }

    @Test
    void theCoreWorksAreListed() {
        assertThat(Bibliography.all().stream().map(Reference::key))
                .contains("weissman-2018", "weissman-2000", "klerman-1984", "markowitz-2006", "markowitz-1997",
                        "stuart-2012", "swartz-2004", "swartz-2014", "who-2016", "nice-2022", "nqf-0710",
                        "kroenke-2001");
        assertThat(Arrays.asList(Bibliography.NQF_0710.authors(), Bibliography.NICE_2022.authors()))
                .containsExactly("MN Community Measurement", "National Institute for Health and Care Excellence");
    }
}
