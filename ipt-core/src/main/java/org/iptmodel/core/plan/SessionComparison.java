package org.iptmodel.core.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.iptmodel.core.Phase;
import org.iptmodel.core.Session;

/**
 * One session number of a {@link ScheduleComparison}: the planned session, the session held, or
 * both.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SessionComparison {
    private final int number;
    private final Optional<PlannedSession> planned;
    private final Optional<LocalDate> heldDate;
    private final Optional<Phase> heldPhase;

    private SessionComparison(int number, Optional<PlannedSession> planned, Optional<LocalDate> heldDate,
            Optional<Phase> heldPhase) {
        this.number = number;
        this.planned = planned;
        this.heldDate = heldDate;
        this.heldPhase = heldPhase;
    }

    static SessionComparison of(int number, Optional<PlannedSession> planned, Optional<Session> held) {
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(held, "held");
        return new SessionComparison(number, planned, held.map(Session::date), held.map(Session::phase));
    }

    /**
     * Returns the session number compared.
     *
     * @return the number, at least 1
     */
    public int number() {
        return number;
    }

    /**
     * Returns the planned session with this number.
     *
     * @return the planned session, or empty for an extra session
     */
    public Optional<PlannedSession> planned() {
        return planned;
    }

    /**
     * Returns the date the session with this number was held.
     *
     * @return the date, or empty for a missing session
     */
    public Optional<LocalDate> heldDate() {
        return heldDate;
    }

    /**
     * Returns the phase of the session held with this number.
     *
     * @return the phase, or empty for a missing session
     */
    public Optional<Phase> heldPhase() {
        return heldPhase;
    }

    /**
     * Checks whether the session was planned but not (yet) held.
     *
     * @return true if planned and not held
     */
    public boolean isMissing() {
        return planned.isPresent() && heldDate.isEmpty();
    }

    /**
     * Checks whether the session was held beyond the plan.
     *
     * @return true if held and not planned
     */
    public boolean isExtra() {
        return planned.isEmpty() && heldDate.isPresent();
    }

    /**
     * Returns how many days after its planned date the session was held; negative if earlier.
     *
     * @return the shift in days, or empty unless the session was both planned and held
     */
    public OptionalLong dayShift() {
        if (planned.isEmpty() || heldDate.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(ChronoUnit.DAYS.between(planned.get().date(), heldDate.get()));
    }

    /**
     * Checks whether the session was held in another phase than planned.
     *
     * @return true if planned and held in different phases
     */
    public boolean isPhaseDifferent() {
        return planned.isPresent() && heldPhase.isPresent() && planned.get().phase() != heldPhase.get();
    }

    /**
     * Checks whether the session was held on its planned date in its planned phase.
     *
     * @return true if planned and held on the same date in the same phase
     */
    public boolean isOnPlan() {
        return planned.isPresent() && heldDate.isPresent() && planned.get().date().equals(heldDate.get())
                && !isPhaseDifferent();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SessionComparison c && number == c.number && planned.equals(c.planned)
                && heldDate.equals(c.heldDate) && heldPhase.equals(c.heldPhase);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, planned, heldDate, heldPhase);
    }

    /**
     * Returns the number, the planned date and phase and the held date and phase.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "SessionComparison[number=" + number + ", planned=" + planned.map(PlannedSession::toString).orElse("none")
                + ", held=" + heldDate.map(d -> d + " " + heldPhase.get()).orElse("none") + "]";
    }
}
