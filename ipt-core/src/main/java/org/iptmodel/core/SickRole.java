package org.iptmodel.core;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The sick role given to the patient in the initial phase: when, and whether full or limited
 * (see {@link SickRoleKind}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SickRole implements WithSickRole {

    SickRole() {
    }

    /**
     * Obtains a sick role.
     *
     * @param kind full or limited, not null
     * @param grantedOn the date it was given, not null
     * @return the sick role, not null
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
     * @return the date, not null
     */
    public abstract LocalDate grantedOn();

    /** Builds a {@link SickRole}; used through {@link SickRole#of}. */
    static final class Builder extends ImmutableSickRole.Builder {
        Builder() {
        }
    }
}
