package org.iptmodel.core.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Session;
import org.iptmodel.core.Violation;

/**
 * A plan compared with the sessions actually held, session number by session number.
 *
 * <pre>{@code
 * ScheduleComparison comparison = schedule.compareWith(course);
 * comparison.shifted();            // [5]: session 5 was held on another date than planned
 * comparison.missingAsOf(today);   // planned sessions due before today and not held
 * comparison.extra();              // sessions held beyond the plan
 * }</pre>
 *
 * <p>For a course still running, the sessions still to come are "missing" until held: use
 * {@link #missingAsOf(LocalDate)} to see only those already due.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScheduleComparison {
    private final List<SessionComparison> entries;

    private ScheduleComparison(List<SessionComparison> entries) {
        this.entries = List.copyOf(entries);
    }

    static ScheduleComparison of(List<PlannedSession> planned, List<Session> held) {
        Objects.requireNonNull(held, "held");
        Map<Integer, Session> byNumber = new HashMap<>();
        List<Violation> duplicates = new ArrayList<>();
        List<Integer> beyond = new ArrayList<>();
        for (int i = 0; i < held.size(); i++) {
            Session session = Objects.requireNonNull(held.get(i), "held element");
            if (byNumber.putIfAbsent(session.number(), session) != null) {
                String path = "held[" + i + "].number";
                duplicates.add(new Violation(path, ModelRule.SESSION_NUMBERING,
                        path + " repeats session number " + session.number()));
            } else if (session.number() > planned.size()) {
                beyond.add(session.number());
            }
        }
        if (!duplicates.isEmpty()) {
            throw new InvalidModelException("ScheduleComparison", duplicates);
        }
        List<SessionComparison> entries = new ArrayList<>(planned.size() + beyond.size());
        for (int number = 1; number <= planned.size(); number++) {
            entries.add(SessionComparison.of(number, Optional.of(planned.get(number - 1)),
                    Optional.ofNullable(byNumber.get(number))));
        }
        // sessions held beyond the plan, by number: never a loop over the numbers between, which a
        // session numbered near Integer.MAX_VALUE would make endless
        Collections.sort(beyond);
        for (int number : beyond) {
            entries.add(SessionComparison.of(number, Optional.empty(), Optional.of(byNumber.get(number))));
        }
        return new ScheduleComparison(entries);
    }

    /**
     * Returns one entry per session number that was planned or held, in number order.
     *
     * @return the entries, unmodifiable
     */
    public List<SessionComparison> entries() {
        return entries;
    }

    /**
     * Returns the numbers of the sessions planned and not held.
     *
     * @return the numbers, ascending, unmodifiable
     */
    public List<Integer> missing() {
        return numbers(SessionComparison::isMissing);
    }

    /**
     * Returns the numbers of the sessions planned before a date and not held.
     *
     * @param date the date, exclusive, not null
     * @return the numbers, ascending, unmodifiable
     */
    public List<Integer> missingAsOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return numbers(c -> c.isMissing() && c.planned().get().date().isBefore(date));
    }

    /**
     * Returns the numbers of the sessions held beyond the plan.
     *
     * @return the numbers, ascending, unmodifiable
     */
    public List<Integer> extra() {
        return numbers(SessionComparison::isExtra);
    }

    /**
     * Returns the numbers of the sessions held on another date than planned.
     *
     * @return the numbers, ascending, unmodifiable
     */
    public List<Integer> shifted() {
        return numbers(c -> c.dayShift().isPresent() && c.dayShift().getAsLong() != 0);
    }

    /**
     * Returns the numbers of the sessions held in another phase than planned.
     *
     * @return the numbers, ascending, unmodifiable
     */
    public List<Integer> phaseDifferences() {
        return numbers(SessionComparison::isPhaseDifferent);
    }

    /**
     * Checks whether every planned session was held on its date in its phase, and no other.
     *
     * @return true if the course followed the plan exactly
     */
    public boolean isOnPlan() {
        return entries.stream().allMatch(SessionComparison::isOnPlan);
    }

    private List<Integer> numbers(Predicate<SessionComparison> test) {
        return entries.stream().filter(test).map(SessionComparison::number).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScheduleComparison c && entries.equals(c.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /**
     * Returns the counts of missing, extra, shifted and phase-different sessions.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "ScheduleComparison[entries=" + entries.size() + ", missing=" + missing().size() + ", extra="
                + extra().size() + ", shifted=" + shifted().size() + ", phaseDifferences="
                + phaseDifferences().size() + "]";
    }
}
