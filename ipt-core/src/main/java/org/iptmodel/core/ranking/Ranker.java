package org.iptmodel.core.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Violation;

/**
 * Ranks issues by a policy: one table of keys (one per rule and issue), one sort of the issues by
 * their keys and ids, the reason of each position and the flags. Package-private; stateless.
 */
final class Ranker {

    private Ranker() {
    }

    /** Ranks the issues; see {@link RankingPolicy#rank(List, RankingContext)}. */
    static Ranking rank(RankingPolicy policy, List<InterpersonalIssue> issues, RankingContext context) {
        List<RankingRule> rules = policy.rules();
        refusePlaceholders(rules);
        int n = issues.size();
        InterpersonalIssue[] given = new InterpersonalIssue[n];
        for (int i = 0; i < n; i++) {
            given[i] = issues.get(i);
            if (given[i] == null) {
                throw new NullPointerException("issues[" + i + "]");
            }
        }
        check(given, context);
        int k = rules.size();
        long[][] keys = new long[n][k];
        for (int j = 0; j < k; j++) {
            RankingRule rule = rules.get(j);
            if (rule instanceof KeyedRankingRule keyed) {
                for (int i = 0; i < n; i++) {
                    keys[i][j] = keyed.key(given[i], context);
                }
            } else {
                denseRanks(given, keys, j, rule, context);
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Arrays.compare(keys[a], keys[b]);
            return c != 0 ? c : given[a].id().compareTo(given[b].id());
        });
        InterpersonalIssue[] sorted = new InterpersonalIssue[n];
        RankingRule[] decided = new RankingRule[n];
        List<RankedIssue> entries = new ArrayList<>(n);
        for (int p = 0; p < n; p++) {
            sorted[p] = given[order[p]];
        }
        for (int p = 0; p < n; p++) {
            if (p == n - 1) {
                entries.add(new RankedIssue(p + 1, sorted[p], null, null));
                continue;
            }
            long[] here = keys[order[p]];
            long[] next = keys[order[p + 1]];
            int j = Arrays.mismatch(here, next);
            if (j < 0) {
                decided[p] = RankingRules.ISSUE_ID;
                entries.add(new RankedIssue(p + 1, sorted[p], RankingRules.ISSUE_ID, RankingReason.tieBreak()));
            } else {
                decided[p] = rules.get(j);
                entries.add(new RankedIssue(p + 1, sorted[p], rules.get(j),
                        RankedIssue.word(rules.get(j), sorted[p], sorted[p + 1], here[j], next[j], context)));
            }
        }
        return new Ranking(policy, context, entries, sorted, flags(sorted, decided, context));
    }

    /** Throws if a rule of the policy is a placeholder, naming it by its position. */
    static void refusePlaceholders(List<RankingRule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i) instanceof PlaceholderRule) {
                throw new IllegalStateException("rules[" + i + "] of the policy is a placeholder ranking rule,"
                        + " read by name from a recorded ranking: it cannot compare issues; give the reader the rule"
                        + " itself to rank with it");
            }
        }
    }

    /** Throws if an id repeats or an issue names a person the context does not know. */
    private static void check(InterpersonalIssue[] issues, RankingContext context) {
        List<Violation> violations = new ArrayList<>();
        checkIssues(issues, context, "issues[", "]", violations);
        if (!violations.isEmpty()) {
            throw new InvalidModelException("Ranking", violations);
        }
    }

    /**
     * Adds the violations of repeated ids and unknown people; issue i's path is
     * {@code prefix + i + suffix}.
     */
    static void checkIssues(InterpersonalIssue[] issues, RankingContext context, String prefix, String suffix,
            List<Violation> violations) {
        Map<IssueId, Integer> first = new HashMap<>();
        for (int i = 0; i < issues.length; i++) {
            Integer earlier = first.putIfAbsent(issues[i].id(), i);
            if (earlier != null) {
                String path = prefix + i + suffix + ".id";
                violations.add(new Violation(path, ModelRule.UNIQUE_IDS,
                        path + " repeats the id of " + prefix + earlier + suffix));
            }
            List<PersonId> people = issues[i].people();
            for (int j = 0; j < people.size(); j++) {
                if (!context.knows(people.get(j))) {
                    String path = prefix + i + suffix + ".people[" + j + "]";
                    violations.add(new Violation(path, ModelRule.KNOWN_PERSON,
                            path + " " + ModelRule.KNOWN_PERSON.description()));
                }
            }
        }
    }

    /**
     * The flags of the sorted issues, in ranking order and, for one issue, in the order of
     * {@link RankingFlag.Code}: grief without a death, an area outside the protocol, a link not
     * assessed, a tie with an adjacent issue decided by id.
     */
    private static List<RankingFlag> flags(InterpersonalIssue[] sorted, RankingRule[] decided,
            RankingContext context) {
        Set<ProblemArea> areas = context.protocol().problemAreas();
        List<RankingFlag> flags = new ArrayList<>();
        for (int p = 0; p < sorted.length; p++) {
            InterpersonalIssue issue = sorted[p];
            if (issue.area() == ProblemArea.GRIEF && !namesDeath(issue, context)) {
                flags.add(new RankingFlag(RankingFlag.Code.GRIEF_WITHOUT_DEATH, issue.id()));
            }
            if (!areas.contains(issue.area())) {
                flags.add(new RankingFlag(RankingFlag.Code.AREA_OUTSIDE_PROTOCOL, issue.id()));
            }
            if (issue.onsetLink() == OnsetLink.NOT_ASSESSED) {
                flags.add(new RankingFlag(RankingFlag.Code.LINK_NOT_ASSESSED, issue.id()));
            }
            boolean tiedBefore = p > 0 && decided[p - 1] == RankingRules.ISSUE_ID;
            if (tiedBefore || decided[p] == RankingRules.ISSUE_ID) {
                flags.add(new RankingFlag(RankingFlag.Code.TIED_BY_ID, issue.id()));
            }
        }
        return flags;
    }

    /** Stores in column j each issue's dense rank under a comparison rule: equal issues share a rank. */
    private static void denseRanks(InterpersonalIssue[] issues, long[][] keys, int j, RankingRule rule,
            RankingContext context) {
        Integer[] order = new Integer[issues.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> rule.compare(issues[a], issues[b], context));
        long rank = 0;
        for (int i = 0; i < order.length; i++) {
            if (i > 0 && rule.compare(issues[order[i - 1]], issues[order[i]], context) != 0) {
                rank++;
            }
            keys[order[i]][j] = rank;
        }
    }

    private static boolean namesDeath(InterpersonalIssue issue, RankingContext context) {
        for (PersonId person : issue.people()) {
            if (context.isDeceased(person)) {
                return true;
            }
        }
        return false;
    }

}
