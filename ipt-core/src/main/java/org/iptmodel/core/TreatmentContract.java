package org.iptmodel.core;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.iptmodel.core.internal.SerialParts;

/**
 * The treatment contract: the time frame fixed at the outset, and its amendments.
 *
 * <p>Acute IPT is time-limited; the number of sessions, their frequency and length are agreed in a
 * contract at the start (ISIPT, <i>Key IPT strategies</i>). Continuation and maintenance come by a
 * new contract ({@link ContractType}). The contract's numbers may differ from the protocol's: that
 * is guidance, reported by adherence, not an invariant.
 *
 * <pre>{@code
 * TreatmentContract contract = TreatmentContract.builder()
 *         .plannedSessions(16)
 *         .cadence(Period.ofWeeks(1))
 *         .sessionLength(Duration.ofMinutes(50))
 *         .start(LocalDate.of(2026, 1, 5))
 *         .build();
 * }</pre>
 *
 * <p>Invariants: planned sessions 0 to 10,000; the cadence positive and at most one year
 * ({@link Bounds#isCadence}); the session length positive and at most 8 hours; the start between
 * {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE}; at most
 * {@link Bounds#MAX_AMENDMENTS} (1,000) amendments (all {@link ModelRule#VALUE_IN_RANGE});
 * amendments dated on or after the start and in date order ({@link ModelRule#DATE_ORDER}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TreatmentContract implements WithTreatmentContract, Serializable {
    private static final long serialVersionUID = 1L;

    TreatmentContract() {
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
     * Returns the kind of treatment contracted.
     *
     * @return the type, by default {@link ContractType#ACUTE}
     */
    @Value.Default
    public ContractType type() {
        return ContractType.ACUTE;
    }

    /**
     * Returns the number of sessions agreed at the start.
     *
     * @return the count, 0 to {@link Bounds#MAX_CONTRACT_SESSIONS} (10,000)
     */
    public abstract int plannedSessions();

    /**
     * Returns the agreed time between sessions.
     *
     * <p>At most one year ({@link Bounds#isCadence}): monthly maintenance sessions are the rarest
     * cadence the IPT literature reports (Frank et al. 1990; Frank et al. 2007); the upper bound
     * of one year is the library's own limit, generous beyond that, which keeps every date planned
     * or checked from the contract within the range of dates.
     *
     * @return the cadence, positive and at most one year
     */
    public abstract Period cadence();

    /**
     * Returns the agreed session length.
     *
     * @return the length, positive, at most 8 hours
     */
    public abstract Duration sessionLength();

    /**
     * Returns the date treatment starts.
     *
     * <p>Between {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE}, as every date of the
     * model: the four-digit years of ISO-8601, and a plan from the start stays within the range
     * of dates.
     *
     * @return the date, between 1900-01-01 and 9999-12-31
     */
    public abstract LocalDate start();

    /**
     * Returns the amendments, in date order.
     *
     * <p>At most {@link Bounds#MAX_AMENDMENTS}, 1,000: the library's own limit, far beyond any
     * renegotiation of a course, so that {@link #totalSessions()} never overflows.
     *
     * @return the amendments, unmodifiable, at most 1,000
     */
    public abstract List<ContractAmendment> amendments();

    /**
     * Returns the number of sessions after all amendments.
     *
     * @return planned sessions plus every amendment's extra sessions, at most 10,010,000
     */
    public int totalSessions() {
        return plannedSessions() + amendments().stream().mapToInt(ContractAmendment::extraSessions).sum();
    }

    /**
     * Returns the cadence after all amendments.
     *
     * @return the latest amended cadence, or the agreed one
     */
    public Period currentCadence() {
        Period cadence = cadence();
        for (ContractAmendment amendment : amendments()) {
            cadence = amendment.newCadence().orElse(cadence);
        }
        return cadence;
    }

    /**
     * Returns the latest focus set by an amendment, if any.
     *
     * @return the focus, or empty
     */
    public Optional<Focus> amendedFocus() {
        Optional<Focus> focus = Optional.empty();
        for (ContractAmendment amendment : amendments()) {
            if (amendment.newFocus().isPresent()) {
                focus = amendment.newFocus();
            }
        }
        return focus;
    }

    @Value.Check
    void check() {
        Checker c = new Checker("TreatmentContract");
        c.range(plannedSessions(), 0, Bounds.MAX_CONTRACT_SESSIONS, "plannedSessions");
        c.cadence(cadence(), "cadence");
        c.check(Protocol.isLength(sessionLength()), "sessionLength", ModelRule.VALUE_IN_RANGE,
                "sessionLength must be positive and at most 8 hours");
        c.date(start(), "start");
        if (amendments().size() > Bounds.MAX_AMENDMENTS) {
            c.add("amendments", ModelRule.VALUE_IN_RANGE, "amendments must hold at most " + Bounds.MAX_AMENDMENTS
                    + " amendments, held " + amendments().size());
        }
        LocalDate previous = start();
        for (int i = 0; i < amendments().size(); i++) {
            LocalDate date = amendments().get(i).date();
            if (date.isBefore(previous)) {
                String path = Checker.at("amendments", i) + ".date";
                c.add(path, ModelRule.DATE_ORDER,
                        path + " must not precede the contract start or the previous amendment");
            }
            previous = date.isBefore(previous) ? previous : date;
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
     * Builds a {@link TreatmentContract}. Obtain one with {@link TreatmentContract#builder()}.
     * Not thread-safe.
     */
    public static final class Builder extends ImmutableTreatmentContract.Builder {
        Builder() {
        }
    }
}
