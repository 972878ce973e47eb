package org.iptmodel.core;

/** Whether a protocol is delivered to one patient or to a group. */
public enum ProtocolFormat {
    /** One patient and a therapist. */
    INDIVIDUAL,
    /** A group of patients with one or two leaders. */
    GROUP
}
