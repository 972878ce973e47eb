package org.iptmodel.core;

import java.util.List;

/**
 * The phases of a course of IPT, in the order a course passes through them.
 *
 * <p>Acute IPT has three phases: {@link #INITIAL}, {@link #MIDDLE} and {@link #TERMINATION}.
 * {@link #MAINTENANCE} sessions may follow the acute phase under a new contract. A course never
 * goes back to an earlier phase. How many sessions each phase lasts is protocol data
 * ({@link Protocol#phaseSessions(Phase)}). Each constant lists the phase's tasks from the
 * manuals, as documented data.
 *
 * <p>Sources ({@link Bibliography}): Markowitz 2006 ({@code markowitz-2006}); IPT UK,
 * <i>Stages of IPT</i> ({@code iptuk-stages}); Stuart and Robertson 2012, <i>Interpersonal
 * Psychotherapy: A Clinician's Guide</i> ({@code stuart-2012}); Weissman, Markowitz and Klerman
 * 2018, <i>The Guide to Interpersonal Psychotherapy</i> ({@code weissman-2018}); IPT Institute,
 * <i>Maintenance IPT</i> ({@code ipt-institute-maintenance}).
 */
public enum Phase {
    /** The initial phase: assessment, the inventory, the formulation and the contract. */
    INITIAL(List.of(
            "Diagnose depression with standard criteria and a rating scale",
            "Give psychoeducation about depression",
            "Give the patient the sick role",
            "Take the interpersonal inventory",
            "Link the depression to the interpersonal context",
            "Select the focus (problem areas)",
            "Present the formulation and obtain the patient's explicit acceptance",
            "Agree the treatment contract")),
    /** The middle phase: work on the agreed focus with the problem area's strategies. */
    MIDDLE(List.of(
            "Open each session by asking how things have been since the last meeting",
            "Link mood to interpersonal events",
            "Work on the agreed focus with the problem area's strategies")),
    /** The termination phase: consolidate gains and plan for the end of acute treatment. */
    TERMINATION(List.of(
            "Announce the end of treatment two to four sessions ahead",
            "Review and consolidate gains, crediting the patient",
            "Name the skills learned",
            "Discuss feelings about ending",
            "Name warning signs of relapse and agree an action plan",
            "Discuss maintenance treatment",
            "Choose the next step: conclude, continue, maintain or refer")),
    /** The maintenance phase: less frequent sessions to prevent recurrence, under a new contract. */
    MAINTENANCE(List.of(
            "Prevent recurrence of depression",
            "Keep working on interpersonal problem areas at a lower frequency",
            "Monitor symptoms"));

    private final List<String> tasks;

    Phase(List<String> tasks) {
        this.tasks = tasks;
    }

    /**
     * Returns the phase's tasks, as the manuals describe them.
     *
     * @return the tasks, unmodifiable, not empty
     */
    public List<String> tasks() {
        return tasks;
    }

    /**
     * Checks whether this phase belongs to acute treatment.
     *
     * @return true for initial, middle and termination; false for maintenance
     */
    public boolean isAcute() {
        return this != MAINTENANCE;
    }
}
