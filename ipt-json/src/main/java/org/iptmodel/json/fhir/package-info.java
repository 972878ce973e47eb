/**
 * A FHIR R4 bridge for the model of {@code org.iptmodel.core}: a course exported as a Bundle, and
 * symptom scores imported from one, written with Jackson and no FHIR library.
 *
 * <p>{@link org.iptmodel.json.fhir.FhirBridge} is the entry point:
 * <pre>{@code
 * String bundle = FhirBridge.defaults().export(course);
 * FhirImport result = FhirBridge.defaults().importScores(bundle, courseWithoutScores);
 * }</pre>
 * FHIR.md, in the module's sources, documents the mapping field by field and cites every code.
 * Bad input is refused with {@link org.iptmodel.json.IptJsonException}, whose problems never repeat
 * input text.
 */
package org.iptmodel.json.fhir;
