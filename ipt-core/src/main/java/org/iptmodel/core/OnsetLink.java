package org.iptmodel.core;

/**
 * How an interpersonal issue is linked in time to the current depressive episode.
 *
 * <p>IPT prefers issues linked to the onset or the maintenance of the current episode
 * (ISIPT, <i>Key IPT strategies</i>; IPT UK, <i>Stages of IPT</i>). The link is the clinician's
 * judgement, recorded with the issue.
 */
public enum OnsetLink {
    /** The issue arose around the onset of the episode and may have precipitated it. */
    PRECIPITATED_ONSET,
    /** The issue did not start the episode but keeps it going. */
    MAINTAINS_EPISODE,
    /** No link in time to the current episode was found. */
    NOT_LINKED
}
