package org.iptmodel.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.iptmodel.core.ContractAmendment;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseId;
import org.iptmodel.core.Focus;
import org.iptmodel.core.FocusBasis;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.PatientRef;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.TreatmentContract;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.ranking.RankingScenarios.Scenario;

/** Laws of focus selection: within the protocol, deficits by exclusion, and accepted by a course. */
class FocusSelectionProperties {
    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    @Provide
    Arbitrary<Scenario> scenarios() {
        return RankingScenarios.scenarios();
    }

    @Provide
    Arbitrary<RankingPolicy> policies() {
        return IptArbitraries.rankingPolicies();
    }

    @Provide
    Arbitrary<FocusSelector> selectors() {
        return Arbitraries.oneOf(Arbitraries.just(FocusSelector.standard()),
                Arbitraries.integers().between(1, 4).map(n -> FocusSelector.standard().withMaxAreas(n)));
    }

    @Property
    void focusNeverHoldsDeficitsWhenAnotherAreaLinkedToTheEpisodeIsPresent(@ForAll("scenarios") Scenario scenario,
            @ForAll("policies") RankingPolicy policy, @ForAll("selectors") FocusSelector selector) {
        Ranking ranking = policy.rank(scenario.issues(), scenario.context());
        boolean otherArea = scenario.issues().stream()
                .anyMatch(i -> i.area() != ProblemArea.INTERPERSONAL_DEFICITS && i.onsetLink().isLinked());

        Optional<Focus> focus = selector.select(ranking).map(FocusSelection::focus);

        if (otherArea) {
            focus.ifPresent(f -> assertThat(f.areas()).doesNotContain(ProblemArea.INTERPERSONAL_DEFICITS));
        }
    }

    @Property
    void focusStaysWithinTheProtocolAndTheSelectorsLimit(@ForAll("scenarios") Scenario scenario,
            @ForAll("policies") RankingPolicy policy, @ForAll("selectors") FocusSelector selector) {
        Ranking ranking = policy.rank(scenario.issues(), scenario.context());

        selector.select(ranking).map(FocusSelection::focus).ifPresent(focus -> {
            assertThat(focus.areas()).hasSizeLessThanOrEqualTo(scenario.protocol().maxFocalAreas());
            selector.maxAreas().ifPresent(max -> assertThat(focus.areas()).hasSizeLessThanOrEqualTo(max));
            assertThat(scenario.protocol().problemAreas()).containsAll(focus.areas());
            assertThat(focus.basis()).isEqualTo(FocusBasis.RANKING);
            assertThat(focus.isAgreed()).isFalse();
        });
    }

    @Property
    void primaryIsTheAreaOfTheFirstIssueThatCanGiveTheFocus(@ForAll("scenarios") Scenario scenario,
            @ForAll("policies") RankingPolicy policy) {
        Ranking ranking = policy.rank(scenario.issues(), scenario.context());
        Set<ProblemArea> usable = usableAreas(scenario);

        Optional<InterpersonalIssue> first = ranking.issues().stream().filter(i -> usable.contains(i.area())).findFirst();
        Optional<FocusSelection> selection = FocusSelector.standard().select(ranking);

        assertThat(selection.isPresent()).isEqualTo(first.isPresent());
        first.ifPresent(issue -> assertThat(selection.orElseThrow().focus().primary()).isEqualTo(issue.area()));
    }

    @Property
    void secondaryAreasComeFromLinkedIssuesAndFillTheFocus(@ForAll("scenarios") Scenario scenario,
            @ForAll("policies") RankingPolicy policy, @ForAll("selectors") FocusSelector selector) {
        Ranking ranking = policy.rank(scenario.issues(), scenario.context());
        Set<ProblemArea> usable = usableAreas(scenario);
        int limit = Math.min(scenario.protocol().maxFocalAreas(), selector.maxAreas().orElse(Integer.MAX_VALUE));

        selector.select(ranking).map(FocusSelection::focus).ifPresent(focus -> {
            for (ProblemArea area : focus.secondary()) {
                assertThat(ranking.issues()).anyMatch(i -> i.area() == area && i.onsetLink().isLinked());
            }
            if (focus.areas().size() < limit) {
                assertThat(ranking.issues())
                        .noneMatch(i -> usable.contains(i.area()) && !focus.areas().contains(i.area())
                                && i.onsetLink().isLinked());
            }
        });
    }

    @Property
    void focusWorksOnTheRankedIssuesOfItsAreasInRankingOrder(@ForAll("scenarios") Scenario scenario,
            @ForAll("policies") RankingPolicy policy) {
        Ranking ranking = policy.rank(scenario.issues(), scenario.context());

        FocusSelector.standard().select(ranking).map(FocusSelection::focus).ifPresent(focus -> {
            List<IssueId> expected = ranking.issues().stream()
                    .filter(i -> focus.areas().contains(i.area()))
                    .map(InterpersonalIssue::id)
                    .toList();
            assertThat(focus.issues()).containsExactlyElementsOf(expected);
        });
    }

    @Property
    void aCourseAcceptsTheAgreedFocusAndItsAmendment(@ForAll("scenarios") Scenario scenario,
            @ForAll("policies") RankingPolicy policy, @ForAll @IntRange(min = 0, max = 60) int days) {
        Course course = courseOf(scenario);
        Ranking ranking = policy.rank(course);
        LocalDate date = START.plusDays(days);

        FocusSelector.standard().select(ranking).ifPresent(selection -> {
            Focus agreed = selection.agreedOn(date);
            assertThat(agreed.agreedOn()).contains(date);
            assertThat(agreed.withAgreedOn(Optional.empty())).isEqualTo(selection.focus());
            assertThat(course.withFocus(agreed).currentFocus()).contains(agreed);

            ContractAmendment amendment = selection.toAmendment(date, "reassessed in session 5");
            Course amended = course.withContract(course.contract().withAmendments(amendment));
            assertThat(amended.currentFocus()).contains(agreed);
            assertThat(amendment.date()).isEqualTo(date);
            assertThat(selection.differsFrom(agreed)).isFalse();
        });
    }

    @Property
    void anOverrideMayBreakTheSelectionRulesAndACourseRecordsIt(@ForAll("scenarios") Scenario scenario,
            @ForAll("policies") RankingPolicy policy, @ForAll("areaLists") List<ProblemArea> areas) {
        Course course = courseOf(scenario);
        List<ProblemArea> chosen = areas.stream().filter(scenario.protocol().problemAreas()::contains).toList();
        if (chosen.isEmpty()) {
            return;
        }
        Ranking ranking = policy.rank(course);
        ProblemArea[] secondary = chosen.subList(1, chosen.size()).toArray(new ProblemArea[0]);

        FocusSelection override = FocusSelection.override(ranking, RankingScenarios.SECRET + " reason", chosen.get(0),
                secondary);

        Focus focus = override.focus();
        assertThat(override.isOverride()).isTrue();
        assertThat(focus.basis()).isEqualTo(FocusBasis.CLINICIAN_OVERRIDE);
        assertThat(focus.areas()).containsExactlyElementsOf(chosen);
        assertThat(focus.overrideReason()).contains(RankingScenarios.SECRET + " reason");
        assertThat(override.toString()).doesNotContain(RankingScenarios.SECRET);
        assertThat(course.withFocus(override.agreedOn(START)).currentFocus().orElseThrow().basis())
                .isEqualTo(FocusBasis.CLINICIAN_OVERRIDE);
    }

    @Property
    void anOverrideOutsideTheProtocolIsRejectedWithItsPath(@ForAll("scenarios") Scenario scenario) {
        Set<ProblemArea> missing = EnumSet.complementOf(EnumSet.copyOf(scenario.protocol().problemAreas()));
        if (missing.isEmpty()) {
            return;
        }
        Ranking ranking = RankingPolicy.clinicalDefault().rank(scenario.issues(), scenario.context());
        ProblemArea outside = missing.iterator().next();
        ProblemArea inside = scenario.protocol().problemAreas().iterator().next();

        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> FocusSelection.override(ranking, "reason", inside, outside))
                .satisfies(e -> assertThat(e.violations()).extracting(v -> v.path() + " " + v.rule())
                        .containsExactly("secondary[0] " + ModelRule.FOCUS_WITHIN_PROTOCOL));
    }

    @Property
    void aLimitOutsideOneToFourIsRejected(@ForAll int max) {
        if (max >= 1 && max <= 4) {
            assertThat(FocusSelector.standard().withMaxAreas(max).maxAreas()).hasValue(max);
        } else {
            assertThatExceptionOfType(InvalidModelException.class)
                    .isThrownBy(() -> FocusSelector.standard().withMaxAreas(max))
                    .satisfies(e -> assertThat(e.violations()).extracting(v -> v.path() + " " + v.rule())
                            .containsExactly("maxAreas " + ModelRule.VALUE_IN_RANGE));
        }
    }

    @Provide
    Arbitrary<List<ProblemArea>> areaLists() {
        return Arbitraries.of(ProblemArea.class).list().ofMinSize(1).ofMaxSize(4).uniqueElements();
    }

    private static Set<ProblemArea> usableAreas(Scenario scenario) {
        Set<ProblemArea> usable = EnumSet.copyOf(scenario.protocol().problemAreas());
        if (scenario.issues().stream()
                .anyMatch(i -> i.area() != ProblemArea.INTERPERSONAL_DEFICITS && i.onsetLink().isLinked())) {
            usable.remove(ProblemArea.INTERPERSONAL_DEFICITS);
        }
        return usable;
    }

    static Course courseOf(Scenario scenario) {
        Course.Builder builder = Course.builder()
                .id(CourseId.of("c-1"))
                .patient(PatientRef.of("pseudo-1"))
                .protocol(scenario.protocol())
                .contract(TreatmentContract.builder()
                        .plannedSessions(12)
                        .cadence(Period.ofWeeks(1))
                        .sessionLength(Duration.ofMinutes(50))
                        .start(START)
                        .build())
                .inventory(scenario.inventory())
                .issues(new ArrayList<>(scenario.issues()));
        scenario.onset().ifPresent(builder::episodeOnset);
        return builder.build();
    }
}
