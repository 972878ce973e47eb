package org.iptmodel.core;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Collects the violations of one value and throws them all at once. Package-private.
 *
 * <p>Every value is checked when it is built, so the checks are on the hot path of building and
 * reading a course: callers build a path or message only when a check fails (an {@code if} around
 * {@link #add}, or the overloads that take the parts of an indexed path).
 */
final class Checker {
    /** Up to this many elements, {@link #distinct} compares pairs instead of hashing. */
    private static final int SMALL = 16;

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

    /** As {@link #range(int, int, int, String)} at the path {@code list[index]suffix}. */
    Checker range(int value, int min, int max, String list, int index, String suffix) {
        if (value < min || value > max) {
            range(value, min, max, at(list, index) + suffix);
        }
        return this;
    }

    /** Records a violation unless the date lies within {@link Bounds#isInDateRange the model's range}. */
    Checker date(LocalDate date, String path) {
        if (!Bounds.isInDateRange(date)) {
            add(path, ModelRule.VALUE_IN_RANGE, dateMessage(path));
        }
        return this;
    }

    /** As {@link #date(LocalDate, String)} for an optional date. */
    Checker date(Optional<LocalDate> date, String path) {
        if (date.isPresent()) {
            date(date.get(), path);
        }
        return this;
    }

    /** The message of a date outside the model's range; the date itself is not shown. */
    static String dateMessage(String path) {
        return path + " must be between " + Bounds.EARLIEST_DATE + " and " + Bounds.LATEST_DATE;
    }

    /** Records a violation unless the period is a {@link Bounds#isCadence cadence}. */
    Checker cadence(Period period, String path) {
        if (!Bounds.isCadence(period)) {
            add(path, ModelRule.VALUE_IN_RANGE, cadenceMessage(path, period));
        }
        return this;
    }

    /** The message of a period that is not a cadence. */
    static String cadenceMessage(String path, Period period) {
        return path + " must be positive and at most one year (" + Bounds.LONGEST_CADENCE + "), was " + period;
    }

    Checker notBlank(String text, String path) {
        return check(!text.isBlank(), path, ModelRule.NOT_BLANK);
    }

    Checker notBlank(Optional<String> text, String path) {
        return check(text.isEmpty() || !text.get().isBlank(), path, ModelRule.NOT_BLANK);
    }

    Checker notBlank(List<String> texts, String path) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).isBlank()) {
                notBlank(texts.get(i), at(path, i));
            }
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
        return distinct(values, Function.identity(), path, suffix, rule);
    }

    /**
     * Records a violation for each element of {@code values} whose key equals the key of an
     * earlier one; the path of element i is {@code path[i]suffix}. Short lists are compared pair
     * by pair, longer ones through a hash set: either way no key is hashed twice.
     */
    <T, K> Checker distinct(List<T> values, Function<? super T, ? extends K> key, String path, String suffix,
            ModelRule rule) {
        int size = values.size();
        if (size < 2) {
            return this;
        }
        if (size <= SMALL) {
            for (int i = 1; i < size; i++) {
                K k = key.apply(values.get(i));
                for (int j = 0; j < i; j++) {
                    if (k.equals(key.apply(values.get(j)))) {
                        repeats(path, i, suffix, rule);
                        break;
                    }
                }
            }
            return this;
        }
        Set<K> seen = new HashSet<>();
        for (int i = 0; i < size; i++) {
            if (!seen.add(key.apply(values.get(i)))) {
                repeats(path, i, suffix, rule);
            }
        }
        return this;
    }

    private void repeats(String path, int i, String suffix, ModelRule rule) {
        String where = at(path, i) + suffix;
        add(where, rule, where + " repeats an earlier value");
    }

    /** Records a violation of {@code rule} at {@code path} with the rule's description. */
    void add(String path, ModelRule rule) {
        add(path, rule, path + " " + rule.description());
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
