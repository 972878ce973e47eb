package org.iptmodel.json;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.iptmodel.core.Amenability;
import org.iptmodel.core.Course;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Severity;
import org.iptmodel.core.SeverityBand;
import org.iptmodel.core.plan.Schedule;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingContext;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.ranking.RankingRules;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.OutcomeCriteria;
import org.iptmodel.core.report.OutcomeReport;

/**
 * The rankings, schedules and reports of the sample courses ({@link Samples}), one of each per
 * protocol of the catalogue: the values of the golden files of those documents. Together they hold
 * every property of the documents.
 */
final class DocumentSamples {

    private DocumentSamples() {
    }

    /** The ranking of the sample course's issues: by the brief policy for brief IPT, else by the default. */
    static Ranking ranking(Protocol protocol) {
        RankingPolicy policy = protocol.equals(Protocol.brief()) ? RankingPolicy.brief()
                : RankingPolicy.clinicalDefault();
        return policy.rank(Samples.course(protocol));
    }

    /**
     * A ranking by a custom policy of built-in rules, under a protocol of three problem areas, with
     * a tie only the issue id breaks and both kinds of flag.
     */
    static Ranking rankingWithFlags() {
        Protocol threeAreas = Protocol.standard().withId("clinic-three-areas")
                .withProblemAreas(EnumSet.of(ProblemArea.GRIEF, ProblemArea.ROLE_DISPUTE,
                        ProblemArea.ROLE_TRANSITION));
        List<InterpersonalIssue> issues = new ArrayList<>(Samples.issues());
        issues.add(InterpersonalIssue.builder()
                .id(IssueId.of("i-4"))
                .summary("the end of the friendship with the neighbour")
                .area(ProblemArea.GRIEF)
                .addPeople(PersonId.of("p-3"))
                .onsetLink(OnsetLink.NOT_LINKED)
                .patientPriority(4)
                .distress(3)
                .amenability(Amenability.LOW)
                .build());
        issues.add(InterpersonalIssue.builder()
                .id(IssueId.of("i-5"))
                .summary("has always found it hard to make friends")
                .area(ProblemArea.INTERPERSONAL_DEFICITS)
                .onsetLink(OnsetLink.NOT_LINKED)
                .patientPriority(5)
                .distress(4)
                .amenability(Amenability.MODERATE)
                .build());
        // two transitions whose link to the episode is not assessed yet, tied on every rule
        for (String[] notAssessed : new String[][] {{"i-6", "worries about a sister's illness"},
                {"i-7", "a new manager at work"}}) {
            issues.add(InterpersonalIssue.builder()
                    .id(IssueId.of(notAssessed[0]))
                    .summary(notAssessed[1])
                    .area(ProblemArea.ROLE_TRANSITION)
                    .onsetLink(OnsetLink.NOT_ASSESSED)
                    .patientPriority(6)
                    .distress(4)
                    .amenability(Amenability.MODERATE)
                    .build());
        }
        RankingPolicy policy = RankingPolicy.builder()
                .name("clinic-a")
                .add(RankingRules.ONSET_LINK)
                .add(RankingRules.AMENABILITY)
                .add(RankingRules.ONSET_PROXIMITY)
                .build();
        RankingContext context = RankingContext.of(threeAreas, Samples.inventory());
        return policy.rank(issues, context);
    }

    /** The schedule of the sample course's contract, with other settings for some protocols. */
    static Schedule schedule(Protocol protocol) {
        Course course = Samples.course(protocol);
        LocalDate start = course.contract().start();
        switch (protocol.id()) {
            case "ipt-standard":
                return Schedule.planner(protocol, start)
                        .withSessionCount(course.contract().plannedSessions())
                        .withSkippedDates(List.of(start.plusWeeks(6), start.plusWeeks(7).plusDays(1)))
                        .withMaintenanceSessions(3)
                        .plan();
            case "ipt-a":
                return Schedule.planner(protocol, start)
                        .withCadence(Period.ofWeeks(2))
                        .withSessionCount(course.contract().plannedSessions())
                        .plan();
            case "ipt-m":
                return Schedule.planner(protocol, start)
                        .withMaintenanceSessions(course.contract().plannedSessions())
                        .withMaintenanceCadence(Period.ofWeeks(6))
                        .plan();
            default:
                return Schedule.of(protocol, start);
        }
    }

    /** The adherence report of the sample course. */
    static AdherenceReport adherence(Protocol protocol) {
        return AdherenceReport.of(Samples.course(protocol));
    }

    /** The outcome report of the sample course: for standard IPT under changed criteria. */
    static OutcomeReport outcomes(Protocol protocol) {
        Course course = Samples.course(protocol);
        if (!protocol.equals(Protocol.standard())) {
            return OutcomeReport.of(course);
        }
        return OutcomeReport.of(course, OutcomeCriteria.defaults()
                .withPartialResponseReduction(30)
                .withRemissionMax(Samples.WELLBEING, 3)
                .withDepressedMin(Samples.WELLBEING, 10)
                .withBands(Instrument.phq9(), List.of(SeverityBand.of(Severity.MINIMAL, 0, 4),
                        SeverityBand.of(Severity.MILD, 5, 9), SeverityBand.of(Severity.MODERATE, 10, 14),
                        SeverityBand.of(Severity.SEVERE, 15, 27))));
    }
}
