package org.iptmodel.core.report;

import java.util.List;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.Reference;

/**
 * The kinds of deviation from a protocol and the IPT manuals that an {@link AdherenceReport}
 * finds. The constants are stable: programs may switch on them and store their names.
 *
 * <p>Each constant carries its default {@link ReportSeverity} (this library's grading, not the
 * manuals'), the guidance it checks in words ({@link #source()}) and the works it follows
 * ({@link #references()}, entries of {@link Bibliography}). Where the guidance is the library's own
 * heuristic rather than a manual's rule, its source says so.
 */
public enum DeviationCode {
    /**
     * More acute sessions than the protocol's maximum plus the extra sessions of contract
     * amendments, or, once the acute phase is over (the course completed or maintenance begun),
     * fewer than the protocol's minimum. Involves the sessions beyond the allowed maximum, or the
     * last acute session.
     *
     * <p>The time frame of IPT is fixed at the outset, and a change of the number of sessions is
     * renegotiated explicitly (ISIPT, <i>Key IPT strategies</i>; Weissman, Markowitz and Klerman
     * 2018).
     */
    ACUTE_SESSIONS_OUTSIDE_PROTOCOL(ReportSeverity.WARNING,
            "The time frame is fixed at the outset and changes of it are renegotiated (ISIPT, Key IPT strategies;"
                    + " Weissman, Markowitz and Klerman 2018).",
            Bibliography.ISIPT_STRATEGIES, Bibliography.WEISSMAN_2018),
    /**
     * A phase with more sessions than the protocol's range for it, at any time; or, once a later
     * phase began or the course completed, fewer. A missing termination phase of a completed
     * course is {@link #COMPLETED_WITHOUT_TERMINATION_SESSION} instead. Involves the phase's
     * sessions.
     *
     * <p>The phase lengths are protocol data, because the manuals disagree: at most 3 initial
     * sessions (Markowitz 2006), 1-4 (IPT UK), 1-3 (Stuart and Robertson 2012).
     */
    PHASE_LENGTH_OUTSIDE_PROTOCOL(ReportSeverity.WARNING,
            "Phase lengths are set per protocol; the manuals disagree on them (Markowitz 2006; IPT UK, Stages of IPT;"
                    + " Stuart and Robertson 2012).",
            Bibliography.MARKOWITZ_2006, Bibliography.IPTUK_STAGES, Bibliography.STUART_2012),
    /**
     * Two consecutive sessions further apart than {@value AdherenceReport#GAP_FACTOR} times the
     * cadence: acute sessions by the contract's cadence in force (amendments dated before the
     * later session), maintenance sessions by a maintenance contract's cadence or else the
     * protocol's maintenance cadence. Involves the two sessions.
     *
     * <p>This is the library's own heuristic, with its parameter
     * {@link AdherenceReport#GAP_FACTOR}: the manuals set a cadence (weekly sessions: ISIPT,
     * <i>Key IPT strategies</i>) but no limit on a gap.
     */
    SESSION_GAP_TOO_LONG(ReportSeverity.WARNING,
            "The library's own heuristic: a gap longer than twice the cadence; the manuals set the cadence, weekly"
                    + " in acute IPT (ISIPT, Key IPT strategies), but no limit on a gap.",
            Bibliography.ISIPT_STRATEGIES),
    /**
     * A focus (the initial one or one set by an amendment) with more problem areas than the
     * protocol allows, which only a clinician override can record. Reported instead of
     * {@link #FOCUS_CLINICIAN_OVERRIDE} for that focus.
     *
     * <p>IPT aims for one focus; brief IPT allows one or two (Weissman, Markowitz and Klerman
     * 2018; Swartz et al. 2014). A hard limit of two is not confirmed in the manuals, so the
     * maximum is a protocol parameter.
     */
    FOCAL_AREAS_ABOVE_PROTOCOL(ReportSeverity.SERIOUS,
            "Aim for one focal area, two at most; the maximum is a protocol parameter (Weissman, Markowitz and"
                    + " Klerman 2018; Swartz et al. 2014).",
            Bibliography.WEISSMAN_2018, Bibliography.SWARTZ_2014),
    /**
     * A focus set by the clinician against the selection rules, with a recorded reason. A
     * legitimate decision, reported so that it is seen.
     *
     * <p>The focus is negotiated with the patient (Weissman, Markowitz and Klerman 2018; Stuart
     * and Robertson 2012).
     */
    FOCUS_CLINICIAN_OVERRIDE(ReportSeverity.INFO,
            "The focus is negotiated; a clinician may choose another focus than the selection rules give, with a"
                    + " recorded reason (Weissman, Markowitz and Klerman 2018; Stuart and Robertson 2012).",
            Bibliography.WEISSMAN_2018, Bibliography.STUART_2012),
    /**
     * A focus holding interpersonal deficits while the course records an issue of another problem
     * area linked to the current episode (precipitated its onset or maintains it). Deficits is the
     * area of last resort: it is chosen only when no grief, dispute or transition linked to the
     * episode applies; an old, unlinked event does not exclude it (Weissman, Markowitz and
     * Klerman 2018).
     */
    DEFICITS_WHILE_OTHER_AREA_PRESENT(ReportSeverity.SERIOUS,
            "Interpersonal deficits only when no grief, dispute or transition linked to the current episode applies"
                    + " (Weissman, Markowitz and Klerman 2018).",
            Bibliography.WEISSMAN_2018),
    /**
     * A focus area for which the course records no issue linked to the current episode. A problem
     * area is chosen because the onset or maintenance of the episode is associated with it
     * (ISIPT, <i>Key IPT strategies</i>; Markowitz 2006): an unlinked focus is reported, not
     * forbidden.
     */
    FOCUS_AREA_NOT_LINKED(ReportSeverity.WARNING,
            "A focus area is chosen because the onset or maintenance of the episode is associated with it"
                    + " (ISIPT, Key IPT strategies; Markowitz 2006).",
            Bibliography.ISIPT_STRATEGIES, Bibliography.MARKOWITZ_2006),
    /**
     * A focus holding grief whose issues of grief name no person the inventory records as
     * deceased. Grief requires a death in the Weissman model; a loss that is not a death is a role
     * transition (Weissman, Markowitz and Klerman 2018). Stuart and Robertson's broader "grief and
     * loss" counts other losses, so this is reported, not forbidden.
     */
    GRIEF_FOCUS_WITHOUT_DEATH(ReportSeverity.WARNING,
            "Grief requires a death; a loss that is not a death is a role transition (Weissman, Markowitz and"
                    + " Klerman 2018). Stuart and Robertson 2012 count other losses as grief and loss.",
            Bibliography.WEISSMAN_2018, Bibliography.STUART_2012),
    /**
     * A middle-phase session held before the patient accepted the formulation (none recorded, not
     * accepted, or accepted after the first middle-phase session). Involves the first middle-phase
     * session.
     */
    MIDDLE_PHASE_WITHOUT_ACCEPTED_FORMULATION(ReportSeverity.SERIOUS,
            "The patient explicitly accepts the formulation before the middle phase (Markowitz 2006; IPT UK,"
                    + " Stages of IPT; Stuart and Robertson 2012).",
            Bibliography.MARKOWITZ_2006, Bibliography.IPTUK_STAGES, Bibliography.STUART_2012),
    /**
     * A middle-phase session held before a focus was chosen (no initial focus and no amendment
     * setting one by then). Involves the first middle-phase session.
     */
    MIDDLE_PHASE_WITHOUT_FOCUS(ReportSeverity.SERIOUS,
            "The initial phase selects the focus (Markowitz 2006; IPT UK, Stages of IPT).",
            Bibliography.MARKOWITZ_2006, Bibliography.IPTUK_STAGES),
    /**
     * A completed course whose end was not announced in time: no announcing session recorded, or
     * fewer than {@code protocol.terminationNotice().min()} sessions between the announcement and
     * the last acute session (an announcement at session 1 always counts as in time). Involves the
     * announcing and the last acute session.
     */
    TERMINATION_NOT_ANNOUNCED_IN_TIME(ReportSeverity.WARNING,
            "The end of treatment is discussed explicitly at least 2-4 sessions before it (Weissman, Markowitz"
                    + " and Klerman 2018).",
            Bibliography.WEISSMAN_2018),
    /**
     * A completed course under a protocol with an acute phase and at least one planned
     * termination-phase session that held no termination-phase session. Involves the last
     * session.
     */
    COMPLETED_WITHOUT_TERMINATION_SESSION(ReportSeverity.SERIOUS,
            "The termination phase consolidates gains and plans for relapse (Weissman, Markowitz and Klerman 2018;"
                    + " Markowitz 2006).",
            Bibliography.WEISSMAN_2018, Bibliography.MARKOWITZ_2006),
    /**
     * A completed course under a protocol that asks for maintenance to be discussed with every
     * patient ({@link org.iptmodel.core.Protocol#discussesMaintenance()}) whose termination
     * record says maintenance was not discussed.
     *
     * <p>Stuart and Robertson (2012) ask the therapist to discuss maintenance with every patient;
     * the Guide (Weissman, Markowitz and Klerman 2018) offers maintenance to patients at high risk
     * of recurrence. So this is checked only under protocols that follow Stuart's model.
     */
    MAINTENANCE_NOT_DISCUSSED(ReportSeverity.WARNING,
            "Under protocols following Stuart and Robertson 2012, the therapist discusses maintenance with every"
                    + " patient; the Guide (Weissman, Markowitz and Klerman 2018) offers it to patients at high risk.",
            Bibliography.STUART_2012, Bibliography.WEISSMAN_2018);

    private final ReportSeverity severity;
    private final String source;
    private final List<Reference> references;

    DeviationCode(ReportSeverity severity, String source, Reference... references) {
        this.severity = severity;
        this.source = source;
        this.references = List.of(references);
    }

    /**
     * Returns the severity of deviations of this kind.
     *
     * @return the severity, never {@link ReportSeverity#SAFETY}
     */
    public ReportSeverity severity() {
        return severity;
    }

    /**
     * Returns the guidance this kind checks and its sources, in words.
     *
     * @return the citation, not blank
     */
    public String source() {
        return source;
    }

    /**
     * Returns the works the guidance follows.
     *
     * @return the references, unmodifiable, not empty
     */
    public List<Reference> references() {
        return references;
    }
}
