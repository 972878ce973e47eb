package org.iptmodel.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.iptmodel.core.contracts.Rejections.assertRejectedOnly;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.iptmodel.core.Course;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Session;
import org.iptmodel.core.arbitraries.IptArbitraries;

/**
 * {@link SafetyNotice}: a suicidality item not recorded. Every measurement of an instrument with a
 * suicidality item recorded as a total without item responses gives exactly one notice, in the
 * safety section of both reports, whatever the criteria; a measurement with item responses gives
 * none.
 */
class SafetyNoticeProperties {

    @Provide
    Arbitrary<Course> courses() {
        return Arbitraries.frequencyOf(Tuple.of(1, IptArbitraries.courses()),
                Tuple.of(2, IptArbitraries.deviatingCourses())).withoutEdgeCases();
    }

    @Provide
    Arbitrary<OutcomeCriteria> criteria() {
        return IptArbitraries.outcomeCriteria();
    }

    /** The measurements recorded as totals on instruments with a suicidality item, read from the raw course. */
    private static List<SafetyNotice> expectedNotices(Course course) {
        List<SafetyNotice> notices = new ArrayList<>();
        for (Session session : course.sessions()) {
            for (Measurement m : session.measurements()) {
                if (m.items().isEmpty() && m.instrument().suicidalityItem().isPresent()) {
                    notices.add(new SafetyNotice(session.number(), m.instrument().code(),
                            m.instrument().suicidalityItem().getAsInt()));
                }
            }
        }
        return notices;
    }

    @Property
    void everyTotalOnlyMeasurementOfAnInstrumentWithASuicidalityItemHasExactlyOneNotice(
            @ForAll("courses") Course course, @ForAll("criteria") OutcomeCriteria criteria) {
        List<SafetyNotice> expected = expectedNotices(course);
        long totalOnly = course.sessions().stream().flatMap(s -> s.measurements().stream())
                .filter(m -> m.items().isEmpty() && m.instrument().suicidalityItem().isPresent()).count();
        Statistics.label("notices").collect(expected.isEmpty() ? "none" : "some");

        AdherenceReport adherence = AdherenceReport.of(course);
        OutcomeReport outcomes = OutcomeReport.of(course, criteria);

        assertThat(expected).hasSize((int) totalOnly);
        assertThat(adherence.safetyNotices()).containsExactlyElementsOf(expected);
        assertThat(outcomes.safetyNotices()).containsExactlyElementsOf(expected);
        assertThat(OutcomeReport.of(course).safetyNotices()).containsExactlyElementsOf(expected);
        assertThat(adherence.safetyFlags()).allSatisfy(flag -> assertThat(expected).noneMatch(
                n -> n.session() == flag.session() && n.instrument().equals(flag.instrument())));
        assertThat(adherence.entries()).hasSize(adherence.safetyFlags().size() + adherence.deviations().size());
        Statistics.label("notices").coverage(c -> {
            c.check("none").count(n -> n > 0);
            c.check("some").count(n -> n > 0);
        });
    }

    @Property
    void everyNoticeSaysItemNotRecordedWithNumbersAndCodesOnly(@ForAll("courses") Course course) {
        for (SafetyNotice notice : OutcomeReport.of(course).safetyNotices()) {
            assertThat(notice.severity()).isEqualTo(ReportSeverity.WARNING);
            assertThat(notice.sessions()).containsExactly(notice.session());
            assertThat(notice.message()).startsWith("item not recorded: session " + notice.session() + ", "
                    + notice.instrument() + " item " + notice.item());
            assertThat(notice.message()).doesNotContain(IptArbitraries.REDACTION_MARKER);
            assertThat(notice.toString()).doesNotContain(IptArbitraries.REDACTION_MARKER);
            assertThat(notice.source()).isNotBlank();
            assertThat(notice.references()).isNotEmpty();
        }
    }

    @Property
    void noticesOutOfSessionOrderAreRejected(@ForAll @IntRange(min = 2, max = 40) int later,
            @ForAll @IntRange(min = 1, max = 39) int earlier) {
        Assume.that(earlier < later);
        List<SafetyNotice> notices = List.of(new SafetyNotice(later, "phq-9", 9), new SafetyNotice(earlier, "bdi-ii", 9));

        assertRejectedOnly(() -> AdherenceReport.of(List.of(), notices, List.of()), "safetyNotices[1]",
                ModelRule.REPORT_ORDER);
        assertRejectedOnly(() -> OutcomeReport.of(OutcomeCriteria.defaults(), List.of(), notices, List.of(),
                List.of()), "safetyNotices[1]", ModelRule.REPORT_ORDER);
        List<SafetyNotice> ordered = List.of(notices.get(1), notices.get(0));
        assertThat(AdherenceReport.of(List.of(), ordered, List.of()).safetyNotices()).isEqualTo(ordered);
    }

    @Property
    void anInvalidNoticeIsRejectedWithItsPathAndRule(@ForAll @IntRange(min = -5, max = 0) int notPositive) {
        assertRejectedOnly(() -> new SafetyNotice(notPositive, "phq-9", 9), "session", ModelRule.VALUE_IN_RANGE);
        assertRejectedOnly(() -> new SafetyNotice(1, "phq-9", notPositive), "item", ModelRule.VALUE_IN_RANGE);
        assertRejectedOnly(() -> new SafetyNotice(1, "SECRET- phq 9", 9), "instrument", ModelRule.ID_FORMAT);
        assertRejectedOnly(() -> new SafetyNotice(1, " ", 9), "instrument", ModelRule.NOT_BLANK);
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> new SafetyNotice(1, "SECRET- phq 9", 9))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRET"));
    }
}
