package org.iptmodel.core;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;
import org.iptmodel.core.internal.SerialParts;

/**
 * A renegotiation of the treatment contract: extra sessions, a new cadence or a new focus.
 *
 * <p>Changes to the number or frequency of sessions must be explicitly renegotiated, and a new
 * focus mid-course is a renegotiation (Weissman, Markowitz and Klerman, <i>The Guide to
 * Interpersonal Psychotherapy</i>, 2018). No numeric rule for adding sessions exists in the
 * literature: an amendment records the change and its reason, and is never forbidden.
 *
 * <p>Invariants: extra sessions 0 to 10,000; the date between {@link Bounds#EARLIEST_DATE} and
 * {@link Bounds#LATEST_DATE}; a new cadence positive and at most one year
 * ({@link Bounds#isCadence}) (all {@link ModelRule#VALUE_IN_RANGE}); the amendment changes
 * something ({@link ModelRule#AMENDMENT_CHANGES}); the reason is not blank. The reason is
 * redacted.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContractAmendment implements WithContractAmendment, Serializable {
    private static final long serialVersionUID = 1L;

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
     * <p>Between 1900-01-01 and 9999-12-31, as every date of the model ({@link Bounds}): every date
     * then has four-digit years, and whatever is planned or reported from it stays within the
     * range of dates.
     *
     * @return the date, between {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE}
     */
    public abstract LocalDate date();

    /**
     * Returns the number of sessions added to the contract.
     *
     * @return the count, 0 to {@link Bounds#MAX_CONTRACT_SESSIONS} (10,000)
     */
    @Value.Default
    public int extraSessions() {
        return 0;
    }

    /**
     * Returns the new time between sessions, if the cadence changed.
     *
     * <p>At most one year ({@link Bounds#isCadence}): monthly maintenance sessions are the rarest
     * cadence the IPT literature reports (Frank et al. 1990; Frank et al. 2007); the upper bound
     * of one year is the library's own limit, generous beyond that.
     *
     * @return the cadence, positive and at most one year, or empty
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
        c.date(date(), "date");
        c.range(extraSessions(), 0, Bounds.MAX_CONTRACT_SESSIONS, "extraSessions");
        c.check(extraSessions() > 0 || newCadence().isPresent() || newFocus().isPresent(), "",
                ModelRule.AMENDMENT_CHANGES, "an amendment " + ModelRule.AMENDMENT_CHANGES.description());
        newCadence().ifPresent(p -> c.cadence(p, "newCadence"));
        c.notBlank(reason(), "reason");
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
     * Builds a {@link ContractAmendment}. Obtain one with {@link ContractAmendment#builder()}.
     * Not thread-safe.
     */
    public static final class Builder extends ImmutableContractAmendment.Builder {
        Builder() {
        }
    }
}
