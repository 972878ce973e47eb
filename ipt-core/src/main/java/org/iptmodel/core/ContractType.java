package org.iptmodel.core;

/**
 * The kind of treatment a contract covers.
 *
 * <p>Continuation and maintenance treatment come by a new contract after acute treatment
 * (Weissman, Markowitz and Klerman, <i>The Guide to Interpersonal Psychotherapy</i>, 2018).
 */
public enum ContractType {
    /** Acute treatment: the initial, middle and termination phases. */
    ACUTE,
    /** Continuation treatment, typically for a partial responder. */
    CONTINUATION,
    /** Maintenance treatment to prevent recurrence. */
    MAINTENANCE
}
