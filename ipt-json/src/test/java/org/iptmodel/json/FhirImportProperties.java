package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.iptmodel.core.Course;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Protocol;
import org.iptmodel.json.fhir.FhirBridge;
import org.iptmodel.json.fhir.FhirImport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The FHIR import: exported scores come back into the course they came from; bad input is refused
 * with an {@link IptJsonException} that points into the input and never repeats its text.
 */
class FhirImportProperties {
    private static final String MARKER = FhirExportTest.MARKER;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Property(tries = 100)
    void export_then_import_into_the_course_without_scores_gives_the_same_course(@ForAll("courses") Course course) {
        FhirBridge fhir = FhirBridge.defaults().withInstruments(instruments(course).toArray(new Instrument[0]));
        String bundle = fhir.export(course);
        FhirImport result = fhir.importScores(bundle, withoutScores(course));
        assertThat(result.course()).isEqualTo(course);
        assertThat(result.imported()).isEqualTo(measurements(course));
        assertThat(result.unplaced()).isEmpty();
        // the care plan, goals, encounters and flags are skipped, each reported
        assertThat(result.skipped()).hasSize(JSON.readTree(bundle).get("entry").size() - measurements(course));
        // importing again places nothing: every session holds its scores already
        FhirImport again = fhir.importScores(bundle, course);
        assertThat(again.course()).isEqualTo(course);
        assertThat(again.unplaced()).hasSize(measurements(course));
    }

    @Property(tries = 50)
    void an_array_of_resources_imports_like_the_bundle(@ForAll("courses") Course course) {
        FhirBridge fhir = FhirBridge.defaults().withInstruments(instruments(course).toArray(new Instrument[0]));
        ArrayNode resources = JSON.createArrayNode();
        JSON.readTree(fhir.export(course)).get("entry").forEach(e -> resources.add(e.get("resource")));
        assertThat(fhir.importScores(resources.toString(), withoutScores(course)).course()).isEqualTo(course);
    }

    @Property(tries = 100)
    void a_score_out_of_its_instrument_range_is_refused_with_its_pointer(@ForAll("scored") Course course,
            @ForAll @IntRange(min = 1, max = 1000) int beyond, @ForAll boolean below, @ForAll("index") int pick) {
        FhirBridge fhir = FhirBridge.defaults().withInstruments(instruments(course).toArray(new Instrument[0]));
        ObjectNode bundle = (ObjectNode) JSON.readTree(fhir.export(course));
        List<Integer> observations = observations(bundle);
        int entry = observations.get(pick % observations.size());
        ObjectNode obs = (ObjectNode) bundle.get("entry").get(entry).get("resource");
        Instrument instrument = instrumentOf(course, obs);
        obs.put("valueInteger", below ? -beyond : instrument.maxScore() + beyond);
        IptJsonException e = catchThrowableOfType(IptJsonException.class,
                () -> fhir.importScores(bundle.toString(), withoutScores(course)));
        assertThat(e).isNotNull();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.pointer()).isEqualTo("/entry/" + entry + "/resource/valueInteger");
            assertThat(p.kind()).isEqualTo(ProblemKind.INVALID_VALUE);
            assertThat(p.rule()).contains(ModelRule.VALUE_IN_RANGE);
        });
    }

    @Property(tries = 100)
    void a_planted_marker_never_comes_back(@ForAll("scored") Course course, @ForAll("index") int pick,
            @ForAll("breaks") String breakage) {
        FhirBridge fhir = FhirBridge.defaults().withInstruments(instruments(course).toArray(new Instrument[0]));
        ObjectNode bundle = (ObjectNode) JSON.readTree(fhir.export(course));
        plant(bundle);
        List<Integer> observations = observations(bundle);
        int entry = observations.get(pick % observations.size());
        ObjectNode obs = (ObjectNode) bundle.get("entry").get(entry).get("resource");
        switch (breakage) {
            case "range" -> obs.put("valueInteger", 100_000);
            case "type" -> obs.put("valueInteger", MARKER);
            case "date" -> obs.put("effectiveDateTime", MARKER);
            case "resourceType" -> ((ObjectNode) bundle.get("entry").get(0).get("resource")).put("resourceType", MARKER);
            case "root" -> bundle.put("resourceType", MARKER);
            default -> {
                // a syntax error just after a planted marker
            }
        }
        String whole = bundle.toString();
        String text = breakage.equals("syntax")
                ? whole.substring(0, whole.lastIndexOf(MARKER) + 3) + "\"" + MARKER + " }" : whole;
        IptJsonException e = catchThrowableOfType(IptJsonException.class,
                () -> fhir.importScores(text, withoutScores(course)));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).doesNotContain(MARKER);
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.toString()).doesNotContain(MARKER));
        assertThat(e.getCause()).isNull();
        // and a good import with markers everywhere reports positions, never text
        ObjectNode good = (ObjectNode) JSON.readTree(fhir.export(course));
        plant(good);
        FhirImport result = fhir.importScores(good.toString(), withoutScores(course));
        assertThat(result.toString() + result.skipped() + result.unplaced()).doesNotContain(MARKER);
    }

    @Example
    void input_that_is_not_a_fhir_bundle_or_resource_list_is_refused() {
        Course course = Samples.course(Protocol.brief());
        assertRefused("not json", "", ProblemKind.SYNTAX, course);
        assertRefused("\"a string\"", "", ProblemKind.WRONG_TYPE, course);
        assertRefused("{\"entry\": []}", "/resourceType", ProblemKind.MISSING, course);
        assertRefused("{\"resourceType\": \"Patient\"}", "/resourceType", ProblemKind.INVALID_VALUE, course);
        assertRefused("{\"resourceType\": 7}", "/resourceType", ProblemKind.WRONG_TYPE, course);
        assertRefused("{\"resourceType\": \"Bundle\", \"entry\": {}}", "/entry", ProblemKind.WRONG_TYPE, course);
        assertRefused("{\"resourceType\": \"Bundle\", \"entry\": [{\"resource\": {}}]}",
                "/entry/0/resource/resourceType", ProblemKind.MISSING, course);
        assertRefused("[1]", "/0", ProblemKind.WRONG_TYPE, course);
        assertRefused("{\"resourceType\": \"Bundle\", \"resourceType\": \"Bundle\"}", "", ProblemKind.SYNTAX, course);
        String phq = "{\"resourceType\": \"Observation\", \"status\": \"final\", \"code\": {\"coding\": "
                + "[{\"system\": \"http://loinc.org\", \"code\": \"44261-6\"}]}";
        assertRefused("[" + phq + ", \"effectiveDateTime\": \"2026-01-05\"}]", "/0/valueInteger",
                ProblemKind.MISSING, course);
        assertRefused("[" + phq + ", \"effectiveDateTime\": \"2026-01-05\", \"valueInteger\": \"9\"}]",
                "/0/valueInteger", ProblemKind.WRONG_TYPE, course);
        assertRefused("[" + phq + ", \"valueInteger\": 9}]", "/0/effectiveDateTime", ProblemKind.MISSING, course);
        assertRefused("[" + phq + ", \"effectiveDateTime\": \"2026-01\", \"valueInteger\": 9}]",
                "/0/effectiveDateTime", ProblemKind.INVALID_VALUE, course);
        assertRefused("[" + phq + ", \"effectiveDateTime\": \"2026-01-05\", \"valueInteger\": 9, \"component\": "
                + "[{\"code\": {\"coding\": [{\"system\": \"http://loinc.org\", \"code\": \"44260-8\"}]}, "
                + "\"valueInteger\": 1}]}]", "/0/component", ProblemKind.INVALID_VALUE, course);
        // an unknown code, another resource type, a cancelled score: skipped, not refused
        FhirImport skipped = FhirBridge.defaults().importScores("[{\"resourceType\": \"Patient\"}, "
                + phq.replace("44261-6", "1234-5") + ", \"valueInteger\": \"x\"}, "
                + phq.replace("final", "entered-in-error") + ", \"valueInteger\": 99}]", course);
        assertThat(skipped.skipped()).containsExactly("/0", "/1", "/2");
        assertThat(skipped.course()).isSameAs(course);
    }

    @Example
    void null_arguments_are_refused_by_name_and_a_bridge_is_never_changed() {
        FhirBridge fhir = FhirBridge.defaults();
        Course course = Samples.course(Protocol.brief());
        assertThatThrownBy(() -> fhir.withInstruments((Instrument[]) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("more");
        assertThatThrownBy(() -> fhir.withInstruments(Instrument.phq9(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("instrument");
        assertThatThrownBy(() -> fhir.withPatientSystem(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("system");
        assertThatThrownBy(() -> fhir.importScores(null, course)).isInstanceOf(NullPointerException.class)
                .hasMessage("json");
        assertThatThrownBy(() -> fhir.importScores("[]", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("course");
        assertThatThrownBy(() -> fhir.export(null)).isInstanceOf(NullPointerException.class).hasMessage("course");
        String before = fhir.toString();
        fhir.withInstruments(Instrument.phq9()).withFreeText().asTransaction();
        assertThat(fhir.toString()).isEqualTo(before).isEqualTo(FhirBridge.defaults().toString());
    }

    private static void assertRefused(String input, String pointer, ProblemKind kind, Course course) {
        assertThatThrownBy(() -> FhirBridge.defaults().importScores(input, course))
                .isInstanceOfSatisfying(IptJsonException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.pointer()).isEqualTo(pointer);
                            assertThat(p.kind()).isEqualTo(kind);
                        }));
    }

    /** Puts the marker into every text, display and identifier value, and as a property name in every object. */
    private static void plant(JsonNode node) {
        if (node instanceof ObjectNode) {
            ObjectNode object = (ObjectNode) node;
            for (String name : new ArrayList<>(object.propertyNames())) {
                JsonNode value = object.get(name);
                if (value.isString() && (name.equals("text") || name.equals("display") || name.equals("value"))) {
                    object.put(name, MARKER);
                } else {
                    plant(value);
                }
            }
            object.put(MARKER, MARKER);
        } else if (node instanceof ArrayNode) {
            node.forEach(FhirImportProperties::plant);
        }
    }

    private static List<Integer> observations(JsonNode bundle) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < bundle.get("entry").size(); i++) {
            if (bundle.get("entry").get(i).get("resource").get("resourceType").stringValue().equals("Observation")) {
                out.add(i);
            }
        }
        return out;
    }

    private static Instrument instrumentOf(Course course, JsonNode obs) {
        String code = obs.get("code").get("coding").get(0).get("code").stringValue();
        if (code.equals("44261-6")) {
            return Instrument.phq9();
        }
        return instruments(course).stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    static List<Instrument> instruments(Course course) {
        return course.sessions().stream().flatMap(s -> s.measurements().stream()).map(Measurement::instrument)
                .distinct().collect(Collectors.toList());
    }

    static int measurements(Course course) {
        return course.sessions().stream().mapToInt(s -> s.measurements().size()).sum();
    }

    static Course withoutScores(Course course) {
        return course.withSessions(course.sessions().stream().map(s -> s.withMeasurements(List.<Measurement>of()))
                .collect(Collectors.toList()));
    }

    @Provide
    Arbitrary<Course> courses() {
        return Generators.courses().filter(FhirImportProperties::distinctCodes);
    }

    @Provide
    Arbitrary<Course> scored() {
        return courses().filter(c -> measurements(c) > 0);
    }

    @Provide
    Arbitrary<Integer> index() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Provide
    Arbitrary<String> breaks() {
        return Arbitraries.of("range", "type", "date", "resourceType", "root", "syntax");
    }

    /** A course whose instruments have distinct codes: the import knows an instrument by its code. */
    private static boolean distinctCodes(Course course) {
        List<Instrument> all = instruments(course);
        return all.stream().map(Instrument::code).distinct().count() == all.size()
                && all.stream().noneMatch(i -> !i.equals(Instrument.phq9()) && i.code().equals("phq-9"))
                && Instrument.catalogue().stream().allMatch(c -> all.stream()
                        .noneMatch(i -> i.code().equals(c.code()) && !i.equals(c)));
    }

}
