package org.iptmodel.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.iptmodel.core.ranking.RankingFixtures.context;
import static org.iptmodel.core.ranking.RankingFixtures.issue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.iptmodel.core.Amenability;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.RelationKind;
import org.iptmodel.core.internal.Identifiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RankingRulesTest {
    private static final LocalDate ONSET = LocalDate.of(2025, 11, 17);
    private static final RankingContext CONTEXT = context(Protocol.standard()).withEpisodeOnset(ONSET);
    private static final InterpersonalIssue BASE = issue("i-1", ProblemArea.ROLE_TRANSITION, OnsetLink.NOT_LINKED);

    /** Each rule, an issue it prefers, and an issue it ranks after, differing only in what it compares. */
    static Stream<Arguments> preferences() {
        return Stream.of(
                preference(RankingRules.DEFICITS_BY_EXCLUSION, i -> i.withArea(ProblemArea.GRIEF),
                        i -> i.withArea(ProblemArea.INTERPERSONAL_DEFICITS), "grief before interpersonal_deficits"),
                preference(RankingRules.ONSET_LINK, i -> i.withOnsetLink(OnsetLink.PRECIPITATED_ONSET),
                        i -> i.withOnsetLink(OnsetLink.NOT_LINKED), "precipitated_onset before not_linked"),
                preference(RankingRules.ONSET_LINK, i -> i.withOnsetLink(OnsetLink.MAINTAINS_EPISODE),
                        i -> i.withOnsetLink(OnsetLink.NOT_LINKED), "maintains_episode before not_linked"),
                preference(RankingRules.ONSET_LINK, i -> i.withOnsetLink(OnsetLink.NOT_LINKED),
                        i -> i.withOnsetLink(OnsetLink.NOT_ASSESSED), "not_linked before not_assessed"),
                preference(RankingRules.ONSET_BEFORE_MAINTENANCE, i -> i.withOnsetLink(OnsetLink.PRECIPITATED_ONSET),
                        i -> i.withOnsetLink(OnsetLink.MAINTAINS_EPISODE), "precipitated_onset before maintains_episode"),
                preference(RankingRules.PATIENT_PRIORITY, i -> i.withPatientPriority(1), i -> i.withPatientPriority(3),
                        "1 before 3"),
                preference(RankingRules.DISTRESS, i -> i.withDistress(9), i -> i.withDistress(2), "9 before 2"),
                preference(RankingRules.AMENABILITY, i -> i.withAmenability(Amenability.HIGH),
                        i -> i.withAmenability(Amenability.MODERATE), "high before moderate"),
                preference(RankingRules.AMENABILITY, i -> i.withAmenability(Amenability.MODERATE),
                        i -> i.withAmenability(Amenability.LOW), "moderate before low"),
                preference(RankingRules.ONSET_PROXIMITY, i -> i.withBegan(ONSET.minusDays(14)),
                        i -> i.withBegan(ONSET.plusDays(20)), "14 before 20"),
                preference(RankingRules.ONSET_PROXIMITY, i -> i.withBegan(ONSET.minusYears(10)),
                        i -> i, "3653 before unknown"));
    }

    private static Arguments preference(RankingRule rule, UnaryOperator<InterpersonalIssue> preferred,
            UnaryOperator<InterpersonalIssue> after, String reason) {
        return Arguments.of(rule, preferred.apply(BASE.withId(IssueId.of("i-9"))),
                after.apply(BASE), reason);
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("preferences")
    void eachRuleRanksWhatItPrefersFirstAndSaysWhy(RankingRule rule, InterpersonalIssue preferred,
            InterpersonalIssue after, String reason) {
        assertThat(rule.compare(preferred, after, CONTEXT)).isNegative();
        assertThat(rule.compare(after, preferred, CONTEXT)).isPositive();
        assertThat(rule.compare(after, after, CONTEXT)).isZero();

        RankingPolicy alone = RankingPolicy.builder().name("alone").add(rule).build();
        Ranking ranking = alone.rank(List.of(after, preferred), CONTEXT);
        assertThat(ranking.issues()).containsExactly(preferred, after);
        assertThat(ranking.at(1).decidedBy()).containsSame(rule);
        assertThat(ranking.at(1).reason()).isEqualTo(rule.name() + ": " + reason);
    }

    @Test
    void onsetLinkTiesTheOnsetAndTheMaintenanceLinks() {
        assertThat(RankingRules.ONSET_LINK.compare(BASE.withOnsetLink(OnsetLink.PRECIPITATED_ONSET),
                BASE.withOnsetLink(OnsetLink.MAINTAINS_EPISODE), CONTEXT)).isZero();
    }

    @Test
    void onsetLinkTiesEquallyLinkedIssuesWhateverTheirDates() {
        InterpersonalIssue near = BASE.withBegan(ONSET.minusDays(3));
        InterpersonalIssue far = BASE.withBegan(ONSET.minusYears(3));

        assertThat(RankingRules.ONSET_LINK.compare(near, far, CONTEXT)).isZero();
    }

    @Test
    void onsetProximityTiesWhenTheOnsetIsUnknown() {
        RankingContext noOnset = context(Protocol.standard());
        InterpersonalIssue near = BASE.withBegan(ONSET.minusDays(3));
        InterpersonalIssue far = BASE.withBegan(ONSET.minusYears(3));

        assertThat(RankingRules.ONSET_PROXIMITY.compare(near, far, noOnset)).isZero();
        assertThat(RankingRules.ONSET_PROXIMITY.key(near, noOnset)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void deficitsByExclusionTiesEveryOtherArea() {
        assertThat(RankingRules.DEFICITS_BY_EXCLUSION.compare(BASE.withArea(ProblemArea.GRIEF),
                BASE.withArea(ProblemArea.ROLE_DISPUTE), CONTEXT)).isZero();
    }

    @Test
    void everyBuiltInRuleIsNamedDescribedAndSourced() {
        assertThat(RankingRules.all()).extracting(RankingRule::name).containsExactly("onset-link",
                "deficits-by-exclusion", "patient-priority", "distress", "amenability", "onset-before-maintenance",
                "onset-proximity", "issue-id");
        for (RankingRule rule : RankingRules.all()) {
            assertThat(Identifiers.isToken(rule.name())).isTrue();
            assertThat(rule.description()).isNotBlank();
            assertThat(rule.source()).isNotBlank();
            assertThat(rule).hasToString(rule.name());
            assertThat(RankingRules.named(rule.name())).containsSame(rule);
        }
        assertThat(RankingRules.DEFICITS_BY_EXCLUSION.references()).containsExactly(Bibliography.WEISSMAN_2018);
        assertThat(RankingRules.ONSET_LINK.references()).contains(Bibliography.ISIPT_STRATEGIES,
                Bibliography.IPTUK_STAGES);
        assertThat(RankingRules.PATIENT_PRIORITY.references()).contains(Bibliography.WEISSMAN_2018);
        assertThat(RankingRules.AMENABILITY.references()).contains(Bibliography.SWARTZ_2004);
        for (RankingRule own : List.of(RankingRules.DISTRESS, RankingRules.ONSET_BEFORE_MAINTENANCE,
                RankingRules.ONSET_PROXIMITY, RankingRules.ISSUE_ID)) {
            assertThat(own.source()).as(own.name()).contains("library's own");
        }
        for (RankingRule rule : RankingRules.all()) {
            if (rule != RankingRules.ISSUE_ID) {
                assertThat(rule.references()).as(rule.name()).isNotEmpty().isSubsetOf(Bibliography.all());
            }
        }
        assertThat(RankingRules.named("no-such-rule")).isEmpty();
    }

    @Test
    void issueIdOrdersByTheIdsNaturalOrder() {
        InterpersonalIssue ten = BASE.withId(IssueId.of("i-10"));
        InterpersonalIssue two = BASE.withId(IssueId.of("i-2"));

        assertThat(RankingRules.ISSUE_ID.compare(ten, two, CONTEXT)).isNegative();
    }

    @Test
    void aKeyedRuleFromAFunctionRanksByItsKeyAndExplainsWithNumbers() {
        KeyedRankingRule fewerPeople = KeyedRankingRule.of("fewer-people", "Fewer people first.", "test",
                (issue, context) -> issue.people().size() * 10L);
        InterpersonalIssue none = BASE.withId(IssueId.of("i-9"));
        InterpersonalIssue two = BASE.withPeople(PersonId.of("p-1"), PersonId.of("p-2"));
        RankingContext withPeople = context(Protocol.standard(), RankingFixtures.alive("p-1",
                RelationKind.FRIEND), RankingFixtures.alive("p-2", RelationKind.FRIEND));

        Ranking ranking = RankingPolicy.builder().name("people").add(fewerPeople).build().rank(List.of(two, none),
                withPeople);

        assertThat(fewerPeople.name()).isEqualTo("fewer-people");
        assertThat(fewerPeople.description()).isEqualTo("Fewer people first.");
        assertThat(fewerPeople.source()).isEqualTo("test");
        assertThat(ranking.issues()).containsExactly(none, two);
        assertThat(ranking.at(1).reason()).isEqualTo("fewer-people: 0 before 20");
    }

    @Test
    void aComparisonRuleIsExplainedByItsRanks() {
        RankingRule closest = IptArbitraries.comparisonRule();
        InterpersonalIssue inner = BASE.withId(IssueId.of("i-9"))
                .withPeople(PersonId.of("p-1"));
        RankingContext people = context(Protocol.standard(),
                RankingFixtures.alive("p-1", RelationKind.FRIEND));

        Ranking ranking = RankingPolicy.builder().name("closest").add(closest).build().rank(List.of(BASE, inner),
                people);

        assertThat(ranking.issues()).containsExactly(inner, BASE);
        assertThat(ranking.at(1).reason()).isEqualTo("closest-person: 1 before 2");
    }

    @Test
    void aKeyedRuleWithABadNameOrBlankTextsIsRejected() {
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> KeyedRankingRule.of("-bad", "", " ", (i, c) -> 0L))
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo("RankingRule");
                    assertThat(e.violations()).extracting(v -> v.path() + " " + v.rule())
                            .containsExactly("name " + ModelRule.ID_FORMAT, "description " + ModelRule.NOT_BLANK,
                                    "source " + ModelRule.NOT_BLANK);
                });
    }
}
