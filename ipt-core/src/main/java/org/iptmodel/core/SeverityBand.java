package org.iptmodel.core;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One severity band of an instrument: the scores from {@code from} to {@code to}, inclusive.
 *
 * @param severity the band's severity, not null
 * @param from the lowest score in the band, at least 0
 * @param to the highest score in the band, at least {@code from}
 * @serial exclude
 */
public record SeverityBand(Severity severity, int from, int to) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a band.
     *
     * @param severity the band's severity, not null
     * @param from the lowest score, at least 0
     * @param to the highest score, at least {@code from}
     * @throws InvalidModelException if {@code from} is negative ({@link ModelRule#VALUE_IN_RANGE}, path
     *     {@code from}) or greater than {@code to} ({@link ModelRule#RANGE_ORDER}, path {@code to})
     */
    public SeverityBand {
        Objects.requireNonNull(severity, "severity");
        if (from < 0) {
            throw new InvalidModelException("SeverityBand", List.of(new Violation("from", ModelRule.VALUE_IN_RANGE,
                    "from must be at least 0, was " + from)));
        }
        if (from > to) {
            throw new InvalidModelException("SeverityBand", List.of(new Violation("to", ModelRule.RANGE_ORDER,
                    "to must be at least from " + from + ", was " + to)));
        }
    }

    /**
     * Obtains a band.
     *
     * @param severity the band's severity, not null
     * @param from the lowest score, at least 0
     * @param to the highest score, at least {@code from}
     * @return the band, not null
     * @throws InvalidModelException if the bounds are negative or out of order
     */
    public static SeverityBand of(Severity severity, int from, int to) {
        return new SeverityBand(severity, from, to);
    }

    /**
     * Checks whether a score falls in this band.
     *
     * @param score the score
     * @return true if {@code from <= score <= to}
     */
    public boolean contains(int score) {
        return score >= from && score <= to;
    }
}
