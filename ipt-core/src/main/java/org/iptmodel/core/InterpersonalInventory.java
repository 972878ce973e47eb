package org.iptmodel.core;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.iptmodel.core.internal.SerialParts;

/**
 * The interpersonal inventory: the people who matter to the patient, placed on a closeness circle.
 *
 * <p>The closeness circle puts the patient at the centre and each person on a ring by felt
 * closeness, ring 1 innermost. Worksheets show 3 or 4 rings; the canonical number is UNCONFIRMED,
 * so it is a parameter, {@link #circleLevels()}, defaulting to 3.
 *
 * <pre>{@code
 * InterpersonalInventory inventory = InterpersonalInventory.builder()
 *         .addPeople(Relationship.builder()
 *                 .id(PersonId.of("p-1")).alias("partner").relation(RelationKind.PARTNER)
 *                 .closeness(1).contact(ContactFrequency.DAILY).build())
 *         .build();
 * }</pre>
 *
 * <p>Invariants: person ids are unique ({@link ModelRule#UNIQUE_IDS}); the number of rings lies
 * between 1 and {@value #MAX_CIRCLE_LEVELS}, and every person's closeness within it
 * ({@link ModelRule#VALUE_IN_RANGE}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class InterpersonalInventory implements WithInterpersonalInventory, Serializable {
    private static final long serialVersionUID = 1L;

    /** The largest number of rings a closeness circle may have. */
    public static final int MAX_CIRCLE_LEVELS = 10;
    /** The default number of rings, from the worksheets (UNCONFIRMED as canonical). */
    public static final int DEFAULT_CIRCLE_LEVELS = 3;

    InterpersonalInventory() {
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
     * Returns an inventory with no people and the default number of rings.
     *
     * @return the empty inventory, not null
     */
    public static InterpersonalInventory empty() {
        return builder().build();
    }

    /**
     * Returns the number of rings of the closeness circle.
     *
     * @return the count, between 1 and {@value #MAX_CIRCLE_LEVELS}, by default {@value #DEFAULT_CIRCLE_LEVELS}
     */
    @Value.Default
    public int circleLevels() {
        return DEFAULT_CIRCLE_LEVELS;
    }

    /**
     * Returns the people of the inventory.
     *
     * @return the people, unmodifiable
     */
    public abstract List<Relationship> people();

    /**
     * Finds a person by id.
     *
     * @param id the id, not null
     * @return the person, or empty
     */
    public Optional<Relationship> person(PersonId id) {
        Objects.requireNonNull(id, "id");
        for (Relationship person : people()) {
            if (person.id().equals(id)) {
                return Optional.of(person);
            }
        }
        return Optional.empty();
    }

    /**
     * Checks whether the inventory holds a person.
     *
     * @param id the id, not null
     * @return true if a person has this id
     */
    public boolean contains(PersonId id) {
        return person(id).isPresent();
    }

    @Value.Check
    void check() {
        Checker c = new Checker("InterpersonalInventory");
        c.range(circleLevels(), 1, MAX_CIRCLE_LEVELS, "circleLevels");
        List<Relationship> people = people();
        c.distinct(people, Relationship::id, "people", ".id", ModelRule.UNIQUE_IDS);
        for (int i = 0; i < people.size(); i++) {
            c.range(people.get(i).closeness(), 1, circleLevels(), "people", i, ".closeness");
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
     * Builds an {@link InterpersonalInventory}. Obtain one with {@link InterpersonalInventory#builder()}.
     * Not thread-safe.
     */
    public static final class Builder extends ImmutableInterpersonalInventory.Builder {
        Builder() {
        }
    }
}
