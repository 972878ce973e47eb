package org.iptmodel.core.ranking;

import java.io.Serializable;
import java.util.Objects;

/**
 * One place where a recorded {@link Ranking} differs from what a policy makes of the same issues,
 * found by {@link Ranking#verify(RankingPolicy)}.
 *
 * <pre>{@code
 * for (RankingDisagreement d : ranking.verify(RankingPolicy.clinicalDefault())) {
 *     d.path();     // "entries[2].decidedBy"
 *     d.message();  // "entries[2].decidedBy is not the rule the policy finds deciding"
 * }
 * }</pre>
 *
 * <p>The path is in the model's attribute names, as a {@link org.iptmodel.core.Violation}'s:
 * {@code policy.name}, {@code policy.rules}, {@code entries[i].issue} (another issue at this
 * position), {@code entries[i].decidedBy}, {@code entries[i].explanation}, {@code flags[i]} or
 * {@code flags} (a different number of flags). The message is made of the path and the format's
 * own words, never of patient text. This record is immutable and thread-safe.
 *
 * @param path where the ranking differs, not null
 * @param message what differs, not null
 * @serial exclude
 */
public record RankingDisagreement(String path, String message) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a disagreement.
     *
     * @param path where the ranking differs, not null
     * @param message what differs, not null
     */
    public RankingDisagreement {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }
}
