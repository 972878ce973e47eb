package org.iptmodel.json.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.iptmodel.core.Course;
import org.iptmodel.core.Instrument;
import org.iptmodel.json.IptJsonException;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bridge between a course and FHIR R4: exports a course as a Bundle, and imports symptom scores
 * recorded as FHIR Observations into the sessions of a course. No FHIR library is needed: the
 * bundle is written and read with Jackson.
 *
 * <pre>{@code
 * FhirBridge fhir = FhirBridge.defaults().withPatientSystem("https://clinic.example/patient-id");
 * String bundle = fhir.export(course);          // a collection Bundle, pretty JSON
 * FhirImport result = fhir.importScores(ehrBundle, course);
 * result.course();                              // the course with the scores in its sessions
 * result.unplaced();                            // e.g. [/entry/3/resource]: no session on that date
 * }</pre>
 *
 * <h2>Export</h2>
 * One {@code CarePlan} for the course (one activity per planned or held session), one {@code Goal}
 * per area of the focus, one {@code Encounter} per session held, one {@code Observation} per
 * measurement (PHQ-9 with its LOINC codes, other instruments with the library's code system) and
 * one {@code Flag} per safety flag of the {@link org.iptmodel.core.report.AdherenceReport}: review
 * risk with the patient. The patient is referenced by an identifier only. Resource ids are
 * name-based UUIDs of the course id and the resource's role, so the same course always gives the
 * same bytes. Free text (session notes, reasons, warning signs, the onset event) is left out
 * unless {@link #withFreeText()} is asked for. FHIR.md, in this module's sources, gives the
 * mapping field by field, the codes with their sources and what is not mapped.
 *
 * <h2>Import</h2>
 * Observations with a known instrument code (the PHQ-9's LOINC total or panel code, or the
 * library's instrument codes) become measurements, item responses included, placed into the
 * session held on their date. Everything else is skipped and reported in the {@link FhirImport}.
 * Input that is not a FHIR Bundle or array of resources, or holds a score that is no valid score
 * of its instrument, is refused with an {@link IptJsonException} whose problems point into the
 * input with JSON Pointers and never repeat input text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FhirBridge {
    /** Strict about repeated names, which FHIR JSON does not allow. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectWriter WRITER = MAPPER.writer().with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    private static final FhirBridge DEFAULTS = new FhirBridge(Codes.PATIENT, false, false, List.of());

    private final String patientSystem;
    private final boolean transaction;
    private final boolean freeText;
    private final List<Instrument> instruments;

    private FhirBridge(String patientSystem, boolean transaction, boolean freeText, List<Instrument> instruments) {
        this.patientSystem = patientSystem;
        this.transaction = transaction;
        this.freeText = freeText;
        this.instruments = instruments;
    }

    /**
     * Returns the bridge with the defaults: a {@code collection} Bundle, the library's own patient
     * identifier system {@code https://iptmodel.org/fhir/identifier/patient}, no free text, and
     * the catalogue instruments for import.
     *
     * @return the bridge, not null
     */
    public static FhirBridge defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a bridge that references the patient by an identifier of this system; the value is
     * the course's {@link org.iptmodel.core.PatientRef}.
     *
     * @param system the identifier system, an absolute URI such as a clinic's, not null
     * @return a new bridge, not null
     * @throws IllegalArgumentException if the system is not an absolute URI
     */
    public FhirBridge withPatientSystem(String system) {
        Objects.requireNonNull(system, "system");
        if (!system.matches("[A-Za-z][A-Za-z0-9+.-]*:\\S+")) {
            throw new IllegalArgumentException("the patient identifier system must be an absolute URI");
        }
        return new FhirBridge(system, transaction, freeText, instruments);
    }

    /**
     * Returns a bridge that exports a {@code transaction} Bundle: each entry a conditional create
     * (POST, {@code ifNoneExist} on the resource's identifier), so posting the bundle twice creates
     * nothing the second time.
     *
     * @return a new bridge, not null
     */
    public FhirBridge asTransaction() {
        return new FhirBridge(patientSystem, true, freeText, instruments);
    }

    /**
     * Returns a bridge that exports the course's free text too: session notes (as care plan
     * activity progress), the focus override reason and the warning signs (care plan notes) and
     * the onset event (care plan description). Free text may identify a patient: include it only
     * where the receiver may hold it.
     *
     * @return a new bridge, not null
     */
    public FhirBridge withFreeText() {
        return new FhirBridge(patientSystem, transaction, true, instruments);
    }

    /**
     * Returns a bridge that also recognises these instruments on import, by the library's
     * instrument code system: instruments of the application's own, besides the catalogue's and
     * those the course already uses.
     *
     * @param more the instruments, not null, without null elements
     * @return a new bridge, not null
     */
    public FhirBridge withInstruments(Instrument... more) {
        Objects.requireNonNull(more, "more");
        List<Instrument> all = new ArrayList<>(instruments);
        for (Instrument i : more) {
            all.add(Objects.requireNonNull(i, "instrument"));
        }
        return new FhirBridge(patientSystem, transaction, freeText, List.copyOf(all));
    }

    /**
     * Exports a course as a FHIR R4 Bundle, pretty-printed JSON with a final newline. The same
     * course and options always give the same text.
     *
     * @param course the course, not null
     * @return the bundle's JSON text, not null
     */
    public String export(Course course) {
        Objects.requireNonNull(course, "course");
        return WRITER.writeValueAsString(BundleWriter.write(course, this)) + "\n";
    }

    /**
     * Imports symptom scores from a FHIR R4 Bundle, or a JSON array of FHIR resources, into the
     * sessions of a course.
     *
     * @param json the FHIR JSON text, not null
     * @param course the course whose sessions receive the scores, not null
     * @return the course with the scores, and what was skipped or not placed, not null
     * @throws IptJsonException if the text is not a Bundle or array of resources, or a recognised
     *     observation holds no valid score of its instrument; the problems' pointers locate it
     */
    public FhirImport importScores(String json, Course course) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(course, "course");
        return ScoreReader.read(MAPPER, json, course, instruments);
    }

    String patientSystem() {
        return patientSystem;
    }

    boolean isTransaction() {
        return transaction;
    }

    boolean includesFreeText() {
        return freeText;
    }

    /**
     * Returns the options, for example {@code FhirBridge[collection, patientSystem=..., freeText=false]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "FhirBridge[" + (transaction ? "transaction" : "collection") + ", patientSystem=" + patientSystem
                + ", freeText=" + freeText + ", instruments=" + instruments.size() + "]";
    }
}
