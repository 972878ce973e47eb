package org.iptmodel.core;

/**
 * The clinical outcome recorded when acute treatment ends.
 *
 * <p>Source: Weissman, Markowitz and Klerman, <i>The Guide to Interpersonal Psychotherapy</i> (2018).
 */
public enum TerminationOutcome {
    /** The patient remitted. */
    REMITTED,
    /** The patient responded in part. */
    PARTIAL_RESPONSE,
    /** The patient did not respond: the treatment failed, not the patient. */
    NO_RESPONSE
}
