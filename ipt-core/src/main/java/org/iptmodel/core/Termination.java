package org.iptmodel.core;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.iptmodel.core.internal.SerialParts;

/**
 * The record of how acute treatment ended: when the end was announced, the outcome, the next step,
 * the warning signs of relapse and whether maintenance was discussed.
 *
 * <p>The end is announced 2-4 sessions ahead; the termination phase names warning signs of relapse
 * and an action plan; the therapist discusses maintenance with every patient (Weissman, Markowitz
 * and Klerman, <i>The Guide to Interpersonal Psychotherapy</i>, 2018; Stuart and Robertson 2012).
 *
 * <p>Invariants: the date lies between {@link Bounds#EARLIEST_DATE} and
 * {@link Bounds#LATEST_DATE}, as every date of the model, and the announcing session number is at
 * least 1 (both {@link ModelRule#VALUE_IN_RANGE}; a course adds that it is one of its sessions);
 * warning signs are not blank. Warning signs are redacted.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Termination implements WithTermination, Serializable {
    private static final long serialVersionUID = 1L;

    Termination() {
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
     * Returns the date acute treatment concluded.
     *
     * <p>Between 1900-01-01 and 9999-12-31, as every date of the model ({@link Bounds}): every date
     * then has four-digit years, and whatever is planned or reported from it stays within the
     * range of dates.
     *
     * @return the date, between {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE}
     */
    public abstract LocalDate date();

    /**
     * Returns the number of the session in which the end was announced, if recorded.
     *
     * @return the session number, at least 1, or empty
     */
    public abstract OptionalInt announcedAtSession();

    /**
     * Returns the clinical outcome.
     *
     * @return the outcome, not null
     */
    public abstract TerminationOutcome outcome();

    /**
     * Returns what follows.
     *
     * @return the next step, not null
     */
    public abstract NextStep nextStep();

    /**
     * Returns the warning signs of relapse named with the patient. Redacted.
     *
     * @return the signs, unmodifiable
     */
    @Value.Redacted
    public abstract List<String> warningSigns();

    /**
     * Returns whether maintenance treatment was discussed with the patient.
     *
     * @return true if discussed
     */
    @Value.Default
    public boolean maintenanceDiscussed() {
        return false;
    }

    @Value.Check
    void check() {
        Checker c = new Checker("Termination");
        c.date(date(), "date");
        if (announcedAtSession().isPresent()) {
            c.range(announcedAtSession().getAsInt(), 1, Integer.MAX_VALUE, "announcedAtSession");
        }
        c.notBlank(warningSigns(), "warningSigns");
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
     * Builds a {@link Termination}. Obtain one with {@link Termination#builder()}. Not thread-safe.
     */
    public static final class Builder extends ImmutableTermination.Builder {
        Builder() {
        }
    }
}
