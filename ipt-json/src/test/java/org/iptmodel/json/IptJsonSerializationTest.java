package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iptmodel.core.contracts.SerializationContract.bare;
import static org.iptmodel.core.contracts.SerializationContract.bytes;
import static org.iptmodel.core.contracts.SerializationContract.read;
import static org.iptmodel.core.contracts.SerializationContract.roundTrip;

import java.io.InvalidObjectException;
import java.io.NotSerializableException;
import java.io.Serializable;
import java.util.List;
import java.util.function.ToLongBiFunction;
import org.iptmodel.core.Course;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.ranking.KeyedRankingRule;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingContext;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.ranking.RankingRules;
import org.junit.jupiter.api.Test;

/**
 * {@link IptJson} and {@link JsonLimits} are serializable, for data engines that ship them to their
 * workers: an instance read back has the same settings and reads and writes the same documents.
 */
class IptJsonSerializationTest {
    private static final Course COURSE = Samples.course(Protocol.standard());

    /** Reads and writes the sample documents with both instances, and compares. */
    private static void sameDocuments(IptJson json, IptJson back) {
        assertThat(back.isLenient()).isEqualTo(json.isLenient());
        assertThat(back.isPrettyPrinting()).isEqualTo(json.isPrettyPrinting());
        assertThat(back.limits()).isEqualTo(json.limits());
        assertThat(back.toString()).isEqualTo(json.toString());
        String course = json.course().write(COURSE);
        assertThat(back.course().write(COURSE)).isEqualTo(course);
        assertThat(back.course().read(course)).isEqualTo(json.course().read(course)).isEqualTo(COURSE);
        Ranking ranking = DocumentSamples.ranking(Protocol.standard());
        assertThat(back.ranking().read(json.ranking().write(ranking))).isEqualTo(ranking);
        assertThat(back.schedule().write(DocumentSamples.schedule(Protocol.standard())))
                .isEqualTo(json.schedule().write(DocumentSamples.schedule(Protocol.standard())));
        assertThat(back.outcomes().write(DocumentSamples.outcomes(Protocol.standard())))
                .isEqualTo(json.outcomes().write(DocumentSamples.outcomes(Protocol.standard())));
        String unknown = course.replaceFirst("\\{", "{\"x-extra\":1,");
        assertThat(catchRead(back, unknown)).isEqualTo(catchRead(json, unknown));
    }

    private static String catchRead(IptJson json, String text) {
        try {
            return json.course().read(text).id().value();
        } catch (IptJsonException e) {
            return e.getMessage();
        }
    }

    @Test
    void the_shared_instances_and_the_default_limits_are_read_as_themselves() {
        assertThat(roundTrip(IptJson.strict())).isSameAs(IptJson.strict());
        assertThat(roundTrip(IptJson.lenient())).isSameAs(IptJson.lenient());
        assertThat(roundTrip(JsonLimits.defaults())).isSameAs(JsonLimits.defaults());
        sameDocuments(IptJson.strict(), roundTrip(IptJson.strict()));
        sameDocuments(IptJson.lenient(), roundTrip(IptJson.lenient()));
    }

    @Test
    void configured_instances_read_and_write_the_same_documents() {
        JsonLimits limits = JsonLimits.defaults().withMaxDocumentLength(500_000).withMaxNestingDepth(20)
                .withMaxStringLength(10_000).withMaxSessions(300).withMaxIssues(40).withMaxPeople(50)
                .withMaxArrayItems(60);
        assertThat(roundTrip(limits)).isEqualTo(limits);
        for (IptJson json : List.of(IptJson.strict().withPrettyPrinting(true), IptJson.lenient().withLimits(limits),
                IptJson.strict().withLimits(limits).withPrettyPrinting(true).withLenient(true))) {
            IptJson back = roundTrip(json);
            assertThat(back).isNotSameAs(json);
            sameDocuments(json, back);
        }
        IptJson tight = roundTrip(IptJson.strict().withLimits(JsonLimits.defaults().withMaxSessions(2)));
        assertThatThrownBy(() -> tight.course().read(IptJson.strict().course().write(COURSE)))
                .isInstanceOf(IptJsonException.class).hasMessageContaining("LIMIT");
    }

    @Test
    void registered_rules_are_serialized_when_they_are_serializable() {
        ToLongBiFunction<InterpersonalIssue, RankingContext> key =
                (ToLongBiFunction<InterpersonalIssue, RankingContext> & Serializable) (issue, context) ->
                        issue.area() == ProblemArea.ROLE_DISPUTE ? 0 : 1;
        KeyedRankingRule disputesFirst = KeyedRankingRule.of("disputes-first", "Disputes first.", "clinic guideline",
                key);
        IptJson json = IptJson.strict().withRankingRules(disputesFirst);
        IptJson back = roundTrip(json);
        assertThat(back.rankingRules()).singleElement().satisfies(r -> assertThat(r.name()).isEqualTo("disputes-first"));
        RankingPolicy policy = RankingPolicy.builder().name("clinic-b").add(RankingRules.DEFICITS_BY_EXCLUSION)
                .add(disputesFirst).build();
        Ranking ranking = policy.rank(COURSE);
        String text = json.ranking().write(ranking);
        Ranking read = back.ranking().read(text);
        assertThat(read.issues()).isEqualTo(ranking.issues());
        assertThat(back.ranking().write(read)).isEqualTo(text);

        KeyedRankingRule plain = KeyedRankingRule.of("plain", "Plain.", "clinic guideline", (issue, context) -> 0);
        assertThatThrownBy(() -> bytes(IptJson.strict().withRankingRules(plain))).rootCause()
                .isInstanceOf(NotSerializableException.class).hasMessageContaining("the ranking rule plain")
                .hasMessageContaining("is not Serializable");
    }

    @Test
    void settings_that_are_not_valid_are_refused() {
        IptJson json = IptJson.strict().withLimits(JsonLimits.defaults().withMaxNestingDepth(17));
        byte[] negative = bytes(json, o -> Integer.valueOf(17).equals(o) ? Integer.valueOf(-17) : o);
        assertThatThrownBy(() -> read(negative)).isInstanceOf(InvalidObjectException.class)
                .cause().isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxNestingDepth");
        byte[] wrongType = bytes(json, o -> Boolean.FALSE.equals(o) ? "false" : o);
        assertThatThrownBy(() -> read(wrongType)).isInstanceOf(InvalidObjectException.class)
                .hasMessageContaining("must be a Boolean");
    }

    @Test
    void a_stream_of_the_classes_without_their_form_is_refused() {
        for (Class<?> type : List.of(IptJson.class, JsonLimits.class)) {
            assertThatThrownBy(() -> read(bare(type, 1))).isInstanceOf(InvalidObjectException.class)
                    .hasMessage("proxy required");
        }
    }
}
