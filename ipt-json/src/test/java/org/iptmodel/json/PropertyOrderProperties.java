package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iptmodel.core.Course;
import org.iptmodel.core.plan.Schedule;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.OutcomeReport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property order is free in JSON (RFC 8259): a document of every type whose properties are in
 * another order, as {@code json.dumps(sort_keys=True)} or any other tool writes them, reads as the
 * same value; the header may come anywhere in the object.
 */
class PropertyOrderProperties {
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    @Provide
    Arbitrary<Course> courses() {
        return Generators.courses();
    }

    @Property(tries = 150)
    void documents_of_every_type_read_the_same_in_sorted_or_shuffled_order(@ForAll("courses") Course course,
            @ForAll Random random) {
        check(Documents.COURSE, course, random);
        check(Documents.PROTOCOL, course.protocol(), random);
        check(Documents.RANKING, RankingPolicy.clinicalDefault().rank(course), random);
        check(Documents.SCHEDULE, Schedule.of(course.protocol(), course.contract().start()), random);
        check(Documents.ADHERENCE, AdherenceReport.of(course), random);
        check(Documents.OUTCOMES, OutcomeReport.of(course), random);
    }

    private static <T> void check(Document<T> document, T value, Random random) {
        JsonNode tree = PLAIN.readTree(IptJson.strict().codec(document).write(value));
        String sorted = PLAIN.writeValueAsString(reorder(tree, null));
        String shuffled = PLAIN.writeValueAsString(reorder(tree, random));
        assertThat(IptJson.strict().codec(document).read(sorted)).isEqualTo(value);
        assertThat(IptJson.strict().codec(document).read(shuffled)).isEqualTo(value);
        assertThat(IptJson.lenient().codec(document).read(shuffled)).isEqualTo(value);
    }

    /** The tree with every object's properties sorted by name, or shuffled when a random is given. */
    static JsonNode reorder(JsonNode node, Random random) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
            if (random == null) {
                members.sort(Map.Entry.comparingByKey());
            } else {
                Collections.shuffle(members, random);
            }
            ObjectNode object = PLAIN.createObjectNode();
            for (Map.Entry<String, JsonNode> member : members) {
                object.set(member.getKey(), reorder(member.getValue(), random));
            }
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = PLAIN.createArrayNode();
            node.forEach(element -> array.add(reorder(element, random)));
            return array;
        }
        return node;
    }

    @Test
    void problems_of_a_reordered_document_keep_their_pointers_and_are_placed_in_the_input() {
        Course small = Samples.small();
        JsonNode tree = PLAIN.readTree(IptJson.strict().course().write(small));
        ((ObjectNode) tree.get("contract")).put("planned_sessions", -1);
        String sorted = PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(reorder(tree, null));
        IptJsonException e = org.assertj.core.api.Assertions.catchThrowableOfType(IptJsonException.class,
                () -> IptJson.strict().course().read(sorted));
        assertThat(e).isNotNull();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.pointer()).isEqualTo("/contract/planned_sessions");
            assertThat(p.line()).isGreaterThan(1);
        });
    }
}
