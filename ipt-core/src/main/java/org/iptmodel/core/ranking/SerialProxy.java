package org.iptmodel.core.ranking;

import static org.iptmodel.core.internal.SerialParts.list;

import java.io.InvalidObjectException;
import java.io.NotSerializableException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongBiFunction;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.internal.SerialForm;
import org.iptmodel.core.internal.SerialParts;

/**
 * The serialized form of the values of this package: the value's kind and its parts, in
 * JDK-serializable form (absent values are null, lists are {@link ArrayList}s). Every value
 * class's {@code writeReplace()} returns one; its {@link #readResolve()} rebuilds the value through
 * the public factories (a policy through its builder, a ranking through {@link Ranking#of} from
 * what it records, without ranking again, a focus selection by selecting again), so every
 * invariant is checked again and a stream that was tampered with never yields an invalid value: it
 * fails with an
 * {@link InvalidObjectException}. Built-in rules and policies are written by name and read as the
 * very same instances; a rule of the application's own is written as itself if it is
 * {@link Serializable}, and a rule made by {@link KeyedRankingRule#of} as its name, description,
 * source and key function, which must then be serializable.
 */
final class SerialProxy extends SerialForm {
    private static final long serialVersionUID = 1L;

    static final int POLICY = 1;
    static final int BUILT_IN_RULE = 2;
    static final int KEYED_RULE = 3;
    static final int CONTEXT = 4;
    static final int RANKING = 5;
    static final int SELECTION = 6;
    static final int SELECTOR = 7;
    static final int PLACEHOLDER_RULE = 8;

    /** What to do about a rule that is not serializable. */
    private static final String ADVICE = "give the policy a Serializable RankingRule, or KeyedRankingRule.of(..) a"
            + " Serializable key function, such as (ToLongBiFunction<InterpersonalIssue, RankingContext> &"
            + " Serializable) (issue, context) -> ..";

    private SerialProxy(int kind, Object... parts) {
        super(kind, parts);
    }

    /**
     * The form of a policy: its name and rules, each written as itself (a built-in rule by name, a
     * rule made by {@link KeyedRankingRule#of} as its parts).
     *
     * @throws NotSerializableException if a rule of the application's own is not serializable
     */
    static SerialProxy of(RankingPolicy policy) throws NotSerializableException {
        for (RankingRule rule : policy.rules()) {
            boolean serializable = rule instanceof FunctionRule f
                    ? f instanceof BuiltInRule || f.keyFunction() instanceof Serializable
                    : rule instanceof Serializable;
            if (!serializable) {
                throw new NotSerializableException("RankingPolicy " + policy.name() + ": the ranking rule "
                        + rule.name() + " (" + rule.getClass().getName() + ") is not Serializable; " + ADVICE);
            }
        }
        return new SerialProxy(POLICY, policy.name(), list(policy.rules()));
    }

    /**
     * The form of a rule made by {@link KeyedRankingRule#of}: its name, description, source and key.
     *
     * @throws NotSerializableException if the key function is not serializable
     */
    static SerialProxy of(FunctionRule rule) throws NotSerializableException {
        if (!(rule.keyFunction() instanceof Serializable)) {
            throw new NotSerializableException("the ranking rule " + rule.name() + " has a key function that is"
                    + " not Serializable; " + ADVICE);
        }
        return new SerialProxy(KEYED_RULE, rule.name(), rule.description(), rule.source(), rule.keyFunction());
    }

    /** The form of a built-in rule: its name. */
    static SerialProxy builtIn(RankingRule rule) {
        return new SerialProxy(BUILT_IN_RULE, rule.name());
    }

    static SerialProxy of(RankingContext context) {
        return new SerialProxy(CONTEXT, context.episodeOnset().orElse(null), context.inventory(),
                context.protocol());
    }

    /**
     * The form of a ranking: its policy, context, issues in ranking order, each entry's reason as a
     * list (empty for the last entry; the rule's name, then the compared values, if any) and its
     * flags.
     */
    static SerialProxy of(Ranking ranking) {
        ArrayList<ArrayList<String>> reasons = new ArrayList<>(ranking.size());
        for (RankedIssue entry : ranking.entries()) {
            ArrayList<String> reason = new ArrayList<>(3);
            entry.explanation().ifPresent(r -> {
                reason.add(r.rule());
                reason.addAll(r.compared());
            });
            reasons.add(reason);
        }
        return new SerialProxy(RANKING, ranking.policy(), ranking.context(), list(ranking.issues()), reasons,
                list(ranking.flags()));
    }

    /** The form of a placeholder rule: its name. */
    static SerialProxy placeholder(RankingRule rule) {
        return new SerialProxy(PLACEHOLDER_RULE, rule.name());
    }

    static SerialProxy of(FocusSelection selection) {
        return new SerialProxy(SELECTION, selection.ranking(), selection.focus().overrideReason().orElse(null),
                list(selection.focus().areas()));
    }

    static SerialProxy of(FocusSelector selector) {
        return new SerialProxy(SELECTOR, selector.maxAreas().orElse(0));
    }


    @Override
    protected Object resolve(int kind, SerialParts p) throws InvalidObjectException {
        switch (kind) {
            case POLICY:
                return policy(p);
            case BUILT_IN_RULE:
                p.count(1);
                return RankingRules.named(p.get(0, String.class))
                        .orElseThrow(() -> new InvalidObjectException("no built-in ranking rule has the name"));
            case KEYED_RULE:
                return keyedRule(p);
            case CONTEXT:
                p.count(3);
                RankingContext context = RankingContext.of(p.get(2, Protocol.class),
                        p.get(1, InterpersonalInventory.class));
                LocalDate onset = p.nullable(0, LocalDate.class);
                return onset == null ? context : context.withEpisodeOnset(onset);
            case RANKING:
                return ranking(p);
            case PLACEHOLDER_RULE:
                p.count(1);
                return RankingRules.placeholder(p.get(0, String.class));
            case SELECTION:
                return selection(p);
            case SELECTOR:
                p.count(1);
                int maxAreas = p.integer(0);
                return maxAreas == 0 ? FocusSelector.standard() : FocusSelector.standard().withMaxAreas(maxAreas);
            default:
                throw new InvalidObjectException("unknown kind of value " + kind);
        }
    }

    /** A policy equal to a built-in policy is that policy. */
    private static RankingPolicy policy(SerialParts p) throws InvalidObjectException {
        p.count(2);
        RankingPolicy built = RankingPolicy.builder().name(p.get(0, String.class))
                .addAll(p.list(1, RankingRule.class)).build();
        for (RankingPolicy builtIn : List.of(RankingPolicy.clinicalDefault(), RankingPolicy.brief())) {
            if (builtIn.equals(built)) {
                return builtIn;
            }
        }
        return built;
    }

    /** Rebuilds a ranking from what it records through {@link Ranking#of}, without ranking again. */
    private static Ranking ranking(SerialParts p) throws InvalidObjectException {
        p.count(5);
        RankingPolicy policy = p.get(0, RankingPolicy.class);
        List<InterpersonalIssue> issues = p.list(2, InterpersonalIssue.class);
        List<List<String>> reasons = p.lists(3, String.class);
        if (reasons.size() != issues.size()) {
            throw new InvalidObjectException("a ranking has one reason per issue");
        }
        List<RankedIssue> entries = new ArrayList<>(issues.size());
        for (int i = 0; i < issues.size(); i++) {
            List<String> reason = reasons.get(i);
            if (reason.isEmpty()) {
                entries.add(RankedIssue.last(i + 1, issues.get(i)));
            } else if (reason.size() == 1 && reason.get(0).equals(IssueIdRule.NAME)) {
                entries.add(RankedIssue.of(i + 1, issues.get(i), RankingRules.ISSUE_ID, RankingReason.tieBreak()));
            } else if (reason.size() == 3) {
                RankingRule rule = policy.rules().stream().filter(r -> r.name().equals(reason.get(0))).findFirst()
                        .orElseThrow(() -> new InvalidObjectException("a deciding rule is not a rule of the policy"));
                entries.add(RankedIssue.of(i + 1, issues.get(i), rule,
                        RankingReason.of(reason.get(0), reason.get(1), reason.get(2))));
            } else {
                throw new InvalidObjectException("a reason holds a rule's name and two values, or the tie-break");
            }
        }
        return Ranking.of(policy, p.get(1, RankingContext.class), entries, p.list(4, RankingFlag.class));
    }

    private static KeyedRankingRule keyedRule(SerialParts p) throws InvalidObjectException {
        p.count(4);
        @SuppressWarnings("unchecked") // checked for its raw type; a key of other types fails when called
        ToLongBiFunction<InterpersonalIssue, RankingContext> key = p.get(3, ToLongBiFunction.class);
        return KeyedRankingRule.of(p.get(0, String.class), p.get(1, String.class), p.get(2, String.class), key);
    }

    /**
     * Selects again: an override with the same reason and areas, or a selection limited to the number
     * of areas chosen, which chooses the same areas for the same reasons as the original selection
     * (whose limit was at least that number).
     */
    private static FocusSelection selection(SerialParts p) throws InvalidObjectException {
        p.count(3);
        Ranking ranking = p.get(0, Ranking.class);
        String reason = p.nullable(1, String.class);
        List<ProblemArea> areas = p.list(2, ProblemArea.class);
        if (areas.isEmpty()) {
            throw new InvalidObjectException("a focus selection holds at least one area");
        }
        if (reason != null) {
            return FocusSelection.override(ranking, reason, areas.get(0),
                    areas.subList(1, areas.size()).toArray(new ProblemArea[0]));
        }
        return FocusSelector.standard().withMaxAreas(areas.size()).select(ranking)
                .orElseThrow(() -> new InvalidObjectException("the ranking gives no focus"));
    }
}
