package org.iptmodel.core;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.iptmodel.core.internal.SerialParts;

/**
 * A person who matters to the patient, as recorded in the interpersonal inventory.
 *
 * <p>The inventory reviews the important people, past and present: how close they are, how often
 * the patient sees them, what is satisfying and unsatisfying in the relationship, the mutual
 * expectations and the changes the patient wishes for, and whether the relationship changed near
 * the onset of the episode (ISIPT, <i>Key IPT strategies</i>; Markowitz 2006). Closeness is the
 * person's ring in the closeness circle, 1 being innermost.
 *
 * <p>The alias and all free-text lists are redacted: they never appear in {@code toString()} nor
 * in an exception message. The alias is how the patient refers to the person and should not be a
 * full name.
 *
 * <p>Invariants: the alias and every text are not blank ({@link ModelRule#NOT_BLANK}); closeness is
 * 1 to {@value InterpersonalInventory#MAX_CIRCLE_LEVELS} (the inventory checks it against its own
 * number of rings); a date of death is recorded
 * only for a deceased person ({@link ModelRule#PRESENCE}) and lies between
 * {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE} ({@link ModelRule#VALUE_IN_RANGE}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Relationship implements WithRelationship, Serializable {
    private static final long serialVersionUID = 1L;

    Relationship() {
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
     * Returns the person's identifier within the inventory.
     *
     * @return the id, not null
     */
    public abstract PersonId id();

    /**
     * Returns how the patient refers to the person. Redacted.
     *
     * @return the alias, not blank
     */
    @Value.Redacted
    public abstract String alias();

    /**
     * Returns how the person is related to the patient.
     *
     * @return the relation, not null
     */
    public abstract RelationKind relation();

    /**
     * Returns the person's ring in the closeness circle, 1 being the closest.
     *
     * @return the ring, 1 to {@value InterpersonalInventory#MAX_CIRCLE_LEVELS}
     */
    public abstract int closeness();

    /**
     * Returns how often the patient is in contact with the person.
     *
     * @return the frequency, not null
     */
    public abstract ContactFrequency contact();

    /**
     * Returns whether the person has died.
     *
     * @return true if deceased
     */
    @Value.Default
    public boolean deceased() {
        return false;
    }

    /**
     * Returns the date of the person's death, if known.
     *
     * <p>Between 1900-01-01 and 9999-12-31, as every date of the model ({@link Bounds}): every date
     * then has four-digit years, and whatever is planned or reported from it stays within the
     * range of dates.
     *
     * @return the date, between {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE},
     *     present only when {@link #deceased()}
     */
    public abstract Optional<LocalDate> dateOfDeath();

    /**
     * Returns whether the relationship changed near the onset of the current episode.
     *
     * @return true if it changed near onset
     */
    @Value.Default
    public boolean changedNearOnset() {
        return false;
    }

    /**
     * Returns the satisfying aspects of the relationship. Redacted.
     *
     * @return the aspects, unmodifiable
     */
    @Value.Redacted
    public abstract List<String> satisfyingAspects();

    /**
     * Returns the unsatisfying aspects of the relationship. Redacted.
     *
     * @return the aspects, unmodifiable
     */
    @Value.Redacted
    public abstract List<String> unsatisfyingAspects();

    /**
     * Returns the mutual expectations, and whether they are met. Redacted.
     *
     * @return the expectations, unmodifiable
     */
    @Value.Redacted
    public abstract List<String> expectations();

    /**
     * Returns the changes the patient wishes for in the relationship. Redacted.
     *
     * @return the wished-for changes, unmodifiable
     */
    @Value.Redacted
    public abstract List<String> wishedChanges();

    @Value.Check
    void check() {
        Checker c = new Checker("Relationship");
        c.notBlank(alias(), "alias");
        c.range(closeness(), 1, InterpersonalInventory.MAX_CIRCLE_LEVELS, "closeness");
        c.check(deceased() || dateOfDeath().isEmpty(), "dateOfDeath", ModelRule.PRESENCE,
                "dateOfDeath is allowed only for a deceased person");
        c.date(dateOfDeath(), "dateOfDeath");
        c.notBlank(satisfyingAspects(), "satisfyingAspects");
        c.notBlank(unsatisfyingAspects(), "unsatisfyingAspects");
        c.notBlank(expectations(), "expectations");
        c.notBlank(wishedChanges(), "wishedChanges");
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
     * Builds a {@link Relationship}. Obtain one with {@link Relationship#builder()}. Not thread-safe.
     */
    public static final class Builder extends ImmutableRelationship.Builder {
        Builder() {
        }
    }
}
