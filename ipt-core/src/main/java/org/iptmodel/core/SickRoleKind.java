package org.iptmodel.core;

/**
 * The extent of the sick role given to the patient in the initial phase.
 *
 * <p>The sick role says that depression is not the patient's fault, excuses the patient from some
 * duties and obliges the patient to work at recovery (Markowitz 2006). IPT for adolescents gives a
 * limited sick role: the adolescent is still expected to attend school (Mufson, IPT-A).
 */
public enum SickRoleKind {
    /** The full sick role of adult IPT. */
    FULL,
    /** The limited sick role of IPT-A. */
    LIMITED
}
