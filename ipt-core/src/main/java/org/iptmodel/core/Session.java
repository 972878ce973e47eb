package org.iptmodel.core;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.iptmodel.core.internal.SerialParts;

/**
 * One session held in a course: its number, date, phase and length, what was done in it and the
 * measurements taken.
 *
 * <pre>{@code
 * Session first = Session.builder()
 *         .number(1)
 *         .date(LocalDate.of(2026, 1, 5))
 *         .phase(Phase.INITIAL)
 *         .length(Duration.ofMinutes(50))
 *         .addTechniques(Technique.EXPLORATORY)
 *         .addMeasurements(Measurement.of(Instrument.phq9(), 17))
 *         .build();
 * }</pre>
 *
 * <p>Invariants: the number is at least 1; the date lies between {@link Bounds#EARLIEST_DATE} and
 * {@link Bounds#LATEST_DATE}, as every date of the model; the length is positive and at most 8
 * hours (all {@link ModelRule#VALUE_IN_RANGE}); at most one measurement per instrument
 * ({@link ModelRule#DISTINCT}); notes, if present, are not blank. A course adds the rules that
 * link sessions to each other (numbering, dates, phases).
 *
 * <p>The notes are clinical free text: they never appear in {@code toString()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Session implements WithSession, Serializable {
    private static final long serialVersionUID = 1L;

    Session() {
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the session's number in its course, starting at 1.
     *
     * @return the number, at least 1
     */
    public abstract int number();

    /**
     * Returns the date the session was held.
     *
     * <p>Between 1900-01-01 and 9999-12-31 ({@link Bounds}): the four-digit years of ISO-8601, and
     * every date planned or checked from a session stays within the range of dates.
     *
     * @return the date, between {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE}
     */
    public abstract LocalDate date();

    /**
     * Returns the phase of the course the session belongs to.
     *
     * @return the phase, not null
     */
    public abstract Phase phase();

    /**
     * Returns how long the session lasted.
     *
     * @return the length, positive and at most 8 hours
     */
    public abstract Duration length();

    /**
     * Returns the techniques used.
     *
     * @return the techniques, in enum order, unmodifiable
     */
    public abstract Set<Technique> techniques();

    /**
     * Returns the problem areas worked on.
     *
     * @return the areas, in enum order, unmodifiable
     */
    public abstract Set<ProblemArea> areasAddressed();

    /**
     * Returns the measurements taken, at most one per instrument.
     *
     * @return the measurements, unmodifiable
     */
    public abstract List<Measurement> measurements();

    /**
     * Returns the clinician's notes. Redacted from {@code toString()}.
     *
     * @return the notes, not blank, or empty
     */
    @Value.Redacted
    public abstract Optional<String> notes();

    /**
     * Finds the measurement taken with an instrument.
     *
     * @param instrument the instrument, not null
     * @return the measurement, or empty
     */
    public Optional<Measurement> measurement(Instrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        return measurements().stream().filter(m -> m.instrument().equals(instrument)).findFirst();
    }

    @Value.Check
    void check() {
        Checker c = new Checker("Session");
        c.range(number(), 1, Integer.MAX_VALUE, "number");
        c.date(date(), "date");
        c.check(Protocol.isLength(length()), "length", ModelRule.VALUE_IN_RANGE,
                "length must be positive and at most 8 hours");
        c.distinct(measurements(), Measurement::instrument, "measurements", ".instrument", ModelRule.DISTINCT);
        c.notBlank(notes(), "notes");
        c.done();
    }

    /**
     * Replaces this value in a serialization stream by its serialized form, which is read back
     * through the builder, so every invariant is checked again.
     *
     * @return the serialized form, not null
     */
    Object writeReplace() {
        return SerialProxy.of(this);
    }

    /**
     * Refuses a stream that holds this class without its serialized form.
     *
     * @param in the stream
     * @throws InvalidObjectException always
     */
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw SerialParts.proxyRequired();
    }

    /**
     * Refuses a stream that holds a subclass without this class's part.
     *
     * @throws InvalidObjectException always
     */
    private void readObjectNoData() throws InvalidObjectException {
        throw SerialParts.proxyRequired();
    }

    /**
     * Builds a {@link Session}. Obtain one with {@link Session#builder()}. Not thread-safe.
     */
    public static final class Builder extends ImmutableSession.Builder {
        Builder() {
        }
    }
}
