package org.iptmodel.json;

import static org.iptmodel.json.Scalars.DATE;
import static org.iptmodel.json.Scalars.INT;
import static org.iptmodel.json.Scalars.TEXT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Violation;
import org.iptmodel.core.ranking.RankedIssue;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingContext;
import org.iptmodel.core.ranking.RankingFlag;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.ranking.RankingRule;
import org.iptmodel.core.ranking.RankingRules;
import tools.jackson.core.JsonGenerator;

/**
 * The objects of the ranking document, {@code iptmodel/ranking}, version 1.
 *
 * <p>A {@link Ranking} is made only by {@link RankingPolicy#rank}, so a ranking is read by ranking
 * its issues again: the policy is rebuilt from its name and the names of its rules, each of which
 * must be a built-in rule ({@link RankingRules#named}) or one of the rules of the application's own
 * registered with the reader ({@link RegisteredRules}, found after the built-in ones); the context
 * from its protocol, inventory and episode onset; the issues are those of the entries, in any
 * order. The ranking made again must agree with what the document records (the order of the
 * entries, each entry's position, deciding rule and reason, and the flags), else the document is
 * refused. A rule's comparison is code, not data: a ranking by a rule of the application's own is
 * read only by a reader given that rule, and a registered rule of the same name that ranks
 * differently makes the document disagree.
 */
final class RankingFormats {
    /** Paths of the model's ranking violations: {@code issues[3].id}. */
    private static final Pattern ISSUE_PATH = Pattern.compile("^issues\\[(\\d+)\\]");

    /** A rule, written as its name and read as the built-in or registered rule of that name. */
    static final ValueFormat<RankingRule> RULE = new RuleName();

    static final ObjectFormat<RankingPolicy, RankingPolicy.Builder> POLICY = ObjectFormat.of(RankingPolicy::builder,
            RankingPolicy.Builder::build)
            .required("name", "name", TEXT, RankingPolicy::name, RankingPolicy.Builder::name)
            .requiredList("rules", "rules", RULE, RankingPolicy::rules, RankingPolicy.Builder::add);

    static final ObjectFormat<RankingContext, ContextParts> CONTEXT = ObjectFormat.of(ContextParts::new,
            ContextParts::build)
            .required("protocol", "protocol", ModelFormats.PROTOCOL, RankingContext::protocol,
                    (b, v) -> b.protocol = v)
            .optional("episode_onset", "episodeOnset", DATE, RankingContext::episodeOnset,
                    (b, v) -> b.episodeOnset = v)
            .defaulted("inventory", "inventory", ModelFormats.INVENTORY, RankingContext::inventory,
                    (b, v) -> b.inventory = v, ModelFormats.DEFAULT_INVENTORY);

    static final ObjectFormat<Entry, EntryParts> ENTRY = ObjectFormat.of(EntryParts::new, EntryParts::build)
            .required("position", "position", INT, Entry::position, (b, v) -> b.position = v)
            .required("issue", "issue", ModelFormats.ISSUE, Entry::issue, (b, v) -> b.issue = v)
            .optional("decided_by", "decidedBy", RULE, Entry::decidedBy, (b, v) -> b.decidedBy = v)
            .required("reason", "reason", TEXT, Entry::reason, (b, v) -> b.reason = v);

    static final ObjectFormat<RankingFlag, FlagParts> FLAG = ObjectFormat.of(FlagParts::new, FlagParts::build)
            .required("code", "code", Spellings.RANKING_FLAG_CODE, RankingFlag::code, (b, v) -> b.code = v)
            .required("issue", "issue", ModelFormats.ISSUE_ID, RankingFlag::issue, (b, v) -> b.issue = v);

    static final ObjectFormat<Ranking, RankingParts> RANKING = ObjectFormat.of(RankingParts::new,
            RankingParts::build)
            .required("policy", "policy", POLICY, Ranking::policy, (b, v) -> b.policy = v)
            .required("context", "context", CONTEXT, Ranking::context, (b, v) -> b.context = v)
            .list("entries", "entries", ENTRY, RankingFormats::entries, (b, v) -> b.entries.add(v),
                    ArrayLimit.ISSUES)
            .list("flags", "flags", FLAG, Ranking::flags, (b, v) -> b.flags.add(v), ArrayLimit.ITEMS);

    private RankingFormats() {
    }

    private static List<Entry> entries(Ranking ranking) {
        List<Entry> entries = new ArrayList<>(ranking.size());
        for (RankedIssue issue : ranking.entries()) {
            entries.add(Entry.of(issue));
        }
        return entries;
    }

    /** One entry of a ranking as the document holds it. */
    record Entry(int position, InterpersonalIssue issue, Optional<RankingRule> decidedBy, String reason) {
        static Entry of(RankedIssue entry) {
            return new Entry(entry.position(), entry.issue(), entry.decidedBy(), entry.reason());
        }

        /** Checks this entry, the i-th of the document, against the entry the policy made. */
        boolean agrees(int i, RankedIssue made, Disagreement.Collector disagreements) {
            String path = "entries[" + i + "]";
            if (position != i + 1) {
                disagreements.add(path + ".position", "must be the entry's place in the ranking, counted from 1");
            } else if (!issue.equals(made.issue())) {
                disagreements.add(path, "must be in the order in which the policy ranks the issues");
            } else if (!decidedBy.equals(made.decidedBy())) {
                disagreements.add(path + ".decidedBy", made.decidedBy().isPresent()
                        ? "must name the rule that ranks the issue above the next one"
                        : "must be absent for the last entry");
            } else if (!reason.equals(made.reason())) {
                disagreements.add(path + ".reason", "must be the reason the policy gives");
            } else {
                return true;
            }
            return false;
        }
    }

    /** The parts of a {@link RankingContext} while it is read. */
    static final class ContextParts {
        Protocol protocol;
        LocalDate episodeOnset;
        InterpersonalInventory inventory;

        RankingContext build() {
            RankingContext context = RankingContext.of(protocol, inventory);
            return episodeOnset == null ? context : context.withEpisodeOnset(episodeOnset);
        }
    }

    /** The parts of an entry while it is read. */
    static final class EntryParts {
        int position;
        InterpersonalIssue issue;
        RankingRule decidedBy;
        String reason;

        Entry build() {
            return new Entry(position, issue, Optional.ofNullable(decidedBy), reason);
        }
    }

    /** The parts of a {@link RankingFlag} while it is read. */
    static final class FlagParts {
        RankingFlag.Code code;
        IssueId issue;

        RankingFlag build() {
            return new RankingFlag(code, issue);
        }
    }

    /** The parts of a {@link Ranking} while it is read: ranked again, then compared. */
    static final class RankingParts {
        RankingPolicy policy;
        RankingContext context;
        final List<Entry> entries = new ArrayList<>();
        final List<RankingFlag> flags = new ArrayList<>();

        Ranking build() {
            List<InterpersonalIssue> issues = new ArrayList<>(entries.size());
            for (Entry entry : entries) {
                issues.add(entry.issue());
            }
            Ranking ranking;
            try {
                ranking = policy.rank(issues, context);
            } catch (InvalidModelException e) {
                throw relocated(e);
            }
            Disagreement.Collector disagreements = new Disagreement.Collector();
            for (int i = 0; i < entries.size(); i++) {
                if (!entries.get(i).agrees(i, ranking.entries().get(i), disagreements)) {
                    break;
                }
            }
            List<RankingFlag> made = ranking.flags();
            for (int i = 0; i < Math.max(flags.size(), made.size()); i++) {
                if (i == flags.size()) {
                    disagreements.add("flags", "must hold every flag the policy raises, in ranking order");
                    break;
                }
                if (i == made.size() || !flags.get(i).equals(made.get(i))) {
                    disagreements.add("flags[" + i + "]", "must be the flag the policy raises here, in ranking order");
                    break;
                }
            }
            disagreements.check();
            return ranking;
        }

        /** Moves the policy's violations from {@code issues[i]} to {@code entries[i].issue}. */
        private static InvalidModelException relocated(InvalidModelException e) {
            List<Violation> violations = new ArrayList<>(e.violations().size());
            for (Violation v : e.violations()) {
                Matcher m = ISSUE_PATH.matcher(v.path());
                String path = m.find() ? m.replaceFirst("entries[$1].issue") : v.path();
                violations.add(new Violation(path, v.rule(), v.message()));
            }
            return new InvalidModelException(e.type(), violations);
        }
    }

    /**
     * A rule, by its name; reading accepts the names of the built-in rules and of the rules
     * registered with the reader ({@link Reading#rules}), the built-in ones first.
     */
    private static final class RuleName extends ValueFormat<RankingRule> {
        @Override
        Object read(Reading r, boolean optional) {
            String name = Scalars.string(r);
            if (name == null) {
                return Reading.FAILED;
            }
            Optional<RankingRule> rule = r.rules.named(name);
            if (rule.isPresent()) {
                return rule.get();
            }
            return r.fail(ProblemKind.INVALID_VALUE, "is not the name of a built-in or registered ranking rule");
        }

        @Override
        void write(JsonGenerator g, RankingRule rule) {
            g.writeString(rule.name());
        }
    }
}
