package org.iptmodel.core;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.iptmodel.core.internal.SerialParts;

/**
 * One patient's course of IPT: the protocol and contract, the interpersonal inventory, the issues,
 * the focus, the formulation, the sessions held and how the course ended.
 *
 * <pre>{@code
 * Course course = Course.builder()
 *         .id(CourseId.of("c-001"))
 *         .patient(PatientRef.of("pseudo-7f3a"))
 *         .protocol(Protocol.standard())
 *         .contract(TreatmentContract.builder()
 *                 .plannedSessions(16)
 *                 .cadence(Period.ofWeeks(1))
 *                 .sessionLength(Duration.ofMinutes(50))
 *                 .start(LocalDate.of(2026, 1, 5))
 *                 .build())
 *         .addSession(Session.builder()
 *                 .number(1).date(LocalDate.of(2026, 1, 5)).phase(Phase.INITIAL)
 *                 .length(Duration.ofMinutes(50))
 *                 .addMeasurement(Measurement.of(Instrument.phq9(), 17))
 *                 .build())
 *         .build();
 * course.status(); // ACTIVE
 * }</pre>
 *
 * <p>Invariants, each reported with its field path by {@link InvalidModelException}:
 * <ul>
 * <li>the episode onset, like every date of the model, lies between {@link Bounds#EARLIEST_DATE}
 *     and {@link Bounds#LATEST_DATE} ({@link ModelRule#VALUE_IN_RANGE}); the parts of a course
 *     check their own dates, cadences and numbers of sessions against the other {@link Bounds};</li>
 * <li>sessions are numbered 1 to n in order ({@link ModelRule#SESSION_NUMBERING}), their dates
 *     strictly increase ({@link ModelRule#SESSION_DATES}) and do not precede the contract start
 *     ({@link ModelRule#DATE_ORDER});</li>
 * <li>phases never go backwards ({@link ModelRule#PHASE_ORDER}), and a maintenance session comes
 *     only after the acute phase ended: after a termination-phase session, or after an acute
 *     session when every later acute phase of the protocol may be empty, or at any time under a
 *     protocol without an acute phase ({@link ModelRule#MAINTENANCE_AFTER_ACUTE});</li>
 * <li>issue ids are unique ({@link ModelRule#UNIQUE_IDS}) and every person an issue names is in
 *     the inventory ({@link ModelRule#KNOWN_PERSON});</li>
 * <li>the focus, and every focus set by an amendment, holds only areas of the protocol and names
 *     only issues of the course ({@link ModelRule#KNOWN_ISSUE}); a focus selected from the ranking
 *     holds at most the protocol's maximum number of areas ({@link ModelRule#FOCUS_WITHIN_PROTOCOL}),
 *     while a {@link FocusBasis#CLINICIAN_OVERRIDE} may hold more: the override is recorded with
 *     its reason and reported as a deviation, never forbidden;</li>
 * <li>the termination record's announcing session is a session of the course
 *     ({@link ModelRule#KNOWN_SESSION}); termination and discontinuation do not precede the last
 *     session;</li>
 * <li>a course is not both completed and discontinued, and a completed course has at least one
 *     session ({@link ModelRule#STATUS_CONSISTENT}); the {@link #status()} is derived from the
 *     content, so it always agrees with it.</li>
 * </ul>
 * Clinical guidance (session counts, phase lengths, gaps, the choice of deficits) is not enforced.
 *
 * <h2>Two paths: the builder and the lifecycle operations</h2>
 * The builder and the {@code with*} copies check only the invariants above. They must accept any
 * course that really happened, including one that broke clinical guidance: a middle-phase
 * session held before the patient accepted the formulation, a course concluded without a
 * termination phase, and so on, as imported from a clinical record. Clinicians deviate from
 * manuals for good reasons; the model records that, never forbids it.
 *
 * <p>The lifecycle operations are the stricter path for live use. Each returns a new course and
 * checks, besides the invariants, the rules of a course unfolding session by session:
 * <ul>
 * <li>{@link #recordSession(Session)}: the next number, a later date, a phase that follows the
 *     course ({@link ModelRule#PHASE_TRANSITION}), the middle phase only after an accepted
 *     formulation and a chosen focus ({@link ModelRule#MIDDLE_PHASE_PREREQUISITES});</li>
 * <li>{@link #amendContract(ContractAmendment)}: extra sessions, a new cadence or a new focus,
 *     agreed no earlier than the last session;</li>
 * <li>{@link #conclude(Termination)}: the end of the course after a termination-phase session;</li>
 * <li>{@link #discontinue(Discontinuation)}: an early end with a coded reason;</li>
 * <li>all four: only while the course is open ({@link ModelRule#COURSE_OPEN}).</li>
 * </ul>
 * An illegal transition throws {@link InvalidModelException} naming the field path and the rule;
 * the course it was called on is immutable, so it is unchanged. The status of the returned
 * course follows from its content. Guidance the operations do not enforce (session
 * counts, phase lengths, gaps, the choice of focus) is reported by
 * {@link org.iptmodel.core.report.AdherenceReport}, which also flags a recorded course that broke
 * the middle-phase and ending rules.
 *
 * <pre>{@code
 * Course started = course.recordSession(Session.builder()
 *         .number(course.nextSessionNumber())
 *         .date(LocalDate.of(2026, 1, 12))
 *         .phase(Phase.INITIAL)
 *         .length(Duration.ofMinutes(50))
 *         .build());
 * started.status(); // ACTIVE
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Course implements WithCourse, Serializable {
    private static final long serialVersionUID = 1L;

    Course() {
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
     * Returns the course's identifier.
     *
     * @return the id, not null
     */
    public abstract CourseId id();

    /**
     * Returns the opaque reference to the patient.
     *
     * @return the reference, not null
     */
    public abstract PatientRef patient();

    /**
     * Returns the protocol the course follows.
     *
     * @return the protocol, not null
     */
    public abstract Protocol protocol();

    /**
     * Returns the treatment contract.
     *
     * @return the contract, not null
     */
    public abstract TreatmentContract contract();

    /**
     * Returns the onset date of the current depressive episode, if known.
     *
     * <p>Between 1900-01-01 and 9999-12-31, as every date of the model ({@link Bounds}): every date
     * then has four-digit years, and whatever is planned or reported from it stays within the
     * range of dates.
     *
     * @return the date, between {@link Bounds#EARLIEST_DATE} and {@link Bounds#LATEST_DATE},
     *     or empty
     */
    public abstract Optional<LocalDate> episodeOnset();

    /**
     * Returns the interpersonal inventory.
     *
     * @return the inventory, by default empty
     */
    @Value.Default
    public InterpersonalInventory inventory() {
        return InterpersonalInventory.empty();
    }

    /**
     * Returns the interpersonal issues the patient recorded.
     *
     * @return the issues, unmodifiable
     */
    public abstract List<InterpersonalIssue> issues();

    /**
     * Returns the focus chosen in the initial phase, if chosen. A later focus set by an amendment
     * is in {@link #currentFocus()}.
     *
     * @return the focus, or empty
     */
    public abstract Optional<Focus> focus();

    /**
     * Returns the interpersonal formulation, if made.
     *
     * @return the formulation, or empty
     */
    public abstract Optional<Formulation> formulation();

    /**
     * Returns the sick role given, if given.
     *
     * @return the sick role, or empty
     */
    public abstract Optional<SickRole> sickRole();

    /**
     * Returns the sessions held, in order.
     *
     * @return the sessions, unmodifiable
     */
    public abstract List<Session> sessions();

    /**
     * Returns the treatments received alongside IPT.
     *
     * @return the treatments, unmodifiable
     */
    public abstract List<ConcurrentTreatment> concurrentTreatments();

    /**
     * Returns the termination record, once acute treatment has concluded.
     *
     * @return the record, or empty
     */
    public abstract Optional<Termination> termination();

    /**
     * Returns the discontinuation record, if the course ended early.
     *
     * @return the record, or empty
     */
    public abstract Optional<Discontinuation> discontinuation();

    /**
     * Returns the course's status, derived from its content: {@code COMPLETED} with a termination
     * record, {@code DISCONTINUED} with a discontinuation record, else {@code ACTIVE} once a
     * session was held and {@code PLANNED} before. Being derived, it can never disagree with the
     * content, including after a {@code with*} copy.
     *
     * @return the status, not null
     */
    @Value.Derived
    public CourseStatus status() {
        if (termination().isPresent()) {
            return CourseStatus.COMPLETED;
        }
        if (discontinuation().isPresent()) {
            return CourseStatus.DISCONTINUED;
        }
        return sessions().isEmpty() ? CourseStatus.PLANNED : CourseStatus.ACTIVE;
    }

    /**
     * Returns the focus in force: the latest focus set by a contract amendment, else the initial
     * focus.
     *
     * @return the focus, or empty if none was chosen
     */
    public Optional<Focus> currentFocus() {
        Optional<Focus> amended = contract().amendedFocus();
        return amended.isPresent() ? amended : focus();
    }

    /**
     * Finds an issue by id.
     *
     * @param id the id, not null
     * @return the issue, or empty
     */
    public Optional<InterpersonalIssue> issue(IssueId id) {
        Objects.requireNonNull(id, "id");
        for (InterpersonalIssue issue : issues()) {
            if (issue.id().equals(id)) {
                return Optional.of(issue);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds a session by number.
     *
     * @param number the session number
     * @return the session, or empty
     */
    public Optional<Session> session(int number) {
        return number >= 1 && number <= sessions().size() ? Optional.of(sessions().get(number - 1)) : Optional.empty();
    }

    /**
     * Returns the last session held.
     *
     * @return the session, or empty if none was held
     */
    public Optional<Session> lastSession() {
        return sessions().isEmpty() ? Optional.empty() : Optional.of(sessions().get(sessions().size() - 1));
    }

    /**
     * Returns the number the next recorded session must have.
     *
     * @return the number of sessions held plus one
     */
    public int nextSessionNumber() {
        return sessions().size() + 1;
    }

    /**
     * Returns the phase of the last session held.
     *
     * @return the phase, or empty if no session was held
     */
    public Optional<Phase> currentPhase() {
        return lastSession().map(Session::phase);
    }

    /**
     * Checks whether the course is open: neither concluded nor discontinued.
     *
     * @return true if the status is {@link CourseStatus#PLANNED} or {@link CourseStatus#ACTIVE}
     */
    public boolean isOpen() {
        return status() == CourseStatus.PLANNED || status() == CourseStatus.ACTIVE;
    }

    /**
     * Returns the phases the next session may have by {@link ModelRule#PHASE_TRANSITION}: the
     * current phase, and any later phase the protocol uses that is reached without skipping a
     * phase whose protocol range requires sessions. Maintenance is reachable only from the
     * termination phase, or from the start under a protocol without an acute phase.
     *
     * <p>For example, under {@link Protocol#standard()} a new course may only begin with
     * {@link Phase#INITIAL}, and a course whose last session was initial may continue with
     * {@link Phase#INITIAL} or {@link Phase#MIDDLE}. The middle phase has prerequisites of its
     * own ({@link ModelRule#MIDDLE_PHASE_PREREQUISITES}) that this set does not consider.
     *
     * @return the phases, in phase order, unmodifiable; empty once the course has ended
     */
    public Set<Phase> nextPhases() {
        if (!isOpen()) {
            return Collections.emptySet();
        }
        Phase current = currentPhase().orElse(null);
        Set<Phase> phases = EnumSet.noneOf(Phase.class);
        for (Phase phase : Phase.values()) {
            if (isReachable(current, phase)) {
                phases.add(phase);
            }
        }
        return Collections.unmodifiableSet(phases);
    }

    /**
     * Returns a copy of this course with one more session held.
     *
     * <p>The rules, each reported with its path relative to the argument:
     * <ul>
     * <li>the course is open ({@link ModelRule#COURSE_OPEN}, path {@code status});</li>
     * <li>the session's number is {@link #nextSessionNumber()}
     *     ({@link ModelRule#SESSION_NUMBERING}, path {@code session.number});</li>
     * <li>its date is later than the last session's ({@link ModelRule#SESSION_DATES}) and not
     *     before the contract start ({@link ModelRule#DATE_ORDER}), path {@code session.date};</li>
     * <li>its phase is one of {@link #nextPhases()} ({@link ModelRule#PHASE_TRANSITION}, path
     *     {@code session.phase});</li>
     * <li>a session that enters the middle phase needs a formulation the patient accepted on or
     *     before the session's date (path {@code formulation.acceptedOn}) and a chosen focus
     *     (path {@code focus}), both {@link ModelRule#MIDDLE_PHASE_PREREQUISITES} (the patient
     *     explicitly accepts the formulation before the middle phase: Markowitz 2006; IPT UK,
     *     Stages of IPT; Stuart and Robertson 2012).</li>
     * </ul>
     * The returned course is {@link CourseStatus#ACTIVE}. The builder accepts a course that broke
     * these rules (historical data); this operation does not.
     *
     * @param session the session held, not null
     * @return a new course ending with the session, not null
     * @throws InvalidModelException if a rule is broken; this course is unchanged
     */
    public Course recordSession(Session session) {
        Objects.requireNonNull(session, "session");
        Checker c = new Checker("Course");
        requireOpen(c);
        int expected = nextSessionNumber();
        c.check(session.number() == expected, "session.number", ModelRule.SESSION_NUMBERING,
                "session.number must be " + expected + ", was " + session.number());
        Optional<Session> last = lastSession();
        if (last.isPresent()) {
            c.check(session.date().isAfter(last.get().date()), "session.date", ModelRule.SESSION_DATES,
                    "session.date must be later than the date of session " + last.get().number());
        } else {
            c.check(!session.date().isBefore(contract().start()), "session.date", ModelRule.DATE_ORDER,
                    "session.date must not precede the contract start");
        }
        Phase current = currentPhase().orElse(null);
        Phase phase = session.phase();
        c.check(isReachable(current, phase), "session.phase", ModelRule.PHASE_TRANSITION,
                "session.phase " + phase + " must be one of " + nextPhases());
        if (phase == Phase.MIDDLE && current != Phase.MIDDLE) {
            boolean accepted = formulation().flatMap(Formulation::acceptedOn)
                    .map(d -> !d.isAfter(session.date())).orElse(false);
            c.check(accepted, "formulation.acceptedOn", ModelRule.MIDDLE_PHASE_PREREQUISITES,
                    "the middle phase needs a formulation the patient accepted on or before session.date");
            c.check(currentFocus().isPresent(), "focus", ModelRule.MIDDLE_PHASE_PREREQUISITES,
                    "the middle phase needs a chosen focus");
        }
        c.done();
        return Course.builder().from(this).addSession(session).build();
    }

    /**
     * Returns a copy of this course with its contract amended: extra sessions with a reason, a new
     * cadence or a new focus (changing the focus mid-course is a renegotiation: Weissman, Markowitz and
     * Klerman 2018).
     *
     * <p>The rules: the course is open ({@link ModelRule#COURSE_OPEN}, path {@code status}); the
     * amendment is dated no earlier than the contract start, the previous amendment and the last
     * session ({@link ModelRule#DATE_ORDER}, path {@code amendment.date}); a new focus fits the
     * protocol and names issues of the course (the invariants {@link ModelRule#FOCUS_WITHIN_PROTOCOL}
     * and {@link ModelRule#KNOWN_ISSUE}, path {@code contract.amendments[i].newFocus}). No number
     * of extra sessions is forbidden: no numeric rule for adding sessions exists in the literature.
     *
     * @param amendment the amendment agreed, not null
     * @return a new course whose contract ends with the amendment, not null
     * @throws InvalidModelException if a rule is broken; this course is unchanged
     */
    public Course amendContract(ContractAmendment amendment) {
        Objects.requireNonNull(amendment, "amendment");
        Checker c = new Checker("Course");
        requireOpen(c);
        LocalDate earliest = contract().start();
        for (ContractAmendment previous : contract().amendments()) {
            earliest = previous.date().isAfter(earliest) ? previous.date() : earliest;
        }
        Optional<LocalDate> lastDate = lastSession().map(Session::date);
        if (lastDate.isPresent() && lastDate.get().isAfter(earliest)) {
            earliest = lastDate.get();
        }
        c.check(!amendment.date().isBefore(earliest), "amendment.date", ModelRule.DATE_ORDER,
                "amendment.date must not precede the contract start, the previous amendment or the last session");
        c.done();
        TreatmentContract amended = TreatmentContract.builder().from(contract()).addAmendment(amendment).build();
        return Course.builder().from(this).contract(amended).build();
    }

    /**
     * Returns a copy of this course concluded with a termination record: the outcome, the next
     * step (conclude, continuation contract, maintenance contract, referral), the warning signs
     * and whether maintenance was discussed.
     *
     * <p>The rules: the course is open ({@link ModelRule#COURSE_OPEN}, path {@code status}); a
     * termination-phase session was held, or, under a protocol without an acute phase or whose
     * termination phase may be empty (such as interpersonal counselling), any session
     * ({@link ModelRule#PHASE_TRANSITION}, path {@code sessions}); the record's date is
     * not before the last session ({@link ModelRule#DATE_ORDER}, path {@code termination.date});
     * the announcing session, if recorded, is a session of the course
     * ({@link ModelRule#KNOWN_SESSION}, path {@code termination.announcedAtSession}). A course that
     * ends without a termination phase is discontinued instead ({@link #discontinue}). The
     * returned course is {@link CourseStatus#COMPLETED}.
     *
     * @param termination the termination record, not null
     * @return a new, completed course, not null
     * @throws InvalidModelException if a rule is broken; this course is unchanged
     */
    public Course conclude(Termination termination) {
        Objects.requireNonNull(termination, "termination");
        Checker c = new Checker("Course");
        requireOpen(c);
        boolean needsTermination = protocol().hasAcutePhase() && protocol().terminationSessions().min() > 0;
        boolean ready = needsTermination
                ? sessions().stream().anyMatch(s -> s.phase() == Phase.TERMINATION)
                : !sessions().isEmpty();
        c.check(ready, "sessions", ModelRule.PHASE_TRANSITION, needsTermination
                ? "concluding needs a termination-phase session"
                : "concluding needs a session");
        lastSession().ifPresent(last -> c.check(!termination.date().isBefore(last.date()), "termination.date",
                ModelRule.DATE_ORDER, "termination.date must not precede the date of session " + last.number()));
        termination.announcedAtSession().ifPresent(n -> c.check(n <= sessions().size(),
                "termination.announcedAtSession", ModelRule.KNOWN_SESSION,
                "termination.announcedAtSession " + n + " must be a session of the course (1 to "
                        + sessions().size() + ")"));
        c.done();
        return Course.builder().from(this).termination(termination).build();
    }

    /**
     * Returns a copy of this course discontinued: ended early, with a date and a coded reason.
     *
     * <p>The rules: the course is open ({@link ModelRule#COURSE_OPEN}, path {@code status}); the
     * date is not before the contract start nor the last session ({@link ModelRule#DATE_ORDER},
     * path {@code discontinuation.date}). A planned course with no session may be discontinued.
     * The returned course is {@link CourseStatus#DISCONTINUED}.
     *
     * @param discontinuation the discontinuation record, not null
     * @return a new, discontinued course, not null
     * @throws InvalidModelException if a rule is broken; this course is unchanged
     */
    public Course discontinue(Discontinuation discontinuation) {
        Objects.requireNonNull(discontinuation, "discontinuation");
        Checker c = new Checker("Course");
        requireOpen(c);
        LocalDate earliest = lastSession().map(Session::date).orElse(contract().start());
        c.check(!discontinuation.date().isBefore(earliest), "discontinuation.date", ModelRule.DATE_ORDER,
                "discontinuation.date must not precede the contract start or the last session");
        c.done();
        return Course.builder().from(this).discontinuation(discontinuation).build();
    }

    private void requireOpen(Checker c) {
        c.check(isOpen(), "status", ModelRule.COURSE_OPEN,
                "status " + status() + ": " + ModelRule.COURSE_OPEN.description());
    }

    /**
     * Whether a session of phase {@code to} may follow a session of phase {@code from} (null: the
     * first session) under this course's protocol.
     */
    /**
     * Whether the acute phase may end after a session of this phase: a termination-phase session,
     * or an acute session after which every later acute phase may be empty (as in interpersonal
     * counselling, whose termination phase may be empty).
     */
    private boolean acuteMayEndAfter(Phase phase) {
        if (!phase.isAcute()) {
            return false;
        }
        for (int i = phase.ordinal() + 1; i <= Phase.TERMINATION.ordinal(); i++) {
            if (protocol().phaseSessions(Phase.values()[i]).map(IntRange::min).orElse(0) > 0) {
                return false;
            }
        }
        return true;
    }

    private boolean isReachable(Phase from, Phase to) {
        if (to == from) {
            return true;
        }
        if (from != null && to.compareTo(from) < 0) {
            return false;
        }
        Protocol protocol = protocol();
        if (to == Phase.MAINTENANCE) {
            return !protocol.hasAcutePhase() || from != null && acuteMayEndAfter(from);
        }
        if (!protocol.hasAcutePhase() || protocol.phaseSessions(to).map(IntRange::max).orElse(0) == 0) {
            return false;
        }
        int firstSkipped = from == null ? 0 : from.ordinal() + 1;
        for (int i = firstSkipped; i < to.ordinal(); i++) {
            if (protocol.phaseSessions(Phase.values()[i]).map(IntRange::min).orElse(0) > 0) {
                return false;
            }
        }
        return true;
    }

    @Value.Check
    void check() {
        Checker c = new Checker("Course");
        c.date(episodeOnset(), "episodeOnset");
        checkSessions(c);
        checkIssues(c);
        if (focus().isPresent()) {
            checkFocus(c, focus().get(), "focus");
        }
        List<ContractAmendment> amendments = contract().amendments();
        for (int i = 0; i < amendments.size(); i++) {
            Optional<Focus> newFocus = amendments.get(i).newFocus();
            if (newFocus.isPresent()) {
                checkFocus(c, newFocus.get(), "contract." + Checker.at("amendments", i) + ".newFocus");
            }
        }
        checkEnding(c);
        c.done();
    }

    // The checks below build a path or message only for a violation: they run for every course built.

    private void checkSessions(Checker c) {
        List<Session> sessions = sessions();
        boolean acuteEnded = !protocol().hasAcutePhase();
        Session previous = null;
        for (int i = 0; i < sessions.size(); i++) {
            Session s = sessions.get(i);
            if (s.number() != i + 1) {
                String path = Checker.at("sessions", i);
                c.add(path + ".number", ModelRule.SESSION_NUMBERING,
                        path + ".number must be " + (i + 1) + ", was " + s.number());
            }
            if (previous == null) {
                if (s.date().isBefore(contract().start())) {
                    String path = Checker.at("sessions", i);
                    c.add(path + ".date", ModelRule.DATE_ORDER, path + ".date must not precede the contract start");
                }
            } else {
                if (!s.date().isAfter(previous.date())) {
                    String path = Checker.at("sessions", i);
                    c.add(path + ".date", ModelRule.SESSION_DATES,
                            path + ".date must be later than sessions[" + (i - 1) + "].date");
                }
                if (s.phase().compareTo(previous.phase()) < 0) {
                    String path = Checker.at("sessions", i);
                    c.add(path + ".phase", ModelRule.PHASE_ORDER,
                            path + ".phase " + s.phase() + " must not follow " + previous.phase());
                }
            }
            if (s.phase() == Phase.MAINTENANCE && !acuteEnded) {
                String path = Checker.at("sessions", i);
                c.add(path + ".phase", ModelRule.MAINTENANCE_AFTER_ACUTE,
                        path + ".phase MAINTENANCE needs the acute phase to have ended first");
            }
            acuteEnded |= acuteMayEndAfter(s.phase());
            previous = s;
        }
    }

    private void checkIssues(Checker c) {
        List<InterpersonalIssue> issues = issues();
        c.distinct(issues, InterpersonalIssue::id, "issues", ".id", ModelRule.UNIQUE_IDS);
        if (issues.isEmpty()) {
            return;
        }
        InterpersonalInventory inventory = inventory();
        Set<PersonId> known = inventory.people().size() > 8 ? personIds(inventory) : null;
        for (int i = 0; i < issues.size(); i++) {
            List<PersonId> people = issues.get(i).people();
            for (int j = 0; j < people.size(); j++) {
                PersonId person = people.get(j);
                if (known != null ? !known.contains(person) : !inventory.contains(person)) {
                    c.add(Checker.at("issues", i) + "." + Checker.at("people", j), ModelRule.KNOWN_PERSON);
                }
            }
        }
    }

    private static Set<PersonId> personIds(InterpersonalInventory inventory) {
        Set<PersonId> ids = new HashSet<>();
        for (Relationship person : inventory.people()) {
            ids.add(person.id());
        }
        return ids;
    }

    private void checkFocus(Checker c, Focus focus, String path) {
        Protocol protocol = protocol();
        int areas = 1 + focus.secondary().size();
        if (areas > protocol.maxFocalAreas() && focus.basis() != FocusBasis.CLINICIAN_OVERRIDE) {
            c.add(path + ".secondary", ModelRule.FOCUS_WITHIN_PROTOCOL,
                    path + " holds " + areas + " areas, the protocol allows " + protocol.maxFocalAreas());
        }
        Set<ProblemArea> used = protocol.problemAreas();
        if (!used.contains(focus.primary())) {
            c.add(path, ModelRule.FOCUS_WITHIN_PROTOCOL,
                    path + " holds " + focus.primary() + ", which the protocol does not use");
        }
        for (ProblemArea area : focus.secondary()) {
            if (!used.contains(area)) {
                c.add(path, ModelRule.FOCUS_WITHIN_PROTOCOL,
                        path + " holds " + area + ", which the protocol does not use");
            }
        }
        List<IssueId> named = focus.issues();
        Set<IssueId> known = named.size() > 4 ? issueIds() : null;
        for (int j = 0; j < named.size(); j++) {
            IssueId id = named.get(j);
            if (known != null ? !known.contains(id) : issue(id).isEmpty()) {
                c.add(path + "." + Checker.at("issues", j), ModelRule.KNOWN_ISSUE);
            }
        }
    }

    private Set<IssueId> issueIds() {
        Set<IssueId> ids = new HashSet<>();
        for (InterpersonalIssue issue : issues()) {
            ids.add(issue.id());
        }
        return ids;
    }

    private void checkEnding(Checker c) {
        LocalDate last = sessions().isEmpty() ? null : sessions().get(sessions().size() - 1).date();
        if (termination().isPresent()) {
            Termination t = termination().get();
            if (t.announcedAtSession().isPresent()) {
                int n = t.announcedAtSession().getAsInt();
                if (n > sessions().size()) {
                    c.add("termination.announcedAtSession", ModelRule.KNOWN_SESSION,
                            "termination.announcedAtSession " + n + " must be a session of the course (1 to "
                                    + sessions().size() + ")");
                }
            }
            c.check(last == null || !t.date().isBefore(last), "termination.date", ModelRule.DATE_ORDER,
                    "termination.date must not precede the last session");
        }
        if (discontinuation().isPresent()) {
            c.check(last == null || !discontinuation().get().date().isBefore(last), "discontinuation.date",
                    ModelRule.DATE_ORDER, "discontinuation.date must not precede the last session");
        }
        boolean ended = termination().isPresent();
        boolean stopped = discontinuation().isPresent();
        c.check(!(ended && stopped), "discontinuation", ModelRule.STATUS_CONSISTENT,
                "a course cannot be both completed (termination present) and discontinued (discontinuation present)");
        c.check(!ended || !sessions().isEmpty(), "termination", ModelRule.STATUS_CONSISTENT,
                "a completed course (termination present) needs at least one session");
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
     * Builds a {@link Course}. Obtain one with {@link Course#builder()}. Not thread-safe.
     */
    public static final class Builder extends ImmutableCourse.Builder {
        Builder() {
        }
    }
}
