package org.iptmodel.core;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.iptmodel.core.internal.SerialParts;

/**
 * A score on a symptom instrument: the total and, optionally, the response to each item.
 *
 * <pre>{@code
 * Measurement m = Measurement.builder()
 *         .instrument(Instrument.phq9())
 *         .total(11)
 *         .build();
 * m.severity(); // MODERATE
 * }</pre>
 *
 * <p>Invariants ({@link ModelRule#VALUE_IN_RANGE}, {@link ModelRule#SCORE_MATCHES_INSTRUMENT}):
 * the total lies between 0 and the instrument's maximum; item responses, when given, are exactly
 * one per item of the instrument, each between 0 and its item's maximum, and sum to the total.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Measurement implements WithMeasurement, Serializable {
    private static final long serialVersionUID = 1L;

    Measurement() {
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
     * Obtains a measurement with a total only.
     *
     * @param instrument the instrument, not null
     * @param total the total score
     * @return the measurement, not null
     * @throws InvalidModelException if the total is outside the instrument's range
     */
    public static Measurement of(Instrument instrument, int total) {
        return builder().instrument(instrument).total(total).build();
    }

    /**
     * Returns the instrument scored.
     *
     * @return the instrument, not null
     */
    public abstract Instrument instrument();

    /**
     * Returns the total score.
     *
     * @return the total, between 0 and the instrument's maximum
     */
    public abstract int total();

    /**
     * Returns the response to each item, in item order, or an empty list if only the total was
     * recorded.
     *
     * @return the item responses, unmodifiable
     */
    public abstract List<Integer> items();

    /**
     * Returns the severity band of the total, by the instrument's bands.
     *
     * @return the severity, not null
     */
    public Severity severity() {
        return instrument().severityOf(total());
    }

    /**
     * Returns the response to the instrument's suicidality item, when the instrument has one and
     * the items were recorded.
     *
     * @return the response, or empty
     */
    public OptionalInt suicidalityResponse() {
        OptionalInt item = instrument().suicidalityItem();
        if (item.isEmpty() || items().isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(items().get(item.getAsInt() - 1));
    }

    @Value.Check
    void check() {
        Checker c = new Checker("Measurement");
        Instrument instrument = instrument();
        c.range(total(), 0, instrument.maxScore(), "total");
        List<Integer> items = items();
        if (!items.isEmpty()) {
            if (items.size() != instrument.itemCount()) {
                c.add("items", ModelRule.SCORE_MATCHES_INSTRUMENT,
                        "items must hold " + instrument.itemCount() + " responses, held " + items.size());
            } else {
                int sum = 0;
                for (int i = 0; i < items.size(); i++) {
                    c.range(items.get(i), 0, instrument.itemMaxima().get(i), "items", i, "");
                    sum += items.get(i);
                }
                if (sum != total()) {
                    c.add("items", ModelRule.SCORE_MATCHES_INSTRUMENT,
                            "items must sum to total " + total() + ", sum " + sum);
                }
            }
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
     * Builds a {@link Measurement}. Obtain one with {@link Measurement#builder()}. Not thread-safe.
     */
    public static final class Builder extends ImmutableMeasurement.Builder {
        Builder() {
        }
    }
}
