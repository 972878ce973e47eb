package org.iptmodel.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.iptmodel.core.contracts.Rejections.assertRejected;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.Verification;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.arbitraries.IptArbitraries;

/**
 * A ranking is a record: {@link Ranking#of} rebuilds every ranking a policy makes from its parts,
 * equal to it, and refuses each way of breaking the structure of a ranking with the rule and the
 * path; {@link Ranking#verify} finds nothing in a ranking the policy made, and finds each change of
 * a recorded ranking that keeps it a valid record.
 */
class RankingRecordProperties {

    @Provide
    Arbitrary<Ranking> rankings() {
        return IptArbitraries.rankings();
    }

    @Provide
    Arbitrary<Ranking> recorded() {
        return IptArbitraries.recordedRankings();
    }

    @Property(tries = 300)
    void everyRankingAPolicyMakesIsRebuiltEqualFromItsParts(@ForAll("rankings") Ranking ranking) {
        Ranking again = Ranking.of(ranking.policy(), ranking.context(), ranking.entries(), ranking.flags());

        assertThat(again).isEqualTo(ranking).hasSameHashCodeAs(ranking);
        assertThat(again.issues()).isEqualTo(ranking.issues());
        assertThat(again.entries()).extracting(RankedIssue::reason)
                .isEqualTo(ranking.entries().stream().map(RankedIssue::reason).toList());
    }

    @Property(tries = 200)
    void aRankingWithPlaceholderRulesIsARecordThatCannotRankAgain(@ForAll("recorded") Ranking ranking) {
        Ranking again = Ranking.of(ranking.policy(), ranking.context(), ranking.entries(), ranking.flags());

        assertThat(again).isEqualTo(ranking);
        List<RankingRule> rules = ranking.policy().rules();
        for (int i = 0; i < rules.size(); i++) {
            if (RankingRules.isPlaceholder(rules.get(i))) {
                String position = "rules[" + i + "]";
                assertThatExceptionOfType(IllegalStateException.class)
                        .isThrownBy(() -> ranking.policy().rank(ranking.issues(), ranking.context()))
                        .withMessageStartingWith(position);
                assertThatExceptionOfType(IllegalStateException.class)
                        .isThrownBy(() -> ranking.verify(ranking.policy()));
                return;
            }
        }
        assertThat(ranking.verify(ranking.policy()).isConfirmed()).isTrue();
    }

    @Property(tries = 300)
    void aPolicyFindsNothingToDisagreeWithInItsOwnRankings(@ForAll("rankings") Ranking ranking) {
        assertThat(ranking.verify(ranking.policy()).isConfirmed()).isTrue();
    }

    @Property(tries = 200)
    void swappedPositionsAreRefused(@ForAll("rankings") Ranking ranking, @ForAll int seed) {
        Assume.that(ranking.size() >= 2);
        int i = Math.floorMod(seed, ranking.size() - 1);
        List<RankedIssue> entries = new ArrayList<>(ranking.entries());
        entries.set(i, withPosition(entries.get(i), i + 2));
        entries.set(i + 1, withPosition(entries.get(i + 1), i + 1));

        assertRejected(() -> Ranking.of(ranking.policy(), ranking.context(), entries, ranking.flags()),
                "entries[" + i + "].position", ModelRule.RANKING_RECORD);
    }

    @Property(tries = 200)
    void aRepeatedIssueIdIsRefused(@ForAll("rankings") Ranking ranking, @ForAll int seed) {
        Assume.that(ranking.size() >= 2);
        int j = 1 + Math.floorMod(seed, ranking.size() - 1);
        int i = Math.floorMod(seed / 7, j);
        List<RankedIssue> entries = new ArrayList<>(ranking.entries());
        InterpersonalIssue twin = entries.get(i).issue();
        RankedIssue at = entries.get(j);
        entries.set(j, at.decidedBy().isEmpty() ? RankedIssue.last(j + 1, twin)
                : RankedIssue.of(j + 1, twin, at.decidedBy().get(), at.explanation().orElseThrow()));

        assertRejected(() -> Ranking.of(ranking.policy(), ranking.context(), entries, List.of()),
                "entries[" + j + "].issue.id", ModelRule.UNIQUE_IDS);
    }

    @Property(tries = 200)
    void anEntryButTheLastWithoutADecidingRuleIsRefused(@ForAll("rankings") Ranking ranking, @ForAll int seed) {
        Assume.that(ranking.size() >= 2);
        int i = Math.floorMod(seed, ranking.size() - 1);
        List<RankedIssue> entries = new ArrayList<>(ranking.entries());
        entries.set(i, RankedIssue.last(i + 1, entries.get(i).issue()));

        assertRejected(() -> Ranking.of(ranking.policy(), ranking.context(), entries, ranking.flags()),
                "entries[" + i + "].decidedBy", ModelRule.RANKING_RECORD);
    }

    @Property(tries = 200)
    void aLastEntryWithADecidingRuleIsRefused(@ForAll("rankings") Ranking ranking) {
        Assume.that(!ranking.isEmpty());
        int last = ranking.size() - 1;
        List<RankedIssue> entries = new ArrayList<>(ranking.entries());
        entries.set(last, RankedIssue.of(last + 1, entries.get(last).issue(), RankingRules.ISSUE_ID,
                RankingReason.tieBreak()));

        assertRejected(() -> Ranking.of(ranking.policy(), ranking.context(), entries, ranking.flags()),
                "entries[" + last + "].decidedBy", ModelRule.RANKING_RECORD);
    }

    @Property(tries = 200)
    void aDecidingRuleOutsideThePolicyIsRefused(@ForAll("rankings") Ranking ranking, @ForAll int seed) {
        Assume.that(ranking.size() >= 2);
        RankingRule outside = RankingRules.all().stream()
                .filter(r -> r != RankingRules.ISSUE_ID && !ranking.policy().rules().contains(r)).findFirst()
                .orElseThrow();
        int i = Math.floorMod(seed, ranking.size() - 1);
        List<RankedIssue> entries = new ArrayList<>(ranking.entries());
        entries.set(i, RankedIssue.of(i + 1, entries.get(i).issue(), outside, RankingReason.of(outside.name(), "1",
                "2")));

        assertRejected(() -> Ranking.of(ranking.policy(), ranking.context(), entries, ranking.flags()),
                "entries[" + i + "].decidedBy", ModelRule.RANKING_RECORD);
    }

    @Property(tries = 200)
    void aReasonThatDoesNotNameTheDecidingRuleIsRefused(@ForAll("rankings") Ranking ranking, @ForAll int seed) {
        Assume.that(ranking.size() >= 2);
        int i = Math.floorMod(seed, ranking.size() - 1);
        RankedIssue entry = ranking.entries().get(i);
        RankingRule rule = entry.decidedBy().orElseThrow();
        RankingReason other = rule == RankingRules.ISSUE_ID ? RankingReason.of("onset-link", "1", "2")
                : RankingReason.tieBreak();

        assertRejected(() -> RankedIssue.of(i + 1, entry.issue(), rule, other), "explanation",
                ModelRule.RANKING_RECORD);
    }

    @Property(tries = 200)
    void flagsOutOfRankingOrderAreRefused(@ForAll("rankings") Ranking ranking) {
        Assume.that(ranking.flags().size() >= 2);
        List<RankingFlag> flags = new ArrayList<>(ranking.flags());
        Collections.reverse(flags);

        assertRejected(() -> Ranking.of(ranking.policy(), ranking.context(), ranking.entries(), flags), "flags[1]",
                ModelRule.RANKING_RECORD);
    }

    @Property(tries = 200)
    void aFlagOfAnIssueNotRankedIsRefused(@ForAll("rankings") Ranking ranking,
            @ForAll RankingFlag.Code code) {
        List<RankingFlag> flags = new ArrayList<>(ranking.flags());
        flags.add(new RankingFlag(code, IssueId.of("not-ranked")));

        assertRejected(() -> Ranking.of(ranking.policy(), ranking.context(), ranking.entries(), flags),
                "flags[" + (flags.size() - 1) + "].issue", ModelRule.KNOWN_ISSUE);
    }

    @Property(tries = 200)
    void aFocusFlagIsRefusedInARanking(@ForAll("rankings") Ranking ranking) {
        Assume.that(!ranking.isEmpty());
        List<RankingFlag> flags = List.of(new RankingFlag(RankingFlag.Code.FOCUS_NOT_LINKED,
                ranking.at(1).issue().id()));

        assertRejected(() -> Ranking.of(ranking.policy(), ranking.context(), ranking.entries(), flags),
                "flags[0].code", ModelRule.RANKING_RECORD);
    }

    @Property(tries = 200)
    void verifyFindsTwoIssuesRecordedInTheOtherOrder(@ForAll("rankings") Ranking ranking, @ForAll int seed) {
        Assume.that(ranking.size() >= 2);
        int i = Math.floorMod(seed, ranking.size() - 1);
        List<RankedIssue> entries = new ArrayList<>(ranking.entries());
        RankedIssue first = entries.get(i);
        RankedIssue second = entries.get(i + 1);
        entries.set(i, RankedIssue.of(i + 1, second.issue(), first.decidedBy().orElseThrow(),
                first.explanation().orElseThrow()));
        entries.set(i + 1, second.decidedBy().isEmpty() ? RankedIssue.last(i + 2, first.issue())
                : RankedIssue.of(i + 2, first.issue(), second.decidedBy().get(), second.explanation().orElseThrow()));
        Ranking swapped = Ranking.of(ranking.policy(), ranking.context(), entries, List.of());

        assertThat(swapped.issues()).containsExactlyInAnyOrderElementsOf(ranking.issues());
        assertThat(swapped.verify(ranking.policy()).discrepancies()).extracting(Verification.Discrepancy::path)
                .contains("entries[" + i + "].issue", "entries[" + (i + 1) + "].issue")
                .allSatisfy(path -> assertThat(path).doesNotContain("summary"));
    }

    @Property(tries = 200)
    void verifyFindsAnotherReason(@ForAll("rankings") Ranking ranking, @ForAll int seed) {
        Assume.that(ranking.entries().stream().anyMatch(e -> e.decidedBy().isPresent() && !e.isTieBreak()));
        List<RankedIssue> entries = new ArrayList<>(ranking.entries());
        int i = 0;
        for (int k = 0; k < entries.size(); k++) {
            int at = Math.floorMod(seed + k, entries.size());
            if (entries.get(at).decidedBy().isPresent() && !entries.get(at).isTieBreak()) {
                i = at;
                break;
            }
        }
        RankedIssue entry = entries.get(i);
        RankingReason reason = entry.explanation().orElseThrow();
        String changed = reason.compared().get(0).equals("changed") ? "other" : "changed";
        entries.set(i, RankedIssue.of(i + 1, entry.issue(), entry.decidedBy().get(),
                RankingReason.of(reason.rule(), changed, reason.compared().get(1))));
        Ranking recorded = Ranking.of(ranking.policy(), ranking.context(), entries, ranking.flags());

        assertThat(recorded.verify(ranking.policy()).discrepancies()).extracting(Verification.Discrepancy::path)
                .containsExactly("entries[" + i + "].explanation");
    }

    @Property(tries = 200)
    void verifyFindsAFlagLeftOutAndAnotherPolicyName(@ForAll("rankings") Ranking ranking) {
        Assume.that(!ranking.flags().isEmpty());
        List<RankingFlag> fewer = ranking.flags().subList(0, ranking.flags().size() - 1);
        Ranking recorded = Ranking.of(ranking.policy(), ranking.context(), ranking.entries(), fewer);
        RankingPolicy renamed = RankingPolicy.builder().name(ranking.policy().name() + "-2")
                .addAll(ranking.policy().rules()).build();

        assertThat(recorded.verify(ranking.policy()).discrepancies()).extracting(Verification.Discrepancy::path).containsExactly("flags");
        assertThat(ranking.verify(renamed).discrepancies()).extracting(Verification.Discrepancy::path).containsExactly("policy.name");
    }

    private static RankedIssue withPosition(RankedIssue entry, int position) {
        return entry.decidedBy().isEmpty() ? RankedIssue.last(position, entry.issue())
                : RankedIssue.of(position, entry.issue(), entry.decidedBy().get(), entry.explanation().orElseThrow());
    }
}
