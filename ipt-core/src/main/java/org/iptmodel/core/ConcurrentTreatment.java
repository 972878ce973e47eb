package org.iptmodel.core;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.iptmodel.core.internal.SerialParts;

/**
 * A treatment the patient receives alongside IPT, such as antidepressant medication, as a coded
 * entry.
 *
 * <p>The code, if given, comes with its code system, for example the ATC code {@code N06AB06} in
 * the system {@code ATC}. Codes are identifiers, not free text.
 *
 * <p>Invariants: code and code system are both present or both absent ({@link ModelRule#PRESENCE})
 * and in identifier form; the dates lie between {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE}
 * ({@link ModelRule#VALUE_IN_RANGE}); the stop date does not precede the start date
 * ({@link ModelRule#DATE_ORDER}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ConcurrentTreatment implements WithConcurrentTreatment, Serializable {
    private static final long serialVersionUID = 1L;

    ConcurrentTreatment() {
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
     * Returns the kind of treatment.
     *
     * @return the kind, not null
     */
    public abstract TreatmentKind kind();

    /**
     * Returns the code system of {@link #code()}, such as {@code ATC}.
     *
     * @return the system, or empty
     */
    public abstract Optional<String> codeSystem();

    /**
     * Returns the treatment's code in {@link #codeSystem()}.
     *
     * @return the code, or empty
     */
    public abstract Optional<String> code();

    /**
     * Returns when the treatment started, if known.
     *
     * <p>Between 1900-01-01 and 9999-12-31, as every date of the model ({@link Bounds}): every date
     * then has four-digit years, and whatever is planned or reported from it stays within the
     * range of dates.
     *
     * @return the date, between {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE},
     *     or empty
     */
    public abstract Optional<LocalDate> started();

    /**
     * Returns when the treatment stopped, if it has.
     *
     * <p>Between 1900-01-01 and 9999-12-31, as every date of the model ({@link Bounds}): every date
     * then has four-digit years, and whatever is planned or reported from it stays within the
     * range of dates.
     *
     * @return the date, between {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE},
     *     or empty while ongoing or unknown
     */
    public abstract Optional<LocalDate> stopped();

    @Value.Check
    void check() {
        Checker c = new Checker("ConcurrentTreatment");
        c.check(codeSystem().isPresent() == code().isPresent(), "code", ModelRule.PRESENCE,
                "code and codeSystem must be both present or both absent");
        c.check(codeSystem().map(Ids::isToken).orElse(true), "codeSystem", ModelRule.ID_FORMAT);
        c.check(code().map(Ids::isToken).orElse(true), "code", ModelRule.ID_FORMAT);
        c.date(started(), "started");
        c.date(stopped(), "stopped");
        if (started().isPresent() && stopped().isPresent()) {
            c.check(!stopped().get().isBefore(started().get()), "stopped", ModelRule.DATE_ORDER,
                    "stopped must not precede started");
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
     * Builds a {@link ConcurrentTreatment}. Obtain one with {@link ConcurrentTreatment#builder()}.
     * Not thread-safe.
     */
    public static final class Builder extends ImmutableConcurrentTreatment.Builder {
        Builder() {
        }
    }
}
