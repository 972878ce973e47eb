package org.iptmodel.core.ranking;

import java.util.Objects;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.ProblemArea;

/**
 * A finding about one ranked issue that the clinician should review: the issue is ranked as
 * recorded, never silently re-classed.
 *
 * <pre>{@code
 * for (RankingFlag flag : ranking.flags()) {
 *     flag.code();    // GRIEF_WITHOUT_DEATH
 *     flag.issue();   // i-3
 *     flag.source();  // "R6 grief needs a death: ..."
 * }
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param code what was found, not null
 * @param issue the id of the issue concerned, not null
 */
public record RankingFlag(Code code, IssueId issue) {

    /**
     * What a flag reports. The constants are stable: programs may switch on them.
     */
    public enum Code {
        /**
         * R6: an issue is classed as {@link ProblemArea#GRIEF} but none of the people it names is
         * recorded as deceased in the interpersonal inventory (or it names nobody).
         *
         * <p>Grief requires a death; a loss that is not a death is a role transition in the
         * Weissman model (the Guide, 2018). Stuart's broader "grief and loss" counts other losses,
         * a per-protocol choice, so the issue is flagged for review, not re-classed.
         */
        GRIEF_WITHOUT_DEATH("R6 grief needs a death (Weissman model): Weissman, Markowitz, Klerman,"
                + " The Guide to Interpersonal Psychotherapy (2018); DOMAIN.md sections 3 and 4",
                "is classed GRIEF but none of its people is recorded as deceased"),
        /**
         * The issue's problem area is not one of the protocol's problem areas, so the issue cannot
         * give the focus (for example interpersonal deficits under a protocol without them, as in
         * Stuart's three-area model).
         */
        AREA_OUTSIDE_PROTOCOL("Variant taxonomies: the set of problem areas is protocol data; DOMAIN.md section 3",
                "is classed in a problem area the protocol does not use");

        private final String source;
        private final String finding;

        Code(String source, String finding) {
            this.source = source;
            this.finding = finding;
        }

        /**
         * Returns the clinical source of the check.
         *
         * @return the source, not blank
         */
        public String source() {
            return source;
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
     * Returns the clinical source of the check that raised the flag.
     *
     * @return the source, not blank
     */
    public String source() {
        return code.source();
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
