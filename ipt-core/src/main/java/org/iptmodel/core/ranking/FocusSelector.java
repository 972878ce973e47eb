package org.iptmodel.core.ranking;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamField;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.iptmodel.core.Focus;
import org.iptmodel.core.FocusBasis;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Violation;
import org.iptmodel.core.internal.SerialParts;

/**
 * Chooses the focus of treatment from a ranking: one primary problem area and at most the
 * protocol's maximum number of areas in all.
 *
 * <p>The selection rules, applied to the issues in ranking order:
 * <ol>
 * <li>only an issue classed in one of the protocol's problem areas can give the focus
 *     ({@link Protocol#problemAreas()});</li>
 * <li>interpersonal deficits only when the ranking holds no issue of another area linked to the
 *     current episode, even one the protocol does not use; an old, unlinked grief, dispute or
 *     transition does not exclude deficits (Weissman, Markowitz and Klerman 2018);</li>
 * <li>the primary area is the area of the first issue that can give the focus
 *     ({@link FocusSelection.ChoiceRule#FIRST_ELIGIBLE}); if that issue is not linked to the
 *     episode, the selection is flagged ({@link RankingFlag.Code#FOCUS_NOT_LINKED}), not refused;</li>
 * <li>a further area becomes a secondary area when an issue of it is linked to the episode
 *     ({@link org.iptmodel.core.OnsetLink#isLinked()}; {@link FocusSelection.ChoiceRule#LINKED_SECONDARY}):
 *     a problem area is chosen because the onset or maintenance of the episode is associated with
 *     it (ISIPT, <i>Key IPT strategies</i>), and IPT aims for one primary area, so an unlinked
 *     issue never widens the focus;</li>
 * <li>the focus holds at most the protocol's {@link Protocol#maxFocalAreas()} areas (aim for one,
 *     brief IPT one or two: Weissman, Markowitz and Klerman 2018; Swartz et al. 2014), or fewer
 *     if {@link #withMaxAreas(int)} says so;</li>
 * <li>the focus works on every ranked issue of its areas, in ranking order.</li>
 * </ol>
 * The selection explains itself: {@link FocusSelection#choices()} says which issue and rule put
 * each area in the focus, {@link FocusSelection#omissions()} why each other issue was left out,
 * and {@link FocusSelection#flags()} flags a focus decided only by issue ids
 * ({@link RankingFlag.Code#FOCUS_DECIDED_BY_ID}). The selected focus has the basis
 * {@link FocusBasis#RANKING} and is not yet agreed: the patient agrees to it with
 * {@link FocusSelection#agreedOn} (Markowitz 2006; Stuart and Robertson 2012).
 *
 * <pre>{@code
 * Ranking ranking = RankingPolicy.clinicalDefault().rank(course);
 * Focus focus = FocusSelector.standard().select(ranking)
 *         .map(selection -> selection.agreedOn(LocalDate.of(2026, 1, 19)))
 *         .orElseThrow();
 * Course withFocus = course.withFocus(focus);
 * }</pre>
 *
 * <p>Cost: O(n) for n ranked issues.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FocusSelector implements Serializable {
    private static final long serialVersionUID = 1L;
    /** No field is serialized: the serialized form is a {@code SerialProxy} ({@link #writeReplace()}). */
    private static final ObjectStreamField[] serialPersistentFields = {};

    private static final FocusSelector STANDARD = new FocusSelector(0);

    /** The most areas of a focus, or 0 for the protocol's maximum. */
    private final int maxAreas;

    private FocusSelector(int maxAreas) {
        this.maxAreas = maxAreas;
    }

    /**
     * Returns the selector that chooses up to the protocol's maximum number of focal areas.
     *
     * @return the selector, not null
     */
    public static FocusSelector standard() {
        return STANDARD;
    }

    /**
     * Returns a selector that chooses at most the given number of areas, and never more than the
     * protocol allows. {@code withMaxAreas(1)} aims for one area, as IPT does (Weissman,
     * Markowitz and Klerman 2018).
     *
     * @param maxAreas the most areas to choose, from 1 to the number of problem areas (4)
     * @return the selector, not null
     * @throws InvalidModelException if the number is outside that range (rule
     *         {@link ModelRule#VALUE_IN_RANGE}, path {@code maxAreas})
     */
    public FocusSelector withMaxAreas(int maxAreas) {
        int most = ProblemArea.values().length;
        if (maxAreas < 1 || maxAreas > most) {
            throw new InvalidModelException("FocusSelector", List.of(new Violation("maxAreas", ModelRule.VALUE_IN_RANGE,
                    "maxAreas must be between 1 and " + most + ", was " + maxAreas)));
        }
        return new FocusSelector(maxAreas);
    }

    /**
     * Returns the most areas this selector chooses, if it sets a limit below the protocol's.
     *
     * @return the limit, or empty to use the protocol's maximum
     */
    public OptionalInt maxAreas() {
        return maxAreas == 0 ? OptionalInt.empty() : OptionalInt.of(maxAreas);
    }

    /**
     * Selects the focus from a ranking, with the protocol of the ranking's context.
     *
     * @param ranking the ranking, not null
     * @return the selection, or empty if no ranked issue can give the focus (no issues, or none in
     *         the protocol's areas)
     */
    public Optional<FocusSelection> select(Ranking ranking) {
        Objects.requireNonNull(ranking, "ranking");
        Protocol protocol = ranking.context().protocol();
        int limit = maxAreas == 0 ? protocol.maxFocalAreas() : Math.min(maxAreas, protocol.maxFocalAreas());
        boolean deficitsExcluded = hasLinkedOtherThanDeficits(ranking);
        List<RankedIssue> entries = ranking.entries();
        List<ProblemArea> areas = new ArrayList<>(limit);
        List<FocusSelection.Choice> choices = new ArrayList<>(limit);
        FocusSelection.OmissionReason[] reasons = new FocusSelection.OmissionReason[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            RankedIssue entry = entries.get(i);
            InterpersonalIssue issue = entry.issue();
            ProblemArea area = issue.area();
            if (areas.contains(area)) {
                continue;
            }
            FocusSelection.OmissionReason reason = null;
            if (!protocol.problemAreas().contains(area)) {
                reason = FocusSelection.OmissionReason.OUTSIDE_PROTOCOL;
            } else if (area == ProblemArea.INTERPERSONAL_DEFICITS && deficitsExcluded) {
                reason = FocusSelection.OmissionReason.DEFICITS_EXCLUDED;
            } else if (!areas.isEmpty() && !issue.onsetLink().isLinked()) {
                reason = FocusSelection.OmissionReason.NOT_LINKED;
            } else if (areas.size() == limit) {
                reason = FocusSelection.OmissionReason.MAXIMUM_REACHED;
            }
            if (reason == null) {
                choices.add(new FocusSelection.Choice(area, areas.isEmpty() ? FocusSelection.ChoiceRule.FIRST_ELIGIBLE
                        : FocusSelection.ChoiceRule.LINKED_SECONDARY, entry));
                areas.add(area);
            } else {
                reasons[i] = reason;
            }
        }
        if (areas.isEmpty()) {
            return Optional.empty();
        }
        List<FocusSelection.Omission> omissions = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!areas.contains(entries.get(i).issue().area())) {
                omissions.add(new FocusSelection.Omission(entries.get(i), reasons[i]));
            }
        }
        Focus focus = Focus.builder()
                .primary(areas.get(0))
                .addAllSecondary(areas.subList(1, areas.size()))
                .addAllIssues(issuesOf(ranking, areas))
                .basis(FocusBasis.RANKING)
                .build();
        return Optional.of(new FocusSelection(ranking, focus, choices, omissions,
                flags(entries, choices, protocol, deficitsExcluded)));
    }

    /**
     * The flags of a selection: a chosen issue not linked to the episode, and a chosen issue
     * whose area won over another area's issue only by the tie-break on ids.
     */
    private static List<RankingFlag> flags(List<RankedIssue> entries, List<FocusSelection.Choice> choices,
            Protocol protocol, boolean deficitsExcluded) {
        List<RankingFlag> flags = new ArrayList<>();
        for (FocusSelection.Choice choice : choices) {
            RankedIssue chosen = choice.issue().orElseThrow();
            if (!chosen.issue().onsetLink().isLinked()) {
                flags.add(new RankingFlag(RankingFlag.Code.FOCUS_NOT_LINKED, chosen.issue().id()));
            }
            int p = chosen.position() - 1;
            int from = p;
            while (from > 0 && entries.get(from - 1).isTieBreak()) {
                from--;
            }
            int to = p;
            while (to < entries.size() - 1 && entries.get(to).isTieBreak()) {
                to++;
            }
            boolean primary = choice.rule() == FocusSelection.ChoiceRule.FIRST_ELIGIBLE;
            for (int q = from; q <= to; q++) {
                InterpersonalIssue other = entries.get(q).issue();
                boolean eligible = protocol.problemAreas().contains(other.area())
                        && !(other.area() == ProblemArea.INTERPERSONAL_DEFICITS && deficitsExcluded)
                        && (primary || other.onsetLink().isLinked());
                if (q != p && other.area() != choice.area() && eligible) {
                    flags.add(new RankingFlag(RankingFlag.Code.FOCUS_DECIDED_BY_ID, chosen.issue().id()));
                    break;
                }
            }
        }
        return flags;
    }

    private static boolean hasLinkedOtherThanDeficits(Ranking ranking) {
        for (RankedIssue entry : ranking.entries()) {
            InterpersonalIssue issue = entry.issue();
            if (issue.area() != ProblemArea.INTERPERSONAL_DEFICITS && issue.onsetLink().isLinked()) {
                return true;
            }
        }
        return false;
    }

    /** The ids of the ranked issues of the given areas, in ranking order. */
    static List<IssueId> issuesOf(Ranking ranking, List<ProblemArea> areas) {
        List<IssueId> ids = new ArrayList<>();
        for (RankedIssue entry : ranking.entries()) {
            if (areas.contains(entry.issue().area())) {
                ids.add(entry.issue().id());
            }
        }
        return ids;
    }

    /**
     * Checks whether this selector equals another: same limit on the number of areas.
     *
     * @param other the other object, may be null
     * @return true if equal
     */
    /**
     * Replaces this selector in a serialization stream by its serialized form, its maximum number
     * of areas.
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

    @Override
    public boolean equals(Object other) {
        return other instanceof FocusSelector && ((FocusSelector) other).maxAreas == maxAreas;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return maxAreas;
    }

    /**
     * Returns the limit on the number of areas.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "FocusSelector[maxAreas=" + (maxAreas == 0 ? "protocol" : Integer.toString(maxAreas)) + "]";
    }
}
