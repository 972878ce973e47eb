package org.iptmodel.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.iptmodel.core.Course;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Session;
import org.iptmodel.core.arbitraries.IptArbitraries;

class SafetyFlagProperties {

    @Provide
    Arbitrary<Course> courses() {
        return IptArbitraries.deviatingCourses();
    }

    @Provide
    Arbitrary<OutcomeCriteria> criteria() {
        return IptArbitraries.outcomeCriteria();
    }

    /** The flags expected from the raw item responses, independent of Measurement.suicidalityResponse(). */
    private static List<SafetyFlag> expectedFlags(Course course) {
        List<SafetyFlag> flags = new ArrayList<>();
        for (Session session : course.sessions()) {
            for (Measurement m : session.measurements()) {
                if (m.items().isEmpty() || m.instrument().suicidalityItem().isEmpty()) {
                    continue;
                }
                int item = m.instrument().suicidalityItem().getAsInt();
                int response = m.items().get(item - 1);
                if (response > 0) {
                    flags.add(new SafetyFlag(session.number(), m.instrument().code(), item, response));
                }
            }
        }
        return flags;
    }

    @Property
    void aFlagAppearsExactlyWhenASuicidalityItemIsAboveZeroWhateverElseTheCourseHolds(
            @ForAll("courses") Course course, @ForAll("criteria") OutcomeCriteria criteria) {
        List<SafetyFlag> expected = expectedFlags(course);
        Statistics.label("flags").collect(expected.isEmpty() ? "none" : "some");
        Statistics.label("deviations").collect(AdherenceReport.of(course).isAdherent() ? "none" : "some");

        AdherenceReport adherence = AdherenceReport.of(course);
        assertThat(adherence.safetyFlags()).containsExactlyElementsOf(expected);
        assertThat(adherence.hasSafetyFlags()).isEqualTo(!expected.isEmpty());
        assertThat(adherence.entries().subList(0, expected.size())).containsExactlyElementsOf(expected);
        assertThat(adherence.entries().subList(expected.size(), adherence.entries().size()))
                .allSatisfy(e -> assertThat(e.severity()).isLessThan(ReportSeverity.SAFETY));
        assertThat(adherence.entries()).filteredOn(e -> e.severity() == ReportSeverity.SAFETY)
                .containsExactlyElementsOf(expected);
        assertThat(OutcomeReport.of(course, criteria).safetyFlags()).containsExactlyElementsOf(expected);
        assertThat(OutcomeReport.of(course).safetyFlags()).containsExactlyElementsOf(expected);

        Statistics.label("flags").coverage(c -> {
            c.check("none").count(n -> n > 0);
            c.check("some").count(n -> n > 0);
        });
        Statistics.label("deviations").coverage(c -> c.check("some").count(n -> n > 0));
    }

    @Property
    void everyFlagAsksForAReviewAndNamesTheSessionAndInstrument(@ForAll("courses") Course course) {
        for (SafetyFlag flag : AdherenceReport.of(course).safetyFlags()) {
            assertThat(flag.severity()).isEqualTo(ReportSeverity.SAFETY);
            assertThat(flag.message()).startsWith("review risk with the patient")
                    .contains("session " + flag.session()).contains(flag.instrument());
            assertThat(flag.sessions()).containsExactly(flag.session());
            assertThat(flag.response()).isPositive();
            assertThat(flag.source()).contains("Kroenke, Spitzer and Williams 2001");
            assertThat(flag.references()).contains(org.iptmodel.core.Bibliography.KROENKE_2001);
        }
    }

    @Property
    void anInstrumentThatIsNotACodeIsRejectedWithoutRepeatingIt(@ForAll("notCodes") String instrument) {
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> new SafetyFlag(1, instrument, 9, 1))
                .satisfies(e -> {
                    assertThat(e.violations()).extracting(v -> v.path() + " " + v.rule())
                            .containsExactly("instrument " + (instrument.isBlank() ? ModelRule.NOT_BLANK
                                    : ModelRule.ID_FORMAT));
                    assertThat(e.getMessage()).doesNotContain("SECRET");
                });
    }

    @Property
    void everyInstrumentCodeOfTheCatalogueMakesAFlag(@ForAll("codes") String code, @ForAll("positive") int response) {
        assertThat(new SafetyFlag(1, code, 9, response).instrument()).isEqualTo(code);
    }

    @Provide
    Arbitrary<String> notCodes() {
        Arbitrary<String> spaced = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8)
                .map(s -> "SECRET-" + s + " " + s);
        Arbitrary<String> tooLong = Arbitraries.strings().alpha().ofLength(59).map(s -> "SECRET" + s);
        Arbitrary<String> leadingDash = Arbitraries.strings().alpha().ofMaxLength(8).map(s -> "-SECRET" + s);
        Arbitrary<String> blank = Arbitraries.of("", " ", "\t");
        return Arbitraries.oneOf(spaced, tooLong, leadingDash, blank);
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.of(Instrument.catalogue()).map(Instrument::code);
    }

    @Provide
    Arbitrary<Integer> positive() {
        return Arbitraries.integers().between(1, 3);
    }
}
