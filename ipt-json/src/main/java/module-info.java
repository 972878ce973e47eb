/**
 * The iptmodel JSON format.
 */
module org.iptmodel.json {
    requires transitive org.iptmodel.core;
    requires transitive tools.jackson.databind;

    exports org.iptmodel.json;
}
