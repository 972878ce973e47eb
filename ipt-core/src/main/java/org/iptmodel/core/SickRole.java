package org.iptmodel.core;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.iptmodel.core.internal.SerialParts;

/**
 * The sick role given to the patient in the initial phase: when, and whether full or limited
 * (see {@link SickRoleKind}).
 *
 * <p>Invariant: the date lies between {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE}
 * ({@link ModelRule#VALUE_IN_RANGE}), as every date of the model.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SickRole implements WithSickRole, Serializable {
    private static final long serialVersionUID = 1L;

    SickRole() {
    }

    /**
     * Obtains a sick role.
     *
     * @param kind full or limited, not null
     * @param grantedOn the date it was given, not null
     * @return the sick role, not null
     * @throws InvalidModelException if the date is outside the model's range
     *     ({@link ModelRule#VALUE_IN_RANGE}, path {@code grantedOn})
     */
    public static SickRole of(SickRoleKind kind, LocalDate grantedOn) {
        return new Builder().kind(kind).grantedOn(grantedOn).build();
    }

    /**
     * Returns whether the sick role is full or limited.
     *
     * @return the kind, not null
     */
    public abstract SickRoleKind kind();

    /**
     * Returns the date the sick role was given.
     *
     * <p>Between 1900-01-01 and 9999-12-31, as every date of the model ({@link Bounds}): every date
     * then has four-digit years, and whatever is planned or reported from it stays within the
     * range of dates.
     *
     * @return the date, between {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE}
     */
    public abstract LocalDate grantedOn();

    @Value.Check
    void check() {
        new Checker("SickRole").date(grantedOn(), "grantedOn").done();
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

    /** Builds a {@link SickRole}; used through {@link SickRole#of}. */
    static final class Builder extends ImmutableSickRole.Builder {
        Builder() {
        }
    }
}
