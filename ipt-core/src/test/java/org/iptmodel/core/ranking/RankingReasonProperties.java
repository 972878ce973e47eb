package org.iptmodel.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.iptmodel.core.contracts.Rejections.assertRejected;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.arbitraries.IptArbitraries;

/**
 * The invariants of the parts a recorded ranking is rebuilt from: {@link RankingReason#of} accepts
 * every rule name that is an identifier other than {@code issue-id} with two values of spelling
 * form and refuses every other; {@link RankingRules#placeholder} accepts every identifier that
 * names no built-in rule and refuses the others; {@link RankedIssue#of} and {@link RankedIssue#last}
 * refuse positions below 1. Refusals never show the text refused, and a placeholder that is asked
 * to rank is named by its position only.
 */
class RankingReasonProperties {

    private static final String VALUE_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_-.:";

    @Provide
    Arbitrary<String> ruleNames() {
        return IptArbitraries.idTokens().filter(name -> !name.equals(RankingRules.ISSUE_ID.name()));
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.strings().withChars(VALUE_CHARS).ofMinLength(1).ofMaxLength(RankingReason.MAX_VALUE_LENGTH);
    }

    /** Texts that are no value: empty, too long, upper case, or free text. */
    @Provide
    Arbitrary<String> nonValues() {
        return Arbitraries.oneOf(
                Arbitraries.just(""),
                values().map(v -> v + "a".repeat(RankingReason.MAX_VALUE_LENGTH + 1 - v.length())),
                values().map(v -> v + "X"),
                IptArbitraries.redactedTexts().map(t -> t + " "));
    }

    /** Texts that are no identifier: free text with a space, or a token starting with '-'. */
    @Provide
    Arbitrary<String> nonIdentifiers() {
        return Arbitraries.oneOf(
                IptArbitraries.redactedTexts().map(t -> t + " "),
                IptArbitraries.idTokens().map(t -> "-" + t),
                Arbitraries.just(""));
    }

    /** Identifiers that name no built-in rule. */
    @Provide
    Arbitrary<String> placeholderNames() {
        // prefixed, so that a message naming the rule would be seen: no message holds "qz:"
        return IptArbitraries.idTokens().map(t -> ("qz:" + t).substring(0, Math.min(64, t.length() + 3)))
                .filter(name -> RankingRules.named(name).isEmpty());
    }

    @Property(tries = 300)
    void aReasonOfAnIdentifierAndTwoValuesIsAccepted(@ForAll("ruleNames") String rule, @ForAll("values") String value,
            @ForAll("values") String nextValue) {
        RankingReason reason = RankingReason.of(rule, value, nextValue);

        assertThat(reason.rule()).isEqualTo(rule);
        assertThat(reason.compared()).containsExactly(value, nextValue);
        assertThat(reason.isTieBreak()).isFalse();
        assertThat(reason.words()).isEqualTo(rule + ": " + value + " before " + nextValue);
        assertThat(reason).isEqualTo(RankingReason.of(rule, value, nextValue))
                .hasSameHashCodeAs(RankingReason.of(rule, value, nextValue))
                .isNotEqualTo(RankingReason.tieBreak());
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> reason.compared().set(0, nextValue));
    }

    @Property(tries = 200)
    void aRuleNameThatIsNoIdentifierIsRefused(@ForAll("nonIdentifiers") String rule, @ForAll("values") String value) {
        assertRejected(() -> RankingReason.of(rule, value, value), "rule", ModelRule.ID_FORMAT);
    }

    @Property(tries = 50)
    void theTieBreaksRuleWithComparedValuesIsRefused(@ForAll("values") String value,
            @ForAll("values") String nextValue) {
        assertRejected(() -> RankingReason.of(RankingRules.ISSUE_ID.name(), value, nextValue), "rule",
                ModelRule.RANKING_RECORD);
    }

    @Property(tries = 300)
    void aComparedValueOutOfSpellingFormIsRefusedAtItsIndex(@ForAll("ruleNames") String rule,
            @ForAll("values") String value, @ForAll("nonValues") String bad) {
        assertThat(RankingReason.isValue(value)).isTrue();
        assertThat(RankingReason.isValue(bad)).isFalse();
        assertRejected(() -> RankingReason.of(rule, bad, value), "compared[0]", ModelRule.RANKING_RECORD);
        assertRejected(() -> RankingReason.of(rule, value, bad), "compared[1]", ModelRule.RANKING_RECORD);
    }

    @Property(tries = 200)
    void aPlaceholderOfAnyIdentifierNamingNoBuiltInRuleIsAcceptedAndCannotRank(
            @ForAll("placeholderNames") String name, @ForAll @IntRange(min = 0, max = 3) int before) {
        RankingRule rule = RankingRules.placeholder(name);

        assertThat(rule.name()).isEqualTo(name);
        assertThat(RankingRules.isPlaceholder(rule)).isTrue();
        assertThat(rule).isEqualTo(RankingRules.placeholder(name)).hasSameHashCodeAs(RankingRules.placeholder(name));
        List<RankingRule> builtIn = RankingRules.all().subList(0, before);
        RankingPolicy policy = RankingPolicy.builder().name("clinic").addAll(builtIn).add(rule).build();
        RankingContext context = IptArbitraries.rankingContexts().sample();
        assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> policy.rank(List.of(), context))
                .withMessageStartingWith("rules[" + before + "]")
                .withMessageNotContaining(name);
        assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> policy.comparator(context))
                .withMessageNotContaining(name);
    }

    @Property(tries = 200)
    void aPlaceholderOfANameThatIsNoIdentifierIsRefused(@ForAll("nonIdentifiers") String name) {
        assertRejected(() -> RankingRules.placeholder(name), "name", ModelRule.ID_FORMAT);
    }

    @Property(tries = 50)
    void aPlaceholderOfABuiltInRulesNameIsRefused(@ForAll("builtInNames") String name) {
        assertRejected(() -> RankingRules.placeholder(name), "name", ModelRule.UNIQUE_IDS);
    }

    @Provide
    Arbitrary<String> builtInNames() {
        return Arbitraries.of(RankingRules.all()).map(RankingRule::name);
    }

    @Property(tries = 200)
    void anEntryAtAPositionBelowOneIsRefused(@ForAll("entries") RankedIssue entry,
            @ForAll @IntRange(min = -1000, max = 0) int position) {
        if (entry.decidedBy().isPresent()) {
            RankedIssue same = RankedIssue.of(entry.position(), entry.issue(), entry.decidedBy().get(),
                    entry.explanation().orElseThrow());
            assertThat(same).isEqualTo(entry).hasSameHashCodeAs(entry);
            assertRejected(() -> RankedIssue.of(position, entry.issue(), entry.decidedBy().get(),
                    entry.explanation().orElseThrow()), "position", ModelRule.VALUE_IN_RANGE);
        } else {
            assertThat(RankedIssue.last(entry.position(), entry.issue())).isEqualTo(entry);
            assertRejected(() -> RankedIssue.last(position, entry.issue()), "position", ModelRule.VALUE_IN_RANGE);
        }
    }

    @Provide
    Arbitrary<RankedIssue> entries() {
        return IptArbitraries.rankedIssues();
    }
}
