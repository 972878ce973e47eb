package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.ranking.RankedIssue;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingRules;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ranking document is a record that reads back as what was written: for the testkit's rankings,
 * by built-in rules and by rules of the testkit's own, and for the same rankings as a reader without
 * those rules reads them, with placeholder rules; through the facade, strict and lenient, compact and
 * pretty, and through a plain mapper with the module; and the documents are valid by the schema.
 */
class RankingRecordRoundTripProperties {
    private static final IptJson STRICT = IptJson.strict();
    private static final IptJson PRETTY_LENIENT = IptJson.lenient().withPrettyPrinting(true);
    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new IptJsonModule()).build();

    @Provide
    Arbitrary<Ranking> recorded() {
        return IptArbitraries.recordedRankings();
    }

    @Provide
    Arbitrary<Ranking> rankings() {
        return IptArbitraries.rankings();
    }

    @Property(tries = 300)
    void a_ranking_with_placeholder_rules_reads_back_equal(@ForAll("recorded") Ranking ranking) {
        Statistics.label("placeholders").collect(ranking.policy().rules().stream()
                .anyMatch(RankingRules::isPlaceholder));
        Statistics.label("placeholders").coverage(c -> c.check(true).percentage(p -> p >= 10));
        String json = STRICT.ranking().write(ranking);

        assertThat(STRICT.ranking().read(json)).isEqualTo(ranking);
        assertThat(PRETTY_LENIENT.ranking().read(PRETTY_LENIENT.ranking().write(ranking))).isEqualTo(ranking);
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(ranking), Ranking.class)).isEqualTo(ranking);
        assertThat(Schemas.errors(Documents.RANKING, json)).isEmpty();
    }

    @Property(tries = 300)
    void a_ranking_by_rules_the_reader_does_not_know_reads_as_recorded_and_writes_the_same_document(
            @ForAll("rankings") Ranking ranking) {
        String json = STRICT.ranking().write(ranking);
        Ranking read = STRICT.ranking().read(json);

        assertThat(STRICT.ranking().write(read)).isEqualTo(json);
        assertThat(read.issues()).isEqualTo(ranking.issues());
        assertThat(read.entries()).extracting(RankedIssue::explanation)
                .isEqualTo(ranking.entries().stream().map(RankedIssue::explanation).toList());
        assertThat(read.flags()).isEqualTo(ranking.flags());
        assertThat(read.verify(ranking.policy()).isConfirmed()).isTrue();
        if (ranking.policy().rules().stream().allMatch(RankingRules.all()::contains)) {
            assertThat(read).isEqualTo(ranking);
        }
    }
}
