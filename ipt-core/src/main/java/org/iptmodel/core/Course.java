package org.iptmodel.core;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

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
 * <li>sessions are numbered 1 to n in order ({@link ModelRule#SESSION_NUMBERING}), their dates
 *     strictly increase ({@link ModelRule#SESSION_DATES}) and do not precede the contract start
 *     ({@link ModelRule#DATE_ORDER});</li>
 * <li>phases never go backwards ({@link ModelRule#PHASE_ORDER}), and a maintenance session comes
 *     only after a termination-phase session, unless the protocol has no acute phase
 *     ({@link ModelRule#MAINTENANCE_AFTER_ACUTE});</li>
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
 * <li>the status agrees with the content ({@link ModelRule#STATUS_CONSISTENT}): {@code PLANNED}
 *     without sessions, {@code ACTIVE} with sessions and no ending, {@code COMPLETED} with a
 *     termination record, {@code DISCONTINUED} with a discontinuation record. When not set, the
 *     status is derived from the content.</li>
 * </ul>
 * Clinical guidance (session counts, phase lengths, gaps, the choice of deficits) is not enforced.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Course implements WithCourse {

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
     * @return the date, or empty
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
     * Returns the course's status. When not set on the builder it is derived from the content.
     *
     * @return the status, not null
     */
    @Value.Default
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
        return issues().stream().filter(i -> i.id().equals(id)).findFirst();
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

    @Value.Check
    void check() {
        Checker c = new Checker("Course");
        checkSessions(c);
        checkIssues(c);
        focus().ifPresent(f -> checkFocus(c, f, "focus"));
        List<ContractAmendment> amendments = contract().amendments();
        for (int i = 0; i < amendments.size(); i++) {
            String path = "contract." + Checker.at("amendments", i) + ".newFocus";
            amendments.get(i).newFocus().ifPresent(f -> checkFocus(c, f, path));
        }
        checkEnding(c);
        c.done();
    }

    private void checkSessions(Checker c) {
        List<Session> sessions = sessions();
        boolean acuteEnded = !protocol().hasAcutePhase();
        for (int i = 0; i < sessions.size(); i++) {
            Session s = sessions.get(i);
            String path = Checker.at("sessions", i);
            c.check(s.number() == i + 1, path + ".number", ModelRule.SESSION_NUMBERING,
                    path + ".number must be " + (i + 1) + ", was " + s.number());
            if (i == 0) {
                c.check(!s.date().isBefore(contract().start()), path + ".date", ModelRule.DATE_ORDER,
                        path + ".date must not precede the contract start");
            } else {
                Session previous = sessions.get(i - 1);
                c.check(s.date().isAfter(previous.date()), path + ".date", ModelRule.SESSION_DATES,
                        path + ".date must be later than sessions[" + (i - 1) + "].date");
                c.check(s.phase().compareTo(previous.phase()) >= 0, path + ".phase", ModelRule.PHASE_ORDER,
                        path + ".phase " + s.phase() + " must not follow " + previous.phase());
            }
            c.check(s.phase() != Phase.MAINTENANCE || acuteEnded, path + ".phase", ModelRule.MAINTENANCE_AFTER_ACUTE,
                    path + ".phase MAINTENANCE needs an earlier TERMINATION session");
            acuteEnded |= s.phase() == Phase.TERMINATION;
        }
    }

    private void checkIssues(Checker c) {
        List<InterpersonalIssue> issues = issues();
        c.distinct(issues.stream().map(InterpersonalIssue::id).toList(), "issues", ".id", ModelRule.UNIQUE_IDS);
        Set<PersonId> known = new HashSet<>();
        for (Relationship person : inventory().people()) {
            known.add(person.id());
        }
        for (int i = 0; i < issues.size(); i++) {
            List<PersonId> people = issues.get(i).people();
            for (int j = 0; j < people.size(); j++) {
                String path = Checker.at("issues", i) + "." + Checker.at("people", j);
                c.check(known.contains(people.get(j)), path, ModelRule.KNOWN_PERSON);
            }
        }
    }

    private void checkFocus(Checker c, Focus focus, String path) {
        Protocol protocol = protocol();
        List<ProblemArea> areas = focus.areas();
        c.check(areas.size() <= protocol.maxFocalAreas() || focus.basis() == FocusBasis.CLINICIAN_OVERRIDE,
                path + ".secondary", ModelRule.FOCUS_WITHIN_PROTOCOL,
                path + " holds " + areas.size() + " areas, the protocol allows " + protocol.maxFocalAreas());
        for (ProblemArea area : areas) {
            c.check(protocol.problemAreas().contains(area), path, ModelRule.FOCUS_WITHIN_PROTOCOL,
                    path + " holds " + area + ", which the protocol does not use");
        }
        Set<IssueId> known = new HashSet<>();
        for (InterpersonalIssue issue : issues()) {
            known.add(issue.id());
        }
        for (int j = 0; j < focus.issues().size(); j++) {
            c.check(known.contains(focus.issues().get(j)), path + "." + Checker.at("issues", j), ModelRule.KNOWN_ISSUE);
        }
    }

    private void checkEnding(Checker c) {
        Optional<LocalDate> last = lastSession().map(Session::date);
        termination().ifPresent(t -> {
            if (t.announcedAtSession().isPresent()) {
                int n = t.announcedAtSession().getAsInt();
                c.check(n <= sessions().size(), "termination.announcedAtSession", ModelRule.KNOWN_SESSION,
                        "termination.announcedAtSession " + n + " must be a session of the course (1 to "
                                + sessions().size() + ")");
            }
            c.check(last.map(d -> !t.date().isBefore(d)).orElse(true), "termination.date", ModelRule.DATE_ORDER,
                    "termination.date must not precede the last session");
        });
        discontinuation().ifPresent(d -> c.check(last.map(s -> !d.date().isBefore(s)).orElse(true),
                "discontinuation.date", ModelRule.DATE_ORDER, "discontinuation.date must not precede the last session"));
        boolean ended = termination().isPresent();
        boolean stopped = discontinuation().isPresent();
        boolean held = !sessions().isEmpty();
        boolean consistent;
        switch (status()) {
            case PLANNED:
                consistent = !held && !ended && !stopped;
                break;
            case ACTIVE:
                consistent = held && !ended && !stopped;
                break;
            case COMPLETED:
                consistent = held && ended && !stopped;
                break;
            default:
                consistent = stopped && !ended;
                break;
        }
        c.check(consistent, "status", ModelRule.STATUS_CONSISTENT, "status " + status() + " "
                + ModelRule.STATUS_CONSISTENT.description() + " (sessions " + sessions().size()
                + ", termination " + (ended ? "present" : "absent") + ", discontinuation "
                + (stopped ? "present" : "absent") + ")");
    }

    /**
     * Builds a {@link Course}. Obtain one with {@link Course#builder()}. Not thread-safe.
     */
    public static final class Builder extends ImmutableCourse.Builder {
        Builder() {
        }
    }
}
