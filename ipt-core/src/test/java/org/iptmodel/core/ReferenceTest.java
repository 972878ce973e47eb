package org.iptmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One entry of the bibliography: how it is cited, when two entries are equal, and what a complete
 * entry needs.
 */
class ReferenceTest {

    private static Reference.Builder paper() {
        return Reference.builder("doe-2020")
                .authors("Doe J, Roe R")
                .year(2020)
                .title("A paper")
                .publishedIn("Journal of Examples")
                .details("1(2):3-4")
                .doi("10.1000/example.1");
    }

    @Test
    void citationOfAPaperHasAuthorsYearTitleJournalDetailsAndDoi() {
        assertThat(paper().build().citation())
                .isEqualTo("Doe J, Roe R (2020). A paper. Journal of Examples, 1(2):3-4."
                        + " https://doi.org/10.1000/example.1");
    }

    @Test
    void citationOfAWebPageEndsWithItsAddress() {
        Reference page = Reference.builder("site-2024")
                .authors("A Society")
                .year(2024)
                .title("A page")
                .publishedIn("example.org")
                .url("https://example.org/page")
                .note("web page")
                .build();

        assertThat(page.citation()).isEqualTo("A Society (2024). A page. example.org. https://example.org/page");
    }

    @Test
    void citationOfABookHasPublisherAndEdition() {
        Reference book = Reference.builder("doe-1999")
                .authors("Doe J")
                .year(1999)
                .title("A Book")
                .publishedIn("Press, City")
                .details("2nd edition")
                .build();

        assertThat(book.citation()).isEqualTo("Doe J (1999). A Book. Press, City, 2nd edition.");
    }

    @Test
    void citationPrefersTheDoiToTheAddress() {
        Reference both = paper().url("https://example.org/paper").build();

        assertThat(both.citation()).endsWith(" https://doi.org/10.1000/example.1").doesNotContain("example.org/paper");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Is it a paper?", "A paper."})
    void citationKeepsTheTitlesOwnFinalMark(String title) {
        assertThat(paper().title(title).build().citation())
                .isEqualTo("Doe J, Roe R (2020). " + title
                        + " Journal of Examples, 1(2):3-4. https://doi.org/10.1000/example.1");
    }

    @Test
    void citationOfAnEntryOfTheBibliography() {
        assertThat(Bibliography.KROENKE_2001.citation()).isEqualTo("Kroenke K, Spitzer RL, Williams JBW (2001)."
                + " The PHQ-9: validity of a brief depression severity measure. Journal of General Internal Medicine,"
                + " 16(9):606-613. https://doi.org/10.1046/j.1525-1497.2001.016009606.x");
    }

    @Test
    void accessorsReturnWhatWasGiven() {
        Reference reference = paper().note("pages not confirmed").build();

        assertThat(reference.key()).isEqualTo("doe-2020");
        assertThat(reference.authors()).isEqualTo("Doe J, Roe R");
        assertThat(reference.year()).isEqualTo(2020);
        assertThat(reference.title()).isEqualTo("A paper");
        assertThat(reference.publishedIn()).isEqualTo("Journal of Examples");
        assertThat(reference.details()).contains("1(2):3-4");
        assertThat(reference.doi()).contains("10.1000/example.1");
        assertThat(reference.url()).isEmpty();
        assertThat(reference.note()).contains("pages not confirmed");
    }

    @Test
    void toStringIsTheKey() {
        assertThat(paper().build()).hasToString("doe-2020");
        assertThat(Bibliography.WHO_2016).hasToString("who-2016");
    }

    @Test
    void entriesWithTheSameFieldsAreEqual() {
        Reference one = paper().note("n").url("https://example.org").build();
        Reference other = paper().note("n").url("https://example.org").build();

        assertThat(one).isNotSameAs(other).isEqualTo(other).hasSameHashCodeAs(other);
        assertThat(other).isEqualTo(one);
        assertThat(one).isEqualTo(one).isNotEqualTo(null).isNotEqualTo("doe-2020");
    }

    /** A change of one field of an entry. */
    record Change(String field, UnaryOperator<Reference.Builder> apply) {

        @Override
        public String toString() {
            return field;
        }
    }

    @Provide
    Arbitrary<Change> changes() {
        return Arbitraries.of(List.of(
                new Change("authors", b -> b.authors("Doe J")),
                new Change("year", b -> b.year(2021)),
                new Change("title", b -> b.title("Another paper")),
                new Change("publishedIn", b -> b.publishedIn("Other Journal")),
                new Change("details", b -> b.details("1(2):3-5")),
                new Change("no details", b -> b.details(null)),
                new Change("doi", b -> b.doi("10.1000/example.2")),
                new Change("no doi", b -> b.doi(null)),
                new Change("url", b -> b.url("https://example.org")),
                new Change("note", b -> b.note("year not confirmed"))));
    }

    @Property(tries = 50)
    void anEntryDiffersFromOneWithAnyFieldChanged(@ForAll("changes") Change change) {
        Reference original = paper().build();
        Reference changed = change.apply().apply(paper()).build();

        assertThat(changed).isNotEqualTo(original);
        assertThat(original).isNotEqualTo(changed);
        assertThat(changed.hashCode()).as("the hash code follows the key").isEqualTo(original.hashCode());
    }

    @Property(tries = 100)
    void equalityAndHashCodeFollowTheFields(@ForAll("entries") Reference a, @ForAll("entries") Reference b) {
        boolean sameFields = a.key().equals(b.key()) && a.authors().equals(b.authors()) && a.year() == b.year()
                && a.title().equals(b.title()) && a.publishedIn().equals(b.publishedIn())
                && a.details().equals(b.details()) && a.doi().equals(b.doi()) && a.url().equals(b.url())
                && a.note().equals(b.note());

        assertThat(a.equals(b)).isEqualTo(sameFields).isEqualTo(b.equals(a));
        if (a.equals(b)) {
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
    }

    @Provide
    Arbitrary<Reference> entries() {
        Arbitrary<String> key = Arbitraries.of("a-2000", "b-2001");
        Arbitrary<String> title = Arbitraries.of("A paper", "A book");
        Arbitrary<Integer> year = Arbitraries.of(2000, 2001);
        Arbitrary<String> details = Arbitraries.of("1(1):1-2", "2nd edition").injectNull(0.5);
        Arbitrary<String> doi = Arbitraries.of("10.1000/a", "10.1000/b").injectNull(0.5);
        Arbitrary<String> note = Arbitraries.of("pages not confirmed").injectNull(0.5);
        return Combinators.combine(key, title, year, details, doi, note)
                .as((k, t, y, d, o, n) -> Reference.builder(k).authors("Doe J").year(y).title(t)
                        .publishedIn("Journal").details(d).doi(o).note(n).build());
    }

    @Test
    void anIncompleteEntryIsAProgrammingError() {
        assertThatIllegalStateException().isThrownBy(() -> paper().authors(" ").build())
                .withMessageContaining("doe-2020");
        assertThatIllegalStateException().isThrownBy(() -> paper().title(null).build());
        assertThatIllegalStateException().isThrownBy(() -> paper().publishedIn("").build());
        assertThatIllegalStateException().isThrownBy(() -> paper().year(0).build());
        assertThatIllegalStateException().isThrownBy(() -> Reference.builder("Not a key").authors("Doe J")
                .year(2020).title("A paper").publishedIn("Journal").build());
    }
}
