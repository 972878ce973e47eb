package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.iptmodel.core.Bounds;
import org.iptmodel.core.Course;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.plan.Schedule;

/**
 * Whatever the model accepts, the JSON format writes and reads back: the plans that reach
 * furthest (the most sessions at the longest cadences from the ends of the range of dates,
 * skipping as many dates as a plan may) and the courses at the bounds ({@link Bounds}) are
 * written, valid by their schemas, and read back equal.
 */
class BoundsRoundTripProperties {
    private static final IptJson STRICT = IptJson.strict();

    @Property(tries = 20)
    void the_plans_that_reach_furthest_are_written_and_read_back(@ForAll("protocols") Protocol protocol,
            @ForAll("edgeDates") LocalDate start, @ForAll("longestCadences") Period cadence) {
        Schedule schedule = IptArbitraries.furthestPlan(protocol, start, cadence);

        String json = STRICT.schedule().write(schedule);
        assertThat(STRICT.schedule().read(json)).isEqualTo(schedule);
        assertThat(Schemas.errors(Documents.SCHEDULE, json)).isEmpty();
    }

    @Property(tries = 100)
    void courses_at_the_bounds_are_written_and_read_back(@ForAll("coursesAtTheBounds") Course course) {
        String json = STRICT.course().write(course);
        assertThat(STRICT.course().read(json)).isEqualTo(course);
        assertThat(Schemas.errors(Documents.COURSE, json)).isEmpty();
    }

    /** Courses on the largest protocol, at the longest cadences: a twentieth start on the latest date. */
    @Provide
    Arbitrary<Course> coursesAtTheBounds() {
        return IptArbitraries.courses(BoundsDocumentTest.LARGEST);
    }

    @Provide
    Arbitrary<Protocol> protocols() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, IptArbitraries.protocols()),
                Tuple.of(1, Arbitraries.just(BoundsDocumentTest.LARGEST)));
    }

    @Provide
    Arbitrary<LocalDate> edgeDates() {
        return IptArbitraries.edgeDates();
    }

    @Provide
    Arbitrary<Period> longestCadences() {
        return IptArbitraries.longestCadences();
    }
}
