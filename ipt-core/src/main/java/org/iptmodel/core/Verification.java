package org.iptmodel.core;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What an explicit check of a stored result against the rules of this version found: the places
 * where the result, read as the record it is, differs from what the rules compute again today.
 *
 * <p>A ranking, a schedule or a report read back from storage says what it recorded, even after a
 * rule of the library changed; checking it against today's rules is a separate call that never
 * refuses it: {@link org.iptmodel.core.ranking.Ranking#verify}, {@link
 * org.iptmodel.core.plan.Schedule#verify()}, {@link org.iptmodel.core.report.AdherenceReport#verify()}
 * and {@link org.iptmodel.core.report.OutcomeReport#verify()}:
 *
 * <pre>{@code
 * Schedule stored = Schedule.recorded(...);       // as a document recorded it
 * Verification check = stored.verify();           // planned again from its settings
 * if (!check.isConfirmed()) {
 *     check.discrepancies();                      // [sessions[6].date: ...]
 * }
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param discrepancies the places that differ, in the order of the value's attributes; empty when
 *     the rules give the recorded values again
 * @serial exclude
 */
public record Verification(List<Discrepancy> discrepancies) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * One place where a recorded value differs from the value the rules compute again.
     *
     * @param path the attribute that differs, in the form {@code sessions[6].date}; empty for the
     *     value as a whole, never null
     * @param message a sentence saying what the rules give there, made of numbers, paths and enum
     *     values only, not blank
     * @serial exclude
     */
    public record Discrepancy(String path, String message) implements Serializable {
        private static final long serialVersionUID = 1L;

        /**
         * Creates a discrepancy.
         *
         * @param path the path, not null
         * @param message the sentence, not null
         * @throws InvalidModelException if the message is blank ({@link ModelRule#NOT_BLANK}, path
         *     {@code message})
         */
        public Discrepancy {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
            if (message.isBlank()) {
                throw new InvalidModelException("Discrepancy", List.of(new Violation("message",
                        ModelRule.NOT_BLANK, "message " + ModelRule.NOT_BLANK.description())));
            }
        }

        /**
         * Returns the path and the message, {@code "sessions[6].date: the planner gives a date 7
         * days later"}; never patient text.
         *
         * @return the description, not null
         */
        @Override
        public String toString() {
            return path + ": " + message;
        }
    }

    /**
     * Creates a verification.
     *
     * @param discrepancies the places that differ, not null, without null elements
     */
    public Verification {
        discrepancies = List.copyOf(discrepancies);
    }

    /**
     * Returns the verification of a value that the rules give again exactly.
     *
     * @return a verification without discrepancy, not null
     */
    public static Verification confirmed() {
        return new Verification(List.of());
    }

    /**
     * Checks whether the rules of this version give the recorded values again.
     *
     * @return true if there is no discrepancy
     */
    public boolean isConfirmed() {
        return discrepancies.isEmpty();
    }
}
