package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.ResourceType;
import org.iptmodel.core.Course;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Session;
import org.iptmodel.json.fhir.FhirBridge;
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
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
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
