package org.iptmodel.core;

/**
 * The stage of a role dispute, which guides the work on it.
 *
 * <p>Source: Weissman, Markowitz and Klerman, <i>The Guide to Interpersonal Psychotherapy</i> (2018).
 */
public enum DisputeStage {
    /** Both parties know of the dispute and are actively trying to resolve it. */
    RENEGOTIATION,
    /** Negotiation has stalled; the parties have stopped trying. */
    IMPASSE,
    /** The relationship is beyond repair; the work shifts to ending it and mourning it. */
    DISSOLUTION
}
