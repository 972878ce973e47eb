package org.iptmodel.core.report;

/**
 * How a patient's score changed from baseline to endpoint on one instrument, declared from the
 * best class to the worst: a lower endpoint never gives a later constant.
 *
 * <p>The classes and their default thresholds are in {@link OutcomeCriteria}: remission by the
 * instrument's threshold (Frank et al. 1991), response at a 50% reduction (Riedel et al. 2010), partial response
 * at a 25% reduction (UNCONFIRMED, configurable), worsening at a 25% rise (UNCONFIRMED,
 * configurable).
 */
public enum ResponseClass {
    /** The endpoint is at or below the remission threshold. */
    REMISSION,
    /** The endpoint is reduced from baseline by at least the response threshold (default 50%). */
    RESPONSE,
    /** The endpoint is reduced by at least the partial-response threshold (default 25%). */
    PARTIAL_RESPONSE,
    /** Neither reduced enough for a partial response nor risen enough to be worsening. */
    NO_CHANGE,
    /** The endpoint is above baseline by at least the worsening threshold (default 25%). */
    WORSENING;

    /**
     * Checks whether this class is better than another.
     *
     * @param other the other class, not null
     * @return true if this class is declared before {@code other}
     */
    public boolean isBetterThan(ResponseClass other) {
        return compareTo(other) < 0;
    }
}
