package org.iptmodel.core.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.iptmodel.core.Bounds;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Severity;
import org.iptmodel.core.Violation;

/**
 * One score of an instrument over a course: the session, its date, the total and its severity
 * band under the outcome criteria.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param session the session number, at least 1
 * @param date the session's date, between {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE}
 *     as every date of the model
 * @param total the total score, at least 0
 * @param severity the severity band of the total, not null
 * @serial exclude
 */
public record ScorePoint(int session, LocalDate date, int total, Severity severity) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a score point.
     *
     * @param session the session number, at least 1
     * @param date the session's date, between {@link Bounds#EARLIEST_DATE} and
     *     {@link Bounds#LATEST_DATE}, not null
     * @param total the total score, at least 0
     * @param severity the severity band, not null
     * @throws InvalidModelException if the session is below 1, the total negative or the date
     *     outside the model's range ({@link ModelRule#VALUE_IN_RANGE})
     */
    public ScorePoint {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(severity, "severity");
        if (session < 1 || total < 0) {
            throw new InvalidModelException("ScorePoint", List.of(new Violation(session < 1 ? "session" : "total",
                    ModelRule.VALUE_IN_RANGE, "session must be at least 1 and total at least 0")));
        }
        if (!Bounds.isInDateRange(date)) {
            throw new InvalidModelException("ScorePoint", List.of(new Violation("date", ModelRule.VALUE_IN_RANGE,
                    "date must be between " + Bounds.EARLIEST_DATE + " and " + Bounds.LATEST_DATE)));
        }
    }
}
