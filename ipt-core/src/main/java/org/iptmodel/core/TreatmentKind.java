package org.iptmodel.core;

/** The kind of a treatment the patient receives alongside IPT. */
public enum TreatmentKind {
    /** Antidepressant medication. */
    ANTIDEPRESSANT_MEDICATION,
    /** Other psychotropic medication. */
    OTHER_PSYCHOTROPIC_MEDICATION,
    /** Another psychotherapy or counselling. */
    PSYCHOTHERAPY,
    /** Any other treatment. */
    OTHER
}
