package org.iptmodel.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.Course;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.arbitraries.PlannedCourses;
import org.iptmodel.core.plan.PlannedSession;
import org.iptmodel.core.plan.Schedule;

class AdherenceProperties {

    @Provide
    Arbitrary<Schedule> plans() {
        return IptArbitraries.adherentSchedules();
    }

    @Property
    void aCourseRecordedSessionBySessionFromAPlanHasNoDeviationAtAnyStep(@ForAll("plans") Schedule schedule) {
        Course course = PlannedCourses.planned(schedule);
        assertThat(AdherenceReport.of(course).entries()).isEmpty();
        for (PlannedSession p : schedule.sessions()) {
            course = course.recordSession(PlannedCourses.held(schedule, p, List.of()));
            assertThat(AdherenceReport.of(course).entries()).as("after session %s", p.number()).isEmpty();
        }
        if (!schedule.sessions().isEmpty()) {
            course = course.conclude(PlannedCourses.termination(schedule));
        }
        AdherenceReport report = AdherenceReport.of(course);
        assertThat(report.entries()).isEmpty();
        assertThat(report.isAdherent()).isTrue();
        assertThat(report.hasSafetyFlags()).isFalse();
    }

    @Property(tries = 300)
    void eachTargetedMutationProducesItsOwnDeviationAndNoOther(@ForAll("plans") Schedule schedule) {
        Course base = PlannedCourses.completed(schedule);
        assertThat(AdherenceReport.of(base).deviations()).isEmpty();

        for (DeviationCode code : DeviationCode.values()) {
            Optional<Course> mutated = PlannedCourses.withDeviation(code, base);
            Statistics.label("applicable").collect(code.name(), mutated.isPresent());
            mutated.ifPresent(course -> {
                AdherenceReport report = AdherenceReport.of(course);
                assertThat(report.codes()).as("mutation %s", code).containsExactly(code);
                assertThat(report.deviations()).allSatisfy(d -> {
                    assertThat(d.severity()).isEqualTo(code.severity());
                    assertThat(d.source()).isEqualTo(code.source());
                    assertThat(d.references()).isNotEmpty().isSubsetOf(Bibliography.all());
                });
                assertThat(report.safetyFlags()).isEmpty();
            });
        }
        Statistics.label("applicable").coverage(c -> {
            for (DeviationCode code : DeviationCode.values()) {
                c.check(code.name(), true).count(n -> n > 0);
            }
        });
    }

    @Property
    void deviationsAreOrderedBySeverityThenFirstSession(@ForAll("plans") Schedule schedule) {
        Course course = PlannedCourses.completed(schedule);
        for (DeviationCode code : DeviationCode.values()) {
            course = PlannedCourses.withDeviation(code, course).orElse(course);
        }
        List<Deviation> deviations = AdherenceReport.of(course).deviations();
        for (int i = 1; i < deviations.size(); i++) {
            Deviation a = deviations.get(i - 1);
            Deviation b = deviations.get(i);
            assertThat(a.severity()).isGreaterThanOrEqualTo(b.severity());
            if (a.severity() == b.severity()) {
                int first = a.sessions().isEmpty() ? 0 : a.sessions().get(0);
                int second = b.sessions().isEmpty() ? 0 : b.sessions().get(0);
                assertThat(first).isLessThanOrEqualTo(second);
            }
        }
        assertThat(deviations).allSatisfy(d -> assertThat(d.severity()).isNotEqualTo(ReportSeverity.SAFETY));
    }
}
