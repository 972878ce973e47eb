package org.iptmodel.core;

/** How a person of the interpersonal inventory is related to the patient. */
public enum RelationKind {
    /** A spouse or romantic partner. */
    PARTNER,
    /** A former spouse or partner. */
    FORMER_PARTNER,
    /** A parent or step-parent. */
    PARENT,
    /** A child or step-child. */
    CHILD,
    /** A brother or sister. */
    SIBLING,
    /** Any other relative. */
    OTHER_RELATIVE,
    /** A friend. */
    FRIEND,
    /** A colleague, manager or fellow student. */
    COLLEAGUE,
    /** A neighbour or member of the patient's community. */
    COMMUNITY,
    /** A professional carer, teacher or clinician. */
    PROFESSIONAL,
    /** Any other relation. */
    OTHER
}
