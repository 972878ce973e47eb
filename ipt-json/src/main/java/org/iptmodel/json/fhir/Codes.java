package org.iptmodel.json.fhir;

import java.util.List;
import java.util.Optional;

import org.iptmodel.core.Instrument;

/**
 * The code systems and codes of the FHIR bridge. FHIR.md, in this module's sources, cites each
 * external code.
 */
final class Codes {
    /** LOINC. */
    static final String LOINC = "http://loinc.org";
    /** LOINC: Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]. */
    static final String PHQ9_TOTAL = "44261-6";
    /** LOINC: PHQ-9 quick depression assessment panel [Reported.PHQ]. */
    static final String PHQ9_PANEL = "44249-1";
    /** LOINC: the nine PHQ-9 items, in item order. */
    static final List<String> PHQ9_ITEMS = List.of("44250-9", "44255-8", "44259-0", "44254-1", "44251-7",
            "44258-2", "44252-5", "44253-3", "44260-8");

    /** HL7: observation categories. */
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    /** HL7: flag categories. */
    static final String FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";
    /** HL7 v3 ActCode, for the encounter class. */
    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    /** UCUM. */
    static final String UCUM = "http://unitsofmeasure.org";

    /** The library's own code systems: not registered with HL7, stated in FHIR.md. */
    static final String BASE = "https://iptmodel.org/fhir/";
    /** The library's code system of instruments: the instrument codes of the model. */
    static final String INSTRUMENT = BASE + "CodeSystem/instrument";
    /** The library's code system of instrument items: {@code <instrument code>/<item number>}. */
    static final String INSTRUMENT_ITEM = BASE + "CodeSystem/instrument-item";
    /** The library's code system of IPT concepts: the treatment, phases, problem areas, the flag. */
    static final String IPT = BASE + "CodeSystem/ipt";
    /** The library's identifier system of the resources of a course. */
    static final String IDENTIFIER = BASE + "identifier/course";
    /** The default identifier system of the patient reference: replace it with the clinic's. */
    static final String PATIENT = BASE + "identifier/patient";

    private Codes() {
    }

    /** The LOINC code of an instrument's total, where one was verified. */
    static Optional<String> loincTotal(Instrument instrument) {
        return instrument.equals(Instrument.phq9()) ? Optional.of(PHQ9_TOTAL) : Optional.empty();
    }

    /** The LOINC codes of an instrument's items, where they were verified. */
    static Optional<List<String>> loincItems(Instrument instrument) {
        return instrument.equals(Instrument.phq9()) ? Optional.of(PHQ9_ITEMS) : Optional.empty();
    }
}
