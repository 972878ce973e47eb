package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseId;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.IntRange;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.PatientRef;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.SeverityBand;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.SerializationContract;
import org.iptmodel.core.plan.Planner;
import org.iptmodel.core.plan.Schedule;
import org.iptmodel.core.ranking.FocusSelection;
import org.iptmodel.core.ranking.FocusSelector;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingContext;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.ranking.RankingRule;
import org.iptmodel.core.ranking.RankingRules;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.OutcomeCriteria;
import org.iptmodel.core.report.OutcomeReport;
import org.iptmodel.core.report.SafetyFlag;
import org.iptmodel.core.report.SafetyNotice;
import org.iptmodel.core.report.StartedTreatment;

/**
 * Java serialization: every value of the model, as the arbitraries make them, is written and read
 * back, through its serialization proxy and the builders, to an equal value.
 */
class SerializationProperties {

    private static void roundTrips(Object value) {
        SerializationContract.assertReadsBackEqual(value);
    }

    @Property(tries = 100)
    void everyCourseAndEveryPartOfItRoundTrips(@ForAll("courses") Course course) {
        roundTrips(course);
        roundTrips(course.id());
        roundTrips(course.patient());
        roundTrips(course.protocol());
        roundTrips(course.contract());
        course.contract().amendments().forEach(SerializationProperties::roundTrips);
        roundTrips(course.inventory());
        course.inventory().people().forEach(p -> {
            roundTrips(p);
            roundTrips(p.id());
        });
        course.issues().forEach(i -> {
            roundTrips(i);
            roundTrips(i.id());
        });
        course.focus().ifPresent(SerializationProperties::roundTrips);
        course.formulation().ifPresent(SerializationProperties::roundTrips);
        course.sickRole().ifPresent(SerializationProperties::roundTrips);
        course.sessions().forEach(s -> {
            roundTrips(s);
            s.measurements().forEach(SerializationProperties::roundTrips);
        });
        course.concurrentTreatments().forEach(SerializationProperties::roundTrips);
        course.termination().ifPresent(SerializationProperties::roundTrips);
        course.discontinuation().ifPresent(SerializationProperties::roundTrips);
    }

    @Property(tries = 100)
    void customProtocolsAndInstrumentsRoundTrip(@ForAll("customProtocols") Protocol protocol,
            @ForAll("customInstruments") Instrument instrument) {
        roundTrips(protocol);
        roundTrips(instrument);
        instrument.bands().forEach(SerializationProperties::roundTrips);
        roundTrips(protocol.acuteSessions());
    }

    @Property(tries = 50)
    void idsRangesAndBandsRoundTrip(@ForAll("courseIds") CourseId course, @ForAll("issueIds") IssueId issue,
            @ForAll("personIds") PersonId person, @ForAll("patientRefs") PatientRef patient,
            @ForAll("intRanges") IntRange range, @ForAll("severityBands") SeverityBand band) {
        for (Object value : List.of(course, issue, person, patient, range, band)) {
            roundTrips(value);
        }
    }

    @Property(tries = 100)
    void rankingsContextsSelectionsAndPoliciesRoundTrip(@ForAll("courses") Course course,
            @ForAll("policies") RankingPolicy policy) {
        roundTrips(policy);
        RankingContext context = RankingContext.of(course);
        roundTrips(context);
        Ranking ranking = policy.rank(course);
        roundTrips(ranking);
        ranking.flags().forEach(SerializationProperties::roundTrips);
        FocusSelector.standard().select(ranking).ifPresent(SerializationProperties::roundTrips);
        if (!ranking.isEmpty()) {
            var area = ranking.at(1).issue().area();
            if (course.protocol().problemAreas().contains(area)) {
                roundTrips(FocusSelection.override(ranking, "SECRET-override", area));
            }
        }
    }

    @Property(tries = 100)
    void reportsRoundTrip(@ForAll("courses") Course course, @ForAll("criteria") OutcomeCriteria criteria) {
        roundTrips(criteria);
        AdherenceReport adherence = AdherenceReport.of(course);
        roundTrips(adherence);
        adherence.deviations().forEach(SerializationProperties::roundTrips);
        OutcomeReport outcomes = OutcomeReport.of(course, criteria);
        roundTrips(outcomes);
        outcomes.outcomes().forEach(o -> o.points().forEach(SerializationProperties::roundTrips));
        SafetyFlag.allOf(course).forEach(SerializationProperties::roundTrips);
        SafetyNotice.allOf(course).forEach(SerializationProperties::roundTrips);
        StartedTreatment.duringCourse(course).forEach(SerializationProperties::roundTrips);
    }

    @Property(tries = 100)
    void schedulesAndPlannersRoundTrip(@ForAll("planners") Planner planner) {
        Schedule schedule = planner.plan();
        roundTrips(schedule);
        schedule.sessions().forEach(SerializationProperties::roundTrips);
        Planner back = SerializationContract.roundTrip(planner);
        assertThat(back.toString()).isEqualTo(planner.toString());
        assertThat(back.plan()).isEqualTo(schedule);
    }

    @Provide
    Arbitrary<Course> courses() {
        return IptArbitraries.courses();
    }

    @Provide
    Arbitrary<Protocol> customProtocols() {
        return IptArbitraries.customProtocols();
    }

    @Provide
    Arbitrary<Instrument> customInstruments() {
        return IptArbitraries.customInstruments();
    }

    @Provide
    Arbitrary<CourseId> courseIds() {
        return IptArbitraries.courseIds();
    }

    @Provide
    Arbitrary<IssueId> issueIds() {
        return IptArbitraries.issueIds();
    }

    @Provide
    Arbitrary<PersonId> personIds() {
        return IptArbitraries.personIds();
    }

    @Provide
    Arbitrary<PatientRef> patientRefs() {
        return IptArbitraries.patientRefs();
    }

    @Provide
    Arbitrary<IntRange> intRanges() {
        return IptArbitraries.intRanges();
    }

    @Provide
    Arbitrary<SeverityBand> severityBands() {
        return IptArbitraries.severityBands();
    }

    @Provide
    Arbitrary<OutcomeCriteria> criteria() {
        return IptArbitraries.outcomeCriteria();
    }

    @Provide
    Arbitrary<Planner> planners() {
        return IptArbitraries.planners();
    }

    /** The built-in policies, and policies of built-in rules in any order under other names. */
    @Provide
    Arbitrary<RankingPolicy> policies() {
        List<RankingRule> rules = RankingRules.all().stream().filter(r -> r != RankingRules.ISSUE_ID).toList();
        Arbitrary<RankingPolicy> custom = Combinators.combine(IptArbitraries.idTokens(),
                Arbitraries.subsetOf(rules).ofMinSize(1).map(s -> List.copyOf(s)).flatMap(
                        s -> Arbitraries.shuffle(s)))
                .as((name, chosen) -> RankingPolicy.builder().name(name).addAll(chosen).build())
                .filter(p -> !p.name().equals("issue-id"));
        return Arbitraries.oneOf(Arbitraries.of(RankingPolicy.clinicalDefault(), RankingPolicy.brief()), custom);
    }
}
