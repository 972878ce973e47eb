package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.Verification;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.ranking.KeyedRankingRule;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingContext;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.ranking.RankingRule;
import org.iptmodel.core.ranking.RankingRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registering rules of the application's own with the facade and the Jackson module: what is
 * refused, that configured instances are new and the originals unchanged, and what a rule of the
 * same name that ranks differently does to a read.
 */
class RankingRuleRegistrationTest {
    private static final KeyedRankingRule DISPUTES_FIRST = Generators.DISPUTES_FIRST;
    /** The policy of one rule of the application's own, which decides the first entry. */
    private static final RankingPolicy CLINIC = RankingPolicy.builder().name("clinic-b")
            .add(RankingRules.DEFICITS_BY_EXCLUSION).add(DISPUTES_FIRST).build();
    private static final Ranking RANKING = CLINIC.rank(Samples.course(Protocol.standard()));
    private static final String JSON = IptJson.strict().ranking().write(RANKING);

    static List<RankingRule> builtInRules() {
        return RankingRules.all();
    }

    private static KeyedRankingRule keyed(String name) {
        return KeyedRankingRule.of(name, "A rule of the clinic.", "clinic guideline 9", (issue, context) -> 0);
    }

    /** Both facades' configuration methods, by array and by collection. */
    private static List<Runnable> registrations(RankingRule... rules) {
        Collection<RankingRule> collection = Arrays.asList(rules);
        return List.of(() -> IptJson.strict().withRankingRules(rules),
                () -> IptJson.strict().withRankingRules(collection),
                () -> new IptJsonModule().withRankingRules(rules),
                () -> new IptJsonModule().withRankingRules(collection));
    }

    @Test
    void the_sample_ranking_is_decided_by_the_rule_of_the_clinic() {
        assertThat(RANKING.at(1).decidedBy()).contains(DISPUTES_FIRST);
        assertThat(RANKING.at(1).issue().area()).isEqualTo(ProblemArea.ROLE_DISPUTE);
    }

    @ParameterizedTest
    @MethodSource("builtInRules")
    void a_rule_with_the_name_of_a_built_in_rule_is_refused_naming_it(RankingRule builtIn) {
        for (RankingRule rule : List.of(builtIn, keyed(builtIn.name()))) {
            for (Runnable registration : registrations(DISPUTES_FIRST, rule)) {
                assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(registration::run)
                        .withMessage("rules[1]: the ranking rule name " + builtIn.name()
                                + " is the name of a built-in rule, which a reader always finds first");
            }
        }
    }

    @Test
    void two_rules_of_one_name_are_refused_naming_it() {
        for (Runnable registration : registrations(DISPUTES_FIRST, Generators.FEWER_PEOPLE,
                keyed(DISPUTES_FIRST.name()))) {
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(registration::run)
                    .withMessage("rules[2]: the ranking rule name clinic:disputes_first.v2 is the name of an"
                            + " earlier rule");
        }
        for (Runnable registration : registrations(DISPUTES_FIRST, DISPUTES_FIRST)) {
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(registration::run)
                    .withMessageStartingWith("rules[1]: the ranking rule name clinic:disputes_first.v2");
        }
    }

    @Test
    void a_rule_that_breaks_the_contract_of_a_rule_is_refused_without_repeating_its_name() {
        RankingRule badName = new Broken("Confidential name of Zoë", "Prefers something.", "clinic");
        RankingRule blankSource = new Broken("blank-source", "Prefers something.", " ");
        RankingRule blankDescription = new Broken("blank-description", "", "clinic");
        for (RankingRule rule : List.of(badName, blankSource, blankDescription)) {
            for (Runnable registration : registrations(rule)) {
                assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(registration::run)
                        .satisfies(e -> {
                            assertThat(e).isNotInstanceOf(InvalidModelException.class);
                            assertThat(e.getMessage()).startsWith("rules[0] breaks the contract of RankingRule")
                                    .doesNotContain("Zoë");
                            assertThat(e.getCause()).isInstanceOf(InvalidModelException.class);
                        });
            }
        }
    }

    @Test
    void nulls_are_refused_naming_the_parameter_or_the_element() {
        for (Runnable registration : registrations(DISPUTES_FIRST, null)) {
            assertThatExceptionOfType(NullPointerException.class).isThrownBy(registration::run)
                    .withMessage("rules[1]");
        }
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> IptJson.strict().withRankingRules((RankingRule[]) null)).withMessage("rules");
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> IptJson.strict().withRankingRules((Collection<RankingRule>) null))
                .withMessage("rules");
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> new IptJsonModule().withRankingRules((RankingRule[]) null)).withMessage("rules");
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> new IptJsonModule().withRankingRules((Collection<RankingRule>) null))
                .withMessage("rules");
    }

    @Test
    void registering_returns_a_new_facade_and_leaves_the_original_unchanged() {
        IptJson original = IptJson.strict().withPrettyPrinting(true);
        String before = original.toString();
        IptJson configured = original.withRankingRules(DISPUTES_FIRST);
        assertThat(configured).isNotSameAs(original);
        assertThat(original.rankingRules()).isEmpty();
        assertThat(original.toString()).isEqualTo(before);
        assertThat(RankingRules.isPlaceholder(original.ranking().read(JSON).policy().rules().get(1))).isTrue();
        assertThat(IptJson.strict().rankingRules()).isEmpty();
        assertThat(IptJson.strict().ranking().read(JSON)).isNotEqualTo(RANKING);

        assertThat(configured.rankingRules()).containsExactly(DISPUTES_FIRST);
        assertThat(configured.isPrettyPrinting()).isTrue();
        assertThat(configured.toString()).isEqualTo(before.substring(0, before.length() - 1)
                + ", rules=[clinic:disputes_first.v2]]");
        assertThat(configured.ranking().read(JSON)).isEqualTo(RANKING);
        assertThat(configured.ranking().write(RANKING)).isEqualTo(original.ranking().write(RANKING));
    }

    @Test
    void the_rules_are_kept_by_the_other_settings_and_replaced_by_new_rules() {
        IptJson configured = IptJson.strict().withRankingRules(List.of(DISPUTES_FIRST, Generators.EARLIER_START));
        IptJson changed = configured.withLenient(true).withPrettyPrinting(true)
                .withLimits(JsonLimits.defaults().withMaxIssues(10));
        assertThat(changed.rankingRules()).containsExactly(DISPUTES_FIRST, Generators.EARLIER_START);
        assertThat(changed.ranking().read(JSON)).isEqualTo(RANKING);
        IptJson replaced = configured.withRankingRules(Generators.FEWER_PEOPLE);
        assertThat(replaced.rankingRules()).containsExactly(Generators.FEWER_PEOPLE);
        assertThat(replaced.ranking().read(JSON).policy().rules().get(1))
                .isEqualTo(RankingRules.placeholder(DISPUTES_FIRST.name()));
        assertThat(configured.withRankingRules().rankingRules()).isEmpty();
        assertThat(configured.withRankingRules(List.of()).toString()).isEqualTo(IptJson.strict().toString());
        assertThat(configured.rankingRules()).containsExactly(DISPUTES_FIRST, Generators.EARLIER_START);
    }

    @Test
    void the_rules_returned_cannot_be_changed() {
        List<RankingRule> rules = IptJson.strict().withRankingRules(DISPUTES_FIRST).rankingRules();
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> rules.add(Generators.FEWER_PEOPLE));
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> new IptJsonModule().withRankingRules(DISPUTES_FIRST).rankingRules().clear());
    }

    @Test
    void changing_the_collection_given_changes_nothing() {
        List<RankingRule> given = new ArrayList<>(List.of(DISPUTES_FIRST));
        IptJson configured = IptJson.strict().withRankingRules(given);
        given.clear();
        given.add(Generators.FEWER_PEOPLE);
        assertThat(configured.rankingRules()).containsExactly(DISPUTES_FIRST);
        assertThat(configured.ranking().read(JSON)).isEqualTo(RANKING);
    }

    @Test
    void one_configured_facade_reads_on_many_threads_at_once() {
        IptJson configured = IptJson.strict().withRankingRules(DISPUTES_FIRST);
        List<Ranking> read = IntStream.range(0, 64).parallel().mapToObj(i -> configured.ranking().read(JSON))
                .toList();
        assertThat(read).hasSize(64).containsOnly(RANKING);
    }

    @Test
    void the_module_given_the_rules_reads_them_and_the_original_module_does_not() {
        IptJsonModule original = new IptJsonModule().withLenient(true);
        IptJsonModule configured = original.withRankingRules(List.of(DISPUTES_FIRST));
        assertThat(configured).isNotSameAs(original);
        assertThat(original.rankingRules()).isEmpty();
        assertThat(configured.rankingRules()).containsExactly(DISPUTES_FIRST);
        assertThat(configured.isLenient()).isTrue();
        assertThat(configured.withLimits(JsonLimits.defaults()).withLenient(false).rankingRules())
                .containsExactly(DISPUTES_FIRST);
        assertThat(configured.toString()).endsWith(", rules=[clinic:disputes_first.v2]]");
        assertThat(original.toString()).doesNotContain("rules");

        JsonMapper mapper = JsonMapper.builder().addModule(configured).build();
        assertThat(mapper.readValue(JSON, Ranking.class)).isEqualTo(RANKING);
        JsonMapper plain = JsonMapper.builder().addModule(original).build();
        Ranking placeheld = plain.readValue(JSON, Ranking.class);
        assertThat(placeheld.policy().rules().get(1)).isEqualTo(RankingRules.placeholder(DISPUTES_FIRST.name()));
        assertThat(placeheld.at(1).decidedBy()).contains(RankingRules.placeholder(DISPUTES_FIRST.name()));
        assertThat(placeheld.entries()).extracting(e -> e.explanation())
                .isEqualTo(RANKING.entries().stream().map(e -> e.explanation()).toList());
    }

    @Test
    void the_module_of_a_facade_carries_its_rules() {
        IptJsonModule module = IptJson.strict().withRankingRules(DISPUTES_FIRST).toModule();
        assertThat(module.rankingRules()).containsExactly(DISPUTES_FIRST);
        assertThat(JsonMapper.builder().addModule(module).build().readValue(JSON, Ranking.class)).isEqualTo(RANKING);
        assertThat(IptJson.strict().toModule().rankingRules()).isEmpty();
    }

    @Test
    void a_registered_rule_of_the_same_name_that_ranks_differently_reads_as_recorded_and_verify_disagrees() {
        KeyedRankingRule impostor = KeyedRankingRule.of(DISPUTES_FIRST.name(), "Role disputes last.",
                "another clinic", (issue, context) -> issue.area() == ProblemArea.ROLE_DISPUTE ? 1 : 0);
        Ranking read = IptJson.strict().withRankingRules(impostor).ranking().read(JSON);
        assertThat(read.issues()).isEqualTo(RANKING.issues());
        assertThat(read.policy().rules()).containsExactly(RankingRules.DEFICITS_BY_EXCLUSION, impostor);
        assertThat(read.verify(read.policy()).discrepancies()).extracting(Verification.Discrepancy::path).contains("entries[0].issue");
        assertThat(read.verify(CLINIC).isConfirmed()).isTrue();
    }

    @Test
    void a_registered_rule_of_the_same_name_that_ranks_alike_is_read_in_place_of_the_written_one() {
        KeyedRankingRule twin = KeyedRankingRule.of(DISPUTES_FIRST.name(), "Role disputes first.", "another clinic",
                (issue, context) -> issue.area() == ProblemArea.ROLE_DISPUTE ? 0 : 1);
        Ranking read = IptJson.strict().withRankingRules(twin).ranking().read(JSON);
        assertThat(read.policy().rules()).containsExactly(RankingRules.DEFICITS_BY_EXCLUSION, twin);
        assertThat(read).isNotEqualTo(RANKING);
        assertThat(IptJson.strict().ranking().write(read)).isEqualTo(JSON);
    }

    /** A rule that breaks the contract of {@link RankingRule} in its name, description or source. */
    private record Broken(String name, String description, String source) implements RankingRule {
        @Override
        public int compare(InterpersonalIssue first, InterpersonalIssue second, RankingContext context) {
            return 0;
        }
    }
}
