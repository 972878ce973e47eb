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
        return "iptmodel (DESIGN.md, Ranking): a final tie-break on issue id makes every ranking a strict total order;"
                + " it carries no clinical meaning";
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
