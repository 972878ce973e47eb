package org.iptmodel.core;

/**
 * What follows the end of acute treatment.
 *
 * <p>The manuals' branches: a remitted patient concludes (or enters maintenance if at high risk),
 * a partial responder gets a continuation contract, a non-responder is offered another treatment
 * (Weissman, Markowitz and Klerman, <i>The Guide to Interpersonal Psychotherapy</i>, 2018).
 */
public enum NextStep {
    /** Treatment concludes. */
    CONCLUDE,
    /** A continuation contract follows. */
    CONTINUATION_CONTRACT,
    /** A maintenance contract follows. */
    MAINTENANCE_CONTRACT,
    /** The patient is referred to another treatment. */
    REFER_TO_OTHER_TREATMENT
}
