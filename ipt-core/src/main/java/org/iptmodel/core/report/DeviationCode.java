package org.iptmodel.core.report;

/**
 * The kinds of deviation from a protocol and the IPT manuals that an {@link AdherenceReport}
 * finds. The constants are stable: programs may switch on them and store their names.
 *
 * <p>Each constant carries its default {@link ReportSeverity} (this library's grading) and the
 * source of the guidance it checks. Citations: [ISIPT] International Society of IPT, <i>Key IPT
 * strategies</i>; [Markowitz06] Markowitz, <i>Focus</i> 2006; [Guide] Weissman, Markowitz and
 * Klerman, <i>The Guide to Interpersonal Psychotherapy</i> (2018); [IPTUK] IPT UK, <i>Stages of
 * IPT</i>; [Stuart] Stuart and Robertson, <i>Interpersonal Psychotherapy: A Clinician's Guide</i>;
 * DOMAIN and DESIGN are this project's domain and design notes.
 */
public enum DeviationCode {
    /**
     * More acute sessions than the protocol's maximum plus the extra sessions of contract
     * amendments, or, once the acute phase is over (the course completed or maintenance begun),
     * fewer than the protocol's minimum. Involves the sessions beyond the allowed maximum, or the
     * last acute session.
     */
    ACUTE_SESSIONS_OUTSIDE_PROTOCOL(ReportSeverity.WARNING,
            "DOMAIN §1, §7: the time frame is fixed at the outset and changes are renegotiated [ISIPT][Guide]"),
    /**
     * A phase with more sessions than the protocol's range for it, at any time; or, once a later
     * phase began or the course completed, fewer. A missing termination phase of a completed
     * course is {@link #COMPLETED_WITHOUT_TERMINATION_SESSION} instead. Involves the phase's
     * sessions.
     */
    PHASE_LENGTH_OUTSIDE_PROTOCOL(ReportSeverity.WARNING,
            "DOMAIN §2: phase lengths per protocol [Markowitz06][IPTUK][Stuart]"),
    /**
     * Two consecutive sessions further apart than twice the cadence: acute sessions by the
     * contract's cadence in force (amendments dated before the later session), maintenance
     * sessions by a maintenance contract's cadence or else the protocol's maintenance cadence.
     * Involves the two sessions.
     */
    SESSION_GAP_TOO_LONG(ReportSeverity.WARNING,
            "DESIGN clinical guidance: gaps between weekly sessions longer than two weeks; DOMAIN §1 [ISIPT]"),
    /**
     * A focus (the initial one or one set by an amendment) with more problem areas than the
     * protocol allows, which only a clinician override can record. Reported instead of
     * {@link #FOCUS_CLINICIAN_OVERRIDE} for that focus.
     */
    FOCAL_AREAS_ABOVE_PROTOCOL(ReportSeverity.SERIOUS,
            "DOMAIN §4 R3: one focus, two at most; the maximum is a protocol parameter (UNCONFIRMED) [Guide]"),
    /**
     * A focus set by the clinician against the selection rules, with a recorded reason. A
     * legitimate decision, reported so that it is seen.
     */
    FOCUS_CLINICIAN_OVERRIDE(ReportSeverity.INFO,
            "DOMAIN §4 R1-R9: the focus selection rules; DESIGN: clinicians deviate for good reasons"),
    /**
     * A focus holding interpersonal deficits while the course records an issue in another problem
     * area: deficits is the area of last resort.
     */
    DEFICITS_WHILE_OTHER_AREA_PRESENT(ReportSeverity.SERIOUS,
            "DOMAIN §3, §4 R5: deficits only when no other area is present [Guide]"),
    /**
     * A middle-phase session held before the patient accepted the formulation (none recorded, not
     * accepted, or accepted after the first middle-phase session). Involves the first middle-phase
     * session.
     */
    MIDDLE_PHASE_WITHOUT_ACCEPTED_FORMULATION(ReportSeverity.SERIOUS,
            "DOMAIN §2, §4 R2: the patient explicitly accepts the formulation before the middle phase"
                    + " [Markowitz06][IPTUK][Stuart]"),
    /**
     * A middle-phase session held before a focus was chosen (no initial focus and no amendment
     * setting one by then). Involves the first middle-phase session.
     */
    MIDDLE_PHASE_WITHOUT_FOCUS(ReportSeverity.SERIOUS,
            "DOMAIN §2: the initial phase selects the focus [Markowitz06][IPTUK]"),
    /**
     * A completed course whose end was not announced in time: no announcing session recorded, or
     * fewer than {@code protocol.terminationNotice().min()} sessions between the announcement and
     * the last acute session (an announcement at session 1 always counts as in time). Involves the
     * announcing and the last acute session.
     */
    TERMINATION_NOT_ANNOUNCED_IN_TIME(ReportSeverity.WARNING,
            "DOMAIN §2: the end is discussed explicitly at least 2-4 sessions before it [Guide]"),
    /**
     * A completed course under a protocol with an acute phase that held no termination-phase
     * session. Involves the last session.
     */
    COMPLETED_WITHOUT_TERMINATION_SESSION(ReportSeverity.SERIOUS,
            "DOMAIN §2: the termination phase consolidates gains and plans for relapse [Guide][Markowitz06]"),
    /**
     * A completed course under a protocol with an acute phase whose termination record says
     * maintenance was not discussed.
     */
    MAINTENANCE_NOT_DISCUSSED(ReportSeverity.WARNING,
            "DOMAIN §2: the therapist must discuss maintenance with every patient [Stuart]");

    private final ReportSeverity severity;
    private final String source;

    DeviationCode(ReportSeverity severity, String source) {
        this.severity = severity;
        this.source = source;
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
     * Returns the source of the guidance this kind checks.
     *
     * @return the citation, not blank
     */
    public String source() {
        return source;
    }
}
