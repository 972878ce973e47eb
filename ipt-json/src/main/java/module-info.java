/**
 * The iptmodel JSON format: versioned, strict, schema-backed JSON documents for the model of
 * {@code org.iptmodel.core}, read and written with Jackson 3, with newline-delimited streaming
 * for datasets, a Jackson module for applications' own mappers, and a FHIR bridge
 * ({@code org.iptmodel.json.fhir}): a course as a FHIR Bundle, symptom scores imported from one.
 *
 * @provides tools.jackson.databind.JacksonModule {@link org.iptmodel.json.IptJsonModule}, strict with
 *     the default limits, found by {@code JsonMapper.builder().findAndAddModules()}
 */
module org.iptmodel.json {
    requires transitive org.iptmodel.core;
    requires transitive tools.jackson.databind;

    exports org.iptmodel.json;
    exports org.iptmodel.json.fhir;

    provides tools.jackson.databind.JacksonModule with org.iptmodel.json.IptJsonModule;
}
