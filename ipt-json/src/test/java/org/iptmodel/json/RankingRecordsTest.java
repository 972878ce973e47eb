package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Verification;
import org.iptmodel.core.ranking.RankedIssue;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.ranking.RankingReason;
import org.iptmodel.core.ranking.RankingRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Ranking documents are records: each ranking written on 2026-12-05, with its reasons in the
 * earlier spelling (the model's sentences, with Java constant names), reads strictly as exactly
 * what the file records, the same ranking as the document written today, and a policy of that name
 * finds nothing to disagree with; a document whose recorded order is not the policy's reads as
 * recorded, and {@link Ranking#verify} reports the difference.
 */
class RankingRecordsTest {
    private static final DocumentCodec<Ranking> STRICT = IptJson.strict().ranking();

    static Stream<String> fixtures() {
        return CompatibilityFixturesTest.fixtures().filter(name -> name.startsWith("ranking-"));
    }

    private static JsonNode tree(String name) {
        return Mutator.MAPPER.readTree(CompatibilityFixturesTest.bytes(name));
    }

    /** The built-in policy of a name, if any. */
    private static Optional<RankingPolicy> builtIn(String name) {
        return Stream.of(RankingPolicy.clinicalDefault(), RankingPolicy.brief()).filter(p -> p.name().equals(name))
                .findFirst();
    }

    /**
     * The reason a sentence of the earlier spelling records, read here by hand for the forms the
     * fixtures hold: {@code "rule: A before B"} with constant names or numbers, the tie-break's
     * sentence, {@code "last of n"} (no reason).
     */
    private static Optional<RankingReason> recorded(String sentence, int size) {
        if (sentence.equals("issue-id: every rule of the policy ties")) {
            return Optional.of(RankingReason.tieBreak());
        }
        if (sentence.startsWith("last of ")) {
            assertThat(Integer.parseInt(sentence.substring("last of ".length()))).isEqualTo(size);
            return Optional.empty();
        }
        int colon = sentence.indexOf(": ");
        String[] values = sentence.substring(colon + 2).split(" before ");
        assertThat(values).hasSize(2);
        return Optional.of(RankingReason.of(sentence.substring(0, colon), values[0].toLowerCase(Locale.ROOT),
                values[1].toLowerCase(Locale.ROOT)));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void every_ranking_of_2026_12_05_reads_strictly_as_exactly_what_it_records(String name) {
        JsonNode file = tree(name);
        Ranking ranking = STRICT.read(CompatibilityFixturesTest.bytes(name));

        assertThat(ranking.policy().name()).isEqualTo(file.at("/policy/name").asString());
        List<String> rules = new ArrayList<>();
        file.at("/policy/rules").forEach(rule -> rules.add(rule.asString()));
        assertThat(ranking.policy().rules()).extracting(r -> r.name()).containsExactlyElementsOf(rules);
        assertThat(ranking.policy().rules()).noneMatch(RankingRules::isPlaceholder);
        JsonNode entries = file.at("/entries");
        assertThat(ranking.size()).isEqualTo(entries.size()).isPositive();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            RankedIssue read = ranking.entries().get(i);
            assertThat(read.position()).isEqualTo(entry.at("/position").asInt()).isEqualTo(i + 1);
            assertThat(read.issue().id().value()).isEqualTo(entry.at("/issue/id").asString());
            assertThat(read.decidedBy().map(r -> r.name()))
                    .isEqualTo(Optional.ofNullable(entry.get("decided_by")).map(JsonNode::asString));
            assertThat(read.explanation()).isEqualTo(recorded(entry.at("/reason").asString(), entries.size()));
            assertThat(read.reason()).isEqualTo(entry.at("/reason").asString().toLowerCase(Locale.ROOT));
        }
        JsonNode flags = file.at("/flags");
        assertThat(ranking.flags()).hasSize(flags.size());
        for (int i = 0; i < flags.size(); i++) {
            assertThat(ranking.flags().get(i).code().name().toLowerCase(Locale.ROOT))
                    .isEqualTo(flags.get(i).at("/code").asString());
            assertThat(ranking.flags().get(i).issue().value()).isEqualTo(flags.get(i).at("/issue").asString());
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void every_ranking_of_2026_12_05_is_the_ranking_written_today_and_its_policy_agrees(String name) {
        Ranking ranking = STRICT.read(CompatibilityFixturesTest.bytes(name));
        Ranking today = STRICT.read(Golden.text(name));

        assertThat(ranking).isEqualTo(today);
        assertThat(STRICT.write(ranking)).isEqualTo(STRICT.write(today));
        assertThat(ranking.verify(builtIn(ranking.policy().name()).orElse(ranking.policy())).isConfirmed()).isTrue();
        assertThat(builtIn(ranking.policy().name()).isPresent()).isEqualTo(!name.equals("ranking-flags.json"));
    }

    @Test
    void a_document_whose_order_is_not_the_policys_reads_as_recorded_and_verify_reports_it() {
        ObjectNode tree = (ObjectNode) tree("ranking-ipt-standard.json");
        ArrayNode entries = (ArrayNode) tree.get("entries");
        ObjectNode first = (ObjectNode) entries.get(0);
        ObjectNode second = (ObjectNode) entries.get(1);
        JsonNode issue = first.get("issue");
        first.set("issue", second.get("issue"));
        second.set("issue", issue);

        Ranking read = STRICT.read(Mutator.MAPPER.writeValueAsString(tree));
        Ranking recorded = STRICT.read(CompatibilityFixturesTest.bytes("ranking-ipt-standard.json"));

        assertThat(read.at(1).issue()).isEqualTo(recorded.at(2).issue());
        assertThat(read.at(2).issue()).isEqualTo(recorded.at(1).issue());
        assertThat(read.at(1).explanation()).isEqualTo(recorded.at(1).explanation());
        assertThat(read.verify(RankingPolicy.clinicalDefault()).discrepancies()).extracting(Verification.Discrepancy::path)
                .containsExactly("entries[0].issue", "entries[1].issue");
        assertThat(read.verify(RankingPolicy.clinicalDefault()).discrepancies()).extracting(Verification.Discrepancy::message)
                .allSatisfy(message -> assertThat(message).doesNotContain("mother", "moving", "partner"));
        assertThat(recorded.verify(RankingPolicy.clinicalDefault()).isConfirmed()).isTrue();
    }

    @Test
    void a_document_whose_reason_is_not_the_policys_reads_as_recorded_and_verify_reports_it() {
        ObjectNode tree = (ObjectNode) Mutator.MAPPER.readTree(Golden.text("ranking-ipt-standard.json"));
        ((ObjectNode) tree.at("/entries/0")).putArray("reason").add("grief").add("role_dispute");

        Ranking read = STRICT.read(Mutator.MAPPER.writeValueAsString(tree));

        assertThat(read.at(1).explanation().orElseThrow().compared()).containsExactly("grief", "role_dispute");
        assertThat(read.verify(RankingPolicy.clinicalDefault()).discrepancies()).extracting(Verification.Discrepancy::path)
                .containsExactly("entries[0].explanation");
        assertThat(read.verify(RankingPolicy.brief()).discrepancies()).extracting(Verification.Discrepancy::path)
                .contains("policy.name", "policy.rules");
        assertThat(DocumentSamples.ranking(Protocol.standard()).verify(RankingPolicy.clinicalDefault()).isConfirmed()).isTrue();
    }
}
