package org.iptmodel.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.ranking.RankingScenarios.Scenario;

/** Laws of every ranking: a deterministic, explained, strict total order. */
class RankingProperties {

    @Provide
    Arbitrary<Scenario> scenarios() {
        return RankingScenarios.scenarios();
    }

    @Provide
    Arbitrary<RankingPolicy> policies() {
        return IptArbitraries.rankingPolicies();
    }

    /** A scenario and one more issue, naming people of its inventory, with an id of its own. */
    record WithExtra(Scenario scenario, InterpersonalIssue extra) {
    }

    @Provide
    Arbitrary<WithExtra> scenariosWithExtra() {
        return RankingScenarios.scenarios().flatMap(s -> IptArbitraries.issues(s.inventory())
                .filter(extra -> s.issues().stream().noneMatch(i -> i.id().equals(extra.id())))
                .map(extra -> new WithExtra(s, extra)));
    }

    @Property
    void rankingIsIndependentOfInputOrder(@ForAll("scenarios") Scenario scenario, @ForAll("policies") RankingPolicy policy,
            @ForAll long seed) {
        List<InterpersonalIssue> shuffled = new ArrayList<>(scenario.issues());
        Collections.shuffle(shuffled, new Random(seed));

        Ranking original = policy.rank(scenario.issues(), scenario.context());
        Ranking permuted = policy.rank(shuffled, scenario.context());

        assertThat(permuted).isEqualTo(original);
        assertThat(permuted.hashCode()).isEqualTo(original.hashCode());
        assertThat(policy.rank(scenario.issues(), scenario.context())).isEqualTo(original);
    }

    @Property
    void everyIssueHasItsOwnPosition(@ForAll("scenarios") Scenario scenario, @ForAll("policies") RankingPolicy policy) {
        Ranking ranking = policy.rank(scenario.issues(), scenario.context());

        assertThat(ranking.size()).isEqualTo(scenario.issues().size());
        assertThat(ranking.issues()).containsExactlyInAnyOrderElementsOf(scenario.issues());
        for (int i = 0; i < ranking.size(); i++) {
            RankedIssue entry = ranking.entries().get(i);
            assertThat(entry.position()).isEqualTo(i + 1);
            assertThat(ranking.at(i + 1)).isSameAs(entry);
            assertThat(ranking.find(entry.issue().id())).containsSame(entry);
        }
    }

    @Property
    void rankingIsAStrictTotalOrderAgreeingWithTheComparator(@ForAll("scenarios") Scenario scenario,
            @ForAll("policies") RankingPolicy policy) {
        RankingContext context = scenario.context();
        Comparator<InterpersonalIssue> order = policy.comparator(context);
        List<InterpersonalIssue> ranked = policy.rank(scenario.issues(), context).issues();

        for (int i = 0; i < ranked.size(); i++) {
            assertThat(order.compare(ranked.get(i), ranked.get(i))).isZero();
            for (int j = i + 1; j < ranked.size(); j++) {
                assertThat(order.compare(ranked.get(i), ranked.get(j))).as("%s before %s", i, j).isNegative();
                assertThat(order.compare(ranked.get(j), ranked.get(i))).as("%s after %s", j, i).isPositive();
            }
        }
    }

    @Property
    void rankingMatchesASortByTheComparator(@ForAll("scenarios") Scenario scenario,
            @ForAll("policies") RankingPolicy policy) {
        RankingContext context = scenario.context();
        List<InterpersonalIssue> sorted = new ArrayList<>(scenario.issues());
        sorted.sort(policy.comparator(context));

        assertThat(policy.rank(scenario.issues(), context).issues()).containsExactlyElementsOf(sorted);
    }

    @Property
    void comparatorIsTransitive(@ForAll("scenarios") Scenario scenario, @ForAll("policies") RankingPolicy policy) {
        List<InterpersonalIssue> issues = scenario.issues();
        Comparator<InterpersonalIssue> order = policy.comparator(scenario.context());
        for (InterpersonalIssue a : issues) {
            for (InterpersonalIssue b : issues) {
                for (InterpersonalIssue c : issues) {
                    if (order.compare(a, b) < 0 && order.compare(b, c) < 0) {
                        assertThat(order.compare(a, c)).isNegative();
                    }
                }
            }
        }
    }

    @Property
    void addingAnIssueKeepsTheRelativeOrderOfTheOthers(@ForAll("scenariosWithExtra") WithExtra withExtra,
            @ForAll("policies") RankingPolicy policy, @ForAll long seed) {
        Scenario scenario = withExtra.scenario();
        InterpersonalIssue extra = withExtra.extra();
        List<InterpersonalIssue> more = new ArrayList<>(scenario.issues());
        more.add(new Random(seed).nextInt(more.size() + 1), extra);

        List<InterpersonalIssue> before = policy.rank(scenario.issues(), scenario.context()).issues();
        List<InterpersonalIssue> after = new ArrayList<>(policy.rank(more, scenario.context()).issues());
        after.remove(extra);

        assertThat(after).containsExactlyElementsOf(before);
    }

    @Property
    void deficitsNeverRankAboveAnotherAreaLinkedAlikeUnderTheBuiltInPolicies(@ForAll("scenarios") Scenario scenario,
            @ForAll boolean brief) {
        RankingPolicy policy = brief ? RankingPolicy.brief() : RankingPolicy.clinicalDefault();
        List<InterpersonalIssue> ranked = policy.rank(scenario.issues(), scenario.context()).issues();

        for (int i = 0; i < ranked.size(); i++) {
            for (int j = i + 1; j < ranked.size(); j++) {
                InterpersonalIssue above = ranked.get(i);
                InterpersonalIssue below = ranked.get(j);
                if (above.area() == ProblemArea.INTERPERSONAL_DEFICITS
                        && below.area() != ProblemArea.INTERPERSONAL_DEFICITS) {
                    assertThat(linkClass(above)).as("%s above %s", above.id(), below.id())
                            .isLessThan(linkClass(below));
                }
            }
        }
    }

    /** 0 linked to the episode, 1 not linked, 2 not assessed. */
    static int linkClass(InterpersonalIssue issue) {
        return issue.onsetLink().isLinked() ? 0 : issue.onsetLink() == org.iptmodel.core.OnsetLink.NOT_LINKED ? 1 : 2;
    }

    @Property
    void everyExplanationNamesTheRuleThatDecidesThePair(@ForAll("scenarios") Scenario scenario,
            @ForAll("policies") RankingPolicy policy) {
        RankingContext context = scenario.context();
        Ranking ranking = policy.rank(scenario.issues(), context);
        List<RankedIssue> entries = ranking.entries();

        for (int i = 0; i + 1 < entries.size(); i++) {
            InterpersonalIssue first = entries.get(i).issue();
            InterpersonalIssue next = entries.get(i + 1).issue();
            RankingRule rule = entries.get(i).decidedBy().orElseThrow();

            assertThat(rule.compare(first, next, context)).as("the deciding rule alone").isNegative();
            assertThat(entries.get(i).reason()).startsWith(rule.name() + ": ");
            int index = policy.rules().indexOf(rule);
            List<RankingRule> earlier = index < 0 ? policy.rules() : policy.rules().subList(0, index);
            if (index < 0) {
                assertThat(rule).isSameAs(RankingRules.ISSUE_ID);
                assertThat(entries.get(i).isTieBreak()).isTrue();
            }
            for (RankingRule tied : earlier) {
                assertThat(tied.compare(first, next, context)).as("earlier rule %s", tied.name()).isZero();
            }
        }
        if (!entries.isEmpty()) {
            RankedIssue last = entries.get(entries.size() - 1);
            assertThat(last.decidedBy()).isEmpty();
            assertThat(last.isTieBreak()).isFalse();
        }
    }

    @Property
    void explanationsAndMessagesNeverContainPatientText(@ForAll("scenarios") Scenario scenario,
            @ForAll("policies") RankingPolicy policy) {
        Ranking ranking = policy.rank(scenario.issues(), scenario.context());

        assertThat(ranking.toString()).doesNotContain(RankingScenarios.SECRET);
        assertThat(ranking.context().toString()).doesNotContain(RankingScenarios.SECRET);
        for (RankedIssue entry : ranking.entries()) {
            assertThat(entry.reason()).doesNotContain(RankingScenarios.SECRET).doesNotContain("summary");
            assertThat(entry.toString()).doesNotContain(RankingScenarios.SECRET);
        }
        for (RankingFlag flag : ranking.flags()) {
            assertThat(flag.message()).doesNotContain(RankingScenarios.SECRET);
        }
        FocusSelector.standard().select(ranking)
                .ifPresent(s -> assertThat(s.toString()).doesNotContain(RankingScenarios.SECRET));
    }

    @Property
    void griefWithoutARecordedDeathIsFlaggedAndNotReclassed(@ForAll("scenarios") Scenario scenario,
            @ForAll("policies") RankingPolicy policy) {
        RankingContext context = scenario.context();
        Ranking ranking = policy.rank(scenario.issues(), context);

        Set<IssueId> expected = scenario.issues().stream()
                .filter(i -> i.area() == ProblemArea.GRIEF)
                .filter(i -> i.people().stream().noneMatch(p -> context.person(p).map(Relationship::deceased).orElse(false)))
                .map(InterpersonalIssue::id)
                .collect(Collectors.toSet());
        assertThat(flagged(ranking, RankingFlag.Code.GRIEF_WITHOUT_DEATH)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ranking.issues()).containsExactlyInAnyOrderElementsOf(scenario.issues());
    }

    @Property
    void issuesOutsideTheProtocolAreFlagged(@ForAll("scenarios") Scenario scenario) {
        Ranking ranking = RankingPolicy.clinicalDefault().rank(scenario.issues(), scenario.context());

        Set<IssueId> expected = scenario.issues().stream()
                .filter(i -> !scenario.protocol().problemAreas().contains(i.area()))
                .map(InterpersonalIssue::id)
                .collect(Collectors.toSet());
        assertThat(flagged(ranking, RankingFlag.Code.AREA_OUTSIDE_PROTOCOL)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Property
    void flagsFollowTheRankingOrder(@ForAll("scenarios") Scenario scenario, @ForAll("policies") RankingPolicy policy) {
        Ranking ranking = policy.rank(scenario.issues(), scenario.context());

        List<Integer> positions = ranking.flags().stream()
                .map(f -> ranking.find(f.issue()).orElseThrow().position())
                .toList();
        assertThat(positions).isSorted();
    }

    @Property
    void aSingleKeyedRuleOrdersByItsKey(@ForAll("scenarios") Scenario scenario) {
        List<InterpersonalIssue> ranked = RankingScenarios.PRIORITY_ONLY.rank(scenario.issues(), scenario.context())
                .issues();

        assertThat(ranked).extracting(InterpersonalIssue::patientPriority).isSorted();
        for (int i = 0; i + 1 < ranked.size(); i++) {
            if (ranked.get(i).patientPriority() == ranked.get(i + 1).patientPriority()) {
                assertThat(ranked.get(i).id()).isLessThan(ranked.get(i + 1).id());
            }
        }
    }

    @Property
    void aComparisonRuleRanksAsTheEquivalentKeyedRule(@ForAll("scenarios") Scenario scenario) {
        RankingRule byComparison = new RankingRule() {
            @Override
            public String name() {
                return "priority-compared";
            }

            @Override
            public String description() {
                return "The patient's priority, as a comparison.";
            }

            @Override
            public String source() {
                return "test rule";
            }

            @Override
            public int compare(InterpersonalIssue first, InterpersonalIssue second, RankingContext context) {
                return Integer.compare(first.patientPriority(), second.patientPriority());
            }
        };
        RankingPolicy compared = RankingPolicy.builder().name("compared").add(byComparison).build();

        assertThat(compared.rank(scenario.issues(), scenario.context()).issues())
                .containsExactlyElementsOf(RankingScenarios.PRIORITY_ONLY.rank(scenario.issues(), scenario.context()).issues());
    }

    @Property
    void aRepeatedIssueIdIsRejectedWithItsPath(@ForAll("scenarios") Scenario scenario, @ForAll long seed) {
        Assume.that(!scenario.issues().isEmpty());
        Random random = new Random(seed);
        List<InterpersonalIssue> issues = new ArrayList<>(scenario.issues());
        InterpersonalIssue copy = issues.get(random.nextInt(issues.size())).withDistress(0);
        issues.add(copy);
        int index = issues.size() - 1;

        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> RankingPolicy.clinicalDefault().rank(issues, scenario.context()))
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo("Ranking");
                    assertThat(e.violations()).extracting(v -> v.path() + " " + v.rule())
                            .containsExactly("issues[" + index + "].id " + ModelRule.UNIQUE_IDS);
                    assertThat(e.getMessage()).doesNotContain(RankingScenarios.SECRET);
                });
    }

    @Property
    void aPersonMissingFromTheInventoryIsRejectedWithItsPath(@ForAll("scenarios") Scenario scenario, @ForAll long seed) {
        List<InterpersonalIssue> issues = new ArrayList<>(scenario.issues());
        Assume.that(issues.stream().anyMatch(i -> !i.people().isEmpty()));
        Random random = new Random(seed);
        int index;
        do {
            index = random.nextInt(issues.size());
        } while (issues.get(index).people().isEmpty());
        InterpersonalIssue issue = issues.get(index);
        List<PersonId> people = new ArrayList<>(issue.people());
        people.add(PersonId.of("nobody"));
        issues.set(index, issue.withPeople(people));
        String path = "issues[" + index + "].people[" + (people.size() - 1) + "]";

        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> RankingPolicy.clinicalDefault().rank(issues, scenario.context()))
                .satisfies(e -> assertThat(e.violations()).extracting(v -> v.path() + " " + v.rule())
                        .containsExactly(path + " " + ModelRule.KNOWN_PERSON));
    }

    @Property
    void aPolicyNameThatIsNotAnIdentifierIsRejected(@ForAll("badNames") String name) {
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> RankingPolicy.builder().name(name).add(RankingRules.ONSET_LINK).build())
                .satisfies(e -> assertThat(e.violations()).extracting(v -> v.path() + " " + v.rule())
                        .containsExactly("name " + ModelRule.ID_FORMAT));
    }

    @Property
    void aPolicyNameThatIsAnIdentifierIsKept(@ForAll("goodNames") String name) {
        RankingPolicy policy = RankingPolicy.builder().name(name).add(RankingRules.ONSET_LINK).build();

        assertThat(policy.name()).isEqualTo(name);
        assertThat(policy.rules()).containsExactly(RankingRules.ONSET_LINK);
    }

    @Provide
    Arbitrary<String> goodNames() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20)
                .flatMap(head -> Arbitraries.strings().withChars("abc.-_:9").ofMaxLength(40).map(tail -> head + tail));
    }

    @Provide
    Arbitrary<String> badNames() {
        return Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.strings().withChars(" -._:!/").ofMinLength(1).ofMaxLength(5)
                        .filter(s -> !Character.isLetterOrDigit(s.charAt(0))),
                Arbitraries.strings().alpha().ofLength(65),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5).map(s -> s + " " + s));
    }

    private static List<IssueId> flagged(Ranking ranking, RankingFlag.Code code) {
        return ranking.flags().stream().filter(f -> f.code() == code).map(RankingFlag::issue).toList();
    }
}
