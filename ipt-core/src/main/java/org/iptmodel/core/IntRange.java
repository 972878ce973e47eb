package org.iptmodel.core;

import java.io.Serializable;
import java.util.List;

/**
 * An inclusive range of non-negative whole numbers, such as "12 to 16 sessions".
 *
 * <p>Protocols use ranges for session counts, phase lengths, notice periods and group sizes.
 *
 * @param min the smallest value in the range, at least 0
 * @param max the largest value in the range, at least {@code min}
 * @serial exclude
 */
public record IntRange(int min, int max) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a range.
     *
     * @param min the smallest value, at least 0
     * @param max the largest value, at least {@code min}
     * @throws InvalidModelException if {@code min} is negative ({@link ModelRule#VALUE_IN_RANGE})
     *     or greater than {@code max} ({@link ModelRule#RANGE_ORDER})
     */
    public IntRange {
        if (min < 0) {
            throw new InvalidModelException("IntRange", List.of(new Violation(
                    "min", ModelRule.VALUE_IN_RANGE, "min must be at least 0, was " + min)));
        }
        if (min > max) {
            throw new InvalidModelException("IntRange", List.of(new Violation(
                    "max", ModelRule.RANGE_ORDER, "max must be at least min " + min + ", was " + max)));
        }
    }

    /**
     * Obtains a range.
     *
     * @param min the smallest value, at least 0
     * @param max the largest value, at least {@code min}
     * @return the range, not null
     * @throws InvalidModelException if the bounds are invalid
     */
    public static IntRange of(int min, int max) {
        return new IntRange(min, max);
    }

    /**
     * Obtains the range holding one value.
     *
     * @param value the only value, at least 0
     * @return the range {@code value..value}, not null
     * @throws InvalidModelException if the value is negative
     */
    public static IntRange exactly(int value) {
        return new IntRange(value, value);
    }

    /**
     * Checks whether the range contains a value.
     *
     * @param value the value to test
     * @return true if {@code min <= value <= max}
     */
    public boolean contains(int value) {
        return value >= min && value <= max;
    }

    /**
     * Returns the range as {@code "min..max"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return min + ".." + max;
    }
}
