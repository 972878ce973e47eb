package org.iptmodel.core.ranking;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamField;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Violation;
import org.iptmodel.core.internal.SerialParts;

/**
 * The patient's issues in the order a {@link RankingPolicy} gives them, each with the rule that
 * placed it above the next, and the flags raised for review.
 *
 * <pre>{@code
 * Ranking ranking = RankingPolicy.clinicalDefault().rank(course);
 * for (RankedIssue entry : ranking.entries()) {
 *     System.out.println(entry);  // "1. i-2 GRIEF (onset-link: PRECIPITATED_ONSET before NOT_LINKED)"
 * }
 * ranking.flags();                // e.g. [RankingFlag[code=GRIEF_WITHOUT_DEATH, issue=i-4]]
 * }</pre>
 *
 * <p>A ranking is a strict total order: no two issues share a position. It is deterministic and
 * independent of the order in which the issues were given. The flags follow the ranking order.
 *
 * <p>This class is immutable and thread-safe. Equality compares the policy, the context, the
 * entries and the flags. Instances are made by {@link RankingPolicy}.
 */
public final class Ranking implements Serializable {
    private static final long serialVersionUID = 1L;
    /** No field is serialized: the serialized form is a {@code SerialProxy} ({@link #writeReplace()}). */
    private static final ObjectStreamField[] serialPersistentFields = {};

    private final RankingPolicy policy;
    private final RankingContext context;
    private final List<RankedIssue> entries;
    private final List<InterpersonalIssue> issues;
    private final List<RankingFlag> flags;

    /**
     * A ranking made by the policy itself: the entries and the array of sorted issues are
     * wrapped, not copied, and never changed again by the caller.
     */
    Ranking(RankingPolicy policy, RankingContext context, List<RankedIssue> entries, InterpersonalIssue[] issues,
            List<RankingFlag> flags) {
        this.policy = policy;
        this.context = context;
        this.entries = Collections.unmodifiableList(entries);
        this.issues = Collections.unmodifiableList(Arrays.asList(issues));
        this.flags = List.copyOf(flags);
    }

    /**
     * Returns the policy that made this ranking.
     *
     * @return the policy, not null
     */
    public RankingPolicy policy() {
        return policy;
    }

    /**
     * Returns the context the issues were ranked in.
     *
     * @return the context, not null
     */
    public RankingContext context() {
        return context;
    }

    /**
     * Returns the ranked issues, the first first.
     *
     * @return the entries, unmodifiable; entry i has position i + 1
     */
    public List<RankedIssue> entries() {
        return entries;
    }

    /**
     * Returns the issues in ranking order.
     *
     * @return the issues, unmodifiable, not null
     */
    public List<InterpersonalIssue> issues() {
        return issues;
    }

    /**
     * Returns the flags raised for review, in ranking order of their issues.
     *
     * @return the flags, unmodifiable, not null
     */
    public List<RankingFlag> flags() {
        return flags;
    }

    /**
     * Returns the number of ranked issues.
     *
     * @return the count, at least 0
     */
    public int size() {
        return entries.size();
    }

    /**
     * Checks whether no issue was ranked.
     *
     * @return true if the ranking is empty
     */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Returns the entry at a position.
     *
     * @param position the position, from 1 to {@link #size()}
     * @return the entry, not null
     * @throws InvalidModelException if there is no such position (rule {@link ModelRule#VALUE_IN_RANGE})
     */
    public RankedIssue at(int position) {
        if (position < 1 || position > entries.size()) {
            throw new InvalidModelException("Ranking", List.of(new Violation("position", ModelRule.VALUE_IN_RANGE,
                    "position must be between 1 and " + entries.size() + ", was " + position)));
        }
        return entries.get(position - 1);
    }

    /**
     * Finds the entry of an issue.
     *
     * @param id the issue's id, not null
     * @return the entry, or empty if the ranking holds no issue with this id
     */
    public Optional<RankedIssue> find(IssueId id) {
        Objects.requireNonNull(id, "id");
        for (int i = 0; i < issues.size(); i++) {
            if (issues.get(i).id().equals(id)) {
                return Optional.of(entries.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Checks whether this ranking equals another: same policy, context, entries and flags.
     *
     * @param other the other object, may be null
     * @return true if equal
     */
    /**
     * Replaces this ranking in a serialization stream by its serialized form, its policy, context
     * and issues, which is read back by ranking the issues again.
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
        if (this == other) {
            return true;
        }
        if (!(other instanceof Ranking)) {
            return false;
        }
        Ranking that = (Ranking) other;
        return policy.equals(that.policy) && context.equals(that.context) && entries.equals(that.entries)
                && flags.equals(that.flags);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(policy, context, entries, flags);
    }

    /**
     * Returns the policy name, the entries and the flags; never patient text.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "Ranking[policy=" + policy.name() + ", entries=" + entries + ", flags=" + flags + "]";
    }
}
