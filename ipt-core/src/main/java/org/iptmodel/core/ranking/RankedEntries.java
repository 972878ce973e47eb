package org.iptmodel.core.ranking;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.iptmodel.core.InterpersonalIssue;

/**
 * The entries of a {@link Ranking}, each made when it is asked for from the sorted issues and
 * their keys: ranking n issues allocates no {@link RankedIssue}, and a caller who reads the first
 * few entries pays for those only. An entry is kept once made, so asking again returns the same
 * object; threads asking for the same position at once may each make one, all equal (a benign
 * race, as for {@link RankedIssue#reason()}). Package-private; thread-safe.
 */
final class RankedEntries extends AbstractList<RankedIssue> implements RandomAccess {
    /** The reason given when every rule of the policy ties and the issue ids decide. */
    private static final String TIES = IssueIdRule.NAME + ": every rule of the policy ties";

    private final List<RankingRule> rules;
    private final RankingContext context;
    private final InterpersonalIssue[] issues;
    /** The packed keys in sorted order, or null if the keys did not fit. */
    private final PackedKeys packed;
    /** Without packed keys: the key table, and the row in it of the issue at each position. */
    private final long[] keys;
    private final int[] rows;
    /** The entries made so far, by index; allocated when the first entry is asked for. */
    private RankedIssue[] made;

    /**
     * Entries over the sorted issues; the arrays are kept, not copied, and never changed again by
     * the caller. Either {@code packed} is not null, or {@code keys} and {@code rows} are not.
     */
    RankedEntries(List<RankingRule> rules, RankingContext context, InterpersonalIssue[] issues, PackedKeys packed,
            long[] keys, int[] rows) {
        this.rules = rules;
        this.context = context;
        this.issues = issues;
        this.packed = packed;
        this.keys = keys;
        this.rows = rows;
    }

    /**
     * Returns the entry at index i, position i + 1, with the first rule that places its issue
     * above the next one.
     */
    @Override
    public RankedIssue get(int i) {
        Objects.checkIndex(i, issues.length);
        RankedIssue[] entries = made;
        if (entries == null) {
            entries = new RankedIssue[issues.length];
            made = entries;
        }
        RankedIssue entry = entries[i];
        if (entry == null) {
            entry = make(i);
            entries[i] = entry;
        }
        return entry;
    }

    private RankedIssue make(int i) {
        InterpersonalIssue issue = issues[i];
        if (i == issues.length - 1) {
            return new RankedIssue(i + 1, issue, null, "last of " + issues.length);
        }
        if (packed != null) {
            int j = packed.decidingRule(i);
            return j < 0 ? ties(i)
                    : new RankedIssue(i + 1, issue, rules.get(j), issues[i + 1], packed.key(i, j),
                            packed.key(i + 1, j), context);
        }
        for (int j = 0; j < rules.size(); j++) {
            long key = keys[rows[i] + j];
            long nextKey = keys[rows[i + 1] + j];
            if (key != nextKey) {
                return new RankedIssue(i + 1, issue, rules.get(j), issues[i + 1], key, nextKey, context);
            }
        }
        return ties(i);
    }

    private RankedIssue ties(int i) {
        return new RankedIssue(i + 1, issues[i], RankingRules.ISSUE_ID, TIES);
    }

    @Override
    public int size() {
        return issues.length;
    }
}
