package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.ranking.KeyedRankingRule;
import org.iptmodel.core.ranking.RankedIssue;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingRule;
import org.iptmodel.core.ranking.RankingRules;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The earlier spelling of reasons, the model's sentences written until 2026-12-05, reads strictly
 * as the same record as the compared values written today: for the testkit's rankings, whose
 * rules compare enum values, numbers, days (or unknown days), keys of rules of their own and ranks
 * of comparison rules; and a sentence that does not fit its entry is refused at the reason.
 */
class EarlierSpellingProperties {
    private static final DocumentCodec<Ranking> STRICT = IptJson.strict().ranking();

    @Provide
    Arbitrary<Ranking> rankings() {
        return IptArbitraries.rankings().filter(r -> !r.isEmpty());
    }

    /** The sentence the model wrote for an entry until 2026-12-05. */
    static String sentence(RankedIssue entry, int size) {
        if (entry.decidedBy().isEmpty()) {
            return "last of " + size;
        }
        RankingRule rule = entry.decidedBy().get();
        if (rule == RankingRules.ISSUE_ID) {
            return "issue-id: every rule of the policy ties";
        }
        var compared = entry.explanation().orElseThrow().compared();
        return rule.name() + ": " + earlier(rule, compared.get(0)) + " before " + earlier(rule, compared.get(1));
    }

    private static String earlier(RankingRule rule, String value) {
        if (rule == RankingRules.ONSET_PROXIMITY) {
            return value + " days";
        }
        if (RankingRules.all().contains(rule)) {
            return value.matches("-?[0-9]+") ? value : value.toUpperCase(Locale.ROOT);
        }
        return rule instanceof KeyedRankingRule ? "key " + value : "rank " + value;
    }

    private static ObjectNode earlierDocument(Ranking ranking) {
        ObjectNode tree = (ObjectNode) Mutator.MAPPER.readTree(STRICT.write(ranking));
        ArrayNode entries = (ArrayNode) tree.get("entries");
        for (int i = 0; i < ranking.size(); i++) {
            ((ObjectNode) entries.get(i)).put("reason", sentence(ranking.entries().get(i), ranking.size()));
        }
        return tree;
    }

    @Property(tries = 300)
    void the_earlier_sentences_read_as_the_same_record(@ForAll("rankings") Ranking ranking) {
        ObjectNode tree = earlierDocument(ranking);
        String json = Mutator.MAPPER.writeValueAsString(tree);
        Ranking fromSentences = STRICT.read(json);
        Ranking fromValues = STRICT.read(STRICT.write(ranking));
        ranking.entries().forEach(e -> Statistics.label("decided by")
                .collect(e.decidedBy().map(RankingRule::name).orElse("-")));

        assertThat(fromSentences).isEqualTo(fromValues);
        assertThat(fromSentences.entries()).extracting(RankedIssue::reason)
                .isEqualTo(ranking.entries().stream().map(RankedIssue::reason).toList());
        assertThat(Schemas.errors(Documents.RANKING, json)).isEmpty();
    }

    @Property(tries = 200)
    void a_sentence_that_does_not_fit_its_entry_is_refused_at_the_reason(@ForAll("rankings") Ranking ranking,
            @ForAll int seed) {
        int i = Math.floorMod(seed, ranking.size());
        RankedIssue entry = ranking.entries().get(i);
        String wrong = entry.decidedBy().isEmpty() ? "last of " + (ranking.size() + 1)
                : entry.isTieBreak() ? "last of " + ranking.size() : "issue-id: every rule of the policy ties";
        ObjectNode tree = earlierDocument(ranking);
        ((ObjectNode) tree.at("/entries/" + i)).put("reason", wrong);
        String json = Mutator.MAPPER.writeValueAsString(tree);

        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> STRICT.read(json))
                .satisfies(e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.pointer()).isEqualTo("/entries/" + i + "/reason");
                    assertThat(p.rule()).contains(ModelRule.RANKING_RECORD);
                }));
    }

    @Property(tries = 200)
    void a_sentence_of_another_rule_or_in_other_words_is_refused(@ForAll("rankings") Ranking ranking,
            @ForAll int seed) {
        Assume.that(ranking.entries().stream().anyMatch(e -> e.decidedBy().isPresent() && !e.isTieBreak()));
        int i = 0;
        for (int k = 0; k < ranking.size(); k++) {
            int at = Math.floorMod(seed + k, ranking.size());
            if (ranking.entries().get(at).decidedBy().isPresent() && !ranking.entries().get(at).isTieBreak()) {
                i = at;
                break;
            }
        }
        String sentence = sentence(ranking.entries().get(i), ranking.size());
        String otherRule = "other-rule" + sentence.substring(sentence.indexOf(':'));
        String lowerCase = sentence.toLowerCase(Locale.ROOT);
        String otherWords = sentence.replace(" before ", " ahead of ");
        for (String wrong : new String[] {otherRule, lowerCase, otherWords, sentence + "\n"}) {
            if (wrong.equals(sentence)) {
                continue;
            }
            ObjectNode tree = earlierDocument(ranking);
            ((ObjectNode) tree.at("/entries/" + i)).put("reason", wrong);
            String json = Mutator.MAPPER.writeValueAsString(tree);
            int at = i;
            assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> STRICT.read(json))
                    .satisfies(e -> assertThat(e.problems()).extracting(JsonProblem::pointer)
                            .containsExactly("/entries/" + at + "/reason"));
            assertThat(Schemas.errors(Documents.RANKING, json).isEmpty())
                    .as("the schema judges %s as the reader", wrong).isEqualTo(wrong == otherRule);
        }
    }
}
