package org.iptmodel.core;

/**
 * The techniques an IPT therapist uses in sessions.
 *
 * <p>Source: the technique list of Klerman et al. (1984) as kept in Weissman, Markowitz and
 * Klerman, <i>The Guide to Interpersonal Psychotherapy</i> (2018), chapter 10. "Adjunctive" as a
 * category of its own is UNCONFIRMED in the primary texts.
 */
public enum Technique {
    /** Exploratory techniques: non-directive exploration and direct elicitation of material. */
    EXPLORATORY,
    /** Encouragement of affect: acceptance and expression of painful feelings. */
    ENCOURAGEMENT_OF_AFFECT,
    /** Clarification: restating, pointing out contradictions and unspoken assumptions. */
    CLARIFICATION,
    /** Communication analysis: reconstructing a recent emotionally charged interaction. */
    COMMUNICATION_ANALYSIS,
    /** Use of the therapeutic relationship to reflect patterns of relating. */
    THERAPEUTIC_RELATIONSHIP,
    /** Decision analysis: generating and weighing options for action. */
    DECISION_ANALYSIS,
    /** Role play: rehearsing new ways of communicating. */
    ROLE_PLAY,
    /** Other directive, behaviour-change techniques: advice, suggestions, limit setting. */
    DIRECTIVE,
    /** Adjunctive techniques: contract setting and administrative details. */
    ADJUNCTIVE
}
