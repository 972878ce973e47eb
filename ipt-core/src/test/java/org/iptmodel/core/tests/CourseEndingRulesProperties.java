package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iptmodel.core.contracts.Rejections.assertRejected;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
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
        Discontinuation early = Discontinuation.of(last.date().minusDays(daysBefore), reason);
        assertRejected(() -> Course.builder().from(c).discontinuation(early).build(), () -> c.withDiscontinuation(early),
                "discontinuation.date", ModelRule.DATE_ORDER, secrets(c));
        Discontinuation sameDay = Discontinuation.of(last.date(), reason);
        assertThat(c.withDiscontinuation(sameDay).discontinuation()).contains(sameDay);
    }

    @Property
    void aPlannedCourseHasNoSessionAndNoEnding(@ForAll("planned") Course c, @ForAll("activeCourses") Course other) {
        assertThat(c.sessions()).isEmpty();
        assertThat(c.termination()).isEmpty();
        assertThat(c.discontinuation()).isEmpty();
        assertRejected(() -> Course.builder().from(other).status(CourseStatus.PLANNED).build(),
                () -> other.withStatus(CourseStatus.PLANNED), "status", ModelRule.STATUS_CONSISTENT, secrets(other));
    }

    @Property
    void anActiveCourseHasSessionsAndNoEnding(@ForAll("activeCourses") Course c, @ForAll("planned") Course planned,
            @ForAll("completed") Course completed, @ForAll("discontinued") Course discontinued) {
        assertThat(c.sessions()).isNotEmpty();
        assertThat(c.termination()).isEmpty();
        assertThat(c.discontinuation()).isEmpty();
        for (Course other : List.of(planned, completed, discontinued)) {
            assertRejected(() -> Course.builder().from(other).status(CourseStatus.ACTIVE).build(),
                    () -> other.withStatus(CourseStatus.ACTIVE), "status", ModelRule.STATUS_CONSISTENT, secrets(other));
        }
    }

    @Property
    void aCompletedCourseHasSessionsAndATerminationRecord(@ForAll("completed") Course c, @ForAll("activeCourses") Course active,
            @ForAll("planned") Course planned, @ForAll("terminations") Termination t) {
        assertThat(c.sessions()).isNotEmpty();
        assertThat(c.termination()).isPresent();
        assertThat(c.discontinuation()).isEmpty();
        assertRejected(() -> Course.builder().from(active).status(CourseStatus.COMPLETED).build(),
                () -> active.withStatus(CourseStatus.COMPLETED), "status", ModelRule.STATUS_CONSISTENT, secrets(active));
        Termination undated = t.withAnnouncedAtSession(java.util.OptionalInt.empty());
        assertRejected(() -> Course.builder().from(planned).termination(undated).build(), "status",
                ModelRule.STATUS_CONSISTENT, secrets(planned));
    }

    @Property
    void aDiscontinuedCourseHasADiscontinuationRecord(@ForAll("discontinued") Course c, @ForAll("activeCourses") Course active) {
        assertThat(c.discontinuation()).isPresent();
        assertThat(c.termination()).isEmpty();
        assertRejected(() -> Course.builder().from(active).status(CourseStatus.DISCONTINUED).build(),
                () -> active.withStatus(CourseStatus.DISCONTINUED), "status", ModelRule.STATUS_CONSISTENT,
                secrets(active));
    }

    @Property
    void aCourseIsNeverBothCompletedAndDiscontinued(@ForAll("completed") Course c, @ForAll DiscontinuationReason reason) {
        Discontinuation d = Discontinuation.of(c.termination().orElseThrow().date(), reason);
        for (CourseStatus status : CourseStatus.values()) {
            assertRejected(() -> Course.builder().from(c).discontinuation(d).status(status).build(), "status",
                    ModelRule.STATUS_CONSISTENT, secrets(c));
        }
        assertRejected(() -> c.withDiscontinuation(d), "status", ModelRule.STATUS_CONSISTENT, secrets(c));
    }

    @Property
    void aCourseMayBeDiscontinuedBeforeItsFirstSession(@ForAll("planned") Course c, @ForAll DiscontinuationReason reason) {
        Discontinuation d = Discontinuation.of(c.contract().start(), reason);
        Course dropped = Course.builder().from(c).discontinuation(d).status(CourseStatus.DISCONTINUED).build();
        assertThat(dropped.status()).isEqualTo(CourseStatus.DISCONTINUED);
        assertThat(dropped.sessions()).isEmpty();
    }

    @Example
    void aWithCopyKeepsTheStatusSoCompletingACourseSetsTheStatusToo() {
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
        assertRejected(() -> active.withTermination(t), "status", ModelRule.STATUS_CONSISTENT, "SECRET-sleeping badly again");
        Course completed = Course.builder().from(active).termination(t).status(CourseStatus.COMPLETED).build();
        assertThat(completed.status()).isEqualTo(CourseStatus.COMPLETED);
        assertThat(completed.termination()).contains(t);
        assertThat(completed.sessions()).extracting(Session::phase).endsWith(Phase.TERMINATION);
        assertThat(completed.withTermination(Optional.of(t))).isSameAs(completed);
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
