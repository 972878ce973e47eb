package org.iptmodel.core.ranking;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.iptmodel.core.Focus;
import org.iptmodel.core.FocusBasis;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Violation;

/**
 * Chooses the focus of treatment from a ranking: one primary problem area and at most the
 * protocol's maximum number of areas in all.
 *
 * <p>The selection rules, applied to the issues in ranking order:
 * <ol>
 * <li>only an issue classed in one of the protocol's problem areas can give the focus
 *     ({@link Protocol#problemAreas()});</li>
 * <li>interpersonal deficits only when the ranking holds no issue of another area, even one the
 *     protocol does not use (R5, deficits by exclusion: the Guide, 2018);</li>
 * <li>the primary area is the area of the first issue that can give the focus;</li>
 * <li>a further area becomes a secondary area when an issue of it is linked to the episode
 *     ({@link OnsetLink#PRECIPITATED_ONSET} or {@link OnsetLink#MAINTAINS_EPISODE}): a problem area
 *     is chosen because the onset or maintenance of the episode is associated with it (R1: ISIPT),
 *     and IPT aims for one primary area (R3), so an unlinked issue never widens the focus;</li>
 * <li>the focus holds at most the protocol's {@link Protocol#maxFocalAreas()} areas (R3: one
 *     focus, two at most; the maximum is a protocol parameter, default 2), or fewer if
 *     {@link #withMaxAreas(int)} says so;</li>
 * <li>the focus works on every ranked issue of its areas, in ranking order.</li>
 * </ol>
 * The selected focus has the basis {@link FocusBasis#RANKING} and is not yet agreed: the patient
 * agrees to it with {@link FocusSelection#agreedOn} (R2).
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
public final class FocusSelector {
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
     * protocol allows. {@code withMaxAreas(1)} aims for one area (R3: aim for one primary area).
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
        Set<ProblemArea> usable = EnumSet.noneOf(ProblemArea.class);
        usable.addAll(protocol.problemAreas());
        if (hasOtherThanDeficits(ranking)) {
            usable.remove(ProblemArea.INTERPERSONAL_DEFICITS);
        }
        List<ProblemArea> areas = new ArrayList<>(limit);
        for (RankedIssue entry : ranking.entries()) {
            if (areas.size() == limit) {
                break;
            }
            InterpersonalIssue issue = entry.issue();
            ProblemArea area = issue.area();
            if (!usable.contains(area) || areas.contains(area)) {
                continue;
            }
            if (areas.isEmpty() || issue.onsetLink() != OnsetLink.NOT_LINKED) {
                areas.add(area);
            }
        }
        if (areas.isEmpty()) {
            return Optional.empty();
        }
        Focus focus = Focus.builder()
                .primary(areas.get(0))
                .addAllSecondary(areas.subList(1, areas.size()))
                .addAllIssues(issuesOf(ranking, areas))
                .basis(FocusBasis.RANKING)
                .build();
        return Optional.of(new FocusSelection(ranking, focus));
    }

    private static boolean hasOtherThanDeficits(Ranking ranking) {
        for (RankedIssue entry : ranking.entries()) {
            if (entry.issue().area() != ProblemArea.INTERPERSONAL_DEFICITS) {
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
