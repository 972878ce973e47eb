package org.iptmodel.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.ranking.RankingRule;
import org.iptmodel.core.ranking.RankingRules;

/**
 * The ranking rules of the application's own that a reader of ranking documents knows by name,
 * besides the built-in rules. Immutable and thread-safe (if the rules are, as their contract asks).
 *
 * <p>Every rule keeps the contract of {@link RankingRule} (checked as a policy checks it), and no
 * two rules, and no rule and a built-in rule, share a name, so a name finds at most one rule.
 */
final class RegisteredRules {
    static final RegisteredRules NONE = new RegisteredRules(Map.of());

    /** The rules by name, in the order they were given. */
    private final Map<String, RankingRule> byName;

    private RegisteredRules(Map<String, RankingRule> byName) {
        this.byName = byName;
    }

    /**
     * Checks and registers the given rules, replacing none: the result holds exactly these.
     *
     * @throws NullPointerException if {@code rules} or one of its elements is null
     * @throws IllegalArgumentException if a rule breaks the contract of {@link RankingRule}, has
     *         the name of a built-in rule, or has the name of an earlier rule
     */
    static RegisteredRules of(Collection<? extends RankingRule> rules) {
        Objects.requireNonNull(rules, "rules");
        List<RankingRule> list = new ArrayList<>(rules);
        if (list.isEmpty()) {
            return NONE;
        }
        Map<String, RankingRule> byName = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            RankingRule rule = list.get(i);
            if (rule == null) {
                throw new NullPointerException("rules[" + i + "]");
            }
            String name = rule.name();
            if (name != null && RankingRules.named(name).isPresent()) {
                throw new IllegalArgumentException("rules[" + i + "]: the ranking rule name " + name
                        + " is the name of a built-in rule, which a reader always finds first");
            }
            checkContract(rule, i);
            if (byName.putIfAbsent(name, rule) != null) {
                throw new IllegalArgumentException("rules[" + i + "]: the ranking rule name " + name
                        + " is the name of an earlier rule");
            }
        }
        return new RegisteredRules(Collections.unmodifiableMap(byName));
    }

    /**
     * Checks the name, description and source of a rule the way a policy does, so that no rule
     * is registered that no policy could hold. The name is not repeated in the message: it is not
     * known to be an identifier.
     */
    private static void checkContract(RankingRule rule, int i) {
        try {
            RankingPolicy.builder().name("registered").add(rule).build();
        } catch (InvalidModelException e) {
            throw new IllegalArgumentException("rules[" + i + "] breaks the contract of RankingRule: its name must be"
                    + " an identifier other than issue-id, and its description and source must not be blank", e);
        }
    }

    /** Finds a rule by its name: a built-in rule first, else a registered one. */
    Optional<RankingRule> named(String name) {
        Optional<RankingRule> builtIn = RankingRules.named(name);
        return builtIn.isPresent() ? builtIn : Optional.ofNullable(byName.get(name));
    }

    /** The registered rules, in the order they were given. */
    List<RankingRule> rules() {
        return List.copyOf(byName.values());
    }

    /** The names of the registered rules, such as {@code [fewer-people, clinic:closest]}. */
    @Override
    public String toString() {
        return byName.keySet().toString();
    }
}
