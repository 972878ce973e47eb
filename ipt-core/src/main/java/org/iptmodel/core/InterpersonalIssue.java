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
 * An interpersonal issue the patient records in the initial phase.
 *
 * <p>The patient records every interpersonal issue in their life and ranks them; patient and
 * therapist then choose which to work on. An issue is classed in a problem area (with a dispute
 * stage for role disputes), names the people involved (by their inventory ids), says how it is
 * linked in time to the current episode, and carries the patient's own priority (1 = most
 * important), the distress it causes (0 to 10, a subjective-units scale; the scale is
 * UNCONFIRMED in the manuals) and how amenable to change it looks.
 *
 * <pre>{@code
 * InterpersonalIssue dispute = InterpersonalIssue.builder()
 *         .id(IssueId.of("i-1"))
 *         .summary("arguments about moving abroad")
 *         .area(ProblemArea.ROLE_DISPUTE)
 *         .disputeStage(DisputeStage.IMPASSE)
 *         .addPeople(PersonId.of("p-1"))
 *         .onsetLink(OnsetLink.PRECIPITATED_ONSET)
 *         .patientPriority(1)
 *         .distress(8)
 *         .amenability(Amenability.MODERATE)
 *         .build();
 * }</pre>
 *
 * <p>Invariants: the summary is not blank; a dispute stage only for a role dispute
 * ({@link ModelRule#DISPUTE_STAGE}); people are not repeated; priority at least 1; distress 0 to
 * 10; the date it began between {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE}
 * ({@link ModelRule#VALUE_IN_RANGE}). A course adds that every person named is in its inventory.
 * The summary is redacted.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class InterpersonalIssue implements WithInterpersonalIssue, Serializable {
    private static final long serialVersionUID = 1L;

    /** The highest distress rating. */
    public static final int MAX_DISTRESS = 10;

    InterpersonalIssue() {
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
     * Returns the issue's identifier, unique within a course.
     *
     * @return the id, not null
     */
    public abstract IssueId id();

    /**
     * Returns the patient's description of the issue. Redacted.
     *
     * @return the summary, not blank
     */
    @Value.Redacted
    public abstract String summary();

    /**
     * Returns the problem area the issue is classed in.
     *
     * @return the area, not null
     */
    public abstract ProblemArea area();

    /**
     * Returns the stage of the dispute, for role disputes.
     *
     * @return the stage, present only when the area is {@link ProblemArea#ROLE_DISPUTE}
     */
    public abstract Optional<DisputeStage> disputeStage();

    /**
     * Returns the people involved, by their inventory ids.
     *
     * @return the ids, unmodifiable, without repeats
     */
    public abstract List<PersonId> people();

    /**
     * Returns how the issue is linked in time to the current episode.
     *
     * @return the link, not null
     */
    public abstract OnsetLink onsetLink();

    /**
     * Returns when the issue began, if known.
     *
     * <p>Between 1900-01-01 and 9999-12-31, as every date of the model ({@link Bounds}): every date
     * then has four-digit years, and whatever is planned or reported from it stays within the
     * range of dates.
     *
     * @return the date, between {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE},
     *     or empty
     */
    public abstract Optional<LocalDate> began();

    /**
     * Returns the patient's own priority for the issue, 1 being the most important. Several issues
     * may share a priority.
     *
     * @return the priority, at least 1
     */
    public abstract int patientPriority();

    /**
     * Returns the distress the issue causes, from 0 (none) to {@value #MAX_DISTRESS} (extreme).
     *
     * @return the distress
     */
    public abstract int distress();

    /**
     * Returns how amenable to change the issue looks.
     *
     * @return the amenability, not null
     */
    public abstract Amenability amenability();

    @Value.Check
    void check() {
        Checker c = new Checker("InterpersonalIssue");
        c.notBlank(summary(), "summary");
        if (disputeStage().isPresent() && area() != ProblemArea.ROLE_DISPUTE) {
            c.add("disputeStage", ModelRule.DISPUTE_STAGE,
                    "disputeStage is allowed only for area ROLE_DISPUTE, area was " + area());
        }
        c.distinct(people(), "people");
        c.range(patientPriority(), 1, Integer.MAX_VALUE, "patientPriority");
        c.range(distress(), 0, MAX_DISTRESS, "distress");
        c.date(began(), "began");
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
     * Builds an {@link InterpersonalIssue}. Obtain one with {@link InterpersonalIssue#builder()}.
     * Not thread-safe.
     */
    public static final class Builder extends ImmutableInterpersonalIssue.Builder {
        Builder() {
        }
    }
}
