/**
 * The iptmodel core: an immutable, always-valid model of interpersonal psychotherapy.
 */
module org.iptmodel.core {
    requires static org.immutables.value;

    exports org.iptmodel.core;
    exports org.iptmodel.core.plan;
    exports org.iptmodel.core.report;
}
