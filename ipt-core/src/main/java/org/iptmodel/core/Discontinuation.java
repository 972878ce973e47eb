package org.iptmodel.core;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The record of a course that ended early: when, and a coded reason.
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
     */
    public static Discontinuation of(LocalDate date, DiscontinuationReason reason) {
        return new Builder().date(date).reason(reason).build();
    }

    /**
     * Returns the date the course ended.
     *
     * @return the date, not null
     */
    public abstract LocalDate date();

    /**
     * Returns why the course ended.
     *
     * @return the reason, not null
     */
    public abstract DiscontinuationReason reason();

    /** Builds a {@link Discontinuation}; used through {@link Discontinuation#of}. */
    static final class Builder extends ImmutableDiscontinuation.Builder {
        Builder() {
        }
    }
}
