package org.iptmodel.core.plan;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Phase;
import org.iptmodel.core.Violation;

/**
 * One session of a {@link Schedule}: its number, planned date and planned phase.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param number the session's number in the course, at least 1
 * @param date the planned date, not null
 * @param phase the planned phase, not null
 * @serial exclude
 */
public record PlannedSession(int number, LocalDate date, Phase phase) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a planned session.
     *
     * @param number the session's number, at least 1
     * @param date the planned date, not null
     * @param phase the planned phase, not null
     * @throws InvalidModelException if the number is below 1 ({@link ModelRule#VALUE_IN_RANGE})
     */
    public PlannedSession {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(phase, "phase");
        if (number < 1) {
            throw new InvalidModelException("PlannedSession", List.of(new Violation("number",
                    ModelRule.VALUE_IN_RANGE, "number must be at least 1, was " + number)));
        }
    }
}
