package org.iptmodel.core;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.iptmodel.core.internal.SerialParts;

/**
 * The interpersonal formulation: the link between the depressive syndrome and one or more
 * problem areas, which the patient must explicitly accept before the middle phase (Markowitz
 * 2006; IPT UK, Stages of IPT; Stuart and Robertson 2012).
 *
 * <p>Invariants: at least one area, without repeats; the onset event, if recorded, is not blank;
 * the dates lie between {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE}
 * ({@link ModelRule#VALUE_IN_RANGE}); the acceptance, if recorded with a presentation date, does
 * not precede it ({@link ModelRule#DATE_ORDER}).
 * The onset event is redacted.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Formulation implements WithFormulation, Serializable {
    private static final long serialVersionUID = 1L;

    Formulation() {
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
     * Returns the problem areas the formulation links the depression to.
     *
     * @return the areas, unmodifiable, not empty, without repeats
     */
    public abstract List<ProblemArea> areas();

    /**
     * Returns the patient's description of the event near onset. Redacted.
     *
     * @return the event, not blank, or empty
     */
    @Value.Redacted
    public abstract Optional<String> onsetEvent();

    /**
     * Returns the date the formulation was presented to the patient, if recorded.
     *
     * <p>Between 1900-01-01 and 9999-12-31, as every date of the model ({@link Bounds}): every date
     * then has four-digit years, and whatever is planned or reported from it stays within the
     * range of dates.
     *
     * @return the date, between {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE},
     *     or empty
     */
    public abstract Optional<LocalDate> presentedOn();

    /**
     * Returns the date the patient explicitly accepted the formulation, if they have.
     *
     * <p>Between 1900-01-01 and 9999-12-31, as every date of the model ({@link Bounds}): every date
     * then has four-digit years, and whatever is planned or reported from it stays within the
     * range of dates.
     *
     * @return the date, between {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE},
     *     or empty while not accepted
     */
    public abstract Optional<LocalDate> acceptedOn();

    /**
     * Checks whether the patient has accepted the formulation.
     *
     * @return true if {@link #acceptedOn()} is present
     */
    public boolean isAccepted() {
        return acceptedOn().isPresent();
    }

    @Value.Check
    void check() {
        Checker c = new Checker("Formulation");
        c.check(!areas().isEmpty(), "areas", ModelRule.REQUIRED, "areas must not be empty");
        c.distinct(areas(), "areas");
        c.notBlank(onsetEvent(), "onsetEvent");
        c.date(presentedOn(), "presentedOn");
        c.date(acceptedOn(), "acceptedOn");
        if (presentedOn().isPresent() && acceptedOn().isPresent()) {
            c.check(!acceptedOn().get().isBefore(presentedOn().get()), "acceptedOn", ModelRule.DATE_ORDER,
                    "acceptedOn must not precede presentedOn");
        }
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
     * Builds a {@link Formulation}. Obtain one with {@link Formulation#builder()}. Not thread-safe.
     */
    public static final class Builder extends ImmutableFormulation.Builder {
        Builder() {
        }
    }
}
