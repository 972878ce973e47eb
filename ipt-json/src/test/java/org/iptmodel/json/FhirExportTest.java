package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iptmodel.core.Course;
import org.iptmodel.core.Focus;
import org.iptmodel.core.FocusBasis;
import org.iptmodel.core.Formulation;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Session;
import org.iptmodel.json.fhir.FhirBridge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The FHIR export: golden bundles byte for byte, determinism, free text only when asked for. */
class FhirExportTest {
    static final String MARKER = "zqx-marker";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Protocol> catalogue() {
        return Protocol.catalogue().stream();
    }

    @ParameterizedTest
    @MethodSource("catalogue")
    void the_bundle_of_each_golden_course_is_its_golden_file_byte_for_byte(Protocol protocol) {
        byte[] golden = Golden.bytes("fhir-" + protocol.id() + ".json");
        assertThat(FhirBridge.defaults().export(Samples.course(protocol)).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(golden);
    }

    @Property(tries = 50)
    void exporting_twice_gives_the_same_bytes(@ForAll("courses") Course course) {
        FhirBridge fhir = FhirBridge.defaults().withFreeText();
        assertThat(fhir.export(course)).isEqualTo(fhir.export(course));
        assertThat(FhirBridge.defaults().asTransaction().export(course))
                .isEqualTo(FhirBridge.defaults().asTransaction().export(course));
    }

    @Property(tries = 50)
    void every_reference_names_an_entry_and_ids_are_unique(@ForAll("courses") Course course) {
        JsonNode bundle = JSON.readTree(FhirBridge.defaults().export(course));
        List<String> urls = bundle.get("entry").valueStream().map(e -> e.get("fullUrl").stringValue())
                .collect(Collectors.toList());
        assertThat(urls).doesNotHaveDuplicates().allMatch(u -> u.matches("urn:uuid:[0-9a-f-]{36}"));
        List<String> references = bundle.findValues("reference").stream().map(JsonNode::stringValue)
                .collect(Collectors.toList());
        assertThat(urls).containsAll(references);
        assertThat(bundle.findValues("subject")).allSatisfy(s -> assertThat(s.get("identifier").get("value")
                .stringValue()).isEqualTo(course.patient().value()));
    }

    @Test
    void free_text_is_left_out_unless_asked_for() {
        Course course = withMarkers(Samples.course(Protocol.standard()));
        assertThat(FhirBridge.defaults().export(course)).doesNotContain(MARKER);
        assertThat(FhirBridge.defaults().asTransaction().export(course)).doesNotContain(MARKER);
        String with = FhirBridge.defaults().withFreeText().export(course);
        // the notes of every session, the onset event and the current focus's override reason
        int reasons = course.currentFocus().flatMap(Focus::overrideReason).isPresent() ? 1 : 0;
        assertThat(with.split(MARKER, -1).length - 1).isEqualTo(course.sessions().size() + 1 + reasons);
        assertThat(with).contains(MARKER + " onset", MARKER + " note");
    }

    @Test
    void a_transaction_creates_each_resource_only_if_its_identifier_is_new() {
        JsonNode bundle = JSON.readTree(FhirBridge.defaults().asTransaction().export(Samples.course(Protocol.brief())));
        assertThat(bundle.get("type").stringValue()).isEqualTo("transaction");
        assertThat(bundle.get("entry").valueStream()).allSatisfy(e -> {
            JsonNode request = e.get("request");
            assertThat(request.get("method").stringValue()).isEqualTo("POST");
            assertThat(request.get("url").stringValue()).isEqualTo(e.get("resource").get("resourceType").stringValue());
            assertThat(request.get("ifNoneExist").stringValue()).startsWith(
                    "identifier=https%3A%2F%2Fiptmodel.org%2Ffhir%2Fidentifier%2Fcourse|c-brief-001%2F");
            assertThat(e.get("resource").has("id")).isFalse();
        });
    }

    @Test
    void the_patient_system_is_the_one_given() {
        String bundle = FhirBridge.defaults().withPatientSystem("https://clinic.example/mrn")
                .export(Samples.course(Protocol.brief()));
        assertThat(bundle).contains("\"system\": \"https://clinic.example/mrn\"")
                .doesNotContain("https://iptmodel.org/fhir/identifier/patient");
        assertThatThrownBy(() -> FhirBridge.defaults().withPatientSystem("not a uri"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<Course> courses() {
        return Generators.courses();
    }

    /** The course with the marker in every free-text field the export can map. */
    static Course withMarkers(Course course) {
        List<Session> sessions = course.sessions().stream().map(s -> s.withNotes(MARKER + " note"))
                .collect(Collectors.toList());
        Focus focus = course.focus().orElseThrow();
        Course marked = course.withSessions(sessions)
                .withFocus(Focus.builder().from(focus).basis(FocusBasis.CLINICIAN_OVERRIDE)
                        .overrideReason(MARKER + " reason").build());
        Formulation f = course.formulation().orElseThrow();
        return marked.withFormulation(Formulation.builder().from(f).onsetEvent(MARKER + " onset").build());
    }
}
