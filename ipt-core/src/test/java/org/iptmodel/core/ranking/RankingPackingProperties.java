package org.iptmodel.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.ranking.RankingScenarios.Scenario;

/**
 * Keys of any size: policies whose keys are negative, wide or span all of {@code long} rank in the
 * comparator's order, and each reason shows the deciding rule's own keys.
 */
class RankingPackingProperties {

    private static final KeyedRankingRule NEGATIVE = KeyedRankingRule.of("negative-distress",
            "More distress first, as a negative key.", "test rule", (issue, context) -> -issue.distress());
    private static final KeyedRankingRule WIDE = KeyedRankingRule.of("wide-priority",
            "Priority, in a key of 50 bits.", "test rule", (issue, context) -> issue.patientPriority() * (1L << 46));
    private static final KeyedRankingRule EXTREMES = KeyedRankingRule.of("extremes",
            "Deficits at the far ends of long.", "test rule",
            (issue, context) -> issue.distress() % 2 == 0 ? Long.MIN_VALUE : Long.MAX_VALUE);

    @Provide
    Arbitrary<Scenario> scenarios() {
        return RankingScenarios.scenarios(120);
    }

    @Provide
    Arbitrary<RankingPolicy> policies() {
        RankingPolicy packed = RankingPolicy.builder().name("packed").add(RankingRules.ONSET_LINK).add(NEGATIVE)
                .add(RankingRules.AMENABILITY).build();
        RankingPolicy wide = RankingPolicy.builder().name("wide").add(RankingRules.DEFICITS_BY_EXCLUSION).add(WIDE)
                .add(NEGATIVE).build();
        RankingPolicy extremes = RankingPolicy.builder().name("extremes").add(EXTREMES).add(NEGATIVE).build();
        return Arbitraries.oneOf(Arbitraries.of(packed, wide, extremes), IptArbitraries.rankingPolicies());
    }

    @Property(tries = 300)
    void theOrderIsTheComparatorsAndEachReasonShowsTheDecidingKeys(@ForAll("scenarios") Scenario scenario,
            @ForAll("policies") RankingPolicy policy) {
        RankingContext context = scenario.context();
        Ranking ranking = policy.rank(scenario.issues(), context);
        List<InterpersonalIssue> sorted = new ArrayList<>(scenario.issues());
        sorted.sort(policy.comparator(context));

        assertThat(ranking.issues()).containsExactlyElementsOf(sorted);
        List<RankedIssue> entries = ranking.entries();
        for (int i = 0; i + 1 < entries.size(); i++) {
            RankingRule rule = entries.get(i).decidedBy().orElseThrow();
            if (rule instanceof KeyedRankingRule && !(rule instanceof BuiltInRule)) {
                KeyedRankingRule keyed = (KeyedRankingRule) rule;
                assertThat(entries.get(i).reason()).isEqualTo(rule.name() + ": "
                        + keyed.key(entries.get(i).issue(), context) + " before "
                        + keyed.key(entries.get(i + 1).issue(), context));
            }
        }
    }
}
