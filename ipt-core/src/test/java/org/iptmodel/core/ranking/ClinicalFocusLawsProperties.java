package org.iptmodel.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.iptmodel.core.Course;
import org.iptmodel.core.Focus;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.ranking.RankingScenarios.Scenario;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.Deviation;
import org.iptmodel.core.report.DeviationCode;

/**
 * The manuals' laws of ranking and focus, over generated issues: links to the onset and to the
 * maintenance of the episode count alike; only issues linked to the episode exclude interpersonal
 * deficits; an unlinked focus, grief without a death and a link not assessed are flagged; a
 * focus is never silently decided by issue ids; and a selection explains itself.
 */
class ClinicalFocusLawsProperties {

    @Provide
    Arbitrary<Scenario> scenarios() {
        return RankingScenarios.scenarios();
    }

    @Provide
    Arbitrary<RankingPolicy> builtIn() {
        return Arbitraries.of(RankingPolicy.clinicalDefault(), RankingPolicy.brief());
    }

    @Property
    void onsetAndMaintenanceLinksRankAlike(@ForAll("scenarios") Scenario scenario,
            @ForAll("builtIn") RankingPolicy policy) {
        List<InterpersonalIssue> swapped = scenario.issues().stream().map(i -> switch (i.onsetLink()) {
            case PRECIPITATED_ONSET -> i.withOnsetLink(OnsetLink.MAINTAINS_EPISODE);
            case MAINTAINS_EPISODE -> i.withOnsetLink(OnsetLink.PRECIPITATED_ONSET);
            default -> i;
        }).toList();

        assertThat(ids(policy.rank(swapped, scenario.context())))
                .containsExactlyElementsOf(ids(policy.rank(scenario.issues(), scenario.context())));
    }

    @Property
    void onsetBeforeMaintenanceIsAnOptInRuleThatOrdersTheTwoLinks(@ForAll("scenarios") Scenario scenario) {
        RankingPolicy optIn = RankingPolicy.builder().name("onset-first").add(RankingRules.ONSET_LINK)
                .add(RankingRules.ONSET_BEFORE_MAINTENANCE).addAll(RankingPolicy.clinicalDefault().rules().subList(1, 5))
                .build();
        List<InterpersonalIssue> ranked = optIn.rank(scenario.issues(), scenario.context()).issues();
        boolean maintainsSeen = false;
        for (InterpersonalIssue issue : ranked) {
            if (issue.onsetLink() == OnsetLink.MAINTAINS_EPISODE) {
                maintainsSeen = true;
            }
            if (issue.onsetLink() == OnsetLink.PRECIPITATED_ONSET) {
                assertThat(maintainsSeen).as("%s after an issue maintaining the episode", issue.id()).isFalse();
            }
        }
        assertThat(RankingPolicy.clinicalDefault().rules()).doesNotContain(RankingRules.ONSET_BEFORE_MAINTENANCE);
        assertThat(RankingPolicy.brief().rules()).doesNotContain(RankingRules.ONSET_BEFORE_MAINTENANCE);
    }

    @Property
    void issuesNotAssessedRankAfterEveryAssessedIssueAndAreFlagged(@ForAll("scenarios") Scenario scenario,
            @ForAll("builtIn") RankingPolicy policy) {
        Ranking ranking = policy.rank(scenario.issues(), scenario.context());
        boolean notAssessedSeen = false;
        for (InterpersonalIssue issue : ranking.issues()) {
            if (issue.onsetLink() == OnsetLink.NOT_ASSESSED) {
                notAssessedSeen = true;
            } else {
                assertThat(notAssessedSeen).as("%s after an issue not assessed", issue.id()).isFalse();
            }
        }
        assertThat(flagged(ranking.flags(), RankingFlag.Code.LINK_NOT_ASSESSED)).containsExactlyInAnyOrderElementsOf(
                scenario.issues().stream().filter(i -> i.onsetLink() == OnsetLink.NOT_ASSESSED)
                        .map(InterpersonalIssue::id).toList());
    }

    @Property
    void anUnlinkedIssueOfAnotherAreaNeverBlocksALinkedDeficitsFocus(@ForAll("scenarios") Scenario scenario,
            @ForAll("builtIn") RankingPolicy policy) {
        boolean linkedDeficits = scenario.issues().stream()
                .anyMatch(i -> i.area() == ProblemArea.INTERPERSONAL_DEFICITS && i.onsetLink().isLinked());
        boolean linkedOther = scenario.issues().stream()
                .anyMatch(i -> i.area() != ProblemArea.INTERPERSONAL_DEFICITS && i.onsetLink().isLinked());
        boolean deficitsUsable = scenario.protocol().problemAreas().contains(ProblemArea.INTERPERSONAL_DEFICITS);
        Statistics.label("linked deficits only").collect(linkedDeficits && !linkedOther && deficitsUsable);

        Optional<FocusSelection> selection = FocusSelector.standard().select(policy.rank(scenario.issues(),
                scenario.context()));

        if (linkedDeficits && !linkedOther && deficitsUsable) {
            assertThat(selection.orElseThrow().focus().primary()).isEqualTo(ProblemArea.INTERPERSONAL_DEFICITS);
            assertThat(selection.orElseThrow().flags()).extracting(RankingFlag::code)
                    .doesNotContain(RankingFlag.Code.FOCUS_NOT_LINKED);
        }
        if (linkedOther) {
            selection.ifPresent(s -> assertThat(s.focus().areas()).doesNotContain(ProblemArea.INTERPERSONAL_DEFICITS));
        }
    }

    @Property
    void aSelectedFocusIsNeverReportedAsDeficitsAgainstTheManualsAndEveryUnlinkedAreaIsReported(
            @ForAll("scenarios") Scenario scenario, @ForAll("builtIn") RankingPolicy policy) {
        Course course = FocusSelectionProperties.courseOf(scenario);
        FocusSelector.standard().select(policy.rank(course)).ifPresent(selection -> {
            Focus focus = selection.focus();
            AdherenceReport report = AdherenceReport.of(course.withFocus(focus));

            assertThat(report.codes()).doesNotContain(DeviationCode.DEFICITS_WHILE_OTHER_AREA_PRESENT);
            Set<ProblemArea> linked = EnumSet.noneOf(ProblemArea.class);
            course.issues().stream().filter(i -> i.onsetLink().isLinked()).forEach(i -> linked.add(i.area()));
            long unlinkedAreas = focus.areas().stream().filter(a -> !linked.contains(a)).count();
            assertThat(report.deviations(DeviationCode.FOCUS_AREA_NOT_LINKED)).hasSize((int) unlinkedAreas);
            assertThat(flagged(selection.flags(), RankingFlag.Code.FOCUS_NOT_LINKED)).hasSize((int) selection.choices()
                    .stream().filter(c -> !c.issue().orElseThrow().issue().onsetLink().isLinked()).count());
            Statistics.label("unlinked focus").collect(unlinkedAreas > 0);
        });
    }

    @Property
    void aGriefFocusWithoutADeceasedPersonStaysVisibleInTheAdherenceReport(@ForAll("scenarios") Scenario scenario,
            @ForAll("builtIn") RankingPolicy policy) {
        Course course = FocusSelectionProperties.courseOf(scenario);
        FocusSelector.standard().select(policy.rank(course)).ifPresent(selection -> {
            Focus focus = selection.focus();
            Set<IssueId> worked = Set.copyOf(focus.issues());
            boolean death = course.issues().stream().filter(i -> i.area() == ProblemArea.GRIEF)
                    .filter(i -> worked.contains(i.id()))
                    .anyMatch(i -> i.people().stream().anyMatch(p -> course.inventory().people().stream()
                            .anyMatch(r -> r.id().equals(p) && r.deceased())));
            boolean expected = focus.areas().contains(ProblemArea.GRIEF) && !death;
            List<Deviation> found = AdherenceReport.of(course.withFocus(focus))
                    .deviations(DeviationCode.GRIEF_FOCUS_WITHOUT_DEATH);
            assertThat(found).hasSize(expected ? 1 : 0);
            found.forEach(d -> assertThat(d.references()).isNotEmpty());
            Statistics.label("grief focus without death").collect(expected);
        });
    }

    @Property
    void tiesDecidedOnlyByIdAreFlaggedOnTheRanking(@ForAll("scenarios") Scenario scenario,
            @ForAll("policies") RankingPolicy policy) {
        Ranking ranking = policy.rank(scenario.issues(), scenario.context());
        List<RankedIssue> entries = ranking.entries();
        List<IssueId> expected = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            boolean before = i > 0 && entries.get(i - 1).isTieBreak();
            if (before || entries.get(i).isTieBreak()) {
                expected.add(entries.get(i).issue().id());
            }
        }
        assertThat(flagged(ranking.flags(), RankingFlag.Code.TIED_BY_ID)).containsExactlyElementsOf(expected);
    }

    @Provide
    Arbitrary<RankingPolicy> policies() {
        return IptArbitraries.rankingPolicies();
    }

    /**
     * The law behind the id flags: a selection without {@link RankingFlag.Code#FOCUS_DECIDED_BY_ID}
     * chooses the same areas, in the same order, whatever the text of the issue ids.
     */
    @Property(tries = 500)
    void aFocusNotFlaggedAsDecidedByIdDoesNotDependOnTheIdText(@ForAll("scenarios") Scenario scenario,
            @ForAll("policies") RankingPolicy policy) {
        Optional<FocusSelection> selection = FocusSelector.standard().select(policy.rank(scenario.issues(),
                scenario.context()));
        List<InterpersonalIssue> renamed = reverseIds(scenario.issues());
        Optional<FocusSelection> again = FocusSelector.standard().select(policy.rank(renamed, scenario.context()));

        assertThat(again.isPresent()).isEqualTo(selection.isPresent());
        selection.ifPresent(s -> {
            boolean byId = s.flags().stream().anyMatch(f -> f.code() == RankingFlag.Code.FOCUS_DECIDED_BY_ID);
            Statistics.label("decided by id").collect(byId);
            if (!byId) {
                assertThat(again.orElseThrow().focus().areas()).isEqualTo(s.focus().areas());
            }
        });
    }

    @Property
    void aSelectionSaysWhichIssueAndRulePutEachAreaThereAndWhyEveryOtherIssueWasLeftOut(
            @ForAll("scenarios") Scenario scenario, @ForAll("policies") RankingPolicy policy) {
        Ranking ranking = policy.rank(scenario.issues(), scenario.context());
        boolean linkedOther = scenario.issues().stream()
                .anyMatch(i -> i.area() != ProblemArea.INTERPERSONAL_DEFICITS && i.onsetLink().isLinked());
        FocusSelector.standard().select(ranking).ifPresent(selection -> {
            List<ProblemArea> areas = selection.focus().areas();
            assertThat(selection.choices()).extracting(FocusSelection.Choice::area).containsExactlyElementsOf(areas);
            for (int i = 0; i < areas.size(); i++) {
                FocusSelection.Choice choice = selection.choices().get(i);
                RankedIssue entry = choice.issue().orElseThrow();
                assertThat(entry.issue().area()).isEqualTo(choice.area());
                boolean primary = i == 0;
                assertThat(ranking.issues().stream().filter(x -> x.area() == choice.area())
                        .filter(x -> primary || x.onsetLink().isLinked()).findFirst()).contains(entry.issue());
                assertThat(choice.rule()).isEqualTo(i == 0 ? FocusSelection.ChoiceRule.FIRST_ELIGIBLE
                        : FocusSelection.ChoiceRule.LINKED_SECONDARY);
            }
            List<IssueId> outside = ranking.issues().stream().filter(x -> !areas.contains(x.area()))
                    .map(InterpersonalIssue::id).toList();
            assertThat(selection.omissions()).extracting(o -> o.issue().issue().id()).containsExactlyElementsOf(outside);
            for (FocusSelection.Omission omission : selection.omissions()) {
                InterpersonalIssue issue = omission.issue().issue();
                switch (omission.reason()) {
                    case OUTSIDE_PROTOCOL -> assertThat(scenario.protocol().problemAreas()).doesNotContain(issue.area());
                    case DEFICITS_EXCLUDED -> assertThat(issue.area() == ProblemArea.INTERPERSONAL_DEFICITS
                            && linkedOther).isTrue();
                    case NOT_LINKED -> assertThat(issue.onsetLink().isLinked()).isFalse();
                    case MAXIMUM_REACHED -> assertThat(areas).hasSize(scenario.protocol().maxFocalAreas());
                    default -> throw new AssertionError(omission);
                }
                assertThat(omission.toString()).doesNotContain(issue.summary());
            }
            String text = selection.toString();
            ranking.issues().forEach(x -> assertThat(text).doesNotContain(x.summary()));
            scenario.inventory().people().stream().map(Relationship::alias)
                    .forEach(alias -> assertThat(text).doesNotContain(alias));
        });
    }

    /** The same issues with ids whose text sorts the other way round. */
    private static List<InterpersonalIssue> reverseIds(List<InterpersonalIssue> issues) {
        List<IssueId> sorted = issues.stream().map(InterpersonalIssue::id).sorted(Comparator.reverseOrder()).toList();
        Map<IssueId, IssueId> renamed = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            renamed.put(sorted.get(i), IssueId.of(String.format("r-%03d", i)));
        }
        return issues.stream().map(i -> i.withId(renamed.get(i.id()))).collect(Collectors.toList());
    }

    private static List<IssueId> ids(Ranking ranking) {
        return ranking.issues().stream().map(InterpersonalIssue::id).toList();
    }

    private static List<IssueId> flagged(List<RankingFlag> flags, RankingFlag.Code code) {
        return flags.stream().filter(f -> f.code() == code).map(RankingFlag::issue).toList();
    }
}
