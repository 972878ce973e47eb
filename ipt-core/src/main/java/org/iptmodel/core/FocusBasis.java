package org.iptmodel.core;

/**
 * How a focus was chosen.
 *
 * <p>A clinician may override the selection rules, with a recorded reason; the override is not an
 * error, and an adherence report shows it as a deviation.
 */
public enum FocusBasis {
    /** Selected from the ranking of the patient's issues by the selection rules. */
    RANKING,
    /** Set by the clinician against the selection rules, with a recorded reason. */
    CLINICIAN_OVERRIDE
}
