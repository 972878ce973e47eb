package org.iptmodel.core.ranking;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamField;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.iptmodel.core.ContractAmendment;
import org.iptmodel.core.Focus;
import org.iptmodel.core.FocusBasis;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Violation;
import org.iptmodel.core.internal.SerialParts;

/**
 * A focus derived from a ranking, by the selection rules or by the clinician's override, ready for
 * the patient's agreement or for a contract amendment.
 *
 * <p>A selection comes from {@link FocusSelector#select(Ranking)}, or from
 * {@link #override(Ranking, String, ProblemArea, ProblemArea...)} when the clinician chooses
 * another focus. Then:
 * <ul>
 * <li>{@link #agreedOn(LocalDate)} records that the patient agreed to the focus (the focus is
 *     negotiated and the patient explicitly accepts the formulation before the middle phase:
 *     Markowitz 2006; IPT UK, <i>Stages of IPT</i>; Stuart and Robertson 2012);</li>
 * <li>{@link #toAmendment(LocalDate, String)} makes a new focus during the course a contract
 *     amendment (new information can reveal a hidden area, and changing the focus mid-course is a
 *     contract renegotiation: Weissman, Markowitz and Klerman 2018).</li>
 * </ul>
 *
 * <p>A selection explains itself in rule names and enum values only, never patient text:
 * {@link #choices()} says, for each area of the focus, which ranked issue and which
 * {@link ChoiceRule} put it there; {@link #omissions()} says, for each ranked issue whose area is
 * not in the focus, why ({@link OmissionReason}); {@link #flags()} lists what the clinician should
 * review: a focus area from an issue not linked to the episode
 * ({@link RankingFlag.Code#FOCUS_NOT_LINKED}), an area chosen over another only by the tie-break on
 * issue ids ({@link RankingFlag.Code#FOCUS_DECIDED_BY_ID}).
 *
 * <pre>{@code
 * FocusSelection selection = FocusSelector.standard().select(ranking).orElseThrow();
 * selection.choices();    // [GRIEF by FIRST_ELIGIBLE from 1. i-2 GRIEF (...)]
 * selection.omissions();  // [3. i-4 INTERPERSONAL_DEFICITS: DEFICITS_EXCLUDED]
 * selection.flags();      // []
 * }</pre>
 *
 * <pre>{@code
 * // initial phase: the patient agrees to the selected focus
 * Focus focus = FocusSelector.standard().select(ranking).orElseThrow().agreedOn(LocalDate.of(2026, 1, 19));
 *
 * // session 6: a hidden death comes to light; re-rank and renegotiate
 * Ranking again = RankingPolicy.clinicalDefault().rank(courseWithTheNewIssue);
 * FocusSelection reassessed = FocusSelector.standard().select(again).orElseThrow();
 * if (reassessed.differsFrom(courseWithTheNewIssue.currentFocus().orElseThrow())) {
 *     ContractAmendment amendment = reassessed.toAmendment(LocalDate.of(2026, 2, 23), "hidden death disclosed");
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. Equality compares the ranking and the focus. Its
 * {@code toString()} never shows the override reason.
 */
public final class FocusSelection implements Serializable {
    private static final long serialVersionUID = 1L;
    /** No field is serialized: the serialized form is a {@code SerialProxy} ({@link #writeReplace()}). */
    private static final ObjectStreamField[] serialPersistentFields = {};

    private final Ranking ranking;
    private final Focus focus;
    private final List<Choice> choices;
    private final List<Omission> omissions;
    private final List<RankingFlag> flags;

    FocusSelection(Ranking ranking, Focus focus, List<Choice> choices, List<Omission> omissions,
            List<RankingFlag> flags) {
        this.ranking = ranking;
        this.focus = focus;
        this.choices = List.copyOf(choices);
        this.omissions = List.copyOf(omissions);
        this.flags = List.copyOf(flags);
    }

    /** The rule that put an area in the focus. The constants are stable. */
    public enum ChoiceRule {
        /** The primary area: the area of the first ranked issue that can give the focus. */
        FIRST_ELIGIBLE,
        /** A secondary area: a further area with an issue linked to the current episode. */
        LINKED_SECONDARY,
        /** The clinician chose the area, with a recorded reason. */
        CLINICIAN_OVERRIDE
    }

    /** Why a ranked issue's area is not in the focus. The constants are stable. */
    public enum OmissionReason {
        /** The issue's area is not one of the protocol's problem areas. */
        OUTSIDE_PROTOCOL,
        /**
         * The issue is of interpersonal deficits, and the ranking holds an issue of another area
         * linked to the current episode (Weissman, Markowitz and Klerman 2018).
         */
        DEFICITS_EXCLUDED,
        /** The issue could only give a secondary area, and it is not linked to the current episode. */
        NOT_LINKED,
        /** The focus already held the most areas allowed. */
        MAXIMUM_REACHED,
        /** The clinician chose the focus; the issue's area is not among the chosen areas. */
        CLINICIAN_OVERRIDE
    }

    /**
     * One area of the focus, the rule that put it there and the ranked issue that gave it.
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class Choice {
        private final ProblemArea area;
        private final ChoiceRule rule;
        private final RankedIssue issue;

        Choice(ProblemArea area, ChoiceRule rule, RankedIssue issue) {
            this.area = area;
            this.rule = rule;
            this.issue = issue;
        }

        /**
         * Returns the area of the focus.
         *
         * @return the area, not null
         */
        public ProblemArea area() {
            return area;
        }

        /**
         * Returns the rule that put the area in the focus.
         *
         * @return the rule, not null
         */
        public ChoiceRule rule() {
            return rule;
        }

        /**
         * Returns the ranked issue that gave the area, with its position and the ranking rule that
         * placed it: for the primary area the first ranked issue of it, for a secondary area the
         * first of its issues linked to the episode, for a clinician's choice the first of its
         * ranked issues.
         *
         * @return the entry; empty only for an area a clinician chose without a ranked issue of it
         */
        public Optional<RankedIssue> issue() {
            return Optional.ofNullable(issue);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Choice c && area == c.area && rule == c.rule && Objects.equals(issue, c.issue);
        }

        @Override
        public int hashCode() {
            return Objects.hash(area, rule, issue);
        }

        /**
         * Returns the area, the rule and the entry of the issue; never patient text.
         *
         * @return the description, not null
         */
        @Override
        public String toString() {
            return area + " by " + rule + (issue == null ? "" : " from " + issue);
        }
    }

    /**
     * A ranked issue whose area is not in the focus, and why.
     *
     * <p>This record is immutable and thread-safe; its {@code toString()} shows the entry (position,
     * id, area and ranking reason) and the reason, never patient text.
     *
     * @param issue the ranked issue, not null
     * @param reason why its area is not in the focus, not null
     */
    public record Omission(RankedIssue issue, OmissionReason reason) {
        /**
         * Creates an omission.
         *
         * @param issue the ranked issue, not null
         * @param reason the reason, not null
         */
        public Omission {
            Objects.requireNonNull(issue, "issue");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String toString() {
            return issue.position() + ". " + issue.issue().id() + " " + issue.issue().area() + ": " + reason;
        }
    }

    /**
     * Obtains a focus the clinician chooses against the selection rules, with a recorded reason.
     *
     * <p>Clinicians deviate from manuals for good reasons: the override is allowed even when it
     * breaks the selection rules (interpersonal deficits while another area is present, an area
     * without a ranked issue, more areas than the protocol's maximum). It is recorded with the
     * basis {@link FocusBasis#CLINICIAN_OVERRIDE} and its reason, and an adherence report shows it
     * as a deviation, never as an error. The focus works on every ranked issue of its areas, in
     * ranking order.
     *
     * <pre>{@code
     * FocusSelection chosen = FocusSelection.override(ranking, "patient's explicit request",
     *         ProblemArea.ROLE_TRANSITION);
     * }</pre>
     *
     * @param ranking the ranking, not null
     * @param reason why the clinician overrides the selection, not blank; redacted in the focus
     * @param primary the primary area, not null
     * @param secondary the secondary areas, in order of importance, not null, without null elements
     * @return the selection, not null
     * @throws InvalidModelException if the reason is blank (rule {@link ModelRule#NOT_BLANK}, path
     *         {@code reason})
     * @throws InvalidModelException if an area is not one of the protocol's problem areas (rule
     *         {@link ModelRule#FOCUS_WITHIN_PROTOCOL}, path {@code primary} or {@code secondary[i]})
     * @throws InvalidModelException if a secondary area repeats the primary or an earlier secondary
     *         area (rule {@link ModelRule#DISTINCT}, path {@code secondary[i]})
     */
    public static FocusSelection override(Ranking ranking, String reason, ProblemArea primary, ProblemArea... secondary) {
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(secondary, "secondary");
        List<Violation> violations = new ArrayList<>();
        if (reason.isBlank()) {
            violations.add(new Violation("reason", ModelRule.NOT_BLANK, "reason " + ModelRule.NOT_BLANK.description()));
        }
        List<ProblemArea> usable = List.copyOf(ranking.context().protocol().problemAreas());
        within(usable, primary, "primary", violations);
        List<ProblemArea> areas = new ArrayList<>();
        areas.add(primary);
        for (int i = 0; i < secondary.length; i++) {
            ProblemArea area = secondary[i];
            String path = "secondary[" + i + "]";
            if (area == null) {
                throw new NullPointerException(path);
            }
            within(usable, area, path, violations);
            if (areas.contains(area)) {
                violations.add(new Violation(path, ModelRule.DISTINCT, path + " repeats " + area));
            } else {
                areas.add(area);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidModelException("FocusSelection", violations);
        }
        Focus focus = Focus.builder()
                .primary(primary)
                .addAllSecondary(areas.subList(1, areas.size()))
                .addAllIssues(FocusSelector.issuesOf(ranking, areas))
                .basis(FocusBasis.CLINICIAN_OVERRIDE)
                .overrideReason(reason)
                .build();
        List<Choice> choices = new ArrayList<>();
        for (ProblemArea area : areas) {
            RankedIssue first = ranking.entries().stream().filter(e -> e.issue().area() == area).findFirst()
                    .orElse(null);
            choices.add(new Choice(area, ChoiceRule.CLINICIAN_OVERRIDE, first));
        }
        List<Omission> omissions = new ArrayList<>();
        List<RankingFlag> flags = new ArrayList<>();
        for (RankedIssue entry : ranking.entries()) {
            if (!areas.contains(entry.issue().area())) {
                omissions.add(new Omission(entry, OmissionReason.CLINICIAN_OVERRIDE));
            }
        }
        for (Choice choice : choices) {
            if (choice.issue != null && !choice.issue.issue().onsetLink().isLinked()) {
                flags.add(new RankingFlag(RankingFlag.Code.FOCUS_NOT_LINKED, choice.issue.issue().id()));
            }
        }
        return new FocusSelection(ranking, focus, choices, omissions, flags);
    }

    private static void within(List<ProblemArea> usable, ProblemArea area, String path, List<Violation> violations) {
        if (!usable.contains(area)) {
            violations.add(new Violation(path, ModelRule.FOCUS_WITHIN_PROTOCOL,
                    path + " " + area + " is not one of the protocol's problem areas"));
        }
    }

    /**
     * Replaces this selection in a serialization stream by its serialized form, its ranking and
     * chosen areas (and reason of an override), which is read back by selecting again.
     *
     * @return the serialized form, not null
     */
    Object writeReplace() {
        return SerialProxy.of(this);
    }

    /**
     * Refuses a stream that holds this class without its serialized form.
     *
     * @param in the stream
     * @throws InvalidObjectException always
     */
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw SerialParts.proxyRequired();
    }

    /**
     * Returns the ranking the focus was derived from.
     *
     * @return the ranking, not null
     */
    public Ranking ranking() {
        return ranking;
    }

    /**
     * Returns the focus, not yet agreed: basis {@link FocusBasis#RANKING} for a selection,
     * {@link FocusBasis#CLINICIAN_OVERRIDE} for an override.
     *
     * @return the focus, not null
     */
    public Focus focus() {
        return focus;
    }

    /**
     * Returns, for each area of the focus in order (primary first), the rule and the ranked issue
     * that put it there.
     *
     * @return the choices, unmodifiable, one per area of the focus
     */
    public List<Choice> choices() {
        return choices;
    }

    /**
     * Returns every ranked issue whose area is not in the focus, in ranking order, with the reason.
     *
     * @return the omissions, unmodifiable
     */
    public List<Omission> omissions() {
        return omissions;
    }

    /**
     * Returns the findings the clinician should review: {@link RankingFlag.Code#FOCUS_NOT_LINKED}
     * for each focus area given by an issue not linked to the episode, and
     * {@link RankingFlag.Code#FOCUS_DECIDED_BY_ID} for each area chosen over another area's issue
     * that ties with it on every rule. The ranking's own flags are in {@link Ranking#flags()}.
     *
     * @return the flags, unmodifiable, in the order of the choices
     */
    public List<RankingFlag> flags() {
        return flags;
    }

    /**
     * Checks whether the clinician chose this focus against the selection rules.
     *
     * @return true for an override
     */
    public boolean isOverride() {
        return focus.basis() == FocusBasis.CLINICIAN_OVERRIDE;
    }

    /**
     * Returns the focus with the date the patient agreed to it.
     *
     * @param date the date of the agreement, not null
     * @return the agreed focus, not null
     */
    public Focus agreedOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return focus.withAgreedOn(date);
    }

    /**
     * Checks whether this focus changes the problem areas of another focus, such as the one in
     * force ({@link org.iptmodel.core.Course#currentFocus()}).
     *
     * @param current the other focus, not null
     * @return true if the areas differ, the primary area and the order of secondary areas included
     */
    public boolean differsFrom(Focus current) {
        Objects.requireNonNull(current, "current");
        return !focus.areas().equals(current.areas());
    }

    /**
     * Returns a contract amendment that sets this focus as the new focus of the course, a contract
     * renegotiation (Weissman, Markowitz and Klerman 2018).
     *
     * <p>A contract amendment is an explicit renegotiation, so the new focus is agreed on the
     * amendment's date.
     *
     * <pre>{@code
     * ContractAmendment amendment = reassessed.toAmendment(LocalDate.of(2026, 2, 23), "hidden death disclosed");
     * amendment.newFocus();  // Optional[Focus{primary=GRIEF, ...}]
     * }</pre>
     *
     * @param date the date the amendment is agreed, not null
     * @param reason why the focus changes, not blank; redacted in the amendment
     * @return the amendment, not null
     * @throws InvalidModelException if the reason is blank (rule {@link ModelRule#NOT_BLANK}, path
     *         {@code reason})
     */
    public ContractAmendment toAmendment(LocalDate date, String reason) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
        return ContractAmendment.builder().date(date).newFocus(agreedOn(date)).reason(reason).build();
    }

    /**
     * Checks whether this selection equals another: same ranking and focus.
     *
     * @param other the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof FocusSelection)) {
            return false;
        }
        FocusSelection that = (FocusSelection) other;
        return ranking.equals(that.ranking) && focus.equals(that.focus);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(ranking, focus);
    }

    /**
     * Returns the basis, the areas and the issue ids of the focus; never the override reason.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "FocusSelection[basis=" + focus.basis() + ", areas=" + focus.areas() + ", issues=" + focus.issues()
                + ", policy=" + ranking.policy().name() + ", choices=" + choices + ", omissions=" + omissions
                + ", flags=" + flags + "]";
    }
}
