package org.iptmodel.core.report;

import java.util.Objects;

/**
 * How a patient's score changed from baseline to endpoint on one instrument.
 *
 * <p>Remission and response are defined for a patient in a depressive episode (Frank et al. 1991,
 * {@link org.iptmodel.core.Bibliography#FRANK_1991}), so a change is graded only from a baseline
 * in the instrument's depressed range ({@link OutcomeCriteria#depressedMin}). The first five
 * constants are those grades, declared from the best to the worst: for a baseline in the depressed
 * range, a lower endpoint never gives a later constant. A baseline below the depressed range gives
 * {@link #BASELINE_NOT_DEPRESSED}, whatever the endpoint: it is not a grade, and is declared last,
 * after the grades, so that their order is unchanged; {@link #isBetterThan} compares it with
 * nothing.
 *
 * <p>The grades and their default thresholds are in {@link OutcomeCriteria}: remission by the
 * instrument's threshold, response at a 50% reduction (Riedel et al. 2010), partial response at a
 * 25% reduction and worsening at a 25% rise, the last two the library's own defaults (no published
 * source was found for them; both are configurable).
 */
public enum ResponseClass {
    /** The baseline was in the depressed range and the endpoint is at or below the remission threshold. */
    REMISSION,
    /**
     * The baseline was in the depressed range and the endpoint is reduced from it by at least the
     * response threshold (default 50%).
     */
    RESPONSE,
    /** The endpoint is reduced by at least the partial-response threshold (default 25%). */
    PARTIAL_RESPONSE,
    /** Neither reduced enough for a partial response nor risen enough to be worsening. */
    NO_CHANGE,
    /** The endpoint is above baseline by at least the worsening threshold (default 25%). */
    WORSENING,
    /**
     * The baseline was below the instrument's depressed range: the patient was not shown to be in
     * a depressive episode at baseline, so the change is not graded, and is never a remission or a
     * response. The scores and their severity bands still show what happened; a later score in the
     * depressed range is visible there.
     */
    BASELINE_NOT_DEPRESSED;

    /**
     * Checks whether this class is a better grade than another: both are grades of change (not
     * {@link #BASELINE_NOT_DEPRESSED}) and this one is declared first.
     *
     * @param other the other class, not null
     * @return true if both are grades and this class is declared before {@code other}; false if
     *     either is {@link #BASELINE_NOT_DEPRESSED}
     */
    public boolean isBetterThan(ResponseClass other) {
        Objects.requireNonNull(other, "other");
        return this != BASELINE_NOT_DEPRESSED && other != BASELINE_NOT_DEPRESSED && compareTo(other) < 0;
    }
}
