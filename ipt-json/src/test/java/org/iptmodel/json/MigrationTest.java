package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import org.iptmodel.core.Course;
import org.iptmodel.core.ModelRule;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The migration hook, exercised with a synthetic version 0 of the course document, in which the
 * patient was {@code "patient_ref"} and a session's length a number of minutes,
 * {@code "length_minutes"}; and a version -1, in which the id was {@code "course_id"}.
 */
class MigrationTest {
    private static final String V1 = IptJson.strict().course().write(Samples.small());
    private static final String V0 = V1.replace("\"version\":1", "\"version\":0")
            .replace("\"patient\":", "\"patient_ref\":")
            .replace("\"length\":\"PT50M\"", "\"length_minutes\":50");
    private static final String V_MINUS_1 = V0.replace("\"version\":0", "\"version\":-1")
            .replace("\"id\":\"c-small\"", "\"course_id\":\"c-small\"");

    /** Version 0 to 1: rename the patient, turn minutes into a duration. */
    private static ObjectNode zeroToOne(ObjectNode document) {
        document.set("patient", document.remove("patient_ref"));
        for (JsonNode session : document.path("sessions")) {
            ObjectNode s = (ObjectNode) session;
            JsonNode minutes = s.remove("length_minutes");
            if (minutes != null) {
                s.put("length", "PT" + minutes.asInt() + "M");
            }
        }
        return document;
    }

    /** Version -1 to 0: rename the id. */
    private static ObjectNode minusOneToZero(ObjectNode document) {
        document.set("id", document.remove("course_id"));
        return document;
    }

    private static final Migrations MIGRATIONS = Migrations.none()
            .with("iptmodel/course", 0, MigrationTest::zeroToOne)
            .with("iptmodel/course", -1, MigrationTest::minusOneToZero);
    private static final IptJson JSON = IptJson.strict().withMigrations(MIGRATIONS);

    @Test
    void an_older_document_is_upgraded_step_by_step_and_read() {
        assertThat(JSON.course().read(V0)).isEqualTo(Samples.small());
        assertThat(JSON.course().read(V_MINUS_1)).isEqualTo(Samples.small());
        assertThat(JSON.course().read(V1)).isEqualTo(Samples.small());
        assertThat(MIGRATIONS.oldest("iptmodel/course")).isEqualTo(-1);
        assertThat(MIGRATIONS.canMigrate("iptmodel/protocol", 0)).isFalse();
    }

    @Test
    void without_a_step_an_older_version_is_rejected() {
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> IptJson.strict().course().read(V0))
                .satisfies(e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(ProblemKind.INVALID_VALUE);
                    assertThat(p.pointer()).isEqualTo("/version");
                    assertThat(p.message()).isEqualTo("is not a version this reader supports (1 to 1)");
                }));
        IptJson partial = IptJson.strict().withMigrations(Migrations.none()
                .with("iptmodel/course", 0, MigrationTest::zeroToOne));
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> partial.course().read(V_MINUS_1))
                .satisfies(e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.message()).endsWith("(0 to 1)")));
    }

    @Test
    void problems_of_an_upgraded_document_point_into_the_upgraded_tree() {
        String broken = V0.replace("\"number\":1", "\"number\":0").replace("\"planned_sessions\"",
                "\"colour\":1,\"planned_sessions\"");
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> JSON.course().read(broken))
                .satisfies(e -> {
                    assertThat(e.problems()).extracting(JsonProblem::pointer)
                            .containsExactly("/contract", "/sessions/0/number");
                    assertThat(e.problems().get(1).rule()).contains(ModelRule.VALUE_IN_RANGE);
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(-1));
                });
        assertThatExceptionOfType(IptJsonException.class)
                .isThrownBy(() -> JSON.course().read(V0.replace("\"total\":17", "\"total\":17,\"total\":17")))
                .satisfies(e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.SYNTAX)));
    }

    /** Within an application's mapper, pointers of an upgraded document start at the mapper's root. */
    @Test
    void the_module_upgrades_documents_inside_the_applications_json() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new IptJsonModule(false, JsonLimits.defaults(), MIGRATIONS)).build();
        String envelope = "{\"tag\":\"t\",\"course\":" + V0 + ",\"protocols\":[]}";
        assertThat(mapper.readValue(envelope, IptJsonModuleTest.Envelope.class))
                .isEqualTo(new IptJsonModuleTest.Envelope("t", Samples.small(), List.of()));
        String broken = envelope.replace("\"number\":1", "\"number\":0");
        assertThatExceptionOfType(IptJsonException.class)
                .isThrownBy(() -> mapper.readValue(broken, IptJsonModuleTest.Envelope.class))
                .satisfies(e -> assertThat(e.problems()).extracting(JsonProblem::pointer)
                        .containsExactly("/course/sessions/0/number"));
    }

    @Test
    void this_release_reads_every_version_from_the_oldest_to_the_current() {
        for (Document<?> document : Documents.ALL) {
            assertThat(Migrations.standard().oldest(document.name())).isEqualTo(FormatVersion.OLDEST);
            for (int v = FormatVersion.OLDEST; v < FormatVersion.CURRENT; v++) {
                assertThat(Migrations.standard().canMigrate(document.name(), v)).isTrue();
            }
        }
        assertThat(FormatVersion.isReadable(FormatVersion.CURRENT)).isTrue();
        assertThat(FormatVersion.isReadable(FormatVersion.OLDEST - 1)).isFalse();
        assertThat(FormatVersion.isReadable(FormatVersion.CURRENT + 1)).isFalse();
    }
}
