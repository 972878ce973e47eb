package org.iptmodel.json;

import static org.iptmodel.json.Scalars.DATE;
import static org.iptmodel.json.Scalars.INT;
import static org.iptmodel.json.Scalars.TEXT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Violation;
import org.iptmodel.core.ranking.RankedIssue;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingContext;
import org.iptmodel.core.ranking.RankingFlag;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.ranking.RankingReason;
import org.iptmodel.core.ranking.RankingRule;
import org.iptmodel.core.ranking.RankingRules;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The objects of the ranking document, {@code iptmodel/ranking}, version 1.
 *
 * <p>A ranking document is read as the record it is, through {@link Ranking#of}, never by ranking
 * again: the policy is rebuilt from its name and the names of its rules, each of which is a
 * built-in rule ({@link RankingRules#named}), a rule of the application's own registered with the
 * reader ({@link RegisteredRules}, found after the built-in ones), or else a placeholder of that
 * name ({@link RankingRules#placeholder}), which keeps the record and cannot rank; the context
 * from its protocol, inventory and episode onset; the entries and flags as they are recorded.
 * Whether a policy still ranks the issues so is {@link Ranking#verify}'s question, not the reader's.
 *
 * <p>An entry's {@code reason} is written as the two values its deciding rule compared, and is
 * absent for the tie-break and the last entry. A reader also reads the earlier spelling, the
 * model's sentence of 2026-12 ({@code "onset-link: PRECIPITATED_ONSET before NOT_LINKED"},
 * {@code "issue-id: every rule of the policy ties"}, {@code "last of 3"}), strictly: the sentence
 * must have one of those forms and agree with the entry's {@code decided_by} and position, and its
 * values are read as spellings (a constant's name in lower case, the number of a key, rank or
 * number of days, {@code unknown} for unknown days).
 */
final class RankingFormats {

    /** A rule, written as its name and read as the built-in or registered rule of that name, or a placeholder. */
    static final ValueFormat<RankingRule> RULE = new RuleName();

    /** An entry's reason: the two compared values, or a sentence of the earlier spelling. */
    static final ValueFormat<Reason> REASON = new ReasonFormat();

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
            .required("position", "position", INT, e -> e.entry().position(), (b, v) -> b.position = v)
            .required("issue", "issue", ModelFormats.ISSUE, e -> e.entry().issue(), (b, v) -> b.issue = v)
            .optional("decided_by", "decidedBy", RULE, e -> e.entry().decidedBy(), (b, v) -> b.decidedBy = v)
            .optional("reason", "explanation", REASON, Entry::reason, (b, v) -> b.reason = v);

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

    /** A value of the earlier spelling: a constant's name, a number, a key, a rank, a number of days. */
    private static final String EARLIER_VALUE = "[A-Z][A-Z0-9_]{0,63}|-?[0-9]{1,19}|key -?[0-9]{1,19}"
            + "|rank [0-9]{1,19}|[0-9]{1,19} days|unknown days";
    /** The sentence of a rule of the policy in the earlier spelling. */
    private static final Pattern EARLIER_DECIDED = Pattern.compile("([A-Za-z0-9][A-Za-z0-9._:-]{0,63}): ("
            + EARLIER_VALUE + ") before (" + EARLIER_VALUE + ")");
    /** The sentence of the last entry in the earlier spelling. */
    private static final Pattern EARLIER_LAST = Pattern.compile("last of ([1-9][0-9]{0,9})");
    /** The sentence of the tie-break in the earlier spelling. */
    private static final String EARLIER_TIES = "issue-id: every rule of the policy ties";

    private RankingFormats() {
    }

    private static List<Entry> entries(Ranking ranking) {
        List<Entry> entries = new ArrayList<>(ranking.size());
        for (RankedIssue entry : ranking.entries()) {
            entries.add(new Entry(entry, 0));
        }
        return entries;
    }

    /**
     * One entry of a ranking as the document holds it: the entry, and the count of an earlier
     * spelling's {@code "last of n"} (0 if none), which the ranking checks against its entries.
     */
    record Entry(RankedIssue entry, long lastOf) {
        /** The reason written: the compared values of a rule of the policy; none for the tie-break and the last. */
        Optional<Reason> reason() {
            return entry.explanation().filter(r -> !r.isTieBreak()).map(r -> new Reason(r.compared(), null));
        }
    }

    /**
     * An entry's reason as read: the two compared values, or else a sentence of the earlier
     * spelling.
     *
     * @param compared the two values, or null for a sentence
     * @param earlier the sentence, or null for values
     */
    record Reason(List<String> compared, Earlier earlier) {
    }

    /** The forms of a sentence of the earlier spelling. */
    enum Form {
        /** {@code "onset-link: PRECIPITATED_ONSET before NOT_LINKED"}. */
        DECIDED,
        /** {@code "issue-id: every rule of the policy ties"}. */
        TIES,
        /** {@code "last of 3"}. */
        LAST
    }

    /**
     * A sentence of the earlier spelling, read: its form; the rule's name and the values as
     * spellings for {@link Form#DECIDED}; the count for {@link Form#LAST}.
     */
    record Earlier(Form form, String rule, String value, String nextValue, long count) {
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
        Reason reason;

        Entry build() {
            List<Violation> violations = new ArrayList<>(2);
            long lastOf = 0;
            RankingReason because = null;
            Earlier earlier = reason == null ? null : reason.earlier();
            Form form = earlier == null ? null : earlier.form();
            if (decidedBy == null) {
                if (form == Form.LAST) {
                    lastOf = earlier.count();
                } else if (reason != null) {
                    violations.add(violation("explanation must be absent or, in the earlier spelling, \"last of n\","
                            + " for the last entry"));
                }
            } else if (decidedBy == RankingRules.ISSUE_ID) {
                if (reason == null || form == Form.TIES) {
                    because = RankingReason.tieBreak();
                } else {
                    violations.add(violation("explanation must be absent or, in the earlier spelling, the sentence of"
                            + " the tie-break, for an entry the tie-break decides"));
                }
            } else if (reason == null) {
                violations.add(violation("explanation must hold the two values the deciding rule compared"));
            } else if (reason.compared() != null) {
                because = RankingReason.of(decidedBy.name(), reason.compared().get(0), reason.compared().get(1));
            } else if (form == Form.DECIDED && earlier.rule().equals(decidedBy.name())) {
                because = RankingReason.of(decidedBy.name(), earlier.value(), earlier.nextValue());
            } else {
                violations.add(violation("explanation must be, in the earlier spelling, the sentence of the deciding"
                        + " rule"));
            }
            if (position < 1) {
                violations.add(new Violation("position", ModelRule.VALUE_IN_RANGE, "position must be at least 1"));
            }
            if (!violations.isEmpty()) {
                throw new InvalidModelException("RankedIssue", violations);
            }
            RankedIssue entry = because == null ? RankedIssue.last(position, issue)
                    : RankedIssue.of(position, issue, decidedBy, because);
            return new Entry(entry, lastOf);
        }

        private static Violation violation(String message) {
            return new Violation("explanation", ModelRule.RANKING_RECORD, message);
        }
    }

    /** A value of the earlier spelling as a spelling: a constant's name in lower case, a number as it is. */
    private static String earlierValue(String value) {
        if (value.equals("unknown days")) {
            return "unknown";
        }
        if (value.startsWith("key ")) {
            return value.substring(4);
        }
        if (value.startsWith("rank ")) {
            return value.substring(5);
        }
        if (value.endsWith(" days")) {
            return value.substring(0, value.length() - 5);
        }
        return value.toLowerCase(Locale.ROOT);
    }

    /** The parts of a {@link RankingFlag} while it is read. */
    static final class FlagParts {
        RankingFlag.Code code;
        IssueId issue;

        RankingFlag build() {
            return new RankingFlag(code, issue);
        }
    }

    /** The parts of a {@link Ranking} while it is read: rebuilt from its record by {@link Ranking#of}. */
    static final class RankingParts {
        RankingPolicy policy;
        RankingContext context;
        final List<Entry> entries = new ArrayList<>();
        final List<RankingFlag> flags = new ArrayList<>();

        Ranking build() {
            List<RankedIssue> recorded = new ArrayList<>(entries.size());
            List<Violation> violations = new ArrayList<>();
            int n = entries.size();
            for (int i = 0; i < n; i++) {
                Entry entry = entries.get(i);
                recorded.add(entry.entry());
                if (entry.lastOf() != 0 && (i != n - 1 || entry.lastOf() != n)) {
                    violations.add(new Violation("entries[" + i + "].explanation", ModelRule.RANKING_RECORD,
                            "entries[" + i + "].explanation \"last of n\" must count the entries, for the last entry"));
                }
            }
            try {
                Ranking ranking = Ranking.of(policy, context, recorded, flags);
                if (violations.isEmpty()) {
                    return ranking;
                }
            } catch (InvalidModelException e) {
                violations.addAll(e.violations());
            }
            throw new InvalidModelException("Ranking", violations);
        }
    }

    /**
     * A rule, by its name; reading finds the built-in rules and the rules registered with the
     * reader ({@link Reading#rules}), the built-in ones first, and reads any other identifier as a
     * placeholder of that name.
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
            try {
                return RankingRules.placeholder(name);
            } catch (InvalidModelException e) {
                return r.rejected(e, "is not the name of a ranking rule, an identifier");
            }
        }

        @Override
        void write(JsonGenerator g, RankingRule rule) {
            g.writeString(rule.name());
        }
    }

    /**
     * An entry's reason: written as an array of the two compared values; read from such an array
     * (an empty one reads as absent) or from a sentence of the earlier spelling, which must have one
     * of its forms.
     */
    private static final class ReasonFormat extends ValueFormat<Reason> {
        @Override
        Object read(Reading r, boolean optional) {
            JsonParser p = r.parser;
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return earlier(r);
            }
            if (p.currentToken() != JsonToken.START_ARRAY) {
                return r.wrongType("must be an array of the two compared values, or a sentence of the earlier"
                        + " spelling");
            }
            List<String> values = new ArrayList<>(2);
            boolean ok = true;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == null) {
                    throw r.abort(ProblemKind.SYNTAX, "ends before the JSON text is complete");
                }
                if (values.size() == 2) {
                    r.fail(ProblemKind.INVALID_VALUE, "holds more than the two compared values");
                    p.skipChildren();
                    ok = false;
                    continue;
                }
                if (t == JsonToken.VALUE_NULL) {
                    r.fail(ProblemKind.WRONG_TYPE, "must not be null");
                    ok = false;
                    values.add("");
                    continue;
                }
                String value = Scalars.string(r);
                if (value == null) {
                    p.skipChildren();
                    ok = false;
                    values.add("");
                } else if (!RankingReason.isValue(value)) {
                    r.fail(ProblemKind.INVALID_VALUE, "must be 1 to " + RankingReason.MAX_VALUE_LENGTH
                            + " lower-case letters, digits, '_', '-', '.' or ':'");
                    ok = false;
                    values.add("");
                } else {
                    values.add(value);
                }
            }
            if (!ok) {
                return Reading.FAILED;
            }
            if (values.isEmpty()) {
                return Reading.ABSENT;
            }
            if (values.size() != 2) {
                return r.fail(ProblemKind.INVALID_VALUE, "must hold the two compared values");
            }
            return new Reason(List.copyOf(values), null);
        }

        /** Reads a sentence of the earlier spelling, which must have one of its forms. */
        private static Object earlier(Reading r) {
            String text = Scalars.string(r);
            if (text == null) {
                return Reading.FAILED;
            }
            if (text.equals(EARLIER_TIES)) {
                return new Reason(null, new Earlier(Form.TIES, null, null, null, 0));
            }
            Matcher m = EARLIER_DECIDED.matcher(text);
            if (m.matches()) {
                return new Reason(null, new Earlier(Form.DECIDED, m.group(1), earlierValue(m.group(2)),
                        earlierValue(m.group(3)), 0));
            }
            m = EARLIER_LAST.matcher(text);
            if (m.matches()) {
                return new Reason(null, new Earlier(Form.LAST, null, null, null, Long.parseLong(m.group(1))));
            }
            return r.fail(ProblemKind.INVALID_VALUE, "is not a reason of the earlier spelling");
        }

        @Override
        void write(JsonGenerator g, Reason reason) {
            if (g.getPrettyPrinter() instanceof IptPrettyPrinter printer) {
                printer.inlineNextArray();
            }
            g.writeStartArray();
            for (String value : reason.compared()) {
                g.writeString(value);
            }
            g.writeEndArray();
        }
    }
}
