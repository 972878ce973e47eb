package org.iptmodel.core.plan;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamField;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.iptmodel.core.Bounds;
import org.iptmodel.core.IntRange;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Phase;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Violation;
import org.iptmodel.core.internal.SerialParts;

/**
 * The settings of a planned calendar: a protocol, a start date and optional changes to the
 * protocol's defaults. Obtain one with {@link Schedule#planner(Protocol, LocalDate)}; each
 * {@code with} method returns a new planner, and {@link #plan()} computes the {@link Schedule}.
 *
 * <pre>{@code
 * Schedule schedule = Schedule.planner(Protocol.standard(), LocalDate.of(2026, 1, 5))
 *         .withSessionCount(12)
 *         .withSkippedDates(List.of(LocalDate.of(2026, 2, 16)))
 *         .withMaintenanceSessions(6)
 *         .plan();
 * }</pre>
 *
 * <p>Defaults, all from the protocol:
 * <ul>
 * <li>cadence: {@link Protocol#cadence()} (weekly for every acute protocol of the catalogue;
 *     ISIPT);</li>
 * <li>acute session count: the protocol's maximum {@link Protocol#acuteSessions()} that its
 *     phase ranges can fill (16 for standard IPT, 12-16 weekly sessions; ISIPT), 0 for a protocol
 *     without an acute phase;</li>
 * <li>skipped dates: none;</li>
 * <li>maintenance sessions: none; their cadence {@link Protocol#maintenanceCadence()} (monthly in
 *     the catalogue; IPT Institute, <i>Maintenance IPT</i>; Frank 1990, 2007).</li>
 * </ul>
 *
 * <p>Bounds ({@link Bounds}): the start and the skipped dates lie between
 * {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE}, at most
 * {@link Bounds#MAX_SKIPPED_DATES} (1,000) dates are skipped, the cadences are positive and at
 * most one year ({@link Bounds#isCadence}), and a plan holds at most
 * {@link Bounds#MAX_PLANNED_SESSIONS} (10,000) sessions, acute and maintenance together. So every
 * plan can be made (its dates stay far within the range of {@link LocalDate}: a plan from
 * 9999-12-31 ends before the year 21000), and every plan can be written to JSON and read back.
 * Planned dates may lie after {@link Bounds#LATEST_DATE}: a plan is a proposal, not a record.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Planner implements Serializable {
    private static final long serialVersionUID = 1L;
    /** No field is serialized: the serialized form is a {@code SerialProxy} ({@link #writeReplace()}). */
    private static final ObjectStreamField[] serialPersistentFields = {};

    private final Protocol protocol;
    private final LocalDate start;
    private final Period cadence;
    private final int sessionCount;
    private final Set<LocalDate> skippedDates;
    private final int maintenanceSessions;
    private final Optional<Period> maintenanceCadence;

    private Planner(Protocol protocol, LocalDate start, Period cadence, int sessionCount, Set<LocalDate> skippedDates,
            int maintenanceSessions, Optional<Period> maintenanceCadence) {
        this.protocol = protocol;
        this.start = start;
        this.cadence = cadence;
        this.sessionCount = sessionCount;
        this.skippedDates = skippedDates;
        this.maintenanceSessions = maintenanceSessions;
        this.maintenanceCadence = maintenanceCadence;
    }

    static Planner of(Protocol protocol, LocalDate start) {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(start, "start");
        if (!Bounds.isInDateRange(start)) {
            throw invalid("start", ModelRule.VALUE_IN_RANGE, dateMessage("start"));
        }
        return new Planner(protocol, start, protocol.cadence(), defaultSessionCount(protocol),
                Collections.emptySet(), 0, protocol.maintenanceCadence());
    }

    /**
     * Returns the default number of acute sessions for a protocol: the largest count within
     * {@link Protocol#acuteSessions()} that the phase ranges can fill, or 0 for a protocol without
     * an acute phase.
     *
     * @param protocol the protocol, not null
     * @return the count, at least 0
     */
    static int defaultSessionCount(Protocol protocol) {
        if (!protocol.hasAcutePhase()) {
            return 0;
        }
        int maxSum = protocol.initialSessions().max() + protocol.middleSessions().max()
                + protocol.terminationSessions().max();
        return Math.min(protocol.acuteSessions().max(), maxSum);
    }

    /**
     * Returns a planner with another time between acute sessions.
     *
     * @param cadence the cadence, positive (no negative part) and at most one year
     *     ({@link Bounds#isCadence}), not null
     * @return a new planner, not null
     * @throws InvalidModelException if the cadence is not positive or longer than one year
     *     ({@link ModelRule#VALUE_IN_RANGE}, path {@code cadence})
     */
    public Planner withCadence(Period cadence) {
        requireCadence(cadence, "cadence");
        return new Planner(protocol, start, cadence, sessionCount, skippedDates, maintenanceSessions,
                maintenanceCadence);
    }

    /**
     * Returns a planner with another number of acute sessions. The count may lie outside the
     * protocol's range (an extension, a shortened course); the phases then keep their order,
     * initial first, and the middle phase absorbs what the phase ranges cannot (see
     * {@link Schedule}).
     *
     * @param sessionCount the number of acute sessions: 1 to 10,000 less the maintenance sessions
     *     asked for ({@link Bounds#MAX_PLANNED_SESSIONS} in all), or 0 for a protocol without an
     *     acute phase
     * @return a new planner, not null
     * @throws InvalidModelException if the count is out of range ({@link ModelRule#VALUE_IN_RANGE},
     *     path {@code sessionCount})
     */
    public Planner withSessionCount(int sessionCount) {
        int min = protocol.hasAcutePhase() ? 1 : 0;
        int max = protocol.hasAcutePhase() ? Bounds.MAX_PLANNED_SESSIONS - maintenanceSessions : 0;
        if (sessionCount < min || sessionCount > max) {
            throw invalid("sessionCount", ModelRule.VALUE_IN_RANGE, "sessionCount must be between " + min + " and "
                    + max + " for this protocol" + (maintenanceSessions == 0 ? "" : " and " + maintenanceSessions
                    + " maintenance sessions (at most " + Bounds.MAX_PLANNED_SESSIONS + " sessions in all)")
                    + ", was " + sessionCount);
        }
        return new Planner(protocol, start, cadence, sessionCount, skippedDates, maintenanceSessions,
                maintenanceCadence);
    }

    /**
     * Returns a planner that skips the given dates (holidays, absences). A session that would fall
     * on a skipped date moves to the next free slot of the cadence, and every later session moves
     * with it: no session is ever dropped. Replaces any dates given before.
     *
     * @param dates the dates to skip, not null, without null elements: at most
     *     {@link Bounds#MAX_SKIPPED_DATES} (1,000) distinct dates, each between
     *     {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE}
     * @return a new planner, not null
     * @throws InvalidModelException if a date is outside the range ({@link ModelRule#VALUE_IN_RANGE},
     *     path {@code skippedDates[i]}, i its position in the iteration order of {@code dates}) or
     *     there are more than 1,000 distinct dates ({@link ModelRule#VALUE_IN_RANGE}, path
     *     {@code skippedDates})
     */
    public Planner withSkippedDates(Collection<LocalDate> dates) {
        Objects.requireNonNull(dates, "dates");
        List<Violation> violations = new ArrayList<>();
        Set<LocalDate> copy = skippedDates(dates, violations);
        if (!violations.isEmpty()) {
            throw new InvalidModelException("Planner", violations);
        }
        return new Planner(protocol, start, cadence, sessionCount, copy, maintenanceSessions, maintenanceCadence);
    }

    /**
     * The skipped dates in date order, each once, unmodifiable; a violation for each date outside
     * the model's range ({@code skippedDates[i]}, i its position in the iteration order) and for
     * more than {@link Bounds#MAX_SKIPPED_DATES} distinct dates ({@code skippedDates}).
     */
    static Set<LocalDate> skippedDates(Collection<LocalDate> dates, List<Violation> violations) {
        Set<LocalDate> copy = new TreeSet<>();
        int i = 0;
        for (LocalDate date : dates) {
            copy.add(Objects.requireNonNull(date, "dates element"));
            if (!Bounds.isInDateRange(date)) {
                String path = "skippedDates[" + i + "]";
                violations.add(new Violation(path, ModelRule.VALUE_IN_RANGE, dateMessage(path)));
            }
            i++;
        }
        if (copy.size() > Bounds.MAX_SKIPPED_DATES) {
            violations.add(new Violation("skippedDates", ModelRule.VALUE_IN_RANGE, "skippedDates must hold at most "
                    + Bounds.MAX_SKIPPED_DATES + " distinct dates, held " + copy.size()));
        }
        return Collections.unmodifiableSet(copy);
    }

    /**
     * Returns a planner that adds maintenance sessions after the acute phase (IPT-M: sessions as
     * rarely as monthly; Frank et al. 1990; Frank et al. 2007). The first comes one maintenance
     * cadence after the last acute session; under a protocol without an acute phase, on the start
     * date.
     *
     * @param count the number of maintenance sessions, 0 to 10,000 less the acute sessions planned
     *     ({@link Bounds#MAX_PLANNED_SESSIONS} in all)
     * @return a new planner, not null
     * @throws InvalidModelException if the count is out of range ({@link ModelRule#VALUE_IN_RANGE},
     *     path {@code maintenanceSessions})
     */
    public Planner withMaintenanceSessions(int count) {
        int max = Bounds.MAX_PLANNED_SESSIONS - sessionCount;
        if (count < 0 || count > max) {
            throw invalid("maintenanceSessions", ModelRule.VALUE_IN_RANGE, "maintenanceSessions must be between 0 and "
                    + max + (sessionCount == 0 ? "" : " for " + sessionCount + " acute sessions (at most "
                    + Bounds.MAX_PLANNED_SESSIONS + " sessions in all)") + ", was " + count);
        }
        return new Planner(protocol, start, cadence, sessionCount, skippedDates, count, maintenanceCadence);
    }

    /**
     * Returns a planner with another time between maintenance sessions.
     *
     * @param cadence the cadence, positive and at most one year ({@link Bounds#isCadence}), not null
     * @return a new planner, not null
     * @throws InvalidModelException if the cadence is not positive or longer than one year
     *     ({@link ModelRule#VALUE_IN_RANGE}, path {@code maintenanceCadence})
     */
    public Planner withMaintenanceCadence(Period cadence) {
        requireCadence(cadence, "maintenanceCadence");
        return new Planner(protocol, start, this.cadence, sessionCount, skippedDates, maintenanceSessions,
                Optional.of(cadence));
    }

    /**
     * Computes the schedule.
     *
     * @return the schedule, not null
     * @throws InvalidModelException if maintenance sessions are asked for and neither this planner
     *     nor the protocol gives a maintenance cadence ({@link ModelRule#PRESENCE}, path
     *     {@code maintenanceCadence})
     */
    public Schedule plan() {
        if (maintenanceSessions > 0 && maintenanceCadence.isEmpty()) {
            throw invalid("maintenanceCadence", ModelRule.PRESENCE,
                    "maintenanceCadence is required for maintenance sessions; the protocol gives none");
        }
        List<PlannedSession> sessions = new ArrayList<>(sessionCount + maintenanceSessions);
        Phase[] phases = phases(protocol, sessionCount);
        int slot = 0;
        for (int i = 0; i < sessionCount; i++) {
            slot = nextFreeSlot(start, cadence, slot);
            sessions.add(new PlannedSession(i + 1, start.plus(cadence.multipliedBy(slot)), phases[i]));
            slot++;
        }
        if (maintenanceSessions > 0) {
            Period every = maintenanceCadence.get();
            LocalDate base = sessions.isEmpty() ? start : sessions.get(sessions.size() - 1).date();
            int mslot = sessions.isEmpty() ? 0 : 1;
            for (int i = 0; i < maintenanceSessions; i++) {
                mslot = nextFreeSlot(base, every, mslot);
                sessions.add(new PlannedSession(sessionCount + i + 1, base.plus(every.multipliedBy(mslot)),
                        Phase.MAINTENANCE));
                mslot++;
            }
        }
        OptionalInt notice = sessionCount == 0
                ? OptionalInt.empty()
                : OptionalInt.of(Math.max(1, sessionCount - protocol.terminationNotice().max()));
        return new Schedule(protocol, start, cadence, maintenanceCadence, sessionCount, sessions, notice, skippedDates);
    }

    private int nextFreeSlot(LocalDate base, Period every, int from) {
        int slot = from;
        while (skippedDates.contains(base.plus(every.multipliedBy(slot)))) {
            slot++;
        }
        return slot;
    }

    /**
     * Divides {@code n} acute sessions among the phases; see {@link Schedule} for the rule.
     */
    static Phase[] phases(Protocol protocol, int n) {
        IntRange initial = protocol.initialSessions();
        IntRange middle = protocol.middleSessions();
        IntRange termination = protocol.terminationSessions();
        int minSum = initial.min() + middle.min() + termination.min();
        int maxSum = initial.max() + middle.max() + termination.max();
        int i;
        int m;
        int t;
        if (n < minSum) {
            i = Math.min(initial.min(), n);
            t = Math.min(termination.min(), n - i);
            m = n - i - t;
        } else if (n > maxSum) {
            i = initial.max();
            t = termination.max();
            m = n - i - t;
        } else {
            int rest = n - minSum;
            i = initial.min() + Math.min(rest, initial.max() - initial.min());
            rest -= i - initial.min();
            m = middle.min() + Math.min(rest, middle.max() - middle.min());
            rest -= m - middle.min();
            t = termination.min() + rest;
        }
        Phase[] phases = new Phase[n];
        for (int k = 0; k < n; k++) {
            phases[k] = k < i ? Phase.INITIAL : k < i + m ? Phase.MIDDLE : Phase.TERMINATION;
        }
        return phases;
    }

    private static void requireCadence(Period period, String path) {
        Objects.requireNonNull(period, path);
        if (!Bounds.isCadence(period)) {
            throw invalid(path, ModelRule.VALUE_IN_RANGE, cadenceMessage(path, period));
        }
    }

    /** The message of a period that is not a cadence. */
    static String cadenceMessage(String path, Period period) {
        return path + " must be positive and at most one year (" + Bounds.LONGEST_CADENCE + "), was " + period;
    }

    /** The message of a date outside the model's range; the date itself is not shown. */
    static String dateMessage(String path) {
        return path + " must be between " + Bounds.EARLIEST_DATE + " and " + Bounds.LATEST_DATE;
    }

    private static InvalidModelException invalid(String path, ModelRule rule, String message) {
        return new InvalidModelException("Planner", List.of(new Violation(path, rule, message)));
    }

    /**
     * Returns the planner's settings, without dates.
     *
     * @return a description, not null
     */
    /**
     * Replaces this planner in a serialization stream by its settings, which are read back
     * through the public methods, so each is checked again.
     *
     * @return the serialized form, not null
     */
    Object writeReplace() {
        return SerialProxy.planner(protocol, start, cadence, sessionCount, skippedDates, maintenanceSessions,
                maintenanceCadence);
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
    public String toString() {
        return "Planner[protocol=" + protocol.id() + ", cadence=" + cadence + ", sessionCount=" + sessionCount
                + ", skippedDates=" + skippedDates.size() + ", maintenanceSessions=" + maintenanceSessions
                + ", maintenanceCadence=" + maintenanceCadence.map(Period::toString).orElse("none") + "]";
    }
}
