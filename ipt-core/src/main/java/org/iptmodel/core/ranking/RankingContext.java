package org.iptmodel.core.ranking;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamField;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.iptmodel.core.Bounds;
import org.iptmodel.core.Course;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.Violation;
import org.iptmodel.core.internal.SerialParts;

/**
 * What a ranking rule may look at besides the issues: the onset of the current episode, the
 * interpersonal inventory and the protocol.
 *
 * <p>A context is taken from a course with {@link #of(Course)}, or assembled without one:
 *
 * <pre>{@code
 * RankingContext context = RankingContext.of(Protocol.standard(), inventory)
 *         .withEpisodeOnset(LocalDate.of(2025, 11, 3));
 * }</pre>
 *
 * <p>The context indexes the inventory's people by id once, when it is created, so that
 * {@link #person(PersonId)} and {@link #isDeceased(PersonId)} take constant time inside a rule.
 *
 * <p>This class is immutable and thread-safe. Equality compares the onset, the inventory and the
 * protocol.
 */
public final class RankingContext implements Serializable {
    private static final long serialVersionUID = 1L;
    /** No field is serialized: the serialized form is a {@code SerialProxy} ({@link #writeReplace()}). */
    private static final ObjectStreamField[] serialPersistentFields = {};

    private final LocalDate episodeOnset;
    private final InterpersonalInventory inventory;
    private final Protocol protocol;
    private final Map<PersonId, Relationship> people;

    private RankingContext(LocalDate episodeOnset, InterpersonalInventory inventory, Protocol protocol) {
        this.episodeOnset = episodeOnset;
        this.inventory = inventory;
        this.protocol = protocol;
        Map<PersonId, Relationship> index = new HashMap<>();
        for (Relationship person : inventory.people()) {
            index.put(person.id(), person);
        }
        this.people = Map.copyOf(index);
    }

    /**
     * Obtains the context of a course: its episode onset, inventory and protocol.
     *
     * @param course the course, not null
     * @return the context, not null
     */
    public static RankingContext of(Course course) {
        Objects.requireNonNull(course, "course");
        return new RankingContext(course.episodeOnset().orElse(null), course.inventory(), course.protocol());
    }

    /**
     * Obtains a context with a protocol and an inventory, and no known episode onset.
     *
     * @param protocol the protocol, not null
     * @param inventory the interpersonal inventory, not null
     * @return the context, not null
     */
    public static RankingContext of(Protocol protocol, InterpersonalInventory inventory) {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(inventory, "inventory");
        return new RankingContext(null, inventory, protocol);
    }

    /**
     * Returns a copy with the given onset of the current episode.
     *
     * @param onset the onset date, between {@link Bounds#EARLIEST_DATE} and
     *     {@link Bounds#LATEST_DATE} as every date of the model, not null
     * @return the copy, not null
     * @throws InvalidModelException if the date is outside that range
     *     ({@link ModelRule#VALUE_IN_RANGE}, path {@code episodeOnset})
     */
    public RankingContext withEpisodeOnset(LocalDate onset) {
        Objects.requireNonNull(onset, "onset");
        if (!Bounds.isInDateRange(onset)) {
            throw new InvalidModelException("RankingContext", List.of(new Violation("episodeOnset",
                    ModelRule.VALUE_IN_RANGE, "episodeOnset must be between " + Bounds.EARLIEST_DATE + " and "
                            + Bounds.LATEST_DATE)));
        }
        return new RankingContext(onset, inventory, protocol);
    }

    /**
     * Returns a copy with the given inventory.
     *
     * @param inventory the inventory, not null
     * @return the copy, not null
     */
    public RankingContext withInventory(InterpersonalInventory inventory) {
        Objects.requireNonNull(inventory, "inventory");
        return new RankingContext(episodeOnset, inventory, protocol);
    }

    /**
     * Returns a copy with the given protocol.
     *
     * @param protocol the protocol, not null
     * @return the copy, not null
     */
    public RankingContext withProtocol(Protocol protocol) {
        Objects.requireNonNull(protocol, "protocol");
        return new RankingContext(episodeOnset, inventory, protocol);
    }

    /**
     * Returns the onset date of the current depressive episode, if known.
     *
     * @return the date, or empty
     */
    public Optional<LocalDate> episodeOnset() {
        return Optional.ofNullable(episodeOnset);
    }

    /**
     * Returns the interpersonal inventory.
     *
     * @return the inventory, not null
     */
    public InterpersonalInventory inventory() {
        return inventory;
    }

    /**
     * Returns the protocol, whose problem areas and maximum number of focal areas bound the
     * focus.
     *
     * @return the protocol, not null
     */
    public Protocol protocol() {
        return protocol;
    }

    /**
     * Finds a person of the inventory by id, in constant time.
     *
     * @param id the person's id, not null
     * @return the person, or empty if the inventory has nobody with this id
     */
    public Optional<Relationship> person(PersonId id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(people.get(id));
    }

    /**
     * Checks whether the inventory records a person as deceased, in constant time.
     *
     * @param id the person's id, not null
     * @return true if the inventory holds the person and records them as deceased
     */
    public boolean isDeceased(PersonId id) {
        Objects.requireNonNull(id, "id");
        Relationship person = people.get(id);
        return person != null && person.deceased();
    }

    /** Whether the inventory holds a person with this id; as {@code person(id).isPresent()}. */
    boolean knows(PersonId id) {
        return people.containsKey(id);
    }

    /**
     * Checks whether this context equals another: same onset, inventory and protocol.
     *
     * @param other the other object, may be null
     * @return true if equal
     */
    /**
     * Replaces this context in a serialization stream by its serialized form, which is read back
     * through the factories, so every invariant is checked again.
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

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RankingContext)) {
            return false;
        }
        RankingContext that = (RankingContext) other;
        return Objects.equals(episodeOnset, that.episodeOnset) && inventory.equals(that.inventory)
                && protocol.equals(that.protocol);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(episodeOnset, inventory, protocol);
    }

    /**
     * Returns a description with the onset, the number of people and the protocol id; never an
     * alias or other patient text.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "RankingContext[episodeOnset=" + (episodeOnset == null ? "unknown" : episodeOnset)
                + ", people=" + people.size() + ", protocol=" + protocol.id() + "]";
    }
}
