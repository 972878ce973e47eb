package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iptmodel.core.contracts.Rejections.assertRejected;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.iptmodel.core.Bounds;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseStatus;
import org.iptmodel.core.Discontinuation;
import org.iptmodel.core.DiscontinuationReason;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.NextStep;
import org.iptmodel.core.Phase;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Session;
import org.iptmodel.core.Termination;
import org.iptmodel.core.TerminationOutcome;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.RedactedTexts;

/**
 * How a course ends: the termination record names a session of the course, termination and
 * discontinuation do not precede the last session, and the status agrees with the content.
 */
class CourseEndingRulesProperties {

    @Property
    void theAnnouncingSessionIsASessionOfTheCourse(@ForAll("completed") Course c, @ForAll @IntRange(min = 1, max = 10) int beyond) {
        Termination t = c.termination().orElseThrow();
        int missing = c.sessions().size() + beyond;
        Termination wrong = t.withAnnouncedAtSession(missing);
        assertRejected(() -> Course.builder().from(c).termination(wrong).build(), () -> c.withTermination(wrong),
                "termination.announcedAtSession", ModelRule.KNOWN_SESSION, secrets(c));
        Termination last = t.withAnnouncedAtSession(c.sessions().size());
        assertThat(c.withTermination(last).termination()).contains(last);
    }

    @Property
    void terminationDoesNotPrecedeTheLastSession(@ForAll("completed") Course c, @ForAll @IntRange(min = 1, max = 30) int daysBefore) {
        Session last = c.lastSession().orElseThrow();
        // a date before the model's earliest would break another rule
        Assume.that(!last.date().minusDays(daysBefore).isBefore(Bounds.EARLIEST_DATE));
        Termination early = c.termination().orElseThrow().withDate(last.date().minusDays(daysBefore));
        assertRejected(() -> Course.builder().from(c).termination(early).build(), () -> c.withTermination(early),
                "termination.date", ModelRule.DATE_ORDER, secrets(c));
        Termination sameDay = early.withDate(last.date());
        assertThat(c.withTermination(sameDay).termination()).contains(sameDay);
    }

    @Property
    void discontinuationDoesNotPrecedeTheLastSession(@ForAll("discontinuedWithSessions") Course c,
            @ForAll @IntRange(min = 1, max = 30) int daysBefore, @ForAll DiscontinuationReason reason) {
        Session last = c.lastSession().orElseThrow();
        Assume.that(!last.date().minusDays(daysBefore).isBefore(Bounds.EARLIEST_DATE));
        Discontinuation early = Discontinuation.of(last.date().minusDays(daysBefore), reason);
        assertRejected(() -> Course.builder().from(c).discontinuation(early).build(), () -> c.withDiscontinuation(early),
                "discontinuation.date", ModelRule.DATE_ORDER, secrets(c));
        Discontinuation sameDay = Discontinuation.of(last.date(), reason);
        assertThat(c.withDiscontinuation(sameDay).discontinuation()).contains(sameDay);
    }

    @Property
    void aPlannedCourseHasNoSessionAndNoEnding(@ForAll("planned") Course c) {
        assertThat(c.status()).isEqualTo(CourseStatus.PLANNED);
        assertThat(c.sessions()).isEmpty();
        assertThat(c.termination()).isEmpty();
        assertThat(c.discontinuation()).isEmpty();
    }

    @Property
    void anActiveCourseHasSessionsAndNoEnding(@ForAll("activeCourses") Course c) {
        assertThat(c.status()).isEqualTo(CourseStatus.ACTIVE);
        assertThat(c.sessions()).isNotEmpty();
        assertThat(c.termination()).isEmpty();
        assertThat(c.discontinuation()).isEmpty();
        Course unheld = c.withSessions(List.of());
        assertThat(unheld.status()).as("a with* copy derives the status again").isEqualTo(CourseStatus.PLANNED);
        assertThat(unheld.withSessions(c.sessions())).isEqualTo(c);
    }

    @Property
    void aCompletedCourseHasSessionsAndATerminationRecord(@ForAll("completed") Course c, @ForAll("planned") Course planned,
            @ForAll("terminations") Termination t) {
        assertThat(c.status()).isEqualTo(CourseStatus.COMPLETED);
        assertThat(c.sessions()).isNotEmpty();
        assertThat(c.termination()).isPresent();
        assertThat(c.discontinuation()).isEmpty();
        Termination undated = t.withAnnouncedAtSession(java.util.OptionalInt.empty());
        assertRejected(() -> Course.builder().from(planned).termination(undated).build(), () -> planned.withTermination(undated),
                "termination", ModelRule.STATUS_CONSISTENT, secrets(planned));
    }

    @Property
    void aDiscontinuedCourseHasADiscontinuationRecord(@ForAll("discontinued") Course c) {
        assertThat(c.status()).isEqualTo(CourseStatus.DISCONTINUED);
        assertThat(c.discontinuation()).isPresent();
        assertThat(c.termination()).isEmpty();
    }

    @Property
    void aCourseIsNeverBothCompletedAndDiscontinued(@ForAll("completed") Course c, @ForAll DiscontinuationReason reason) {
        Discontinuation d = Discontinuation.of(c.termination().orElseThrow().date(), reason);
        assertRejected(() -> Course.builder().from(c).discontinuation(d).build(), () -> c.withDiscontinuation(d),
                "discontinuation", ModelRule.STATUS_CONSISTENT, secrets(c));
    }

    @Property
    void aCourseMayBeDiscontinuedBeforeItsFirstSession(@ForAll("planned") Course c, @ForAll DiscontinuationReason reason) {
        Discontinuation d = Discontinuation.of(c.contract().start(), reason);
        Course dropped = c.withDiscontinuation(d);
        assertThat(dropped.status()).isEqualTo(CourseStatus.DISCONTINUED);
        assertThat(dropped.sessions()).isEmpty();
    }

    @Example
    void aWithCopyDerivesTheStatusFromTheNewContent() {
        Course active = CourseFixtures.course(Protocol.standard(),
                CourseFixtures.sessions(CourseFixtures.acute(12, 3, 3))).build();
        Termination t = Termination.builder()
                .date(active.lastSession().orElseThrow().date())
                .announcedAtSession(9)
                .outcome(TerminationOutcome.REMITTED)
                .nextStep(NextStep.CONCLUDE)
                .addWarningSigns("SECRET-sleeping badly again")
                .build();
        assertThat(active.status()).isEqualTo(CourseStatus.ACTIVE);
        Course completed = active.withTermination(t);
        assertThat(completed.status()).isEqualTo(CourseStatus.COMPLETED);
        assertThat(completed.termination()).contains(t);
        assertThat(completed.sessions()).extracting(Session::phase).endsWith(Phase.TERMINATION);
        assertThat(completed.withTermination(Optional.of(t))).isSameAs(completed);
        assertThat(completed.withTermination(Optional.empty()).status()).isEqualTo(CourseStatus.ACTIVE);
    }

    private static String[] secrets(Course c) {
        return RedactedTexts.of(c).toArray(String[]::new);
    }

    @Provide
    Arbitrary<Course> planned() {
        return IptArbitraries.courses(CourseStatus.PLANNED);
    }

    @Provide
    Arbitrary<Course> activeCourses() {
        return IptArbitraries.courses(CourseStatus.ACTIVE);
    }

    @Provide
    Arbitrary<Course> completed() {
        return IptArbitraries.courses(CourseStatus.COMPLETED);
    }

    @Provide
    Arbitrary<Course> discontinued() {
        return IptArbitraries.courses(CourseStatus.DISCONTINUED);
    }

    @Provide
    Arbitrary<Course> discontinuedWithSessions() {
        return IptArbitraries.courses(CourseStatus.DISCONTINUED).filter(c -> !c.sessions().isEmpty());
    }

    @Provide
    Arbitrary<Termination> terminations() {
        return IptArbitraries.terminations();
    }
}
