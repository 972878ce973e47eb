package org.iptmodel.core.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import org.iptmodel.core.Amenability;
import org.iptmodel.core.ContactFrequency;
import org.iptmodel.core.DisputeStage;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.Phase;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.RelationKind;
import org.iptmodel.core.Technique;

/**
 * The raw values of a realistic course, as they would arrive from a form or a database row: both
 * the builders and the plain records are fed from these, so the benchmarks time only the
 * construction. Default shape: an inventory of 8 people, 6 issues and one PHQ-9 per session,
 * with all nine item responses on every fourth session and the last.
 */
public final class CourseInputs {
    /** The first session's date, also the contract start. */
    public final LocalDate start = LocalDate.of(2026, 1, 5);
    /** The onset of the episode. */
    public final LocalDate onset = LocalDate.of(2025, 11, 20);
    /** The agreed session length. */
    public final Duration length = Duration.ofMinutes(50);
    /** The agreed cadence. */
    public final Period cadence = Period.ofWeeks(1);

    /** Person ids, aliases, relations, rings, contact, deceased, changed near onset, aspects. */
    public final String[] personIds;
    public final String[] aliases;
    public final RelationKind[] relations;
    public final int[] closeness;
    public final ContactFrequency[] contacts;
    public final boolean[] deceased;
    public final LocalDate[] datesOfDeath;
    public final boolean[] changedNearOnset;
    public final String[][] satisfying;
    public final String[][] unsatisfying;

    /** Issue ids, summaries, areas, dispute stages, people (indexes), links, priority, distress, amenability. */
    public final String[] issueIds;
    public final String[] summaries;
    public final ProblemArea[] areas;
    public final DisputeStage[] stages;
    public final int[][] issuePeople;
    public final OnsetLink[] links;
    public final int[] priorities;
    public final int[] distress;
    public final Amenability[] amenability;

    /** Session dates, phases, techniques, areas addressed, PHQ-9 totals and item responses (or null). */
    public final LocalDate[] dates;
    public final Phase[] phases;
    public final Technique[][] techniques;
    public final ProblemArea[][] addressed;
    public final int[] totals;
    public final int[][] items;
    public final String[] notes;

    private CourseInputs(int sessions) {
        personIds = new String[] {"p-1", "p-2", "p-3", "p-4", "p-5", "p-6", "p-7", "p-8"};
        aliases = new String[] {"partner", "father", "mother", "sister", "best friend", "manager", "colleague",
            "neighbour"};
        relations = new RelationKind[] {RelationKind.PARTNER, RelationKind.PARENT, RelationKind.PARENT,
            RelationKind.SIBLING, RelationKind.FRIEND, RelationKind.COLLEAGUE, RelationKind.COLLEAGUE,
            RelationKind.COMMUNITY};
        closeness = new int[] {1, 1, 2, 2, 1, 3, 3, 3};
        contacts = new ContactFrequency[] {ContactFrequency.DAILY, ContactFrequency.RARELY,
            ContactFrequency.WEEKLY, ContactFrequency.MONTHLY, ContactFrequency.WEEKLY, ContactFrequency.DAILY,
            ContactFrequency.DAILY, ContactFrequency.RARELY};
        deceased = new boolean[] {false, true, false, false, false, false, false, false};
        datesOfDeath = new LocalDate[] {null, LocalDate.of(2025, 10, 30), null, null, null, null, null, null};
        changedNearOnset = new boolean[] {true, true, false, false, false, true, false, false};
        satisfying = new String[8][];
        unsatisfying = new String[8][];
        for (int i = 0; i < 8; i++) {
            satisfying[i] = new String[] {"we laugh together", "feels supported"};
            unsatisfying[i] = i % 2 == 0 ? new String[] {"arguments about money"} : new String[0];
        }

        issueIds = new String[] {"i-1", "i-2", "i-3", "i-4", "i-5", "i-6"};
        summaries = new String[] {"my father's death", "arguments with my partner about moving",
            "new job with more responsibility", "no longer speaking to my sister", "loneliness since the move",
            "tension with my manager"};
        areas = new ProblemArea[] {ProblemArea.GRIEF, ProblemArea.ROLE_DISPUTE, ProblemArea.ROLE_TRANSITION,
            ProblemArea.ROLE_DISPUTE, ProblemArea.INTERPERSONAL_DEFICITS, ProblemArea.ROLE_DISPUTE};
        stages = new DisputeStage[] {null, DisputeStage.IMPASSE, null, DisputeStage.DISSOLUTION, null,
            DisputeStage.RENEGOTIATION};
        issuePeople = new int[][] {{1}, {0}, {5, 6}, {3}, {4, 7}, {5}};
        links = new OnsetLink[] {OnsetLink.PRECIPITATED_ONSET, OnsetLink.MAINTAINS_EPISODE,
            OnsetLink.PRECIPITATED_ONSET, OnsetLink.NOT_LINKED, OnsetLink.MAINTAINS_EPISODE, OnsetLink.NOT_LINKED};
        priorities = new int[] {1, 2, 3, 4, 5, 6};
        distress = new int[] {9, 7, 6, 5, 4, 4};
        amenability = new Amenability[] {Amenability.MODERATE, Amenability.HIGH, Amenability.MODERATE,
            Amenability.LOW, Amenability.LOW, Amenability.HIGH};

        dates = new LocalDate[sessions];
        phases = new Phase[sessions];
        techniques = new Technique[sessions][];
        addressed = new ProblemArea[sessions][];
        totals = new int[sessions];
        items = new int[sessions][];
        notes = new String[sessions];
        int initial = Math.min(3, sessions);
        int termination = Math.min(3, sessions - initial);
        for (int i = 0; i < sessions; i++) {
            dates[i] = start.plusWeeks(i);
            phases[i] = i < initial ? Phase.INITIAL : i >= sessions - termination ? Phase.TERMINATION : Phase.MIDDLE;
            techniques[i] = phases[i] == Phase.INITIAL
                    ? new Technique[] {Technique.EXPLORATORY, Technique.CLARIFICATION}
                    : new Technique[] {Technique.COMMUNICATION_ANALYSIS, Technique.ENCOURAGEMENT_OF_AFFECT,
                        Technique.ROLE_PLAY};
            addressed[i] = phases[i] == Phase.INITIAL ? new ProblemArea[0]
                    : new ProblemArea[] {ProblemArea.GRIEF, ProblemArea.ROLE_DISPUTE};
            int total = Math.max(2, 21 - (i * 19) / Math.max(1, sessions - 1));
            totals[i] = total;
            if (i % 4 == 0 || i == sessions - 1) {
                int[] responses = new int[9];
                int left = total;
                for (int k = 0; k < 9 && left > 0; k++) {
                    responses[k] = Math.min(3, left);
                    left -= responses[k];
                }
                items[i] = responses;
            }
            notes[i] = i % 2 == 0 ? "talked about the weekend and the funeral" : null;
        }
    }

    /**
     * Returns the inputs of a course of the given number of sessions: 3 initial, 3 termination and
     * the rest middle (fewer when the course is shorter).
     *
     * @param sessions the number of sessions, at least 1
     * @return the inputs, not null
     */
    public static CourseInputs of(int sessions) {
        return new CourseInputs(sessions);
    }

    /**
     * Returns the number of sessions.
     *
     * @return the count
     */
    public int sessions() {
        return dates.length;
    }

    /**
     * Returns the date of the last session.
     *
     * @return the date, not null
     */
    public LocalDate lastDate() {
        return dates[dates.length - 1];
    }
}
