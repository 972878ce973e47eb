package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.iptmodel.core.ranking.RankedIssue;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingRule;
import org.iptmodel.core.ranking.RankingRules;
import tools.jackson.databind.json.JsonMapper;

/**
 * For rankings by generated policies that mix built-in rules and rules of the application's own:
 * a reader given those rules reads back what was written, through the facade and the Jackson
 * module; the documents are valid by the schema; a reader not given them reads each document as
 * recorded, with a placeholder at every name of a rule it does not know, which the original policy
 * verifies and which writes the same document again.
 */
class RegisteredRulesProperties {
    private static final IptJson REGISTERED = IptJson.strict().withRankingRules(Generators.USER_RULES);
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new IptJsonModule().withRankingRules(Generators.USER_RULES))
            .build();

    @Provide
    Arbitrary<Ranking> rankings() {
        return Generators.rankingsWithUserRules();
    }

    @Property(tries = 100)
    void a_ranking_by_built_in_and_registered_rules_reads_back(@ForAll("rankings") Ranking ranking) {
        String json = REGISTERED.ranking().write(ranking);
        assertThat(json).isEqualTo(IptJson.strict().ranking().write(ranking));
        Ranking back = REGISTERED.ranking().read(json);
        assertThat(back).isEqualTo(ranking);
        assertThat(back.policy().rules()).containsExactlyElementsOf(ranking.policy().rules());
        IptJson prettyLenient = REGISTERED.withPrettyPrinting(true).withLenient(true);
        assertThat(prettyLenient.ranking().read(prettyLenient.ranking().write(ranking))).isEqualTo(ranking);
    }

    @Property(tries = 50)
    void every_ranking_by_registered_rules_written_is_valid_by_the_schema(@ForAll("rankings") Ranking ranking) {
        assertThat(Schemas.errors(Documents.RANKING, REGISTERED.ranking().write(ranking))).isEmpty();
    }

    @Property(tries = 100)
    void a_reader_not_given_the_rules_reads_a_placeholder_at_each_unknown_name(
            @ForAll("rankings") Ranking ranking) {
        String json = REGISTERED.ranking().write(ranking);
        List<RankedIssue> entries = ranking.entries();
        boolean decidedByOwnRule = entries.stream()
                .anyMatch(e -> e.decidedBy().filter(Generators.USER_RULES::contains).isPresent());
        Statistics.label("an entry decided by a rule of the application's own").collect(decidedByOwnRule);
        Statistics.label("an entry decided by a rule of the application's own").coverage(checker ->
                checker.check(true).percentage(p -> p >= 10));
        for (IptJson reader : List.of(IptJson.strict(), IptJson.lenient(),
                IptJson.strict().withRankingRules(Generators.FEWER_PEOPLE).withRankingRules())) {
            Ranking read = reader.ranking().read(json);
            List<RankingRule> rules = ranking.policy().rules();
            for (int i = 0; i < rules.size(); i++) {
                RankingRule rule = read.policy().rules().get(i);
                assertThat(rule.name()).isEqualTo(rules.get(i).name());
                assertThat(RankingRules.isPlaceholder(rule)).isEqualTo(Generators.USER_RULES.contains(rules.get(i)));
            }
            assertThat(read.entries()).extracting(RankedIssue::explanation)
                    .isEqualTo(entries.stream().map(RankedIssue::explanation).toList());
            assertThat(read.issues()).isEqualTo(ranking.issues());
            assertThat(read.flags()).isEqualTo(ranking.flags());
            assertThat(read.verify(ranking.policy()).isConfirmed()).isTrue();
            assertThat(reader.ranking().write(read)).isEqualTo(json);
        }
    }

    @Property(tries = 50)
    void a_mapper_whose_module_is_given_the_rules_reads_them(@ForAll("rankings") Ranking ranking) {
        String json = MAPPER.writeValueAsString(ranking);
        assertThat(json).isEqualTo(IptJson.strict().ranking().write(ranking));
        assertThat(MAPPER.readValue(json, Ranking.class)).isEqualTo(ranking);
        JsonMapper plain = JsonMapper.builder().addModule(new IptJsonModule()).build();
        Ranking read = plain.readValue(json, Ranking.class);
        assertThat(read.verify(ranking.policy()).isConfirmed()).isTrue();
        assertThat(plain.writeValueAsString(read)).isEqualTo(json);
    }
}
