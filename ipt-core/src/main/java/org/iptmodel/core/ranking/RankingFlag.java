package org.iptmodel.core.ranking;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Reference;

/**
 * A finding about one ranked issue that the clinician should review: the issue is ranked as
 * recorded, never silently re-classed, and a focus is never silently decided by id text.
 *
 * <p>A {@link Ranking} raises {@link Code#GRIEF_WITHOUT_DEATH}, {@link Code#AREA_OUTSIDE_PROTOCOL},
 * {@link Code#LINK_NOT_ASSESSED} and {@link Code#TIED_BY_ID}; a {@link FocusSelection} raises
 * {@link Code#FOCUS_NOT_LINKED} and {@link Code#FOCUS_DECIDED_BY_ID}.
 *
 * <pre>{@code
 * for (RankingFlag flag : ranking.flags()) {
 *     flag.code();        // GRIEF_WITHOUT_DEATH
 *     flag.issue();       // i-3
 *     flag.references();  // [weissman-2018, stuart-2012]
 * }
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param code what was found, not null
 * @param issue the id of the issue concerned, not null
 * @serial exclude
 */
public record RankingFlag(Code code, IssueId issue) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * What a flag reports. The constants are stable: programs may switch on them.
     */
    public enum Code {
        /**
         * An issue is classed as {@link ProblemArea#GRIEF} but none of the people it names is
         * recorded as deceased in the interpersonal inventory (or it names nobody).
         *
         * <p>Grief requires a death; a loss that is not a death is a role transition in the
         * Weissman model (Weissman, Markowitz and Klerman 2018). Stuart and Robertson's broader
         * "grief and loss" (2012) counts other losses, so the issue is flagged for review, not
         * re-classed.
         */
        GRIEF_WITHOUT_DEATH("Grief requires a death; a loss that is not a death is a role transition (Weissman,"
                + " Markowitz and Klerman 2018). Stuart and Robertson 2012 count other losses as grief and loss.",
                "is classed GRIEF but none of its people is recorded as deceased",
                Bibliography.WEISSMAN_2018, Bibliography.STUART_2012),
        /**
         * The issue's problem area is not one of the protocol's problem areas, so the issue cannot
         * give the focus (for example interpersonal deficits under a protocol without them, as in
         * Stuart and Robertson's three problem areas).
         */
        AREA_OUTSIDE_PROTOCOL("The set of problem areas is protocol data: the standard four (Weissman, Markowitz"
                + " and Klerman 2018), three in Stuart and Robertson 2012.",
                "is classed in a problem area the protocol does not use",
                Bibliography.WEISSMAN_2018, Bibliography.STUART_2012),
        /**
         * The issue's link to the current episode has not been assessed
         * ({@link OnsetLink#NOT_ASSESSED}): it ranks after every assessed issue, and the link
         * should be assessed before the focus is chosen, because a problem area is chosen for its
         * link to the episode (ISIPT, <i>Key IPT strategies</i>; Markowitz 2006).
         */
        LINK_NOT_ASSESSED("A problem area is chosen for its link to the onset or maintenance of the episode, so the"
                + " link is assessed first (ISIPT, Key IPT strategies; Markowitz 2006).",
                "has no assessed link to the current episode",
                Bibliography.ISIPT_STRATEGIES, Bibliography.MARKOWITZ_2006),
        /**
         * Every rule of the policy ties this issue with the issue next to it in the ranking, so
         * only the library's tie-break on issue ids ({@link RankingRules#ISSUE_ID}) orders them.
         * The order carries no clinical meaning; ask the patient which matters more.
         */
        TIED_BY_ID("The library's own tie-break on issue ids orders issues every rule ties; the manuals leave the"
                + " choice to the patient (Weissman, Markowitz and Klerman 2018).",
                "is tied on every rule with an adjacent issue; only the issue ids order them",
                Bibliography.WEISSMAN_2018),
        /**
         * A focus selection chose a focus area from an issue that is not linked to the current
         * episode. A problem area is chosen because the onset or maintenance of the episode is
         * associated with it (ISIPT, <i>Key IPT strategies</i>; Markowitz 2006): flagged, not
         * forbidden.
         */
        FOCUS_NOT_LINKED("A focus area is chosen because the onset or maintenance of the episode is associated"
                + " with it (ISIPT, Key IPT strategies; Markowitz 2006).",
                "gives a focus area but is not linked to the current episode",
                Bibliography.ISIPT_STRATEGIES, Bibliography.MARKOWITZ_2006),
        /**
         * A focus selection chose the area of this issue over the area of an issue that every rule
         * of the policy ties with it: only the issue ids decided which area is in focus.
         */
        FOCUS_DECIDED_BY_ID("The library's own tie-break on issue ids decided between two areas; the focus is"
                + " negotiated with the patient (Weissman, Markowitz and Klerman 2018; Stuart and Robertson 2012).",
                "gives a focus area over an issue of another area that ties with it on every rule",
                Bibliography.WEISSMAN_2018, Bibliography.STUART_2012);

        private final String source;
        private final String finding;
        private final List<Reference> references;

        Code(String source, String finding, Reference... references) {
            this.source = source;
            this.finding = finding;
            this.references = List.of(references);
        }

        /**
         * Returns the clinical source of the check, in words.
         *
         * @return the source, not blank
         */
        public String source() {
            return source;
        }

        /**
         * Returns the works the check follows, entries of {@link Bibliography}.
         *
         * @return the references, unmodifiable, not empty
         */
        public List<Reference> references() {
            return references;
        }

        /**
         * Returns what was found, as a phrase completing "the issue ...".
         *
         * @return the phrase, not blank
         */
        public String finding() {
            return finding;
        }
    }

    /**
     * Creates a flag.
     *
     * @param code what was found, not null
     * @param issue the id of the issue concerned, not null
     */
    public RankingFlag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(issue, "issue");
    }

    /**
     * Returns the clinical source of the check that raised the flag, in words.
     *
     * @return the source, not blank
     */
    public String source() {
        return code.source();
    }

    /**
     * Returns the works the check follows.
     *
     * @return {@code code().references()}
     */
    public List<Reference> references() {
        return code.references();
    }

    /**
     * Returns a sentence made of the code, the issue id and the finding; never patient text.
     *
     * @return the message, not null
     */
    public String message() {
        return code + ": issue " + issue + " " + code.finding();
    }
}
