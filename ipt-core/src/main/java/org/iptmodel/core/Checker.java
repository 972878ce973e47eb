package org.iptmodel.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Collects the violations of one value and throws them all at once. Package-private. */
final class Checker {
    private final String type;
    private List<Violation> violations;

    Checker(String type) {
        this.type = type;
    }

    /** Records a violation of {@code rule} at {@code path} unless {@code ok}. */
    Checker check(boolean ok, String path, ModelRule rule) {
        if (!ok) {
            add(path, rule, path + " " + rule.description());
        }
        return this;
    }

    /** Records a violation with a specific message unless {@code ok}. */
    Checker check(boolean ok, String path, ModelRule rule, String message) {
        if (!ok) {
            add(path, rule, message);
        }
        return this;
    }

    Checker range(int value, int min, int max, String path) {
        if (value < min || value > max) {
            add(path, ModelRule.VALUE_IN_RANGE, path + " must be between " + min + " and " + max + ", was " + value);
        }
        return this;
    }

    Checker notBlank(String text, String path) {
        return check(!text.isBlank(), path, ModelRule.NOT_BLANK);
    }

    Checker notBlank(Optional<String> text, String path) {
        return check(text.map(t -> !t.isBlank()).orElse(true), path, ModelRule.NOT_BLANK);
    }

    Checker notBlank(List<String> texts, String path) {
        for (int i = 0; i < texts.size(); i++) {
            notBlank(texts.get(i), path + "[" + i + "]");
        }
        return this;
    }

    <T> Checker distinct(List<T> values, String path) {
        return distinct(values, path, "", ModelRule.DISTINCT);
    }

    /**
     * Records a violation for each element of {@code values} equal to an earlier one; the path
     * of element i is {@code path[i]suffix}.
     */
    <T> Checker distinct(List<T> values, String path, String suffix, ModelRule rule) {
        Set<T> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                String where = at(path, i) + suffix;
                add(where, rule, where + " repeats an earlier value");
            }
        }
        return this;
    }

    void add(String path, ModelRule rule, String message) {
        if (violations == null) {
            violations = new ArrayList<>();
        }
        violations.add(new Violation(path, rule, message));
    }

    /** Throws the collected violations, if any. */
    void done() {
        if (violations != null) {
            throw new InvalidModelException(type, violations);
        }
    }

    static String at(String path, int index) {
        return path + "[" + index + "]";
    }
}
