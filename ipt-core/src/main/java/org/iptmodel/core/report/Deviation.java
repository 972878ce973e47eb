package org.iptmodel.core.report;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Reference;
import org.iptmodel.core.Violation;

/**
 * One way a course deviates from its protocol or the IPT manuals: its kind, its severity, the
 * sessions involved and a sentence made of numbers, paths and enum values.
 *
 * <p>The severity is recorded: a deviation found by this version has the severity of its code
 * ({@link DeviationCode#severity()}), and one read back from storage keeps the severity it was
 * found with, even if a later version grades its code otherwise;
 * {@link AdherenceReport#verify()} reports the deviations whose severity is not their code's.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param code the kind of deviation, not null
 * @param severity the severity the deviation was found with, not null
 * @param sessions the numbers of the sessions involved, ascending, each at least 1; empty when the
 *     deviation concerns the course as a whole
 * @param message the sentence, not blank
 * @serial exclude
 */
public record Deviation(DeviationCode code, ReportSeverity severity, List<Integer> sessions, String message)
        implements ReportEntry, Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a deviation with the severity of its code.
     *
     * @param code the kind of deviation, not null
     * @param sessions the session numbers, not null, without null elements
     * @param message the sentence, not null
     * @throws InvalidModelException as the canonical constructor
     */
    public Deviation(DeviationCode code, List<Integer> sessions, String message) {
        this(code, Objects.requireNonNull(code, "code").severity(), sessions, message);
    }

    /**
     * Creates a deviation, such as one read back from storage, with the severity it records.
     *
     * @param code the kind of deviation, not null
     * @param severity the severity recorded, not null
     * @param sessions the session numbers, not null, without null elements
     * @param message the sentence, not null
     * @throws InvalidModelException if a session number is below 1 or out of order
     *     ({@link ModelRule#VALUE_IN_RANGE}), or the message is blank ({@link ModelRule#NOT_BLANK})
     */
    public Deviation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        sessions = List.copyOf(sessions);
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i) < 1 || (i > 0 && sessions.get(i) <= sessions.get(i - 1))) {
                throw new InvalidModelException("Deviation", List.of(new Violation("sessions[" + i + "]",
                        ModelRule.VALUE_IN_RANGE, "sessions must be ascending session numbers of at least 1")));
            }
        }
        if (message.isBlank()) {
            throw new InvalidModelException("Deviation", List.of(new Violation("message", ModelRule.NOT_BLANK,
                    "message " + ModelRule.NOT_BLANK.description())));
        }
    }

    /**
     * Returns the severity the deviation was found with: {@code code().severity()} for a
     * deviation this version finds.
     *
     * @return the severity, not null
     */
    @Override
    public ReportSeverity severity() {
        return severity;
    }

    /**
     * Returns the source of the guidance.
     *
     * @return {@code code().source()}
     */
    @Override
    public String source() {
        return code.source();
    }

    /**
     * Returns the works the guidance follows.
     *
     * @return {@code code().references()}
     */
    @Override
    public List<Reference> references() {
        return code.references();
    }

    /**
     * Returns the code, the severity and the sessions, never the message: a deviation read back
     * from storage keeps the message as it was written, which may hold any text.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "Deviation[code=" + code + ", severity=" + severity + ", sessions=" + sessions + "]";
    }
}
