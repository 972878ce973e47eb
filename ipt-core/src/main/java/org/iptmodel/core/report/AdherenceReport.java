package org.iptmodel.core.report;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamField;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.iptmodel.core.ContractAmendment;
import org.iptmodel.core.ContractType;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseStatus;
import org.iptmodel.core.Focus;
import org.iptmodel.core.FocusBasis;
import org.iptmodel.core.Formulation;
import org.iptmodel.core.IntRange;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.Phase;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.Session;
import org.iptmodel.core.Termination;
import org.iptmodel.core.TreatmentContract;
import org.iptmodel.core.Verification;
import org.iptmodel.core.Violation;
import org.iptmodel.core.internal.SerialParts;

/**
 * How a course deviates from its protocol and the IPT manuals, with the safety section first: the
 * safety flags, then the safety notices.
 *
 * <pre>{@code
 * AdherenceReport report = AdherenceReport.of(course);
 * if (report.hasSafetyFlags()) {
 *     // review risk with the patient: report.safetyFlags()
 * }
 * for (SafetyNotice n : report.safetyNotices()) {
 *     n.message();   // "item not recorded: session 1, ham-d-17 item 3; ..."
 * }
 * for (Deviation d : report.deviations()) {
 *     d.code();      // e.g. SESSION_GAP_TOO_LONG
 *     d.sessions();  // e.g. [6, 7]
 *     d.source();      // the guidance in words, e.g. "The library's own heuristic: ..."
 *     d.references();  // the works, e.g. [isipt-strategies]
 * }
 * }</pre>
 *
 * <p>The guidance checked is listed in {@link DeviationCode}, each with its source. A course
 * recorded session by session from a {@link org.iptmodel.core.plan.Schedule} with the lifecycle
 * operations of {@link Course}, with an accepted formulation and a chosen focus, and concluded
 * with the end announced at the planned session and maintenance discussed, has no deviation.
 * The report judges only what has happened: the minimum length of a phase once a later phase
 * began, and the end of the course once it completed.
 *
 * <p>{@link #entries()} lists the {@link SafetyFlag}s first, then the deviations from the most to
 * the least severe, then by first session, then by code. The {@link SafetyNotice}s (a suicidality
 * item not recorded) come after the flags in {@link #safetyNotices()}; they are not deviations. No
 * option hides a safety flag or a safety notice.
 *
 * <p>A report is made from a course by {@link #of(Course)}, or from its entries by
 * {@link #of(List, List, List)}, which checks that they are in the report's order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AdherenceReport implements Serializable {
    private static final long serialVersionUID = 1L;
    /** No field is serialized: the serialized form is a {@code SerialProxy} ({@link #writeReplace()}). */
    private static final ObjectStreamField[] serialPersistentFields = {};

    /**
     * How many times the cadence two consecutive sessions may be apart before
     * {@link DeviationCode#SESSION_GAP_TOO_LONG} is reported: {@value}. The library's own heuristic
     * (a weekly course may miss one week, not two); the manuals set no limit on a gap.
     */
    public static final int GAP_FACTOR = 2;

    private static final Comparator<Deviation> ORDER = Comparator
            .comparing((Deviation d) -> d.severity()).reversed()
            .thenComparingInt(d -> d.sessions().isEmpty() ? 0 : d.sessions().get(0))
            .thenComparing(Deviation::code);

    private final List<SafetyFlag> safetyFlags;
    private final List<SafetyNotice> safetyNotices;
    private final List<Deviation> deviations;

    private AdherenceReport(List<SafetyFlag> safetyFlags, List<SafetyNotice> safetyNotices,
            List<Deviation> deviations) {
        this.safetyFlags = List.copyOf(safetyFlags);
        this.safetyNotices = List.copyOf(safetyNotices);
        this.deviations = List.copyOf(deviations);
    }

    /**
     * Reports how a course deviates from its protocol and the manuals.
     *
     * @param course the course, not null
     * @return the report, not null
     */
    public static AdherenceReport of(Course course) {
        Objects.requireNonNull(course, "course");
        List<Deviation> found = new ArrayList<>();
        acuteSessions(course, found);
        phaseLengths(course, found);
        gaps(course, found);
        foci(course, found);
        middlePhase(course, found);
        ending(course, found);
        found.sort(ORDER);
        return new AdherenceReport(SafetyFlag.allOf(course), SafetyNotice.allOf(course), found);
    }

    /**
     * Makes a report from its flags and deviations, without safety notices:
     * {@link #of(List, List, List)} with no notice.
     *
     * @param safetyFlags the flags, in session order, not null, without null elements
     * @param deviations the deviations, in the report's order, not null, without null elements
     * @return the report, not null
     * @throws InvalidModelException as {@link #of(List, List, List)}
     */
    public static AdherenceReport of(List<SafetyFlag> safetyFlags, List<Deviation> deviations) {
        return of(safetyFlags, List.of(), deviations);
    }

    /**
     * Makes a report from its entries, such as those of a report read back from storage.
     *
     * <p>The entries must be in the order {@link #of(Course)} gives them: the safety flags and the
     * safety notices each in session order (non-decreasing {@code session()}), the deviations from
     * the most to the least severe (by the severities they record), then by first session, then by
     * code; entries that tie may come in any order. Every entry out of order is reported, not only
     * the first. The entries are not checked against a course nor against the rules of this
     * version: a report made here says what its entries say ({@link #verify()} checks the
     * severities).
     *
     * <pre>{@code
     * AdherenceReport report = AdherenceReport.of(course);
     * AdherenceReport same = AdherenceReport.of(report.safetyFlags(), report.safetyNotices(), report.deviations());
     * same.equals(report);   // true
     * }</pre>
     *
     * @param safetyFlags the flags, in session order, not null, without null elements
     * @param safetyNotices the notices, in session order, not null, without null elements
     * @param deviations the deviations, in the report's order, not null, without null elements
     * @return the report, not null
     * @throws InvalidModelException if a flag or a notice precedes the session of the one before
     *     it ({@link ModelRule#REPORT_ORDER}, path {@code safetyFlags[i]} or
     *     {@code safetyNotices[i]})
     * @throws InvalidModelException if a deviation comes before one it should follow
     *     ({@link ModelRule#REPORT_ORDER}, path {@code deviations[i]})
     */
    public static AdherenceReport of(List<SafetyFlag> safetyFlags, List<SafetyNotice> safetyNotices,
            List<Deviation> deviations) {
        List<Violation> violations = new ArrayList<>();
        List<SafetyFlag> flags = SafetyFlag.checked(safetyFlags, violations);
        List<SafetyNotice> notices = SafetyNotice.checked(safetyNotices, violations);
        Objects.requireNonNull(deviations, "deviations");
        for (int i = 0; i < deviations.size(); i++) {
            Objects.requireNonNull(deviations.get(i), "deviations[" + i + "]");
            if (i > 0 && ORDER.compare(deviations.get(i - 1), deviations.get(i)) > 0) {
                violations.add(new Violation("deviations[" + i + "]", ModelRule.REPORT_ORDER,
                        "deviations must go from the most to the least severe, then by first session, then by"
                                + " code: " + deviations.get(i).code() + " follows " + deviations.get(i - 1).code()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidModelException("AdherenceReport", violations);
        }
        return new AdherenceReport(flags, notices, deviations);
    }

    /**
     * Checks this report against the rules of this version: each deviation's recorded severity
     * must be the severity its code has today. A report made by {@link #of(Course)} is always
     * confirmed; one made from its entries, such as a report read back from storage, keeps the
     * severities it records, and this check says where the rules grade a code otherwise now.
     *
     * <pre>{@code
     * Verification check = stored.verify();
     * check.discrepancies();   // e.g. [deviations[2].severity: the code ... has the severity WARNING]
     * }</pre>
     *
     * @return the verification, one discrepancy per deviation at {@code deviations[i].severity},
     *     not null
     */
    public Verification verify() {
        List<Verification.Discrepancy> found = new ArrayList<>();
        for (int i = 0; i < deviations.size(); i++) {
            Deviation d = deviations.get(i);
            if (d.severity() != d.code().severity()) {
                found.add(new Verification.Discrepancy("deviations[" + i + "].severity", "the code " + d.code()
                        + " has the severity " + d.code().severity() + ", recorded " + d.severity()));
            }
        }
        return new Verification(found);
    }

    /**
     * Returns the safety flags, in session order.
     *
     * @return the flags, unmodifiable
     */
    public List<SafetyFlag> safetyFlags() {
        return safetyFlags;
    }

    /**
     * Returns the safety notices, in session order: one per measurement of an instrument with a
     * suicidality item recorded as a total without item responses. They come after the flags:
     * check how the item was answered.
     *
     * @return the notices, unmodifiable
     */
    public List<SafetyNotice> safetyNotices() {
        return safetyNotices;
    }

    /**
     * Returns the deviations, from the most to the least severe, then by first session and code.
     *
     * @return the deviations, unmodifiable
     */
    public List<Deviation> deviations() {
        return deviations;
    }

    /**
     * Returns every entry: the safety flags first, then the deviations. The safety notices are
     * not entries: see {@link #safetyNotices()}.
     *
     * @return the entries, unmodifiable
     */
    public List<ReportEntry> entries() {
        List<ReportEntry> entries = new ArrayList<>(safetyFlags.size() + deviations.size());
        entries.addAll(safetyFlags);
        entries.addAll(deviations);
        return List.copyOf(entries);
    }

    /**
     * Returns the kinds of deviation found.
     *
     * @return the codes, in declaration order, unmodifiable
     */
    public Set<DeviationCode> codes() {
        Set<DeviationCode> codes = EnumSet.noneOf(DeviationCode.class);
        deviations.forEach(d -> codes.add(d.code()));
        return Collections.unmodifiableSet(codes);
    }

    /**
     * Returns the deviations of one kind.
     *
     * @param code the kind, not null
     * @return the deviations, unmodifiable
     */
    public List<Deviation> deviations(DeviationCode code) {
        Objects.requireNonNull(code, "code");
        return deviations.stream().filter(d -> d.code() == code).toList();
    }

    /**
     * Checks whether the course follows its protocol and the manuals: no deviation. Safety flags and
     * notices are not deviations: check {@link #hasSafetyFlags()} and {@link #safetyNotices()} as well.
     *
     * @return true if there is no deviation
     */
    public boolean isAdherent() {
        return deviations.isEmpty();
    }

    /**
     * Checks whether any suicidality item was answered above 0.
     *
     * @return true if there is at least one safety flag
     */
    public boolean hasSafetyFlags() {
        return !safetyFlags.isEmpty();
    }

    private static void acuteSessions(Course course, List<Deviation> found) {
        Protocol protocol = course.protocol();
        if (!protocol.hasAcutePhase()) {
            return;
        }
        List<Session> acute = acute(course);
        int extra = course.contract().amendments().stream().mapToInt(ContractAmendment::extraSessions).sum();
        long allowed = (long) protocol.acuteSessions().max() + extra;
        if (acute.size() > allowed) {
            List<Integer> beyond = acute.subList((int) allowed, acute.size()).stream().map(Session::number).toList();
            found.add(new Deviation(DeviationCode.ACUTE_SESSIONS_OUTSIDE_PROTOCOL, beyond,
                    acute.size() + " acute sessions held; the protocol allows " + protocol.acuteSessions()
                            + " and amendments added " + extra));
        } else if (isAcuteOver(course) && acute.size() < protocol.acuteSessions().min()) {
            found.add(new Deviation(DeviationCode.ACUTE_SESSIONS_OUTSIDE_PROTOCOL, lastNumber(acute),
                    acute.size() + " acute sessions held; the protocol plans " + protocol.acuteSessions()));
        }
    }

    private static void phaseLengths(Course course, List<Deviation> found) {
        Protocol protocol = course.protocol();
        if (!protocol.hasAcutePhase()) {
            return;
        }
        boolean completed = course.status() == CourseStatus.COMPLETED;
        for (Phase phase : List.of(Phase.INITIAL, Phase.MIDDLE, Phase.TERMINATION)) {
            IntRange range = protocol.phaseSessions(phase).orElseThrow();
            List<Session> held = course.sessions().stream().filter(s -> s.phase() == phase).toList();
            boolean laterBegan = course.sessions().stream().anyMatch(s -> s.phase().compareTo(phase) > 0);
            List<Integer> numbers = held.stream().map(Session::number).toList();
            if (held.size() > range.max()) {
                found.add(new Deviation(DeviationCode.PHASE_LENGTH_OUTSIDE_PROTOCOL, numbers,
                        phase + " phase held " + held.size() + " sessions; the protocol plans " + range));
            } else if (held.size() < range.min() && (laterBegan || completed)
                    && !(phase == Phase.TERMINATION && held.isEmpty())) {
                found.add(new Deviation(DeviationCode.PHASE_LENGTH_OUTSIDE_PROTOCOL, numbers,
                        phase + " phase held " + held.size() + " sessions; the protocol plans " + range));
            }
        }
    }

    private static void gaps(Course course, List<Deviation> found) {
        List<Session> sessions = course.sessions();
        for (int i = 1; i < sessions.size(); i++) {
            Session previous = sessions.get(i - 1);
            Session current = sessions.get(i);
            Optional<Period> cadence = cadenceFor(course, previous, current);
            if (cadence.isPresent() && current.date().isAfter(previous.date().plus(cadence.get().multipliedBy(GAP_FACTOR)))) {
                found.add(new Deviation(DeviationCode.SESSION_GAP_TOO_LONG,
                        List.of(previous.number(), current.number()),
                        "sessions " + previous.number() + " and " + current.number() + " are "
                                + ChronoUnit.DAYS.between(previous.date(), current.date())
                                + " days apart, more than " + GAP_FACTOR + " times the cadence " + cadence.get()));
            }
        }
    }

    private static Optional<Period> cadenceFor(Course course, Session previous, Session current) {
        TreatmentContract contract = course.contract();
        if (previous.phase().isAcute() && current.phase().isAcute()) {
            return Optional.of(contractCadenceBefore(contract, current.date()));
        }
        if (!previous.phase().isAcute() && !current.phase().isAcute()) {
            return contract.type() == ContractType.MAINTENANCE
                    ? Optional.of(contractCadenceBefore(contract, current.date()))
                    : course.protocol().maintenanceCadence();
        }
        return Optional.empty();
    }

    private static Period contractCadenceBefore(TreatmentContract contract, LocalDate date) {
        Period cadence = contract.cadence();
        for (ContractAmendment amendment : contract.amendments()) {
            if (amendment.date().isBefore(date) && amendment.newCadence().isPresent()) {
                cadence = amendment.newCadence().get();
            }
        }
        return cadence;
    }

    private static void foci(Course course, List<Deviation> found) {
        List<String> paths = new ArrayList<>();
        List<Focus> foci = new ArrayList<>();
        course.focus().ifPresent(f -> {
            paths.add("focus");
            foci.add(f);
        });
        List<ContractAmendment> amendments = course.contract().amendments();
        for (int i = 0; i < amendments.size(); i++) {
            int index = i;
            amendments.get(i).newFocus().ifPresent(f -> {
                paths.add("contract.amendments[" + index + "].newFocus");
                foci.add(f);
            });
        }
        int max = course.protocol().maxFocalAreas();
        Set<ProblemArea> linked = EnumSet.noneOf(ProblemArea.class);
        for (InterpersonalIssue issue : course.issues()) {
            if (issue.onsetLink().isLinked()) {
                linked.add(issue.area());
            }
        }
        boolean otherLinked = linked.stream().anyMatch(a -> a != ProblemArea.INTERPERSONAL_DEFICITS);
        for (int i = 0; i < foci.size(); i++) {
            Focus focus = foci.get(i);
            String path = paths.get(i);
            if (focus.areas().size() > max) {
                found.add(new Deviation(DeviationCode.FOCAL_AREAS_ABOVE_PROTOCOL, List.of(),
                        path + " holds " + focus.areas().size() + " areas by " + focus.basis()
                                + "; the protocol allows " + max));
            } else if (focus.basis() == FocusBasis.CLINICIAN_OVERRIDE) {
                found.add(new Deviation(DeviationCode.FOCUS_CLINICIAN_OVERRIDE, List.of(),
                        path + " was set by " + FocusBasis.CLINICIAN_OVERRIDE + " with a recorded reason"));
            }
            if (focus.areas().contains(ProblemArea.INTERPERSONAL_DEFICITS) && otherLinked) {
                found.add(new Deviation(DeviationCode.DEFICITS_WHILE_OTHER_AREA_PRESENT, List.of(),
                        path + " holds " + ProblemArea.INTERPERSONAL_DEFICITS
                                + " while the course records an issue of another area linked to the episode"));
            }
            for (ProblemArea area : focus.areas()) {
                if (!linked.contains(area)) {
                    found.add(new Deviation(DeviationCode.FOCUS_AREA_NOT_LINKED, List.of(),
                            path + " holds " + area + " but no issue of " + area + " is linked to the episode"));
                }
            }
            if (focus.areas().contains(ProblemArea.GRIEF) && !griefNamesDeath(course, focus)) {
                found.add(new Deviation(DeviationCode.GRIEF_FOCUS_WITHOUT_DEATH, List.of(),
                        path + " holds " + ProblemArea.GRIEF + " but none of its issues of " + ProblemArea.GRIEF
                                + " names a person recorded as deceased"));
            }
        }
    }

    /** Whether an issue of grief that the focus works on names a person the inventory records as deceased. */
    private static boolean griefNamesDeath(Course course, Focus focus) {
        Set<PersonId> deceased = new HashSet<>();
        for (Relationship person : course.inventory().people()) {
            if (person.deceased()) {
                deceased.add(person.id());
            }
        }
        Set<IssueId> worked = new HashSet<>(focus.issues());
        for (InterpersonalIssue issue : course.issues()) {
            if (issue.area() == ProblemArea.GRIEF && worked.contains(issue.id())
                    && issue.people().stream().anyMatch(deceased::contains)) {
                return true;
            }
        }
        return false;
    }

    private static void middlePhase(Course course, List<Deviation> found) {
        Optional<Session> first = course.sessions().stream().filter(s -> s.phase() == Phase.MIDDLE).findFirst();
        if (first.isEmpty()) {
            return;
        }
        Session middle = first.get();
        boolean accepted = course.formulation().flatMap(Formulation::acceptedOn)
                .map(d -> !d.isAfter(middle.date())).orElse(false);
        if (!accepted) {
            found.add(new Deviation(DeviationCode.MIDDLE_PHASE_WITHOUT_ACCEPTED_FORMULATION,
                    List.of(middle.number()), "session " + middle.number()
                            + " began the middle phase before the patient accepted the formulation"));
        }
        boolean focused = course.focus().isPresent() || course.contract().amendments().stream()
                .anyMatch(a -> a.newFocus().isPresent() && !a.date().isAfter(middle.date()));
        if (!focused) {
            found.add(new Deviation(DeviationCode.MIDDLE_PHASE_WITHOUT_FOCUS, List.of(middle.number()),
                    "session " + middle.number() + " began the middle phase before a focus was chosen"));
        }
    }

    private static void ending(Course course, List<Deviation> found) {
        Protocol protocol = course.protocol();
        Optional<Termination> record = course.termination();
        if (course.status() != CourseStatus.COMPLETED || record.isEmpty() || !protocol.hasAcutePhase()) {
            return;
        }
        Termination termination = record.get();
        List<Session> acute = acute(course);
        if (!acute.isEmpty()) {
            int last = acute.get(acute.size() - 1).number();
            if (termination.announcedAtSession().isEmpty()) {
                found.add(new Deviation(DeviationCode.TERMINATION_NOT_ANNOUNCED_IN_TIME, List.of(last),
                        "termination.announcedAtSession is not recorded; the last acute session is " + last));
            } else {
                int announced = termination.announcedAtSession().getAsInt();
                int required = Math.min(protocol.terminationNotice().min(), last - 1);
                if (last - announced < required) {
                    List<Integer> involved = announced < last ? List.of(announced, last)
                            : announced == last ? List.of(last) : List.of(last, announced);
                    found.add(new Deviation(DeviationCode.TERMINATION_NOT_ANNOUNCED_IN_TIME, involved,
                            "the end was announced at session " + announced + ", " + (last - announced)
                                    + " sessions before the last acute session " + last + "; the protocol asks "
                                    + protocol.terminationNotice()));
                }
            }
        }
        if (protocol.terminationSessions().min() > 0
                && course.sessions().stream().noneMatch(s -> s.phase() == Phase.TERMINATION)) {
            found.add(new Deviation(DeviationCode.COMPLETED_WITHOUT_TERMINATION_SESSION,
                    lastNumber(course.sessions()), "the course completed without a " + Phase.TERMINATION
                            + "-phase session"));
        }
        if (protocol.discussesMaintenance() && !termination.maintenanceDiscussed()) {
            found.add(new Deviation(DeviationCode.MAINTENANCE_NOT_DISCUSSED, List.of(),
                    "termination.maintenanceDiscussed is false"));
        }
    }

    private static boolean isAcuteOver(Course course) {
        return course.status() == CourseStatus.COMPLETED
                || course.sessions().stream().anyMatch(s -> s.phase() == Phase.MAINTENANCE);
    }

    private static List<Session> acute(Course course) {
        return course.sessions().stream().filter(s -> s.phase().isAcute()).toList();
    }

    private static List<Integer> lastNumber(List<Session> sessions) {
        return sessions.isEmpty() ? List.of() : List.of(sessions.get(sessions.size() - 1).number());
    }

    /**
     * Replaces this report in a serialization stream by its entries, which are read back through
     * {@link #of(List, List, List)}, so every invariant is checked again.
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
        return other instanceof AdherenceReport r && safetyFlags.equals(r.safetyFlags)
                && safetyNotices.equals(r.safetyNotices) && deviations.equals(r.deviations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(safetyFlags, safetyNotices, deviations);
    }

    /**
     * Returns the flags, notices and deviations; no free text from the course.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "AdherenceReport[safetyFlags=" + safetyFlags + ", safetyNotices=" + safetyNotices + ", deviations="
                + deviations + "]";
    }
}
