package org.iptmodel.core.ranking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.iptmodel.core.ContractAmendment;
import org.iptmodel.core.Focus;
import org.iptmodel.core.FocusBasis;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Violation;

/**
 * A focus derived from a ranking, by the selection rules or by the clinician's override, ready for
 * the patient's agreement or for a contract amendment.
 *
 * <p>A selection comes from {@link FocusSelector#select(Ranking)}, or from
 * {@link #override(Ranking, String, ProblemArea, ProblemArea...)} when the clinician chooses
 * another focus. Then:
 * <ul>
 * <li>{@link #agreedOn(LocalDate)} records that the patient agreed to the focus (R2: the focus is
 *     negotiated and the patient explicitly accepts it before the middle phase; IPT UK, Stuart);</li>
 * <li>{@link #toAmendment(LocalDate, String)} makes a new focus during the course a contract
 *     amendment (R7: new information can reveal a hidden area, and changing the focus mid-course is a
 *     contract renegotiation; the Guide, 2018).</li>
 * </ul>
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
public final class FocusSelection {
    private final Ranking ranking;
    private final Focus focus;

    FocusSelection(Ranking ranking, Focus focus) {
        this.ranking = ranking;
        this.focus = focus;
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
        return new FocusSelection(ranking, focus);
    }

    private static void within(List<ProblemArea> usable, ProblemArea area, String path, List<Violation> violations) {
        if (!usable.contains(area)) {
            violations.add(new Violation(path, ModelRule.FOCUS_WITHIN_PROTOCOL,
                    path + " " + area + " is not one of the protocol's problem areas"));
        }
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
     * Checks whether the clinician chose this focus against the selection rules.
     *
     * @return true for an override
     */
    public boolean isOverride() {
        return focus.basis() == FocusBasis.CLINICIAN_OVERRIDE;
    }

    /**
     * Returns the focus with the date the patient agreed to it (R2).
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
     * Returns a contract amendment that sets this focus as the new focus of the course (R7).
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
                + ", policy=" + ranking.policy().name() + "]";
    }
}
