package org.iptmodel.core;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The record of a course that ended early: when, and a coded reason.
 *
 * <p>Invariant: the date lies between {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE}
 * ({@link ModelRule#VALUE_IN_RANGE}), as every date of the model.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Discontinuation implements WithDiscontinuation {

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

    /** Builds a {@link Discontinuation}; used through {@link Discontinuation#of}. */
    static final class Builder extends ImmutableDiscontinuation.Builder {
        Builder() {
        }
    }
}
