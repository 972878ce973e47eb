package org.iptmodel.core.report;

/**
 * How urgently a report entry asks for attention, from least to most urgent.
 *
 * <p>The grading of deviations is this library's, not the manuals': they give guidance without
 * ranking its breaches. Only a {@link SafetyFlag} has {@link #SAFETY}; a {@link SafetyNotice} has
 * {@link #WARNING}.
 */
public enum ReportSeverity {
    /** A recorded, reasoned departure from the selection rules, such as a clinician override. */
    INFO,
    /**
     * A departure from the protocol's numbers: session counts, phase lengths, gaps, notice; or a
     * suicidality item not recorded ({@link SafetyNotice}).
     */
    WARNING,
    /** A departure from a core task of the manuals, such as the middle phase without an accepted formulation. */
    SERIOUS,
    /** A response above 0 on a suicidality item: review risk with the patient. The highest severity. */
    SAFETY
}
