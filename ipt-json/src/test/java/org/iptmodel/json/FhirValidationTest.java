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
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
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
 * HAPI FHIR checks the exported bundles. Its profile validator ({@link FhirInstanceValidator}, the HL7
 * validator under HAPI) validates each bundle against the base profiles of FHIR R4, offline:
 * cardinalities, types, the FHIRPath invariants and the bindings to the code systems that ship with
 * FHIR. No bundle may give an error; the warnings must be of the kinds that FHIR.md lists
 * ({@link Expected}). HAPI's strict parser and the XML schema of FHIR R4 check each bundle too.
 * Then HAPI's model is read back: the care plan's status, the encounters and the PHQ-9 totals are the
 * course's.
 */
class FhirValidationTest {
    /** Built once for the class: a FHIR context and the validator's definitions take seconds to load. */
    static final FhirContext HAPI = FhirContext.forR4Cached();
    private static final FhirValidator VALIDATOR = validator();
    /** The XML schema of FHIR R4 alone, on the bundle encoded as XML. */
    private static final FhirValidator SCHEMA_ONLY = HAPI.newValidator().setValidateAgainstStandardSchema(true)
            .setValidateAgainstStandardSchematron(false);

    /**
     * The schema check and the profile validator with the base definitions only: no terminology
     * server, no package loaded from the network.
     */
    private static FhirValidator validator() {
        FhirValidator v = HAPI.newValidator();
        v.setValidateAgainstStandardSchema(true);
        v.setValidateAgainstStandardSchematron(false);
        ValidationSupportChain support = new ValidationSupportChain(
                new DefaultProfileValidationSupport(HAPI),
                new CommonCodeSystemsTerminologyService(HAPI),
                new InMemoryTerminologyServerValidationSupport(HAPI),
                new SnapshotGeneratingValidationSupport(HAPI));
        v.registerValidatorModule(new FhirInstanceValidator(support));
        return v;
    }

    /**
     * The kinds of warning the offline validator gives on exported bundles, each listed in FHIR.md
     * under its name here. Any other warning, and any error, fails the tests.
     */
    enum Expected {
        /** dom-6, best practice: a resource should have a narrative. */
        NARRATIVE("dom-6", true, m -> m.getMessageId() != null && m.getMessageId().endsWith("#dom-6")),
        /** Best practice: an observation should have a performer. */
        NO_PERFORMER("All_observations_should_have_a_performer", true,
                m -> "All_observations_should_have_a_performer".equals(m.getMessageId())),
        /** LOINC is not part of the base definitions: its codes cannot be checked offline. */
        LOINC_UNCHECKED("http://loinc.org", true, m -> unknownCodeSystem(m).filter("http://loinc.org"::equals).isPresent()),
        /** The library's own code systems are published nowhere the validator could read them. */
        LIBRARY_CODE_SYSTEM("https://iptmodel.org/fhir/CodeSystem/", true,
                m -> unknownCodeSystem(m).filter(s -> s.startsWith("https://iptmodel.org/fhir/CodeSystem/")).isPresent()),
        /**
         * A date the validator finds an unlikely year, only in generated courses: thousands of
         * weekly sessions run past the year 2100.
         */
        UNLIKELY_YEAR("Type_Specific_Checks_DT_DateTime_Reasonable", false,
                m -> "Type_Specific_Checks_DT_DateTime_Reasonable".equals(m.getMessageId())),
        /**
         * Free text that starts or ends with white space, only with the free-text option: the text
         * is exported as it was written.
         */
        FREE_TEXT_WHITESPACE("Type_Specific_Checks_DT_String_WS", false,
                m -> "Type_Specific_Checks_DT_String_WS".equals(m.getMessageId())),
        /**
         * Free text that looks like an HTML tag in a markdown element (Annotation.text), only with
         * the free-text option: the text is exported as it was written.
         */
        FREE_TEXT_HTML("TYPE_SPECIFIC_CHECKS_DT_MARKDOWN_HTML", false,
                m -> "TYPE_SPECIFIC_CHECKS_DT_MARKDOWN_HTML".equals(m.getMessageId()));

        final String listedAs;
        /** Whether the golden courses' bundles give it. */
        final boolean golden;
        private final Predicate<SingleValidationMessage> test;

        Expected(String listedAs, boolean golden, Predicate<SingleValidationMessage> test) {
            this.listedAs = listedAs;
            this.golden = golden;
            this.test = test;
        }

        static boolean any(SingleValidationMessage m) {
            return Stream.of(values()).anyMatch(e -> e.test.test(m));
        }
    }

    private static final Pattern UNKNOWN_CODE_SYSTEM =
            Pattern.compile("CodeSystem is unknown and can't be validated: (\\S+) for '\\1#[^']+'");

    private static Optional<String> unknownCodeSystem(SingleValidationMessage m) {
        if (!"Terminology_PassThrough_TX_Message".equals(m.getMessageId())) {
            return Optional.empty();
        }
        Matcher matcher = UNKNOWN_CODE_SYSTEM.matcher(m.getMessage());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    static IParser strictParser() {
        return HAPI.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }

    static Stream<Protocol> catalogue() {
        return Protocol.catalogue().stream();
    }

    /** The validator's messages on the bundle, as exported (the profile validator reads the JSON text). */
    static List<SingleValidationMessage> messages(String bundle) {
        return VALIDATOR.validateWithResult(bundle).getMessages();
    }

    private static boolean isError(SingleValidationMessage m) {
        return m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal();
    }

    /** Strict parsing passes, no error, and nothing but the expected warnings. */
    static void assertValid(String bundle) {
        strictParser().parseResource(Bundle.class, bundle);
        List<SingleValidationMessage> messages = messages(bundle);
        assertThat(messages).filteredOn(FhirValidationTest::isError).isEmpty();
        assertThat(messages).filteredOn(m -> !Expected.any(m)).isEmpty();
    }

    static Stream<FhirBridge> bridges() {
        return Stream.of(FhirBridge.defaults(), FhirBridge.defaults().withFreeText(),
                FhirBridge.defaults().asTransaction(), FhirBridge.defaults().asTransaction().withFreeText());
    }

    @ParameterizedTest
    @MethodSource("catalogue")
    void the_bundles_of_each_golden_course_are_valid_fhir(Protocol protocol) {
        Course course = Samples.course(protocol);
        bridges().forEach(bridge -> assertValid(bridge.export(course)));
        assertReadsBack(course, FhirBridge.defaults().export(course));
    }

    @Property(tries = 30)
    void the_bundle_of_any_course_is_valid_fhir_and_reads_back(@ForAll("courses") Course course,
            @ForAll boolean transaction, @ForAll boolean freeText) {
        FhirBridge bridge = transaction ? FhirBridge.defaults().asTransaction() : FhirBridge.defaults();
        String bundle = (freeText ? bridge.withFreeText() : bridge).export(course);
        assertValid(bundle);
        assertReadsBack(course, bundle);
    }

    @Provide
    Arbitrary<Course> courses() {
        return Generators.courses();
    }

    @Test
    void the_expected_warnings_are_those_of_the_golden_bundles_and_fhir_md_lists_them() throws IOException {
        String fhirMd = Files.readString(Path.of("FHIR.md"), StandardCharsets.UTF_8);
        String validation = fhirMd.substring(fhirMd.indexOf("## Validation"));
        Set<Expected> seen = EnumSet.noneOf(Expected.class);
        catalogue().forEach(p -> messages(FhirBridge.defaults().export(Samples.course(p))).forEach(m ->
                Stream.of(Expected.values()).filter(e -> e.test.test(m)).forEach(seen::add)));
        // the kinds listed for the golden courses are those the validator gives on them
        assertThat(seen).containsExactlyInAnyOrderElementsOf(
                Stream.of(Expected.values()).filter(e -> e.golden).collect(Collectors.toList()));
        assertThat(Stream.of(Expected.values()).map(e -> e.listedAs)).allMatch(validation::contains);
    }

    @Test
    void the_profile_validator_finds_broken_bundles() {
        String bundle = FhirBridge.defaults().export(Samples.course(Protocol.brief()));
        assertValid(bundle);
        // the care plan's period ends before it starts: invariant per-1
        String backwards = bundle.replaceFirst("\"end\": \"\\d{4}-\\d{2}-\\d{2}\"", "\"end\": \"1999-01-01\"");
        assertThat(errorIds(backwards)).anyMatch(id -> id.endsWith("per-1"));
        // two entries with the same full URL: invariant bdl-7
        List<String> urls = fullUrls(bundle);
        String twice = bundle.replace(urls.get(1), urls.get(0));
        assertThat(errorIds(twice)).anyMatch(id -> id.endsWith("bdl-7"));
        // an encounter without its required status
        String noStatus = bundle.replaceFirst("\"status\": \"finished\",", "");
        assertThat(errorIds(noStatus)).contains("Validation_VAL_Profile_Minimum");
        assertThat(messages(noStatus)).filteredOn(FhirValidationTest::isError)
                .anyMatch(m -> m.getMessage().startsWith("Encounter.status: minimum required = 1"));
    }

    private static List<String> errorIds(String bundle) {
        return messages(bundle).stream().filter(FhirValidationTest::isError)
                .map(m -> String.valueOf(m.getMessageId())).collect(Collectors.toList());
    }

    private static List<String> fullUrls(String bundle) {
        Matcher m = Pattern.compile("\"fullUrl\": \"(urn:uuid:[0-9a-f-]{36})\"").matcher(bundle);
        List<String> urls = new ArrayList<>();
        while (m.find()) {
            urls.add(m.group(1));
        }
        return urls;
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
    void the_strict_parser_and_the_schema_find_a_broken_bundle() {
        // an encounter without its required status and class, an observation with an unknown status
        String bundle = FhirBridge.defaults().export(Samples.course(Protocol.brief()));
        String broken = bundle.replaceFirst("\"status\": \"finished\",", "")
                .replaceFirst("\"class\": \\{[^}]*\\},", "");
        assertThat(SCHEMA_ONLY.validateWithResult(strictParser().parseResource(Bundle.class, broken)).getMessages())
                .anyMatch(FhirValidationTest::isError);
        String badCode = bundle.replaceFirst("\"status\": \"final\"", "\"status\": \"finished\"");
        assertThatThrownBy(() -> strictParser().parseResource(Bundle.class, badCode))
                .isInstanceOf(DataFormatException.class);
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
