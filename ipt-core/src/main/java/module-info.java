/**
 * The iptmodel core: an immutable, always-valid model of interpersonal psychotherapy (IPT).
 *
 * <p>{@link org.iptmodel.core} holds the model (protocols, courses, sessions, the inventory,
 * issues, focus, measures); {@link org.iptmodel.core.ranking} ranks the patient's issues and
 * selects the focus; {@link org.iptmodel.core.plan} plans schedules; {@link
 * org.iptmodel.core.report} reports adherence, outcomes and safety flags. The module has no
 * runtime dependency: the Immutables annotations are needed at compile time only.
 */
module org.iptmodel.core {
    requires static org.immutables.value;

    exports org.iptmodel.core;
    exports org.iptmodel.core.ranking;
    exports org.iptmodel.core.plan;
    exports org.iptmodel.core.report;
}
