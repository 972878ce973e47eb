package org.iptmodel.core.plan;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamField;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.iptmodel.core.Course;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.Phase;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Session;
import org.iptmodel.core.Verification;
import org.iptmodel.core.internal.SerialParts;

/**
 * A planned calendar of a course: each session's number, date and phase, and the session at which
 * the end of treatment should be announced.
 *
 * <pre>{@code
 * Schedule schedule = Schedule.of(Protocol.standard(), LocalDate.of(2026, 1, 5));
 * schedule.acuteSessionCount();   // 16: the protocol's maximum of 12-16 weekly sessions
 * schedule.session(4);            // PlannedSession[number=4, date=2026-01-26, phase=MIDDLE]
 * schedule.terminationNotice();   // OptionalInt[12]: 4 sessions before session 16
 * }</pre>
 *
 * <h2>How a schedule is planned</h2>
 * <ul>
 * <li><b>Dates.</b> Session k takes the k-th free slot of the cadence: the slots are
 *     {@code start + j × cadence} for j = 0, 1, 2, ..., and a slot on a skipped date is not free.
 *     A session that would fall on a skipped date therefore moves to the next free slot and every
 *     later session moves with it; no session is dropped. Dates strictly increase.</li>
 * <li><b>Phases.</b> The acute sessions are divided in phase order. When the count lies within the
 *     sums of the protocol's phase ranges, every phase gets its minimum; the remaining sessions go
 *     first to the initial phase, up to its maximum (its tasks come first: Markowitz 2006, "no
 *     more than 3 sessions"), then to the middle phase, the work on the focus, up to its maximum,
 *     and the rest to the termination phase. So standard IPT with 16 sessions plans 3 initial, 11
 *     middle and 2 termination sessions, all within its ranges. A count below the sum of the
 *     minimums gives the initial, then the termination phase their minimums and the middle phase
 *     what is left; a count above the sum of the maximums gives the initial and termination phases
 *     their maximums and the middle phase the rest: such a plan is outside the protocol, as an
 *     adherence report would say.</li>
 * <li><b>Announcing the end.</b> The end of treatment should be discussed explicitly at least 2-4
 *     sessions before the last (the Guide, 2018; {@link Protocol#terminationNotice()}). The plan
 *     announces it {@code terminationNotice().max()} sessions before the last acute session, the
 *     earliest point of the window, which satisfies every source's reading of "at least"; at
 *     session 1 if the course is shorter.</li>
 * <li><b>Maintenance.</b> Maintenance sessions, if asked for, follow the last acute session at
 *     the maintenance cadence (the first one cadence after it), skipping dates in the same way;
 *     under a protocol without an acute phase they start on the start date.</li>
 * </ul>
 *
 * <p>A schedule is made by a {@link Planner}, or from what a stored plan records by
 * {@link #recorded}, which checks the structure every plan has and plans nothing again;
 * {@link #verify()} checks a schedule against the planner of this version.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Schedule implements Serializable {
    private static final long serialVersionUID = 1L;
    /** No field is serialized: the serialized form is a {@code SerialProxy} ({@link #writeReplace()}). */
    private static final ObjectStreamField[] serialPersistentFields = {};

    private final Protocol protocol;
    private final LocalDate start;
    private final Period cadence;
    private final Optional<Period> maintenanceCadence;
    private final int acuteSessionCount;
    private final List<PlannedSession> sessions;
    private final OptionalInt terminationNotice;
    private final Set<LocalDate> skippedDates;

    Schedule(Protocol protocol, LocalDate start, Period cadence, Optional<Period> maintenanceCadence,
            int acuteSessionCount, List<PlannedSession> sessions, OptionalInt terminationNotice,
            Set<LocalDate> skippedDates) {
        this.protocol = protocol;
        this.start = start;
        this.cadence = cadence;
        this.maintenanceCadence = maintenanceCadence;
        this.acuteSessionCount = acuteSessionCount;
        this.sessions = List.copyOf(sessions);
        this.terminationNotice = terminationNotice;
        this.skippedDates = skippedDates;
    }

    /**
     * Plans a course with the protocol's defaults: its cadence, its maximum number of acute
     * sessions, no skipped dates and no maintenance sessions (see {@link Planner}).
     *
     * @param protocol the protocol, not null
     * @param start the date of the first session, between {@link org.iptmodel.core.Bounds#EARLIEST_DATE}
     *     and {@link org.iptmodel.core.Bounds#LATEST_DATE}, not null
     * @return the schedule, not null
     * @throws InvalidModelException if the start is outside that range
     *     ({@link org.iptmodel.core.ModelRule#VALUE_IN_RANGE}, path {@code start})
     */
    public static Schedule of(Protocol protocol, LocalDate start) {
        return Planner.of(protocol, start).plan();
    }

    /**
     * Returns a planner for a protocol and start date, to change the defaults before planning.
     *
     * @param protocol the protocol, not null
     * @param start the date of the first session, between {@link org.iptmodel.core.Bounds#EARLIEST_DATE}
     *     and {@link org.iptmodel.core.Bounds#LATEST_DATE}, not null
     * @return a planner with the protocol's defaults, not null
     * @throws InvalidModelException if the start is outside that range
     *     ({@link org.iptmodel.core.ModelRule#VALUE_IN_RANGE}, path {@code start})
     */
    public static Planner planner(Protocol protocol, LocalDate start) {
        return Planner.of(protocol, start);
    }

    /**
     * Makes a schedule from what a stored plan records, such as a schedule read back from a
     * document: it says what it recorded, not what a planner of this version would plan from the
     * same settings. Check it against today's planner with {@link #verify()}.
     *
     * <p>Every structural rule a planner guarantees is checked here, and every rule broken is
     * reported, not only the first: the start and the skipped dates lie between
     * {@link org.iptmodel.core.Bounds#EARLIEST_DATE} and {@link org.iptmodel.core.Bounds#LATEST_DATE}
     * (at most {@link org.iptmodel.core.Bounds#MAX_SKIPPED_DATES} of them), the cadences are
     * cadences ({@link org.iptmodel.core.Bounds#isCadence}); the sessions are numbered 1 to n, their
     * dates strictly increase from the start and avoid the skipped dates, their phases go forward,
     * maintenance last; the acute sessions are {@code acuteSessionCount}, 1 to 10,000 for a protocol
     * with an acute phase and 0 for one without, and at most
     * {@link org.iptmodel.core.Bounds#MAX_PLANNED_SESSIONS} sessions in all; the termination notice
     * names an acute session, and is absent exactly when there is none; the maintenance cadence is
     * present when the protocol gives one or maintenance sessions are planned. Which dates and
     * phases a planner chooses is not checked: that is {@link #verify()}.
     *
     * <pre>{@code
     * Schedule planned = Schedule.of(Protocol.standard(), LocalDate.of(2026, 1, 5));
     * Schedule same = Schedule.recorded(planned.protocol(), planned.start(), planned.cadence(),
     *         planned.maintenanceCadence(), planned.skippedDates(), planned.acuteSessionCount(),
     *         planned.terminationNotice(), planned.sessions());
     * same.equals(planned);   // true
     * }</pre>
     *
     * @param protocol the protocol planned, not null
     * @param start the first slot's date, not null
     * @param cadence the time between acute sessions, not null
     * @param maintenanceCadence the time between maintenance sessions, not null
     * @param skippedDates the dates skipped, not null, without null elements
     * @param acuteSessionCount the number of acute (not maintenance) sessions
     * @param terminationNotice the number of the session at which the end is announced, not null
     * @param sessions every planned session, acute then maintenance, not null, without null elements
     * @return the schedule, not null
     * @throws InvalidModelException if a rule above is broken: {@link org.iptmodel.core.ModelRule#VALUE_IN_RANGE}
     *     (path {@code start}, {@code cadence}, {@code maintenanceCadence}, {@code skippedDates[i]},
     *     {@code skippedDates}, {@code acuteSessionCount}, {@code sessions}, {@code terminationNotice},
     *     or {@code sessions[i].date} for a session on a skipped date),
     *     {@link org.iptmodel.core.ModelRule#SESSION_NUMBERING} ({@code sessions[i].number}),
     *     {@link org.iptmodel.core.ModelRule#DATE_ORDER} ({@code sessions[0].date} before the start),
     *     {@link org.iptmodel.core.ModelRule#SESSION_DATES} ({@code sessions[i].date}),
     *     {@link org.iptmodel.core.ModelRule#PHASE_ORDER} ({@code sessions[i].phase}),
     *     {@link org.iptmodel.core.ModelRule#PRESENCE} ({@code terminationNotice} or
     *     {@code maintenanceCadence})
     */
    public static Schedule recorded(Protocol protocol, LocalDate start, Period cadence,
            Optional<Period> maintenanceCadence, Collection<LocalDate> skippedDates, int acuteSessionCount,
            OptionalInt terminationNotice, List<PlannedSession> sessions) {
        return ScheduleRecord.check(protocol, start, cadence, maintenanceCadence, skippedDates, acuteSessionCount,
                terminationNotice, sessions);
    }

    /**
     * Checks this schedule against the planner of this version: plans again from its settings
     * (protocol, start, cadence, numbers of acute and maintenance sessions, maintenance cadence,
     * skipped dates) and reports each session and the termination notice that the plan made again
     * does not give. A schedule made by a {@link Planner} is always confirmed; one made by
     * {@link #recorded} may not be, after the planner changed or when it was planned elsewhere.
     *
     * <pre>{@code
     * Verification check = stored.verify();
     * check.isConfirmed();      // false if a planner of this version plans other dates
     * check.discrepancies();    // e.g. [sessions[6].date: the planner gives a date 7 days later]
     * }</pre>
     *
     * @return the verification: one discrepancy per differing session attribute
     *     ({@code sessions[i].date}, {@code sessions[i].phase}), at {@code terminationNotice}, at
     *     {@code sessions} when the plan holds another number of sessions, or where the planner
     *     refuses a setting; not null
     */
    public Verification verify() {
        return ScheduleRecord.verify(this);
    }

    /**
     * Returns the protocol planned.
     *
     * @return the protocol, not null
     */
    public Protocol protocol() {
        return protocol;
    }

    /**
     * Returns the first slot's date.
     *
     * @return the date, not null
     */
    public LocalDate start() {
        return start;
    }

    /**
     * Returns the time between acute sessions.
     *
     * @return the cadence, positive
     */
    public Period cadence() {
        return cadence;
    }

    /**
     * Returns the time between maintenance sessions: the planner's, else the protocol's.
     *
     * @return the cadence, positive, or empty if neither gives one
     */
    public Optional<Period> maintenanceCadence() {
        return maintenanceCadence;
    }

    /**
     * Returns the number of acute (initial, middle and termination) sessions planned.
     *
     * @return the count, 0 only for a protocol without an acute phase
     */
    public int acuteSessionCount() {
        return acuteSessionCount;
    }

    /**
     * Returns every planned session in order: the acute sessions, then the maintenance sessions.
     *
     * @return the sessions, numbered from 1 without gaps, unmodifiable
     */
    public List<PlannedSession> sessions() {
        return sessions;
    }

    /**
     * Returns the planned acute sessions.
     *
     * @return the sessions, unmodifiable
     */
    public List<PlannedSession> acuteSessions() {
        return sessions.subList(0, acuteSessionCount);
    }

    /**
     * Returns the planned maintenance sessions.
     *
     * @return the sessions, unmodifiable
     */
    public List<PlannedSession> maintenanceSessions() {
        return sessions.subList(acuteSessionCount, sessions.size());
    }

    /**
     * Finds a planned session by number.
     *
     * @param number the session number
     * @return the session, or empty if the plan has no such number
     */
    public Optional<PlannedSession> session(int number) {
        return number >= 1 && number <= sessions.size() ? Optional.of(sessions.get(number - 1)) : Optional.empty();
    }

    /**
     * Returns the planned sessions of one phase.
     *
     * @param phase the phase, not null
     * @return the sessions, in order, unmodifiable
     */
    public List<PlannedSession> sessions(Phase phase) {
        Objects.requireNonNull(phase, "phase");
        return sessions.stream().filter(s -> s.phase() == phase).toList();
    }

    /**
     * Returns the number of the session at which the end of treatment should be announced:
     * {@code terminationNotice().max()} sessions before the last acute session, at least 1.
     *
     * @return the session number, or empty for a plan without acute sessions
     */
    public OptionalInt terminationNotice() {
        return terminationNotice;
    }

    /**
     * Returns the dates the plan skipped.
     *
     * @return the dates, in date order, unmodifiable
     */
    public Set<LocalDate> skippedDates() {
        return skippedDates;
    }

    /**
     * Compares the plan with the sessions a course actually held, matched by number.
     *
     * @param course the course, not null
     * @return the comparison, not null
     */
    public ScheduleComparison compareWith(Course course) {
        Objects.requireNonNull(course, "course");
        return compareWith(course.sessions());
    }

    /**
     * Compares the plan with sessions actually held, matched by number.
     *
     * @param held the sessions held, not null, without null elements
     * @return the comparison, not null
     * @throws InvalidModelException if two sessions share a number
     *     ({@link org.iptmodel.core.ModelRule#SESSION_NUMBERING}, path {@code held[i].number})
     */
    public ScheduleComparison compareWith(List<Session> held) {
        return ScheduleComparison.of(sessions, held);
    }

    /**
     * Replaces this schedule in a serialization stream by what it records, from which it is made
     * again by {@link #recorded} when read: every structural rule is checked again, and nothing is
     * planned again.
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
        return other instanceof Schedule s && protocol.equals(s.protocol) && start.equals(s.start)
                && cadence.equals(s.cadence) && maintenanceCadence.equals(s.maintenanceCadence)
                && acuteSessionCount == s.acuteSessionCount
                && sessions.equals(s.sessions) && terminationNotice.equals(s.terminationNotice)
                && skippedDates.equals(s.skippedDates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(protocol, start, cadence, maintenanceCadence, acuteSessionCount, sessions, terminationNotice, skippedDates);
    }

    /**
     * Returns a summary: protocol id, counts and the notice session.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "Schedule[protocol=" + protocol.id() + ", start=" + start + ", cadence=" + cadence
                + ", acuteSessions=" + acuteSessionCount + ", maintenanceSessions="
                + (sessions.size() - acuteSessionCount) + ", terminationNotice="
                + (terminationNotice.isPresent() ? String.valueOf(terminationNotice.getAsInt()) : "none") + "]";
    }
}
