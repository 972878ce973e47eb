package org.iptmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.arbitraries.PlannedCourses;
import org.iptmodel.core.plan.PlannedSession;
import org.iptmodel.core.plan.Schedule;

/**
 * The lifecycle operations against an independent oracle of the transition rules, from courses in
 * every status (built with the lenient builder, as imported data), through random sequences of
 * legal and illegal operations.
 */
class CourseLifecycleProperties {

    enum FormulationState { ACCEPTED, NOT_ACCEPTED, ABSENT, ACCEPTED_LATE }

    enum Ending { NONE, CONCLUDED, DISCONTINUED }

    enum NumberChoice { NEXT, REPEAT, SKIP }

    /** Stay in the current phase, move to the next one, or take a given phase. */
    enum PhaseChoice { STAY, ADVANCE, GIVEN }

    enum FocusChoice { NONE, VALID, TOO_MANY_BY_RANKING, TOO_MANY_BY_OVERRIDE, UNKNOWN_ISSUE }

    /** One lifecycle operation with arguments relative to the course it is applied to. */
    sealed interface Op permits Record, Amend, Conclude, Discontinue {
    }

    record Record(NumberChoice number, int dayOffset, PhaseChoice choice, Phase given) implements Op {
    }

    record Amend(int dayOffset, int extra, boolean cadence, FocusChoice focus) implements Op {
    }

    record Conclude(int dayOffset, int announced) implements Op {
    }

    record Discontinue(int dayOffset, DiscontinuationReason reason) implements Op {
    }

    @Provide
    Arbitrary<Course> courses() {
        Arbitrary<Protocol> protocols = Arbitraries.of(Protocol.catalogue());
        return protocols.flatMap(protocol -> {
            Schedule schedule = protocol.hasAcutePhase() ? Schedule.of(protocol, LocalDate.of(2026, 1, 5))
                    : Schedule.planner(protocol, LocalDate.of(2026, 1, 5)).withMaintenanceSessions(6).plan();
            List<Integer> boundaries = new java.util.ArrayList<>(List.of(0));
            for (Phase phase : Phase.values()) {
                List<PlannedSession> of = schedule.sessions(phase);
                if (!of.isEmpty()) {
                    boundaries.add(of.get(of.size() - 1).number());
                }
            }
            return Combinators.combine(
                    Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(boundaries)),
                            Tuple.of(1, Arbitraries.integers().between(0, schedule.sessions().size()))),
                    Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(FormulationState.ACCEPTED)),
                            Tuple.of(1, Arbitraries.of(FormulationState.class))),
                    Arbitraries.of(true, true, false),
                    Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(Ending.NONE)),
                            Tuple.of(1, Arbitraries.of(Ending.CONCLUDED, Ending.DISCONTINUED))),
                    Arbitraries.integers().between(0, 3))
                    .as((k, formulation, focus, ending, announced) ->
                            course(schedule, k, formulation, focus, ending, announced));
        });
    }

    /** A course holding the first k planned sessions, built with the lenient builder. */
    private static Course course(Schedule schedule, int k, FormulationState formulation, boolean focus, Ending ending,
            int announced) {
        Course planned = PlannedCourses.planned(schedule);
        List<Session> sessions = schedule.sessions().subList(0, k).stream()
                .map(p -> PlannedCourses.held(schedule, p, List.of())).toList();
        Course.Builder builder = Course.builder().from(planned).sessions(sessions);
        LocalDate start = schedule.start();
        switch (formulation) {
            case ACCEPTED -> builder.formulation(planned.formulation());
            case NOT_ACCEPTED -> builder.formulation(Formulation.builder().addArea(ProblemArea.GRIEF).build());
            case ABSENT -> builder.formulation(Optional.empty());
            default -> builder.formulation(Formulation.builder().addArea(ProblemArea.GRIEF)
                    .acceptedOn(start.plusWeeks(10)).build());
        }
        if (!focus) {
            builder.focus(Optional.empty());
        }
        LocalDate last = sessions.isEmpty() ? start : sessions.get(sessions.size() - 1).date();
        if (ending == Ending.CONCLUDED && !sessions.isEmpty()) {
            Termination.Builder t = Termination.builder().date(last).outcome(TerminationOutcome.PARTIAL_RESPONSE)
                    .nextStep(NextStep.CONTINUATION_CONTRACT);
            if (announced > 0) {
                t.announcedAtSession(Math.min(announced, sessions.size()));
            }
            builder.termination(t.build());
        } else if (ending == Ending.DISCONTINUED) {
            builder.discontinuation(Discontinuation.of(last, DiscontinuationReason.LOST_TO_FOLLOW_UP));
        }
        return builder.build();
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> record = Combinators.combine(
                Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(NumberChoice.NEXT)),
                        Tuple.of(1, Arbitraries.of(NumberChoice.REPEAT, NumberChoice.SKIP))),
                Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.integers().between(1, 14)),
                        Tuple.of(1, Arbitraries.integers().between(-3, 0))),
                Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(PhaseChoice.STAY)),
                        Tuple.of(3, Arbitraries.just(PhaseChoice.ADVANCE)),
                        Tuple.of(2, Arbitraries.just(PhaseChoice.GIVEN))),
                Arbitraries.of(Phase.class))
                .as(Record::new);
        Arbitrary<Op> amend = Combinators.combine(Arbitraries.integers().between(-4, 4),
                Arbitraries.integers().between(0, 3), Arbitraries.of(true, false), Arbitraries.of(FocusChoice.class))
                .as(Amend::new);
        Arbitrary<Op> conclude = Combinators.combine(Arbitraries.integers().between(-3, 5),
                Arbitraries.integers().between(0, 20)).as(Conclude::new);
        Arbitrary<Op> discontinue = Combinators.combine(Arbitraries.integers().between(-3, 5),
                Arbitraries.of(DiscontinuationReason.class)).as(Discontinue::new);
        return Arbitraries.frequencyOf(
                Tuple.of(8, record),
                Tuple.of(2, amend),
                Tuple.of(1, conclude),
                Tuple.of(1, discontinue))
                .list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 400)
    void lifecycleOperationsAgreeWithTheOracleAndNeverBuildAnInvalidCourse(@ForAll("courses") Course start,
            @ForAll("operations") List<Op> operations) {
        Course course = start;
        for (Op op : operations) {
            Course snapshot = Course.builder().from(course).build();
            String text = course.toString();
            boolean legal = isLegal(course, op);
            Statistics.label("operation").collect(op.getClass().getSimpleName(), legal ? "legal" : "illegal");
            if (op instanceof Record r && course.isOpen() && course.currentPhase().orElse(null) != Phase.MIDDLE
                    && session(course, r).phase() == Phase.MIDDLE) {
                Statistics.label("entering the middle phase").collect(legal ? "legal" : "illegal");
            }
            Course current = course;
            InvalidModelException rejected = catchThrowableOfType(InvalidModelException.class, () -> apply(current, op));
            if (legal) {
                assertThat(rejected).as("%s on a %s course", op, course.status()).isNull();
                Course next = apply(course, op);
                assertValid(next);
                assertExpectedResult(course, op, next);
                course = next;
            } else {
                assertThat(rejected).as("%s on a %s course", op, course.status()).isNotNull();
                assertThat(rejected.violations()).isNotEmpty()
                        .allSatisfy(v -> assertThat(v.path()).isNotBlank())
                        .allSatisfy(v -> assertThat(rulesOf(op)).contains(v.rule()));
                assertThat(course).isEqualTo(snapshot);
                assertThat(course.toString()).isEqualTo(text);
            }
        }
        Statistics.label("operation").coverage(c -> {
            for (String kind : List.of("Record", "Amend", "Conclude", "Discontinue")) {
                c.check(kind, "legal").count(n -> n > 0);
                c.check(kind, "illegal").count(n -> n > 0);
            }
        });
        Statistics.label("entering the middle phase").coverage(c -> {
            c.check("legal").count(n -> n > 0);
            c.check("illegal").count(n -> n > 0);
        });
    }

    @Property
    void enteringTheMiddlePhaseNeedsAFormulationAcceptedByThenAndAFocus(
            @ForAll("acuteCatalogue") Protocol protocol, @ForAll FormulationState formulation, @ForAll boolean focus) {
        Schedule schedule = Schedule.of(protocol, LocalDate.of(2026, 1, 5));
        int initial = schedule.sessions(Phase.INITIAL).size();
        Course course = course(schedule, initial, formulation, focus, Ending.NONE, 0);
        Session middle = PlannedCourses.held(schedule, schedule.session(initial + 1).orElseThrow(), List.of());

        InvalidModelException e = catchThrowableOfType(InvalidModelException.class, () -> course.recordSession(middle));

        List<String> expected = new java.util.ArrayList<>();
        if (formulation != FormulationState.ACCEPTED) {
            expected.add("formulation.acceptedOn");
        }
        if (!focus) {
            expected.add("focus");
        }
        if (expected.isEmpty()) {
            assertThat(e).isNull();
            assertThat(course.recordSession(middle).currentPhase()).contains(Phase.MIDDLE);
        } else {
            assertThat(e).isNotNull();
            assertThat(e.violations()).extracting(Violation::path).containsExactlyElementsOf(expected);
            assertThat(e.violations()).extracting(Violation::rule).containsOnly(ModelRule.MIDDLE_PHASE_PREREQUISITES);
        }
    }

    @Provide
    Arbitrary<Protocol> acuteCatalogue() {
        return IptArbitraries.catalogueProtocols().filter(Protocol::hasAcutePhase);
    }

    @Property
    void aSessionOutOfPhaseOrderIsRejectedWithPhaseTransition(@ForAll("courses") Course course,
            @ForAll Phase phase) {
        if (!course.isOpen() || oracleNextPhases(course).contains(phase)) {
            return;
        }
        LocalDate date = anchor(course).plusDays(7);
        Session session = Session.builder().number(course.nextSessionNumber()).date(date).phase(phase)
                .length(Duration.ofMinutes(50)).build();
        InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
                () -> course.recordSession(session));
        assertThat(e).isNotNull();
        assertThat(e.violations()).extracting(Violation::rule, Violation::path)
                .contains(tuple(ModelRule.PHASE_TRANSITION, "session.phase"));
        assertThat(course.sessions()).doesNotContain(session);
    }

    @Property
    void nextPhasesAreThePhasesTheOracleAllows(@ForAll("courses") Course course) {
        Set<Phase> expected = course.isOpen() ? oracleNextPhases(course) : Set.of();
        assertThat(course.nextPhases()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Property
    void recordingAPlanOneByOneWithTheLifecycleAlwaysSucceeds(@ForAll("plans") Schedule schedule) {
        Course course = PlannedCourses.planned(schedule);
        for (PlannedSession p : schedule.sessions()) {
            Course before = course;
            course = course.recordSession(PlannedCourses.held(schedule, p, List.of()));
            assertThat(before.sessions()).hasSize(p.number() - 1);
            assertThat(course.status()).isEqualTo(CourseStatus.ACTIVE);
            assertValid(course);
        }
        if (!schedule.sessions().isEmpty()) {
            Course done = course.conclude(PlannedCourses.termination(schedule));
            assertThat(done.status()).isEqualTo(CourseStatus.COMPLETED);
            assertThat(course.status()).isEqualTo(CourseStatus.ACTIVE);
            assertValid(done);
        }
    }

    @Provide
    Arbitrary<Schedule> plans() {
        return IptArbitraries.adherentSchedules();
    }

    // ---- the oracle -------------------------------------------------------------------------

    private static boolean isLegal(Course course, Op op) {
        boolean open = course.status() == CourseStatus.PLANNED || course.status() == CourseStatus.ACTIVE;
        if (!open) {
            return false;
        }
        int size = course.sessions().size();
        Optional<LocalDate> last = course.sessions().isEmpty() ? Optional.empty()
                : Optional.of(course.sessions().get(size - 1).date());
        if (op instanceof Record r) {
            Session s = session(course, r);
            boolean dateOk = last.map(d -> s.date().isAfter(d)).orElse(!s.date().isBefore(course.contract().start()));
            Phase current = size == 0 ? null : course.sessions().get(size - 1).phase();
            boolean middleOk = s.phase() != Phase.MIDDLE || current == Phase.MIDDLE
                    || course.formulation().flatMap(Formulation::acceptedOn).filter(d -> !d.isAfter(s.date())).isPresent()
                    && (course.focus().isPresent() || course.contract().amendedFocus().isPresent());
            return s.number() == size + 1 && dateOk && oracleNextPhases(course).contains(s.phase()) && middleOk;
        }
        if (op instanceof Amend a) {
            ContractAmendment amendment = amendment(course, a);
            LocalDate earliest = course.contract().start();
            for (ContractAmendment previous : course.contract().amendments()) {
                earliest = previous.date().isAfter(earliest) ? previous.date() : earliest;
            }
            if (last.isPresent() && last.get().isAfter(earliest)) {
                earliest = last.get();
            }
            boolean focusOk = amendment.newFocus().map(f -> (f.areas().size() <= course.protocol().maxFocalAreas()
                    || f.basis() == FocusBasis.CLINICIAN_OVERRIDE)
                    && course.protocol().problemAreas().containsAll(f.areas())
                    && f.issues().stream().allMatch(id -> course.issue(id).isPresent())).orElse(true);
            return !amendment.date().isBefore(earliest) && focusOk;
        }
        if (op instanceof Conclude c) {
            Termination t = termination(course, c);
            boolean ready = course.protocol().hasAcutePhase() && course.protocol().terminationSessions().min() > 0
                    ? course.sessions().stream().anyMatch(s -> s.phase() == Phase.TERMINATION)
                    : size > 0;
            return ready && last.map(d -> !t.date().isBefore(d)).orElse(true)
                    && (t.announcedAtSession().isEmpty() || t.announcedAtSession().getAsInt() <= size);
        }
        Discontinue d = (Discontinue) op;
        return !discontinuation(course, d).date().isBefore(last.orElse(course.contract().start()));
    }

    /** The phases a next session may have, written out for the catalogue protocols. */
    private static Set<Phase> oracleNextPhases(Course course) {
        if (!course.protocol().hasAcutePhase()) {
            return EnumSet.of(Phase.MAINTENANCE);
        }
        if (course.sessions().isEmpty()) {
            return EnumSet.of(Phase.INITIAL);
        }
        Phase current = course.sessions().get(course.sessions().size() - 1).phase();
        Protocol p = course.protocol();
        boolean middleMayBeEmpty = p.middleSessions().min() == 0;
        boolean terminationMayBeEmpty = p.terminationSessions().min() == 0;
        Set<Phase> next = switch (current) {
            case INITIAL -> EnumSet.of(Phase.INITIAL, Phase.MIDDLE);
            case MIDDLE -> EnumSet.of(Phase.MIDDLE, Phase.TERMINATION);
            case TERMINATION -> EnumSet.of(Phase.TERMINATION, Phase.MAINTENANCE);
            case MAINTENANCE -> EnumSet.of(Phase.MAINTENANCE);
        };
        // interpersonal counselling: the middle and termination phases may be empty
        if (current == Phase.INITIAL && middleMayBeEmpty) {
            next.add(Phase.TERMINATION);
        }
        if (current == Phase.MIDDLE && terminationMayBeEmpty
                || current == Phase.INITIAL && middleMayBeEmpty && terminationMayBeEmpty) {
            next.add(Phase.MAINTENANCE);
        }
        return next;
    }

    private static Set<ModelRule> rulesOf(Op op) {
        if (op instanceof Record) {
            return EnumSet.of(ModelRule.COURSE_OPEN, ModelRule.SESSION_NUMBERING, ModelRule.SESSION_DATES,
                    ModelRule.DATE_ORDER, ModelRule.PHASE_TRANSITION, ModelRule.MIDDLE_PHASE_PREREQUISITES);
        }
        if (op instanceof Amend) {
            return EnumSet.of(ModelRule.COURSE_OPEN, ModelRule.DATE_ORDER, ModelRule.FOCUS_WITHIN_PROTOCOL,
                    ModelRule.KNOWN_ISSUE);
        }
        if (op instanceof Conclude) {
            return EnumSet.of(ModelRule.COURSE_OPEN, ModelRule.PHASE_TRANSITION, ModelRule.DATE_ORDER,
                    ModelRule.KNOWN_SESSION);
        }
        return EnumSet.of(ModelRule.COURSE_OPEN, ModelRule.DATE_ORDER);
    }

    private static void assertValid(Course course) {
        assertThat(Course.builder().from(course).build()).isEqualTo(course);
        CourseStatus derived = course.termination().isPresent() ? CourseStatus.COMPLETED
                : course.discontinuation().isPresent() ? CourseStatus.DISCONTINUED
                : course.sessions().isEmpty() ? CourseStatus.PLANNED : CourseStatus.ACTIVE;
        assertThat(course.status()).isEqualTo(derived);
    }

    private static void assertExpectedResult(Course before, Op op, Course after) {
        if (op instanceof Record r) {
            assertThat(after.sessions()).hasSize(before.sessions().size() + 1);
            assertThat(after.lastSession()).contains(session(before, r));
            assertThat(after.status()).isEqualTo(CourseStatus.ACTIVE);
        } else if (op instanceof Amend a) {
            assertThat(after.contract().amendments()).endsWith(amendment(before, a));
            assertThat(after.sessions()).isEqualTo(before.sessions());
            assertThat(after.status()).isEqualTo(before.status());
        } else if (op instanceof Conclude c) {
            assertThat(after.termination()).contains(termination(before, c));
            assertThat(after.status()).isEqualTo(CourseStatus.COMPLETED);
        } else {
            assertThat(after.discontinuation()).contains(discontinuation(before, (Discontinue) op));
            assertThat(after.status()).isEqualTo(CourseStatus.DISCONTINUED);
        }
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.issues()).isEqualTo(before.issues());
    }

    // ---- turning an operation into arguments ----------------------------------------------------

    private static LocalDate anchor(Course course) {
        return course.lastSession().map(Session::date).orElse(course.contract().start());
    }

    private static Course apply(Course course, Op op) {
        if (op instanceof Record r) {
            return course.recordSession(session(course, r));
        }
        if (op instanceof Amend a) {
            return course.amendContract(amendment(course, a));
        }
        if (op instanceof Conclude c) {
            return course.conclude(termination(course, c));
        }
        return course.discontinue(discontinuation(course, (Discontinue) op));
    }

    private static Session session(Course course, Record r) {
        int size = course.sessions().size();
        int number = switch (r.number()) {
            case NEXT -> size + 1;
            case REPEAT -> Math.max(1, size);
            case SKIP -> size + 2;
        };
        Optional<Phase> current = course.currentPhase();
        Phase phase = switch (r.choice()) {
            case STAY -> current.orElse(Phase.INITIAL);
            case ADVANCE -> current.map(p -> p == Phase.MAINTENANCE ? p : Phase.values()[p.ordinal() + 1])
                    .orElse(Phase.INITIAL);
            case GIVEN -> r.given();
        };
        return Session.builder().number(number).date(anchor(course).plusDays(r.dayOffset())).phase(phase)
                .length(Duration.ofMinutes(50)).build();
    }

    private static ContractAmendment amendment(Course course, Amend a) {
        LocalDate anchor = anchor(course);
        for (ContractAmendment previous : course.contract().amendments()) {
            anchor = previous.date().isAfter(anchor) ? previous.date() : anchor;
        }
        ContractAmendment.Builder builder = ContractAmendment.builder().date(anchor.plusDays(a.dayOffset()))
                .extraSessions(a.extra()).reason("the patient asked for more time");
        if (a.cadence()) {
            builder.newCadence(Period.ofWeeks(2));
        }
        switch (a.focus()) {
            case VALID -> builder.newFocus(Focus.builder().primary(ProblemArea.ROLE_TRANSITION).build());
            case TOO_MANY_BY_RANKING -> builder.newFocus(Focus.builder().primary(ProblemArea.GRIEF)
                    .addSecondary(ProblemArea.ROLE_DISPUTE, ProblemArea.ROLE_TRANSITION).build());
            case TOO_MANY_BY_OVERRIDE -> builder.newFocus(Focus.builder().primary(ProblemArea.GRIEF)
                    .addSecondary(ProblemArea.ROLE_DISPUTE, ProblemArea.ROLE_TRANSITION)
                    .basis(FocusBasis.CLINICIAN_OVERRIDE).overrideReason("all three matter now").build());
            case UNKNOWN_ISSUE -> builder.newFocus(Focus.builder().primary(ProblemArea.GRIEF)
                    .addIssue(IssueId.of("i-unknown")).build());
            default -> {
                if (a.extra() == 0 && !a.cadence()) {
                    builder.extraSessions(1);
                }
            }
        }
        return builder.build();
    }

    private static Termination termination(Course course, Conclude c) {
        Termination.Builder builder = Termination.builder().date(anchor(course).plusDays(c.dayOffset()))
                .outcome(TerminationOutcome.REMITTED).nextStep(NextStep.CONCLUDE).maintenanceDiscussed(true);
        if (c.announced() > 0) {
            builder.announcedAtSession(c.announced());
        } else {
            builder.announcedAtSession(OptionalInt.empty());
        }
        return builder.build();
    }

    private static Discontinuation discontinuation(Course course, Discontinue d) {
        return Discontinuation.of(anchor(course).plusDays(d.dayOffset()), d.reason());
    }
}
