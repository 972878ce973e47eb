package org.iptmodel.core;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.iptmodel.core.internal.SerialParts;

/**
 * The record of a course that ended early: when, and a coded reason.
 *
 * <p>Invariant: the date lies between {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE}
 * ({@link ModelRule#VALUE_IN_RANGE}), as every date of the model.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Discontinuation implements WithDiscontinuation, Serializable {
    private static final long serialVersionUID = 1L;

    Discontinuation() {
    }

    /**
     * Obtains a discontinuation record.
     *
     * @param date the date the course ended, not null
     * @param reason why it ended, not null
     * @return the record, not null
     * @throws InvalidModelException if the date is outside the model's range
     *     ({@link ModelRule#VALUE_IN_RANGE}, path {@code date})
     */
    public static Discontinuation of(LocalDate date, DiscontinuationReason reason) {
        return new Builder().date(date).reason(reason).build();
    }

    /**
     * Returns the date the course ended.
     *
     * <p>Between 1900-01-01 and 9999-12-31, as every date of the model ({@link Bounds}): every date
     * then has four-digit years, and whatever is planned or reported from it stays within the
     * range of dates.
     *
     * @return the date, between {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE}
     */
    public abstract LocalDate date();

    /**
     * Returns why the course ended.
     *
     * @return the reason, not null
     */
    public abstract DiscontinuationReason reason();

    @Value.Check
    void check() {
        new Checker("Discontinuation").date(date(), "date").done();
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

    /** Builds a {@link Discontinuation}; used through {@link Discontinuation#of}. */
    static final class Builder extends ImmutableDiscontinuation.Builder {
        Builder() {
        }
    }
}
