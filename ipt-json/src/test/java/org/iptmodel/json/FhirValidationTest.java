package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.ResourceType;
import org.hl7.fhir.r4.model.codesystems.FlagCategory;
import org.hl7.fhir.r4.model.codesystems.ObservationCategory;
import org.hl7.fhir.r4.model.codesystems.V3ActCode;
import org.iptmodel.core.Course;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Session;
import org.iptmodel.json.fhir.FhirBridge;
import org.iptmodel.json.fhir.FhirImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HAPI FHIR checks the exported bundles: its strict parser (unknown elements, wrong types, bad
 * codes of required bindings) and the standard XML schema of FHIR release 4 that HAPI's validator
 * applies to the bundle encoded as XML. Then HAPI's model is read back: the care plan's status,
 * the encounters and the PHQ-9 totals are the course's. FHIR.md says why HAPI's profile validator
 * is not used.
 */
class FhirValidationTest {
    /** Built once for the class: a FHIR context takes seconds to start. */
    static final FhirContext HAPI = FhirContext.forR4Cached();
    private static final FhirValidator VALIDATOR = validator();

    private static FhirValidator validator() {
        FhirValidator v = HAPI.newValidator();
        v.setValidateAgainstStandardSchema(true);
        v.setValidateAgainstStandardSchematron(false);
        return v;
    }

    static IParser strictParser() {
        return HAPI.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }

    static Stream<Protocol> catalogue() {
        return Protocol.catalogue().stream();
    }

    static List<String> errors(String bundle) {
        Bundle parsed = strictParser().parseResource(Bundle.class, bundle);
        ValidationResult result = VALIDATOR.validateWithResult(parsed);
        return result.getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.WARNING.ordinal())
                .map(SingleValidationMessage::toString).collect(Collectors.toList());
    }

    @ParameterizedTest
    @MethodSource("catalogue")
    void the_bundle_of_each_golden_course_is_valid_fhir(Protocol protocol) {
        Course course = Samples.course(protocol);
        assertThat(errors(FhirBridge.defaults().export(course))).isEmpty();
        assertThat(errors(FhirBridge.defaults().asTransaction().withFreeText().export(course))).isEmpty();
        assertReadsBack(course, FhirBridge.defaults().export(course));
    }

    @Property(tries = 40)
    void the_bundle_of_any_course_is_valid_fhir_and_reads_back(@ForAll("courses") Course course) {
        String bundle = FhirBridge.defaults().withFreeText().export(course);
        assertThat(errors(bundle)).isEmpty();
        assertReadsBack(course, bundle);
    }

    @Provide
    Arbitrary<Course> courses() {
        return Generators.courses();
    }

    @Test
    void the_codes_of_hl7_code_systems_are_those_of_fhir_release_4() {
        Bundle bundle = strictParser().parseResource(Bundle.class,
                FhirBridge.defaults().export(Samples.course(Protocol.standard())));
        Coding survey = resources(bundle, Observation.class).get(0).getCategoryFirstRep().getCodingFirstRep();
        assertThat(List.of(survey.getSystem(), survey.getCode(), survey.getDisplay())).containsExactly(
                ObservationCategory.SURVEY.getSystem(), ObservationCategory.SURVEY.toCode(),
                ObservationCategory.SURVEY.getDisplay());
        Coding safety = resources(bundle, Flag.class).get(0).getCategoryFirstRep().getCodingFirstRep();
        assertThat(List.of(safety.getSystem(), safety.getCode(), safety.getDisplay())).containsExactly(
                FlagCategory.SAFETY.getSystem(), FlagCategory.SAFETY.toCode(), FlagCategory.SAFETY.getDisplay());
        Coding ambulatory = resources(bundle, Encounter.class).get(0).getClass_();
        assertThat(List.of(ambulatory.getSystem(), ambulatory.getCode(), ambulatory.getDisplay())).containsExactly(
                V3ActCode.AMB.getSystem(), V3ActCode.AMB.toCode(), V3ActCode.AMB.getDisplay());
    }

    @Test
    void the_checks_find_a_broken_bundle() {
        // an encounter without its required status and class, an observation with an unknown status
        String bundle = FhirBridge.defaults().export(Samples.course(Protocol.brief()));
        String broken = bundle.replaceFirst("\"status\": \"finished\",", "")
                .replaceFirst("\"class\": \\{[^}]*\\},", "");
        assertThat(errors(broken)).isNotEmpty();
        String badCode = bundle.replaceFirst("\"status\": \"final\"", "\"status\": \"finished\"");
        assertThatThrownBy(() -> errors(badCode)).isInstanceOf(DataFormatException.class);
    }

    @Test
    void scores_written_by_hapi_are_imported_into_the_sessions_on_their_dates() {
        Course course = FhirImportProperties.withoutScores(Samples.course(Protocol.brief()));
        Session second = course.sessions().get(1);
        Session third = course.sessions().get(2);
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.addEntry().setResource(new Patient().addIdentifier(new Identifier().setValue("someone")));
        int[] items = {2, 2, 1, 1, 0, 1, 1, 0, 1};
        Observation phq = phq9(second.date().toString() + "T10:30:00+01:00", 9);
        for (int i = 0; i < items.length; i++) {
            phq.addComponent().setCode(new CodeableConcept(new Coding("http://loinc.org", PHQ9_ITEMS.get(i), null)))
                    .setValue(new IntegerType(items[i]));
        }
        bundle.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(phq);
        Observation pressure = new Observation();
        pressure.setStatus(Observation.ObservationStatus.FINAL);
        pressure.getCode().addCoding(new Coding("http://loinc.org", "85354-9", "Blood pressure panel"));
        pressure.setEffective(new DateTimeType(third.date().toString()));
        bundle.addEntry().setResource(pressure);
        bundle.addEntry().setResource(phq9(third.date().plusDays(1).toString(), 7));
        Observation panel = phq9(third.date().toString(), 4);
        panel.getCode().getCodingFirstRep().setCode("44249-1");
        bundle.addEntry().setResource(panel);
        String json = HAPI.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);

        FhirImport result = FhirBridge.defaults().importScores(json, course);

        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.skipped()).containsExactly("/entry/0/resource", "/entry/2/resource");
        assertThat(result.unplaced()).containsExactly("/entry/3/resource");
        assertThat(result.course().session(2).flatMap(s -> s.measurement(Instrument.phq9())))
                .contains(Samples.phq9(items));
        assertThat(result.course().session(3).flatMap(s -> s.measurement(Instrument.phq9())))
                .contains(Measurement.of(Instrument.phq9(), 4));
        // a list of resources, as HAPI writes each of them
        String list = bundle.getEntry().stream().map(e -> HAPI.newJsonParser().encodeResourceToString(e.getResource()))
                .collect(Collectors.joining(",", "[", "]"));
        FhirImport fromList = FhirBridge.defaults().importScores(list, course);
        assertThat(fromList.course()).isEqualTo(result.course());
        assertThat(fromList.skipped()).containsExactly("/0", "/2");
    }

    private static final List<String> PHQ9_ITEMS = List.of("44250-9", "44255-8", "44259-0", "44254-1", "44251-7",
            "44258-2", "44252-5", "44253-3", "44260-8");

    private static Observation phq9(String effective, int total) {
        Observation o = new Observation();
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/observation-category",
                "survey", "Survey")));
        o.getCode().addCoding(new Coding("http://loinc.org", "44261-6", "PHQ-9 total score"));
        o.setSubject(new Reference().setIdentifier(new Identifier().setSystem("https://clinic.example/mrn")
                .setValue("someone")));
        o.setEffective(new DateTimeType(effective));
        o.setValue(new IntegerType(total));
        return o;
    }

    static void assertReadsBack(Course course, String json) {
        Bundle bundle = strictParser().parseResource(Bundle.class, json);
        List<CarePlan> plans = resources(bundle, CarePlan.class);
        assertThat(plans).hasSize(1);
        String expected = switch (course.status()) {
            case COMPLETED -> "completed";
            case DISCONTINUED -> "revoked";
            default -> "active";
        };
        assertThat(plans.get(0).getStatus().toCode()).isEqualTo(expected);
        assertThat(resources(bundle, Encounter.class)).hasSize(course.sessions().size());
        List<Integer> phq9 = resources(bundle, Observation.class).stream()
                .filter(o -> o.getCode().getCodingFirstRep().getCode().equals("44261-6"))
                .map(o -> o.getValueIntegerType().getValue()).collect(Collectors.toList());
        List<Integer> totals = course.sessions().stream().map(s -> s.measurement(Instrument.phq9()))
                .flatMap(m -> m.stream()).map(Measurement::total).collect(Collectors.toList());
        assertThat(phq9).isEqualTo(totals);
        int measurements = course.sessions().stream().map(Session::measurements).mapToInt(List::size).sum();
        assertThat(resources(bundle, Observation.class)).hasSize(measurements);
        assertThat(bundle.getEntry()).allSatisfy(e -> assertThat(e.getResource().getResourceType())
                .isIn(ResourceType.CarePlan, ResourceType.Goal, ResourceType.Encounter, ResourceType.Observation,
                        ResourceType.Flag));
    }

    static <T> List<T> resources(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).collect(Collectors.toList());
    }

}
