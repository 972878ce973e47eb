package org.iptmodel.core.arbitraries;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.iptmodel.core.Course;
import org.iptmodel.core.Focus;
import org.iptmodel.core.FocusBasis;
import org.iptmodel.core.Formulation;
import org.iptmodel.core.IntRange;
import org.iptmodel.core.Phase;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Amenability;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.Session;
import org.iptmodel.core.Termination;
import org.iptmodel.core.report.DeviationCode;

/**
 * One targeted change per kind of deviation, applied to an adherent course (as built by
 * {@link PlannedCourses#completed}) with the lenient builder, as a record of what happened. Each
 * change is meant to break exactly one piece of guidance; a change that the course's protocol or
 * shape cannot take (for example extra sessions where every phase is at its maximum) is not
 * applicable and returns empty. Package-private: use {@link PlannedCourses#withDeviation}.
 */
final class Deviations {
    private Deviations() {
    }

    static Optional<Course> apply(DeviationCode code, Course base) {
        return switch (code) {
            case ACUTE_SESSIONS_OUTSIDE_PROTOCOL -> moreAcuteSessions(base);
            case PHASE_LENGTH_OUTSIDE_PROTOCOL -> longerPhase(base);
            case SESSION_GAP_TOO_LONG -> longGap(base);
            case FOCAL_AREAS_ABOVE_PROTOCOL -> tooManyAreas(base);
            case FOCUS_CLINICIAN_OVERRIDE -> override(base);
            case DEFICITS_WHILE_OTHER_AREA_PRESENT -> deficits(base);
            case FOCUS_AREA_NOT_LINKED -> unlinked(base);
            case GRIEF_FOCUS_WITHOUT_DEATH -> griefWithoutDeath(base);
            case MIDDLE_PHASE_WITHOUT_ACCEPTED_FORMULATION -> formulationNotAccepted(base);
            case MIDDLE_PHASE_WITHOUT_FOCUS -> noFocus(base);
            case TERMINATION_NOT_ANNOUNCED_IN_TIME -> notAnnounced(base);
            case COMPLETED_WITHOUT_TERMINATION_SESSION -> noTerminationPhase(base);
            case MAINTENANCE_NOT_DISCUSSED -> maintenanceNotDiscussed(base);
        };
    }

    /** Sessions added to phases below their maximum until the count exceeds the protocol's maximum. */
    static Optional<Course> moreAcuteSessions(Course base) {
        Protocol protocol = base.protocol();
        if (!protocol.hasAcutePhase() || base.sessions().isEmpty()) {
            return Optional.empty();
        }
        int acute = (int) base.sessions().stream().filter(s -> s.phase().isAcute()).count();
        int needed = protocol.acuteSessions().max() + 1 - acute;
        Map<Phase, Integer> extra = new EnumMap<>(Phase.class);
        for (Phase phase : List.of(Phase.MIDDLE, Phase.INITIAL, Phase.TERMINATION)) {
            int count = count(base, phase);
            int room = count == 0 ? 0 : protocol.phaseSessions(phase).orElseThrow().max() - count;
            int take = Math.max(0, Math.min(room, needed));
            extra.put(phase, take);
            needed -= take;
        }
        if (needed > 0) {
            return Optional.empty();
        }
        Period cadence = base.contract().cadence();
        List<Session> sessions = new ArrayList<>();
        Map<Integer, Integer> renumbered = new HashMap<>();
        int shift = 0;
        for (Phase phase : Phase.values()) {
            for (Session s : base.sessions()) {
                if (s.phase() == phase) {
                    renumbered.put(s.number(), sessions.size() + 1);
                    sessions.add(s.withNumber(sessions.size() + 1).withDate(s.date().plus(cadence.multipliedBy(shift))));
                }
            }
            for (int i = 0; i < extra.getOrDefault(phase, 0); i++) {
                Session previous = sessions.get(sessions.size() - 1);
                sessions.add(previous.withNumber(sessions.size() + 1).withDate(previous.date().plus(cadence))
                        .withPhase(phase).withMeasurements(List.of()));
                shift++;
            }
        }
        int added = shift;
        Optional<Termination> termination = base.termination().map(t -> {
            Termination moved = t.withDate(t.date().plus(cadence.multipliedBy(added)));
            return t.announcedAtSession().isPresent()
                    ? moved.withAnnouncedAtSession(renumbered.get(t.announcedAtSession().getAsInt()))
                    : moved;
        });
        return Optional.of(Course.builder().from(base).sessions(sessions).termination(termination).build());
    }

    /** Middle sessions moved into the termination or initial phase beyond its maximum, or the reverse. */
    static Optional<Course> longerPhase(Course base) {
        Protocol protocol = base.protocol();
        if (!protocol.hasAcutePhase()) {
            return Optional.empty();
        }
        int initial = count(base, Phase.INITIAL);
        int middle = count(base, Phase.MIDDLE);
        int termination = count(base, Phase.TERMINATION);
        int toTermination = protocol.terminationSessions().max() + 1 - termination;
        if (middle >= toTermination) {
            List<Session> middles = of(base, Phase.MIDDLE);
            return Optional.of(withPhases(base, middles.subList(middles.size() - toTermination, middles.size()),
                    Phase.TERMINATION));
        }
        int toInitial = protocol.initialSessions().max() + 1 - initial;
        if (initial > 0 && middle >= toInitial) {
            return Optional.of(withPhases(base, of(base, Phase.MIDDLE).subList(0, toInitial), Phase.INITIAL));
        }
        if (termination >= 2 && middle + 1 > protocol.middleSessions().max()) {
            return Optional.of(withPhases(base, of(base, Phase.TERMINATION).subList(0, 1), Phase.MIDDLE));
        }
        return Optional.empty();
    }

    /** The second session and every later one moved so the first gap exceeds twice the cadence. */
    static Optional<Course> longGap(Course base) {
        List<Session> sessions = base.sessions();
        if (sessions.size() < 2 || sessions.get(0).phase().isAcute() != sessions.get(1).phase().isAcute()) {
            return Optional.empty();
        }
        LocalDate target = sessions.get(0).date().plus(base.contract().cadence().multipliedBy(2)).plusDays(1);
        long delta = ChronoUnit.DAYS.between(sessions.get(1).date(), target);
        List<Session> moved = new ArrayList<>();
        moved.add(sessions.get(0));
        for (Session s : sessions.subList(1, sessions.size())) {
            moved.add(s.withDate(s.date().plusDays(delta)));
        }
        Optional<Termination> termination = base.termination().map(t -> t.withDate(t.date().plusDays(delta)));
        return Optional.of(Course.builder().from(base).sessions(moved).termination(termination).build());
    }

    /** A clinician override holding one area more than the protocol allows, none of them deficits. */
    static Optional<Course> tooManyAreas(Course base) {
        Protocol protocol = base.protocol();
        if (base.focus().isEmpty()) {
            return Optional.empty();
        }
        ProblemArea primary = base.focus().get().primary();
        List<ProblemArea> areas = new ArrayList<>(List.of(primary));
        protocol.problemAreas().stream()
                .filter(a -> a != primary && a != ProblemArea.INTERPERSONAL_DEFICITS)
                .forEach(areas::add);
        int wanted = protocol.maxFocalAreas() + 1;
        if (primary == ProblemArea.INTERPERSONAL_DEFICITS || areas.size() < wanted) {
            return Optional.empty();
        }
        List<InterpersonalIssue> issues = new ArrayList<>(base.issues());
        for (ProblemArea area : areas.subList(1, wanted)) {
            if (area != ProblemArea.GRIEF && base.issue(IssueId.of("i-" + area.name().toLowerCase())).isEmpty()) {
                issues.add(InterpersonalIssue.builder().id(IssueId.of("i-" + area.name().toLowerCase()))
                        .summary(IptArbitraries.REDACTION_MARKER + "another issue").area(area)
                        .onsetLink(OnsetLink.MAINTAINS_EPISODE)
                        .patientPriority(2).distress(3).amenability(Amenability.MODERATE).build());
            }
        }
        if (areas.subList(1, wanted).contains(ProblemArea.GRIEF)) {
            return Optional.empty();
        }
        Focus focus = Focus.builder().from(base.focus().get())
                .secondary(areas.subList(1, wanted))
                .basis(FocusBasis.CLINICIAN_OVERRIDE)
                .overrideReason(IptArbitraries.REDACTION_MARKER + "the patient named these together")
                .build();
        return Optional.of(Course.builder().from(base).issues(issues).focus(focus).build());
    }

    /** The same focus, recorded as a clinician override. */
    static Optional<Course> override(Course base) {
        return base.focus().map(f -> Course.builder().from(base).focus(Focus.builder().from(f)
                .basis(FocusBasis.CLINICIAN_OVERRIDE)
                .overrideReason(IptArbitraries.REDACTION_MARKER + "clinical judgement").build()).build());
    }

    /**
     * Interpersonal deficits as the focus, from a linked deficits issue, while the course's issue in
     * another area is linked to the episode too.
     */
    static Optional<Course> deficits(Course base) {
        boolean otherArea = base.issues().stream()
                .anyMatch(i -> i.area() != ProblemArea.INTERPERSONAL_DEFICITS && i.onsetLink().isLinked());
        if (base.focus().isEmpty() || !otherArea || base.issue(IssueId.of("i-deficits")).isPresent()
                || !base.protocol().problemAreas().contains(ProblemArea.INTERPERSONAL_DEFICITS)) {
            return Optional.empty();
        }
        InterpersonalIssue isolation = InterpersonalIssue.builder().id(IssueId.of("i-deficits"))
                .summary(IptArbitraries.REDACTION_MARKER + "few people to talk to")
                .area(ProblemArea.INTERPERSONAL_DEFICITS)
                .onsetLink(OnsetLink.MAINTAINS_EPISODE).patientPriority(2).distress(4)
                .amenability(Amenability.MODERATE).build();
        Focus focus = Focus.builder().from(base.focus().get()).primary(ProblemArea.INTERPERSONAL_DEFICITS)
                .secondary(List.of()).issues(List.of(isolation.id())).build();
        return Optional.of(Course.builder().from(base).addIssue(isolation).focus(focus).build());
    }

    /** The issue that gave the focus recorded as not linked to the episode. */
    static Optional<Course> unlinked(Course base) {
        if (base.focus().isEmpty()) {
            return Optional.empty();
        }
        List<InterpersonalIssue> issues = base.issues().stream().map(i -> i.withOnsetLink(OnsetLink.NOT_LINKED))
                .toList();
        return Optional.of(Course.builder().from(base).issues(issues).build());
    }

    /** A linked grief issue that names nobody, as the focus. */
    static Optional<Course> griefWithoutDeath(Course base) {
        if (base.focus().isEmpty() || !base.protocol().problemAreas().contains(ProblemArea.GRIEF)
                || base.issue(IssueId.of("i-loss")).isPresent()) {
            return Optional.empty();
        }
        InterpersonalIssue loss = InterpersonalIssue.builder().id(IssueId.of("i-loss"))
                .summary(IptArbitraries.REDACTION_MARKER + "a loss").area(ProblemArea.GRIEF)
                .onsetLink(OnsetLink.PRECIPITATED_ONSET)
                .patientPriority(1).distress(7).amenability(Amenability.MODERATE).build();
        Focus focus = Focus.builder().from(base.focus().get()).primary(ProblemArea.GRIEF)
                .secondary(List.of()).issues(List.of(loss.id())).build();
        return Optional.of(Course.builder().from(base).addIssue(loss).focus(focus).build());
    }

    /** The formulation presented but never accepted. */
    static Optional<Course> formulationNotAccepted(Course base) {
        if (count(base, Phase.MIDDLE) == 0 || base.formulation().isEmpty()) {
            return Optional.empty();
        }
        Formulation formulation = Formulation.builder().from(base.formulation().get()).acceptedOn(Optional.empty())
                .build();
        return Optional.of(Course.builder().from(base).formulation(formulation).build());
    }

    /** No focus chosen. */
    static Optional<Course> noFocus(Course base) {
        if (count(base, Phase.MIDDLE) == 0) {
            return Optional.empty();
        }
        return Optional.of(Course.builder().from(base).focus(Optional.empty()).build());
    }

    /** The termination record without its announcing session. */
    static Optional<Course> notAnnounced(Course base) {
        if (!base.protocol().hasAcutePhase()) {
            return Optional.empty();
        }
        return base.termination().map(t -> Course.builder().from(base)
                .termination(t.withAnnouncedAtSession(OptionalInt.empty())).build());
    }

    /** The termination-phase sessions recorded as middle-phase sessions. */
    static Optional<Course> noTerminationPhase(Course base) {
        Protocol protocol = base.protocol();
        if (protocol.terminationSessions().min() == 0) {
            return Optional.empty();
        }
        if (!protocol.hasAcutePhase() || base.termination().isEmpty() || count(base, Phase.MAINTENANCE) > 0) {
            return Optional.empty();
        }
        IntRange middle = protocol.middleSessions();
        if (count(base, Phase.MIDDLE) + count(base, Phase.TERMINATION) > middle.max()) {
            return Optional.empty();
        }
        return Optional.of(withPhases(base, of(base, Phase.TERMINATION), Phase.MIDDLE));
    }

    /** The termination record saying maintenance was not discussed. */
    static Optional<Course> maintenanceNotDiscussed(Course base) {
        if (!base.protocol().hasAcutePhase()) {
            return Optional.empty();
        }
        return base.termination().map(t -> Course.builder().from(base)
                .protocol(base.protocol().withDiscussesMaintenance(true))
                .termination(t.withMaintenanceDiscussed(false)).build());
    }

    private static Course withPhases(Course base, List<Session> changed, Phase phase) {
        List<Session> sessions = base.sessions().stream()
                .map(s -> changed.contains(s) ? s.withPhase(phase) : s)
                .toList();
        return Course.builder().from(base).sessions(sessions).build();
    }

    private static List<Session> of(Course course, Phase phase) {
        return course.sessions().stream().filter(s -> s.phase() == phase).toList();
    }

    private static int count(Course course, Phase phase) {
        return of(course, phase).size();
    }
}
