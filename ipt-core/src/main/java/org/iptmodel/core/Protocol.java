package org.iptmodel.core;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.iptmodel.core.internal.SerialParts;

/**
 * A treatment format of IPT: how many sessions, how often, how long, how the phases divide the
 * course and how many problem areas may be in focus.
 *
 * <p>Manuals disagree on numbers, so every number is a parameter of the protocol, never a global
 * constant. The published variants are in the catalogue ({@link #standard()}, {@link #brief()},
 * {@link #adolescent()}, {@link #group()}, {@link #groupDepression()}, {@link #counselling()},
 * {@link #maintenance()}), each naming the works its numbers come from ({@link #references()}); a
 * custom protocol is built with {@link #builder()}:
 *
 * <pre>{@code
 * Protocol tenWeeks = Protocol.builder()
 *         .from(Protocol.standard())
 *         .id("clinic-10")
 *         .name("Clinic ten-session IPT")
 *         .acuteSessions(IntRange.exactly(10))
 *         .middleSessions(IntRange.of(3, 7))
 *         .build();
 * }</pre>
 *
 * <p>Invariants (each throws {@link InvalidModelException}): the id is an identifier and the name
 * not blank; the phase ranges fit the acute range ({@link ModelRule#PHASES_FIT_PROTOCOL}); the
 * maximum of the acute range and of each phase range is at most
 * {@link Bounds#MAX_PROTOCOL_SESSIONS} (1,000; {@link ModelRule#VALUE_IN_RANGE}); a protocol
 * without acute sessions has only empty phase ranges and a maintenance cadence; the cadence and
 * the maintenance cadence are positive and at most one year ({@link Bounds#isCadence}); the
 * session lengths are positive, the minimum length at most the maximum and at most 8 hours; the
 * maximum number of focal areas lies between 1 and the number of problem areas; a group size is
 * given exactly for group protocols and is at least 2; individual meetings number 0 to 1,000;
 * engagement sessions 0 to 10; the references do not repeat a work ({@link ModelRule#DISTINCT}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Protocol implements WithProtocol, Serializable {
    private static final long serialVersionUID = 1L;

    private static final Duration LONGEST_SESSION = Duration.ofHours(8);
    private static final int MAX_ENGAGEMENT_SESSIONS = 10;

    Protocol() {
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
     * Returns standard individual IPT for adult depression.
     *
     * <p>Id {@code ipt-standard}. 12 to 16 weekly sessions (Weissman, Markowitz and Klerman 2018;
     * ISIPT, <i>Key IPT strategies</i>) of 45 to 60 minutes: the lower end is the Guide's and
     * ISIPT's 45-50 minutes; the upper end of one hour is the library's own choice, for the clinics
     * that hold one-hour sessions (no manual sets it). Initial
     * phase 1-3 sessions (Markowitz 2006: no more than 3; IPT UK gives 1-4, Stuart and Robertson
     * 2012 give 1-3), middle phase 5-13 sessions (the remainder), termination phase 2-4 sessions,
     * announced 2-4 sessions ahead (the Guide); at most 2 focal areas (aim for one: the Guide; a
     * hard limit of two is not confirmed in the manuals, so it is a parameter); all four problem
     * areas; full sick role; monthly maintenance (Frank et al. 1990; IPT Institute,
     * <i>Maintenance IPT</i>). Maintenance is offered, not required to be discussed with every
     * patient ({@link #discussesMaintenance()} is false: that is Stuart and Robertson's model).
     *
     * @return the protocol, not null
     */
    public static Protocol standard() {
        return Catalogue.STANDARD;
    }

    /**
     * Returns brief IPT (IPT-B, Swartz).
     *
     * <p>Id {@code ipt-brief}. 8 weekly IPT sessions, preceded by one engagement session
     * ({@link #engagementSessions()}), a separate pre-treatment session that is not an IPT
     * session of the initial phase (Swartz et al. 2004; Swartz et al. 2014; IPT Institute,
     * <i>Brief IPT</i>). Initial phase at most 2 sessions (1-2); middle phase 4-6 sessions;
     * termination phase 1-2 sessions announced 2-3 sessions ahead; the termination numbers and the
     * session length (45-50 minutes, as standard IPT) are UNCONFIRMED; one or two focal areas
     * (Swartz et al. 2014); all four problem areas; full sick role; monthly maintenance (IPT-B may
     * be followed by monthly maintenance: IPT Institute, <i>Brief IPT</i>).
     *
     * @return the protocol, not null
     */
    public static Protocol brief() {
        return Catalogue.BRIEF;
    }

    /**
     * Returns IPT for depressed adolescents (IPT-A, Mufson).
     *
     * <p>Id {@code ipt-a}. 12 to 16 weekly sessions of 35 to 50 minutes and a limited sick role
     * (Mufson et al. 2004); the phase split (initial 1-4 sessions, middle 4-10, termination 2-4
     * announced 2-4 sessions ahead) is UNCONFIRMED; at most 2 focal areas; all four problem
     * areas; no maintenance cadence (set one with {@code withMaintenanceCadence}).
     *
     * @return the protocol, not null
     */
    public static Protocol adolescent() {
        return Catalogue.ADOLESCENT;
    }

    /**
     * Returns group IPT in Wilfley's format, developed for binge-eating disorder (IPT-G).
     *
     * <p>Id {@code ipt-g}. This is the group format of Wilfley et al. (2000),
     * <i>Interpersonal Psychotherapy for Group</i>, written for binge-eating disorder, not for
     * depression; for group IPT for depression see {@link #groupDepression()}. 20 weekly group
     * sessions plus 3 individual meetings, groups of 6 to 9 members, the last 5 sessions on ending,
     * so a termination phase of 5 sessions announced 5 sessions ahead (Wilfley et al. 2000); the
     * initial phase of 1-3 sessions, the middle phase of 12-14 and the 60-120 minute session
     * length are UNCONFIRMED; at most 2 focal areas (IPT-G allows a secondary area); all four
     * problem areas; full sick role; no maintenance cadence.
     *
     * @return the protocol, not null
     */
    public static Protocol group() {
        return Catalogue.GROUP;
    }

    /**
     * Returns group IPT for depression, after the WHO manual and the Uganda trial.
     *
     * <p>Id {@code ipt-g-depression}. The sources disagree on the number of sessions: the WHO
     * manual (World Health Organization 2016, <i>Group Interpersonal Therapy (IPT) for
     * Depression</i>) is written for 8-session groups, while the trial of Bolton et al. (2003)
     * held 16 weekly group sessions of 90 minutes; so 8 to 16 weekly sessions of 90 minutes. The
     * phase split (initial 1-2 sessions, middle 5-13, termination 1-2 announced 1-2 sessions ahead)
     * and the group size of 5 to 10 members are UNCONFIRMED: neither work's retrieved text states
     * them. At most 2 focal areas; all four problem areas, which the WHO manual names in lay terms
     * (grief, disputes, life changes, loneliness); full sick role; no maintenance cadence.
     *
     * @return the protocol, not null
     */
    public static Protocol groupDepression() {
        return Catalogue.GROUP_DEPRESSION;
    }

    /**
     * Returns interpersonal counselling (IPC) for primary care.
     *
     * <p>Id {@code ipc}. Up to 6 sessions with no minimum (Klerman et al. 1987: up to six
     * sessions; Weissman et al. 2014: a flexible number), of 15 to 30 minutes, the first at most
     * 30 minutes and later ones shorter. The 15-minute minimum, the weekly cadence and the phase
     * split (1 initial session, 0-4 middle, 0-1 termination session announced 1-2 sessions ahead)
     * are UNCONFIRMED; at most 2 focal areas; all four problem areas (IPC names deficits
     * "boredom, loneliness and isolation"); full sick role; no maintenance cadence.
     *
     * @return the protocol, not null
     */
    public static Protocol counselling() {
        return Catalogue.COUNSELLING;
    }

    /**
     * Returns maintenance IPT (IPT-M) for patients in remission.
     *
     * <p>Id {@code ipt-m}. No acute phase (every acute and phase range is 0..0); monthly sessions
     * and a monthly maintenance cadence (Frank et al. 1990: monthly for 3 years; Frank et al.
     * 2007: weekly, twice-monthly or monthly for 2 years with no difference; IPT Institute,
     * <i>Maintenance IPT</i>); 45-50 minute sessions; at most 2 focal areas; all four problem
     * areas; full sick role.
     *
     * @return the protocol, not null
     */
    public static Protocol maintenance() {
        return Catalogue.MAINTENANCE;
    }

    /**
     * Returns every protocol of the published catalogue, in the order standard, brief, adolescent,
     * group (Wilfley), group for depression (WHO), counselling, maintenance.
     *
     * @return the catalogue, unmodifiable, not null
     */
    public static List<Protocol> catalogue() {
        return Catalogue.ALL;
    }

    /**
     * Finds a catalogue protocol by its id, for example {@code "ipt-standard"}.
     *
     * @param id the protocol id, not null
     * @return the protocol, or empty if the catalogue has none with this id
     */
    public static Optional<Protocol> fromCatalogue(String id) {
        Objects.requireNonNull(id, "id");
        return Catalogue.ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * Returns the protocol's identifier, such as {@code "ipt-standard"}.
     *
     * @return the id, in identifier form ({@link ModelRule#ID_FORMAT})
     */
    public abstract String id();

    /**
     * Returns the protocol's display name, such as {@code "Standard IPT"}.
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * Returns whether the protocol treats one patient or a group.
     *
     * @return the format, not null
     */
    @Value.Default
    public ProtocolFormat format() {
        return ProtocolFormat.INDIVIDUAL;
    }

    /**
     * Returns the number of acute sessions the protocol plans, such as 12 to 16; {@code 0..0} for
     * a maintenance-only protocol.
     *
     * <p>The maximum is at most {@link Bounds#MAX_PROTOCOL_SESSIONS}, 1,000: the library's own
     * limit, generous beyond any published protocol (the longest of the catalogue, group IPT,
     * plans 20 sessions), which keeps the default plan of every protocol within the sessions a
     * plan may hold.
     *
     * @return the range, not null, its maximum at most 1,000
     */
    public abstract IntRange acuteSessions();

    /**
     * Returns the number of sessions of the initial phase.
     *
     * <p>The maximum is at most {@link Bounds#MAX_PROTOCOL_SESSIONS}, 1,000, as for
     * {@link #acuteSessions()}.
     *
     * @return the range, not null, its maximum at most 1,000
     */
    public abstract IntRange initialSessions();

    /**
     * Returns the number of sessions of the middle phase.
     *
     * <p>The maximum is at most {@link Bounds#MAX_PROTOCOL_SESSIONS}, 1,000, as for
     * {@link #acuteSessions()}.
     *
     * @return the range, not null, its maximum at most 1,000
     */
    public abstract IntRange middleSessions();

    /**
     * Returns the number of sessions of the termination phase.
     *
     * <p>The maximum is at most {@link Bounds#MAX_PROTOCOL_SESSIONS}, 1,000, as for
     * {@link #acuteSessions()}.
     *
     * @return the range, not null, its maximum at most 1,000
     */
    public abstract IntRange terminationSessions();

    /**
     * Returns how many sessions before the last acute session the end of treatment should be
     * announced, such as 2 to 4.
     *
     * @return the range, not null
     */
    public abstract IntRange terminationNotice();

    /**
     * Returns the time between acute sessions, such as one week.
     *
     * <p>At most one year ({@link Bounds#isCadence}): monthly maintenance sessions are the rarest
     * cadence the IPT literature reports (Frank et al. 1990; Frank et al. 2007); the upper bound
     * of one year is the library's own limit, generous beyond that, which keeps every planned
     * date within the range of dates.
     *
     * @return the cadence, positive and at most one year
     */
    public abstract Period cadence();

    /**
     * Returns the shortest planned session.
     *
     * @return the length, positive
     */
    public abstract Duration minSessionLength();

    /**
     * Returns the longest planned session.
     *
     * @return the length, at least {@link #minSessionLength()} and at most 8 hours
     */
    public abstract Duration maxSessionLength();

    /**
     * Returns the most problem areas a focus may hold: IPT aims for one focal area, brief IPT
     * allows one or two (Weissman, Markowitz and Klerman 2018; Swartz et al. 2014).
     *
     * @return the maximum, between 1 and the number of {@link #problemAreas()}
     */
    @Value.Default
    public int maxFocalAreas() {
        return 2;
    }

    /**
     * Returns the problem areas the protocol works with.
     *
     * @return the areas, in enum order, not empty
     */
    public abstract Set<ProblemArea> problemAreas();

    /**
     * Returns the extent of the sick role the protocol gives.
     *
     * @return the kind, not null
     */
    @Value.Default
    public SickRoleKind sickRole() {
        return SickRoleKind.FULL;
    }

    /**
     * Returns the time between maintenance sessions, if the protocol plans maintenance.
     *
     * <p>At most one year ({@link Bounds#isCadence}): the rarest maintenance sessions the IPT
     * literature reports are monthly (Frank et al. 1990, three years of monthly maintenance IPT;
     * Frank et al. 2007, weekly, twice-monthly or monthly); the upper bound of one year is the
     * library's own limit, generous beyond that.
     *
     * @return the cadence, positive and at most one year, or empty
     */
    public abstract Optional<Period> maintenanceCadence();

    /**
     * Returns the number of members of a group, for group protocols.
     *
     * @return the range, at least 2, present exactly when the format is {@link ProtocolFormat#GROUP}
     */
    public abstract Optional<IntRange> groupSize();

    /**
     * Returns the number of individual meetings that accompany group sessions.
     *
     * @return the count, at least 0
     */
    @Value.Default
    public int individualMeetings() {
        return 0;
    }

    /**
     * Returns the number of engagement sessions held before the first IPT session, such as the one
     * engagement session of brief IPT (Swartz et al. 2004).
     *
     * <p>An engagement session is a separate pre-treatment session: it is not one of the
     * {@link #acuteSessions()} and belongs to no phase, so a course records its IPT sessions
     * only, from session 1 of the initial phase.
     *
     * @return the count, 0 to 10
     */
    @Value.Default
    public int engagementSessions() {
        return 0;
    }

    /**
     * Returns whether the therapist should discuss maintenance treatment with every patient
     * before the acute phase ends.
     *
     * <p>Stuart and Robertson (2012) ask for it with every patient; the Guide (Weissman,
     * Markowitz and Klerman 2018) offers maintenance to patients at high risk of recurrence. When
     * true, an adherence report flags a completed course whose termination record says
     * maintenance was not discussed. No catalogue protocol sets it; a protocol following Stuart's
     * model does.
     *
     * @return true if maintenance is to be discussed with every patient; false by default
     */
    @Value.Default
    public boolean discussesMaintenance() {
        return false;
    }

    /**
     * Returns the works the protocol's numbers come from, entries of {@link Bibliography}.
     *
     * @return the references, without repeats, in the order given; empty for a custom protocol
     *     that cites none
     */
    public abstract List<Reference> references();

    /**
     * Returns the number of sessions the protocol plans for a phase.
     *
     * @param phase the phase, not null
     * @return the range, or empty for {@link Phase#MAINTENANCE}, which is open-ended
     */
    public Optional<IntRange> phaseSessions(Phase phase) {
        switch (Objects.requireNonNull(phase, "phase")) {
            case INITIAL:
                return Optional.of(initialSessions());
            case MIDDLE:
                return Optional.of(middleSessions());
            case TERMINATION:
                return Optional.of(terminationSessions());
            default:
                return Optional.empty();
        }
    }

    /**
     * Checks whether the protocol has an acute phase.
     *
     * @return false for a maintenance-only protocol
     */
    public boolean hasAcutePhase() {
        return acuteSessions().max() > 0;
    }

    @Value.Check
    void check() {
        Checker c = new Checker("Protocol");
        c.check(Ids.isToken(id()), "id", ModelRule.ID_FORMAT);
        c.notBlank(name(), "name");
        IntRange acute = acuteSessions();
        c.range(acute.max(), 0, Bounds.MAX_PROTOCOL_SESSIONS, "acuteSessions.max");
        c.range(initialSessions().max(), 0, Bounds.MAX_PROTOCOL_SESSIONS, "initialSessions.max");
        c.range(middleSessions().max(), 0, Bounds.MAX_PROTOCOL_SESSIONS, "middleSessions.max");
        c.range(terminationSessions().max(), 0, Bounds.MAX_PROTOCOL_SESSIONS, "terminationSessions.max");
        // long: the ranges are checked above but still summed here, and may hold any int
        long minSum = (long) initialSessions().min() + middleSessions().min() + terminationSessions().min();
        long maxSum = (long) initialSessions().max() + middleSessions().max() + terminationSessions().max();
        if (minSum > acute.max() || maxSum < acute.min()) {
            c.add("acuteSessions", ModelRule.PHASES_FIT_PROTOCOL,
                    "the phase ranges (" + minSum + " to " + maxSum + " sessions) must fit acuteSessions " + acute);
        }
        if (terminationNotice().max() > acute.max()) {
            c.add("terminationNotice", ModelRule.PHASES_FIT_PROTOCOL,
                    "terminationNotice must not exceed acuteSessions' maximum " + acute.max());
        }
        if (!hasAcutePhase()) {
            c.check(maxSum == 0, "acuteSessions", ModelRule.PHASES_FIT_PROTOCOL,
                    "a protocol without acute sessions must have empty phase ranges");
            c.check(maintenanceCadence().isPresent(), "maintenanceCadence", ModelRule.PRESENCE,
                    "a protocol without acute sessions needs a maintenanceCadence");
        }
        c.cadence(cadence(), "cadence");
        maintenanceCadence().ifPresent(m -> c.cadence(m, "maintenanceCadence"));
        c.check(isLength(minSessionLength()), "minSessionLength", ModelRule.VALUE_IN_RANGE,
                "minSessionLength must be positive and at most 8 hours");
        c.check(isLength(maxSessionLength()), "maxSessionLength", ModelRule.VALUE_IN_RANGE,
                "maxSessionLength must be positive and at most 8 hours");
        c.check(minSessionLength().compareTo(maxSessionLength()) <= 0, "maxSessionLength", ModelRule.RANGE_ORDER,
                "maxSessionLength must be at least minSessionLength");
        c.check(!problemAreas().isEmpty(), "problemAreas", ModelRule.REQUIRED, "problemAreas must not be empty");
        c.range(maxFocalAreas(), 1, Math.max(1, problemAreas().size()), "maxFocalAreas");
        boolean group = format() == ProtocolFormat.GROUP;
        c.check(groupSize().isPresent() == group, "groupSize", ModelRule.PRESENCE,
                "groupSize must be present exactly for group protocols");
        groupSize().ifPresent(g -> c.check(g.min() >= 2, "groupSize", ModelRule.VALUE_IN_RANGE,
                "groupSize must be at least 2"));
        c.range(individualMeetings(), 0, 1000, "individualMeetings");
        c.range(engagementSessions(), 0, MAX_ENGAGEMENT_SESSIONS, "engagementSessions");
        c.check(references().size() == new java.util.HashSet<>(references()).size(), "references",
                ModelRule.DISTINCT, "references must not repeat a work");
        c.done();
    }

    static boolean isLength(Duration length) {
        return !length.isNegative() && !length.isZero() && length.compareTo(LONGEST_SESSION) <= 0;
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
     * Builds a {@link Protocol}. Obtain one with {@link Protocol#builder()}. Not thread-safe.
     */
    public static final class Builder extends ImmutableProtocol.Builder {
        Builder() {
        }
    }
}
