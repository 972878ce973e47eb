package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.Verification;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.ranking.KeyedRankingRule;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.ranking.RankingRules;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ranking document: read as the record it is, never by ranking again; a document that breaks
 * the structure of a ranking is refused where it breaks it; one whose order or reasons are not
 * what its policy gives reads as recorded, and {@link Ranking#verify} finds the difference; a
 * ranking by a rule of the user's own reads with the rule when the reader is given it, else with
 * a placeholder of its name.
 */
class RankingDocumentTest {
    private static final DocumentCodec<Ranking> CODEC = IptJson.strict().ranking();
    private static final Ranking STANDARD = DocumentSamples.ranking(Protocol.standard());
    private static final Ranking FLAGGED = DocumentSamples.rankingWithFlags();
    /** The index of the last entry of the standard ranking. */
    private static final int LAST = STANDARD.size() - 1;

    private static ObjectNode tree(Ranking ranking) {
        return (ObjectNode) Mutator.MAPPER.readTree(CODEC.write(ranking));
    }

    private static void assertRefusedAt(JsonNode document, String pointer, ModelRule rule) {
        String json = Mutator.MAPPER.writeValueAsString(document);
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> CODEC.read(json)).satisfies(e -> {
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(ProblemKind.INVALID_VALUE);
                assertThat(p.pointer()).isEqualTo(pointer);
                assertThat(p.rule().orElse(null)).isEqualTo(rule);
                assertThat(p.line()).isEqualTo(1);
                assertThat(p.column()).isGreaterThanOrEqualTo(1);
            });
            assertThat(e.getMessage()).doesNotContain("moving abroad", "mother", "partner");
        });
        assertThatExceptionOfType(IptJsonException.class)
                .isThrownBy(() -> IptJson.lenient().ranking().read(json));
    }

    @Test
    void a_catalogue_policy_reads_back_as_the_catalogue_policy() {
        assertThat(CODEC.read(CODEC.write(STANDARD)).policy()).isEqualTo(RankingPolicy.clinicalDefault());
        Ranking brief = DocumentSamples.ranking(Protocol.brief());
        assertThat(CODEC.read(CODEC.write(brief))).isEqualTo(brief);
        assertThat(CODEC.read(CODEC.write(brief)).policy()).isEqualTo(RankingPolicy.brief());
    }

    @Test
    void entries_and_flags_are_written_in_ranking_order_with_their_explanations() {
        JsonNode tree = tree(FLAGGED);
        assertThat(tree.at("/entries/0/issue/id").asString()).isEqualTo(FLAGGED.at(1).issue().id().value());
        assertThat(tree.at("/entries/3/decided_by").asString()).isEqualTo("issue-id");
        assertThat(tree.at("/entries/3").has("reason")).isFalse();
        assertThat(tree.at("/entries/4/reason")).isEqualTo(Mutator.MAPPER.readTree("[\"not_linked\",\"not_assessed\"]"));
        assertThat(tree.at("/entries/6").has("decided_by")).isFalse();
        assertThat(tree.at("/entries/6").has("reason")).isFalse();
        assertThat(tree.at("/flags/0/code").asString()).isEqualTo("area_outside_protocol");
        assertThat(tree.at("/flags/1/code").asString()).isEqualTo("tied_by_id");
        assertThat(tree.at("/flags/4/code").asString()).isEqualTo("link_not_assessed");
        assertThat(tree.at("/context").has("episode_onset")).isFalse();
    }

    @Test
    void rankings_stream_as_lines_like_every_document() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (LineWriter<Ranking> lines = CODEC.lineWriter(out)) {
            lines.write(STANDARD);
            lines.write(FLAGGED);
        }
        try (java.util.stream.Stream<Ranking> read = CODEC.readLines(
                new java.io.ByteArrayInputStream(out.toByteArray()))) {
            assertThat(read).containsExactly(STANDARD, FLAGGED);
        }
    }

    @Test
    void a_ranking_of_no_issues_reads_back() {
        Ranking empty = RankingPolicy.clinicalDefault().rank(List.of(), STANDARD.context());
        String json = CODEC.write(empty);
        assertThat(json).doesNotContain("entries").doesNotContain("flags");
        assertThat(CODEC.read(json)).isEqualTo(empty);
    }

    @Test
    void a_reason_that_does_not_fit_its_entry_is_refused_at_the_reason() {
        ObjectNode otherRule = tree(STANDARD);
        ((ObjectNode) otherRule.at("/entries/1")).put("reason", "distress: 9 before 3");
        assertRefusedAt(otherRule, "/entries/1/reason", ModelRule.RANKING_RECORD);
        ObjectNode missing = tree(STANDARD);
        ((ObjectNode) missing.at("/entries/0")).remove("reason");
        assertRefusedAt(missing, "/entries/0/reason", ModelRule.RANKING_RECORD);
        ObjectNode forTheLast = tree(STANDARD);
        ((ObjectNode) forTheLast.at("/entries/" + LAST)).putArray("reason").add("high").add("low");
        assertRefusedAt(forTheLast, "/entries/" + LAST + "/reason", ModelRule.RANKING_RECORD);
        ObjectNode one = tree(STANDARD);
        ((ObjectNode) one.at("/entries/0")).putArray("reason").add("high");
        assertRefusedAt(one, "/entries/0/reason", null);
        ObjectNode notASpelling = tree(STANDARD);
        ((ObjectNode) notASpelling.at("/entries/0")).putArray("reason").add("High").add("low");
        assertRefusedAt(notASpelling, "/entries/0/reason/0", null);
        ObjectNode prose = tree(STANDARD);
        ((ObjectNode) prose.at("/entries/0")).put("reason", "because it matters more");
        assertRefusedAt(prose, "/entries/0/reason", null);
    }

    @Test
    void entries_in_another_order_read_as_recorded_and_verify_finds_them() {
        ObjectNode tree = tree(STANDARD);
        ArrayNode entries = (ArrayNode) tree.get("entries");
        JsonNode first = entries.remove(0);
        entries.insert(1, first);
        ((ObjectNode) entries.get(0)).put("position", 1);
        ((ObjectNode) entries.get(1)).put("position", 2);
        Ranking read = CODEC.read(Mutator.MAPPER.writeValueAsString(tree));
        assertThat(read.at(1).issue()).isEqualTo(STANDARD.at(2).issue());
        assertThat(read.at(1).explanation()).isEqualTo(STANDARD.at(2).explanation());
        assertThat(read.verify(RankingPolicy.clinicalDefault()).discrepancies()).extracting(Verification.Discrepancy::path)
                .contains("entries[0].issue", "entries[1].issue");
        assertThat(STANDARD.verify(RankingPolicy.clinicalDefault()).isConfirmed()).isTrue();
    }

    @Test
    void a_wrong_position_or_deciding_rule_is_refused_there() {
        ObjectNode moved = tree(STANDARD);
        ((ObjectNode) moved.at("/entries/2")).put("position", 4);
        assertRefusedAt(moved, "/entries/2/position", ModelRule.RANKING_RECORD);
        ObjectNode undecided = tree(STANDARD);
        ((ObjectNode) undecided.at("/entries/0")).remove("decided_by");
        ((ObjectNode) undecided.at("/entries/0")).remove("reason");
        assertRefusedAt(undecided, "/entries/0/decided_by", ModelRule.RANKING_RECORD);
        ObjectNode otherRule = tree(STANDARD);
        ((ObjectNode) otherRule.at("/entries/0")).put("decided_by", "onset-proximity");
        assertRefusedAt(otherRule, "/entries/0/decided_by", ModelRule.RANKING_RECORD);
        ObjectNode decidedLast = tree(STANDARD);
        ((ObjectNode) decidedLast.at("/entries/" + LAST)).put("decided_by", "issue-id");
        assertRefusedAt(decidedLast, "/entries/" + LAST + "/decided_by", ModelRule.RANKING_RECORD);
    }

    @Test
    void flags_that_break_the_record_are_refused_and_others_read_as_recorded() {
        ObjectNode missing = tree(FLAGGED);
        missing.remove("flags");
        Ranking withoutFlags = CODEC.read(Mutator.MAPPER.writeValueAsString(missing));
        assertThat(withoutFlags.flags()).isEmpty();
        assertThat(withoutFlags.verify(FLAGGED.policy()).discrepancies()).extracting(Verification.Discrepancy::path)
                .containsExactly("flags");
        ObjectNode reversed = tree(FLAGGED);
        ArrayNode flags = (ArrayNode) reversed.get("flags");
        flags.insert(0, flags.remove(1));
        assertRefusedAt(reversed, "/flags/1", ModelRule.RANKING_RECORD);
        ObjectNode unranked = tree(STANDARD);
        unranked.putArray("flags").addObject().put("code", "grief_without_death").put("issue", "i-9");
        assertRefusedAt(unranked, "/flags/0/issue", ModelRule.KNOWN_ISSUE);
        ObjectNode focus = tree(STANDARD);
        focus.putArray("flags").addObject().put("code", "focus_not_linked").put("issue", "i-1");
        assertRefusedAt(focus, "/flags/0/code", ModelRule.RANKING_RECORD);
    }

    @Test
    void the_rules_of_the_model_broken_while_ranking_point_into_the_entries() {
        ObjectNode duplicate = tree(STANDARD);
        ((ObjectNode) duplicate.at("/entries/1/issue")).put("id", "i-1");
        assertRefusedAt(duplicate, "/entries/1/issue/id", ModelRule.UNIQUE_IDS);
        ObjectNode stranger = tree(STANDARD);
        ((ArrayNode) stranger.at("/entries/0/issue/people")).set(0, "p-9");
        assertRefusedAt(stranger, "/entries/0/issue/people/0", ModelRule.KNOWN_PERSON);
        ObjectNode tieBreakListed = tree(STANDARD);
        ((ArrayNode) tieBreakListed.at("/policy/rules")).add("issue-id");
        assertRefusedAt(tieBreakListed, "/policy/rules/5", ModelRule.UNIQUE_IDS);
    }

    @Test
    void a_ranking_by_a_rule_of_the_users_own_reads_with_the_rule_if_given_else_with_a_placeholder() {
        KeyedRankingRule fewerPeople = KeyedRankingRule.of("fewer-people", "Issues involving fewer people first.",
                "clinic guideline 4.3", (issue, context) -> issue.people().size());
        RankingPolicy policy = RankingPolicy.builder().name("clinic-b").add(RankingRules.DEFICITS_BY_EXCLUSION)
                .add(fewerPeople).build();
        Ranking ranking = policy.rank(Samples.course(Protocol.standard()));
        String json = CODEC.write(ranking);
        assertThat(json).contains("\"rules\":[\"deficits-by-exclusion\",\"fewer-people\"]");
        assertThat(Schemas.errors(Documents.RANKING, json)).isEmpty();
        Ranking placeheld = CODEC.read(json);
        assertThat(placeheld.policy().rules()).containsExactly(RankingRules.DEFICITS_BY_EXCLUSION,
                RankingRules.placeholder("fewer-people"));
        assertThat(placeheld).isNotEqualTo(ranking);
        assertThat(placeheld.verify(policy).isConfirmed()).isTrue();
        assertThat(CODEC.write(placeheld)).isEqualTo(json);
        assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> placeheld.verify(placeheld.policy())).withMessageStartingWith("rules[1] ");
        assertThat(IptJson.strict().withRankingRules(fewerPeople).ranking().read(json)).isEqualTo(ranking);
    }

    @Test
    void an_issue_of_a_ranking_is_read_with_the_rules_of_an_issue() {
        ObjectNode tree = tree(STANDARD);
        ((ObjectNode) tree.at("/entries/0/issue")).put("distress", 11);
        String json = Mutator.MAPPER.writeValueAsString(tree);
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> CODEC.read(json))
                .satisfies(e -> {
                    assertThat(e.problems()).extracting(JsonProblem::pointer).containsExactly("/entries/0/issue/distress");
                    assertThat(e.getCause()).isInstanceOf(InvalidModelException.class);
                });
    }

    @Test
    void the_entries_count_against_the_issue_limit() {
        String json = CODEC.write(STANDARD);
        assertThatExceptionOfType(IptJsonException.class)
                .isThrownBy(() -> IptJson.strict().withLimits(JsonLimits.defaults().withMaxIssues(2)).ranking()
                        .read(json))
                .satisfies(e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(ProblemKind.LIMIT);
                    assertThat(p.pointer()).isEqualTo("/entries/2");
                }));
    }
}
