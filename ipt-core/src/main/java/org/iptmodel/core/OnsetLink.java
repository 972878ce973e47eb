package org.iptmodel.core;

/**
 * How an interpersonal issue is linked in time to the current depressive episode.
 *
 * <p>A problem area is chosen when the onset or the maintenance of the episode is associated with
 * it (ISIPT, <i>Key IPT strategies</i>; IPT UK, <i>Stages of IPT</i>; Markowitz 2006); the manuals
 * treat the two links alike. The link is the clinician's judgement, recorded with the issue; until
 * it is made, the issue is {@link #NOT_ASSESSED}.
 */
public enum OnsetLink {
    /** The issue arose around the onset of the episode and may have precipitated it. */
    PRECIPITATED_ONSET,
    /** The issue did not start the episode but keeps it going. */
    MAINTAINS_EPISODE,
    /** No link in time to the current episode was found. */
    NOT_LINKED,
    /**
     * The link to the episode has not been assessed yet. Such an issue ranks after every assessed
     * issue and is flagged in a ranking, so that the link is assessed before the focus is chosen.
     */
    NOT_ASSESSED;

    /**
     * Checks whether the issue is linked to the current episode: it precipitated the onset or
     * maintains the episode.
     *
     * @return true for {@link #PRECIPITATED_ONSET} and {@link #MAINTAINS_EPISODE}
     */
    public boolean isLinked() {
        return this == PRECIPITATED_ONSET || this == MAINTAINS_EPISODE;
    }
}
