package org.iptmodel.core.ranking;

import org.iptmodel.core.InterpersonalIssue;

/** The tie-break of every policy, {@link RankingRules#ISSUE_ID}. Package-private singleton. */
final class IssueIdRule implements RankingRule {
    static final String NAME = "issue-id";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Breaks the ties left by every rule of a policy: the issue with the lower id ranks first.";
    }

    @Override
    public String source() {
        return "The library's own tie-break: ordering the issues that every rule ties by their ids makes every"
                + " ranking a strict total order, independent of the order of the input; it carries no clinical"
                + " meaning, and a ranking flags the issues it decides.";
    }

    @Override
    public int compare(InterpersonalIssue first, InterpersonalIssue second, RankingContext context) {
        return first.id().compareTo(second.id());
    }

    @Override
    public String toString() {
        return NAME;
    }
}
