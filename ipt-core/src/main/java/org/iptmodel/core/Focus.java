package org.iptmodel.core;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.iptmodel.core.internal.SerialParts;

/**
 * The problem areas chosen as the focus of treatment: one primary area and, optionally, secondary
 * areas.
 *
 * <p>IPT aims for one primary area, two at most (Weissman, Markowitz and Klerman 2018;
 * Swartz et al. 2014 for brief IPT); the patient's explicit agreement is recorded (the focus is
 * negotiated: IPT UK, Stages of IPT; Stuart and Robertson 2012). A focus is normally selected from the
 * ranking of the patient's issues ({@link FocusBasis#RANKING}); a clinician may override the
 * selection with a recorded reason ({@link FocusBasis#CLINICIAN_OVERRIDE}), which is allowed and
 * later reported as a deviation. A new focus during a course is a contract amendment.
 *
 * <pre>{@code
 * Focus focus = Focus.builder()
 *         .primary(ProblemArea.ROLE_DISPUTE)
 *         .addIssue(IssueId.of("i-1"))
 *         .agreedOn(LocalDate.of(2026, 1, 19))
 *         .build();
 * }</pre>
 *
 * <p>Invariants: secondary areas are distinct and exclude the primary area, issues are not
 * repeated ({@link ModelRule#DISTINCT}); the agreement date lies between
 * {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE} ({@link ModelRule#VALUE_IN_RANGE});
 * an override reason is present exactly for a clinician override and not blank
 * ({@link ModelRule#PRESENCE}). A course adds that the focus fits its
 * protocol and names its issues. The override reason is redacted.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Focus implements WithFocus, Serializable {
    private static final long serialVersionUID = 1L;

    Focus() {
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
     * Returns the primary problem area.
     *
     * @return the area, not null
     */
    public abstract ProblemArea primary();

    /**
     * Returns the secondary problem areas, in order of importance.
     *
     * @return the areas, unmodifiable, without the primary area or repeats
     */
    public abstract List<ProblemArea> secondary();

    /**
     * Returns the issues the focus works on, by id.
     *
     * @return the issue ids, unmodifiable, without repeats
     */
    public abstract List<IssueId> issues();

    /**
     * Returns how the focus was chosen.
     *
     * @return the basis, by default {@link FocusBasis#RANKING}
     */
    @Value.Default
    public FocusBasis basis() {
        return FocusBasis.RANKING;
    }

    /**
     * Returns the clinician's reason for overriding the selection rules. Redacted.
     *
     * @return the reason, present exactly when the basis is {@link FocusBasis#CLINICIAN_OVERRIDE}
     */
    @Value.Redacted
    public abstract Optional<String> overrideReason();

    /**
     * Returns the date the patient agreed to the focus, if they have.
     *
     * <p>Between 1900-01-01 and 9999-12-31, as every date of the model ({@link Bounds}): every date
     * then has four-digit years, and whatever is planned or reported from it stays within the
     * range of dates.
     *
     * @return the date, between {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE},
     *     or empty while not agreed
     */
    public abstract Optional<LocalDate> agreedOn();

    /**
     * Returns every area of the focus, the primary first.
     *
     * @return the areas, unmodifiable, not empty
     */
    public List<ProblemArea> areas() {
        List<ProblemArea> areas = new ArrayList<>(1 + secondary().size());
        areas.add(primary());
        areas.addAll(secondary());
        return List.copyOf(areas);
    }

    /**
     * Checks whether the patient has agreed to the focus.
     *
     * @return true if {@link #agreedOn()} is present
     */
    public boolean isAgreed() {
        return agreedOn().isPresent();
    }

    @Value.Check
    void check() {
        Checker c = new Checker("Focus");
        c.distinct(secondary(), "secondary");
        if (secondary().contains(primary())) {
            c.add("secondary", ModelRule.DISTINCT, "secondary must not contain the primary area " + primary());
        }
        c.distinct(issues(), "issues");
        boolean override = basis() == FocusBasis.CLINICIAN_OVERRIDE;
        c.check(overrideReason().isPresent() == override, "overrideReason", ModelRule.PRESENCE,
                "overrideReason must be present exactly for a CLINICIAN_OVERRIDE");
        c.notBlank(overrideReason(), "overrideReason");
        c.date(agreedOn(), "agreedOn");
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
     * Builds a {@link Focus}. Obtain one with {@link Focus#builder()}. Not thread-safe.
     */
    public static final class Builder extends ImmutableFocus.Builder {
        Builder() {
        }
    }
}
