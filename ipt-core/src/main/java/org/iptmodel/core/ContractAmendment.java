package org.iptmodel.core;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A renegotiation of the treatment contract: extra sessions, a new cadence or a new focus.
 *
 * <p>Changes to the number or frequency of sessions must be explicitly renegotiated, and a new
 * focus mid-course is a renegotiation (Weissman, Markowitz and Klerman, <i>The Guide to
 * Interpersonal Psychotherapy</i>, 2018). No numeric rule for adding sessions exists in the
 * literature: an amendment records the change and its reason, and is never forbidden.
 *
 * <p>Invariants: extra sessions 0 to 10,000; the amendment changes something
 * ({@link ModelRule#AMENDMENT_CHANGES}); a new cadence is positive; the reason is not blank. The
 * reason is redacted.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContractAmendment implements WithContractAmendment {

    ContractAmendment() {
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
     * Returns the date the amendment was agreed.
     *
     * @return the date, not null
     */
    public abstract LocalDate date();

    /**
     * Returns the number of sessions added to the contract.
     *
     * @return the count, 0 to 10,000
     */
    @Value.Default
    public int extraSessions() {
        return 0;
    }

    /**
     * Returns the new time between sessions, if the cadence changed.
     *
     * @return the cadence, positive, or empty
     */
    public abstract Optional<Period> newCadence();

    /**
     * Returns the new focus, if the focus changed.
     *
     * @return the focus, or empty
     */
    public abstract Optional<Focus> newFocus();

    /**
     * Returns why the contract was amended. Redacted.
     *
     * @return the reason, not blank
     */
    @Value.Redacted
    public abstract String reason();

    @Value.Check
    void check() {
        Checker c = new Checker("ContractAmendment");
        c.range(extraSessions(), 0, 10_000, "extraSessions");
        c.check(extraSessions() > 0 || newCadence().isPresent() || newFocus().isPresent(), "",
                ModelRule.AMENDMENT_CHANGES, "an amendment " + ModelRule.AMENDMENT_CHANGES.description());
        newCadence().ifPresent(p -> c.check(Protocol.isPositive(p), "newCadence", ModelRule.VALUE_IN_RANGE,
                "newCadence must be positive"));
        c.notBlank(reason(), "reason");
        c.done();
    }

    /**
     * Builds a {@link ContractAmendment}. Obtain one with {@link ContractAmendment#builder()}.
     * Not thread-safe.
     */
    public static final class Builder extends ImmutableContractAmendment.Builder {
        Builder() {
        }
    }
}
