package org.iptmodel.core.arbitraries;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.iptmodel.core.Bounds;
import org.iptmodel.core.ConcurrentTreatment;
import org.iptmodel.core.ContractAmendment;
import org.iptmodel.core.ContractType;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseId;
import org.iptmodel.core.CourseStatus;
import org.iptmodel.core.Discontinuation;
import org.iptmodel.core.DiscontinuationReason;
import org.iptmodel.core.Focus;
import org.iptmodel.core.Formulation;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.IntRange;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.NextStep;
import org.iptmodel.core.PatientRef;
import org.iptmodel.core.Phase;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Session;
import org.iptmodel.core.SickRole;
import org.iptmodel.core.SickRoleKind;
import org.iptmodel.core.Technique;
import org.iptmodel.core.Termination;
import org.iptmodel.core.TerminationOutcome;
import org.iptmodel.core.TreatmentContract;
import org.iptmodel.core.TreatmentKind;

/**
 * Sessions, contracts, endings and courses. Package-private: use {@link IptArbitraries}.
 *
 * <p>A course is drawn as a plan of independent choices (counts, offsets, indexes, bit masks) and
 * resolved into a valid course in one pass, without filtering and without {@code flatMap}.
 */
final class CourseArbitraries {
    private static final Arbitrary<Integer> KEY = Arbitraries.integers().between(0, 10_000);
    private static final List<ProblemArea> ALL_AREAS = List.of(ProblemArea.values());
    /** The most sessions of a maintenance-only course, besides the edge case {@value #MAINTENANCE_LONG}. */
    static final int MAINTENANCE_SESSIONS = 12;
    static final int MAINTENANCE_LONG = 16;

    static final Arbitrary<SessionContent> SESSION_CONTENTS = sessionContents();
    static final Arbitrary<Session> SESSIONS = Combinators.combine(Arbitraries.integers().between(1, 40),
            IptArbitraries.dates(), Arbitraries.of(Phase.class), SESSION_CONTENTS)
            .as((number, date, phase, content) -> content.toSession(number, date, phase, ALL_AREAS));

    static final Arbitrary<Formulation> FORMULATIONS = formulations();
    static final Arbitrary<SickRole> SICK_ROLES = Combinators.combine(Arbitraries.of(SickRoleKind.class),
            IptArbitraries.dates()).as(SickRole::of);
    static final Arbitrary<ConcurrentTreatment> TREATMENTS = treatments();
    static final Arbitrary<AmendmentPlan> AMENDMENT_PLANS = amendmentPlans();
    static final Arbitrary<ContractAmendment> AMENDMENTS = Combinators.combine(IptArbitraries.dates(), AMENDMENT_PLANS,
            IptArbitraries.issueIds().list().ofMaxSize(3).uniqueElements())
            .as((date, plan, ids) -> plan.toAmendment(date, ALL_AREAS, ALL_AREAS.size(), ids));
    static final Arbitrary<ContractPlan> CONTRACT_PLANS = contractPlans();
    static final Arbitrary<TreatmentContract> CONTRACTS = Combinators.combine(IptArbitraries.dates(), CONTRACT_PLANS,
            Arbitraries.frequencyOf(Tuple.of(20, Arbitraries.integers().between(0, 40)),
                    Tuple.of(1, Arbitraries.just(Bounds.MAX_CONTRACT_SESSIONS))),
            IptArbitraries.issueIds().list().ofMaxSize(3).uniqueElements())
            .as((start, plan, planned, ids) -> plan.toContract(start, planned, Optional.empty(), ALL_AREAS,
                    ALL_AREAS.size(), ids));
    static final Arbitrary<TerminationPlan> TERMINATION_PLANS = terminationPlans();
    static final Arbitrary<Termination> TERMINATIONS = Combinators.combine(IptArbitraries.dates(), TERMINATION_PLANS)
            .as((date, plan) -> plan.toTermination(30, date));
    static final Arbitrary<Discontinuation> DISCONTINUATIONS = Combinators.combine(IptArbitraries.dates(),
            Arbitraries.of(DiscontinuationReason.class)).as(Discontinuation::of);

    static final Arbitrary<CountPlan> COUNT_PLANS = Combinators.combine(Arbitraries.frequency(
            Tuple.of(1, CountKind.NONE), Tuple.of(1, CountKind.ONE), Tuple.of(4, CountKind.SOME),
            Tuple.of(2, CountKind.MOST), Tuple.of(1, CountKind.BEYOND)), KEY).as(CountPlan::new)
            // jqwik's edge cases would make empty courses a third of all courses; the frequencies
            // above already make 0, 1 and the maximum frequent
            .withoutEdgeCases();
    private static final Arbitrary<PhasePlan> PHASE_PLANS = Combinators.combine(KEY.list().ofSize(3),
            Arbitraries.of(true, false), Arbitraries.integers().between(0, 14)).as(PhasePlan::new);
    private static final Arbitrary<Extras> EXTRAS = Combinators.combine(
            Arbitraries.integers().between(0, 730).optional(0.5), FORMULATIONS.optional(0.5),
            Combinators.combine(Arbitraries.of(SickRoleKind.class), Arbitraries.integers().between(0, 21))
                    .as(SickRolePlan::new).optional(0.5),
            Combinators.combine(TREATMENTS, KEY.optional(0.6)).as(TreatmentPlan::new).list().ofMaxSize(2))
            .as(Extras::new);
    private static final Arbitrary<EndingPlan> ENDING_PLANS = Combinators.combine(KEY, TERMINATION_PLANS,
            Arbitraries.integers().between(0, 60), Arbitraries.of(DiscontinuationReason.class))
            .as(EndingPlan::new);
    /**
     * The number of session contents drawn for a course: 4 more than the largest acute maximum of
     * the catalogue (group IPT's 20), which generated custom protocols do not exceed; a longer
     * course repeats them.
     */
    static final int MAX_SESSIONS = 24;
    /**
     * Contents for the most sessions a course can hold; a course takes the first n. Drawing a
     * fixed-size list is much faster than a list whose size depends on the protocol (jqwik's
     * flatMap creates new generators for every value).
     */
    private static final Arbitrary<List<SessionContent>> CONTENTS = SESSION_CONTENTS.list().ofSize(MAX_SESSIONS);
    static final Arbitrary<Course> COURSES = courses(ProtocolArbitraries.ALL, Optional.empty());

    private CourseArbitraries() {
    }

    // ---------------------------------------------------------------- sessions

    private static Arbitrary<SessionContent> sessionContents() {
        // One random key per session, spelt out below: a course draws 24 of them, so they must be cheap.
        return Arbitraries.longs().map(SessionContent::new);
    }

    /**
     * What a session holds besides its number, date and phase, drawn from one key: the days since
     * the previous session (1 to 35), the length (mostly 30 to 60 minutes, sometimes 1 minute to 8
     * hours), some techniques, some of the protocol's areas, measurements on some catalogue
     * instruments and, in two sessions out of five, redacted notes.
     */
    record SessionContent(long key) {

        private static final int[] INSTRUMENT_MASKS = {0, 0, 0, 0, 0, 1, 1, 1, 2, 4, 5, 7};

        int gapDays() {
            return 1 + (int) Long.remainderUnsigned(key, 35);
        }

        Session toSession(int number, LocalDate date, Phase phase, List<ProblemArea> areas) {
            SplittableRandom random = new SplittableRandom(key);
            Duration length = Duration.ofMinutes(random.nextInt(4) == 0 ? 1 + random.nextInt(480) : 30 + random.nextInt(31));
            int techniqueMask = random.nextInt(1 << Technique.values().length);
            int areaMask = random.nextInt(1 << areas.size()) & random.nextInt(1 << areas.size());
            int instrumentMask = INSTRUMENT_MASKS[random.nextInt(INSTRUMENT_MASKS.length)];
            int kind = random.nextInt(8);
            Optional<String> notes = random.nextInt(5) < 2 ? Optional.of(IptArbitraries.redactedText(random.nextLong()))
                    : Optional.empty();
            ProtocolArbitraries.MeasurementPlan scores = new ProtocolArbitraries.MeasurementPlan(
                    kind == 0 ? ProtocolArbitraries.ScoreKind.LOWEST : kind == 1 ? ProtocolArbitraries.ScoreKind.HIGHEST
                            : ProtocolArbitraries.ScoreKind.ANY, random.nextBoolean(), random.nextLong());
            Set<Technique> techniques = EnumSet.noneOf(Technique.class);
            for (Technique t : Technique.values()) {
                if ((techniqueMask & (1 << t.ordinal())) != 0) {
                    techniques.add(t);
                }
            }
            Set<ProblemArea> addressed = new LinkedHashSet<>();
            for (int i = 0; i < areas.size(); i++) {
                if ((areaMask & (1 << i)) != 0) {
                    addressed.add(areas.get(i));
                }
            }
            List<Measurement> measurements = new ArrayList<>(3);
            List<Instrument> catalogue = Instrument.catalogue();
            for (int i = 0; i < catalogue.size(); i++) {
                if ((instrumentMask & (1 << i)) != 0) {
                    measurements.add(scores.on(catalogue.get(i)));
                }
            }
            return Session.builder()
                    .number(number)
                    .date(date)
                    .phase(phase)
                    .length(length)
                    .techniques(techniques)
                    .areasAddressed(addressed)
                    .measurements(measurements)
                    .notes(notes)
                    .build();
        }
    }


    // ---------------------------------------------------------------- records around the course

    private static Arbitrary<Formulation> formulations() {
        Arbitrary<List<ProblemArea>> areas = Combinators.combine(Arbitraries.shuffle(ProblemArea.values()),
                Arbitraries.integers().between(1, ProblemArea.values().length)).as((s, n) -> List.copyOf(s.subList(0, n)));
        return Combinators.combine(areas, IptArbitraries.redactedTexts().optional(0.5), IptArbitraries.dates().optional(0.7),
                Arbitraries.integers().between(0, 30).optional(0.6)).as((a, event, presented, acceptedAfter) -> {
                    Formulation.Builder f = Formulation.builder().areas(a).onsetEvent(event).presentedOn(presented);
                    acceptedAfter.ifPresent(days -> f.acceptedOn(IptArbitraries.plusDaysAtMostLatest(
                            presented.orElse(IptArbitraries.EARLIEST_DATE), days)));
                    return f.build();
                });
    }

    private static Arbitrary<ConcurrentTreatment> treatments() {
        Arbitrary<List<String>> coded = Combinators.combine(
                Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of("ATC", "SNOMED-CT", "RxNorm")),
                        Tuple.of(1, IptArbitraries.idTokens())),
                Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of("N06AB06", "N06AX16", "N06AB04")),
                        Tuple.of(1, IptArbitraries.idTokens())))
                .as(List::of);
        return Combinators.combine(Arbitraries.of(TreatmentKind.class), coded.optional(0.67),
                IptArbitraries.dates().optional(0.6), Arbitraries.integers().between(0, 400).optional(0.5))
                .as((kind, code, started, stoppedAfter) -> {
                    ConcurrentTreatment.Builder t = ConcurrentTreatment.builder().kind(kind).started(started);
                    code.ifPresent(c -> t.codeSystem(c.get(0)).code(c.get(1)));
                    stoppedAfter.ifPresent(days -> t.stopped(IptArbitraries.plusDaysAtMostLatest(
                            started.orElse(IptArbitraries.EARLIEST_DATE), days)));
                    return t.build();
                });
    }

    private enum Change {
        SESSIONS, CADENCE, FOCUS
    }

    private static Arbitrary<AmendmentPlan> amendmentPlans() {
        return Combinators.combine(Arbitraries.integers().between(0, 400), Arbitraries.subsetOf(Change.values()).ofMinSize(1),
                Arbitraries.frequencyOf(Tuple.of(30, Arbitraries.integers().between(1, 8)),
                        Tuple.of(1, Arbitraries.just(Bounds.MAX_CONTRACT_SESSIONS))),
                IptArbitraries.cadences(), PeopleArbitraries.FOCUS_PLANS,
                IptArbitraries.redactedTexts()).as(AmendmentPlan::new);
    }

    /** The choices behind an amendment: days after the contract start, what changes and how. */
    record AmendmentPlan(int offsetDays, Set<Change> changes, int extraSessions, Period cadence,
            PeopleArbitraries.FocusPlan focus, String reason) {

        ContractAmendment toAmendment(LocalDate date, List<ProblemArea> areas, int maxFocalAreas, List<IssueId> issues) {
            ContractAmendment.Builder a = ContractAmendment.builder().date(date).reason(reason);
            if (changes.contains(Change.SESSIONS)) {
                a.extraSessions(extraSessions);
            }
            if (changes.contains(Change.CADENCE)) {
                a.newCadence(cadence);
            }
            if (changes.contains(Change.FOCUS)) {
                a.newFocus(focus.toFocus(areas, maxFocalAreas, issues));
            }
            return a.build();
        }
    }

    private static Arbitrary<ContractPlan> contractPlans() {
        return Combinators.combine(Arbitraries.of(ContractType.class), KEY, Arbitraries.frequency(
                Tuple.of(3, true), Tuple.of(1, false)), IptArbitraries.cadences(), KEY, IptArbitraries.sessionLengths(),
                AMENDMENT_PLANS.list().ofMaxSize(3)).as(ContractPlan::new);
    }

    /**
     * The choices behind a contract: whether it takes the protocol's numbers, the numbers
     * otherwise (one in eight of these plans the most sessions, {@link Bounds#MAX_CONTRACT_SESSIONS}),
     * and its amendments, dated at most {@link AmendmentPlan#offsetDays()} after the start and
     * never after {@link IptArbitraries#LATEST_DATE}.
     */
    record ContractPlan(ContractType type, int plannedKey, boolean protocolNumbers, Period cadence, int lengthKey,
            Duration length, List<AmendmentPlan> amendments) {

        TreatmentContract toContract(Protocol protocol, LocalDate start, List<IssueId> issues) {
            IntRange acute = protocol.acuteSessions();
            int planned = protocolNumbers ? acute.min() + plannedKey % (acute.max() - acute.min() + 1)
                    : lengthKey % 8 == 0 ? Bounds.MAX_CONTRACT_SESSIONS : plannedKey % 41;
            Optional<Protocol> numbers = protocolNumbers ? Optional.of(protocol) : Optional.empty();
            return toContract(start, planned, numbers, List.copyOf(protocol.problemAreas()), protocol.maxFocalAreas(),
                    issues);
        }

        TreatmentContract toContract(LocalDate start, int planned, Optional<Protocol> numbers, List<ProblemArea> areas,
                int maxFocalAreas, List<IssueId> issues) {
            List<AmendmentPlan> inOrder = amendments.stream()
                    .sorted(Comparator.comparingInt(AmendmentPlan::offsetDays)).toList();
            return TreatmentContract.builder()
                    .type(type)
                    .plannedSessions(planned)
                    .cadence(numbers.map(Protocol::cadence).orElse(cadence))
                    .sessionLength(numbers.map(p -> lengthKey % 2 == 0 ? p.minSessionLength() : p.maxSessionLength())
                            .orElse(length))
                    .start(start)
                    .amendments(inOrder.stream()
                            .map(a -> a.toAmendment(IptArbitraries.plusDaysAtMostLatest(start, a.offsetDays()), areas,
                                    maxFocalAreas, issues))
                            .toList())
                    .build();
        }
    }

    private static Arbitrary<TerminationPlan> terminationPlans() {
        return Combinators.combine(Arbitraries.integers().between(0, 60), KEY.optional(0.7),
                Arbitraries.of(TerminationOutcome.class), Arbitraries.of(NextStep.class),
                IptArbitraries.redactedTexts().list().ofMaxSize(3), Arbitraries.of(true, false))
                .as(TerminationPlan::new);
    }

    /** The choices behind a termination record; the announcing session is an index into the sessions. */
    record TerminationPlan(int daysAfter, Optional<Integer> announcedKey, TerminationOutcome outcome, NextStep next,
            List<String> warningSigns, boolean maintenanceDiscussed) {

        Termination toTermination(int sessions, LocalDate notBefore) {
            Termination.Builder t = Termination.builder()
                    .date(IptArbitraries.plusDaysAtMostLatest(notBefore, daysAfter))
                    .outcome(outcome)
                    .nextStep(next)
                    .warningSigns(warningSigns)
                    .maintenanceDiscussed(maintenanceDiscussed);
            if (sessions > 0) {
                announcedKey.ifPresent(k -> t.announcedAtSession(1 + k % sessions));
            }
            return t.build();
        }
    }

    // ---------------------------------------------------------------- courses

    /** How many sessions, relative to the protocol. */
    enum CountKind {
        NONE, ONE, SOME, MOST, BEYOND
    }

    /** The choice of a session count, resolved against the protocol's maximum. */
    record CountPlan(CountKind kind, int key) {

        int count(Protocol protocol) {
            int max = protocol.acuteSessions().max();
            if (max == 0) {
                switch (kind) {
                    case NONE:
                        return 0;
                    case ONE:
                        return 1;
                    case MOST:
                        return MAINTENANCE_LONG;
                    default:
                        return 2 + key % (MAINTENANCE_SESSIONS - 1);
                }
            }
            switch (kind) {
                case NONE:
                    return 0;
                case ONE:
                    return 1;
                case SOME:
                    return max < 2 ? max : 2 + key % (max - 1);
                case MOST:
                    return max;
                default:
                    return max + 1 + key % 4;
            }
        }
    }

    /** The choices behind the phases and the first date of a list of sessions. */
    record PhasePlan(List<Integer> cutKeys, boolean acuteOnly, int firstOffset) {

        List<Phase> phases(Protocol protocol, int n) {
            if (!protocol.hasAcutePhase()) {
                return Collections.nCopies(n, Phase.MAINTENANCE);
            }
            List<Integer> cuts = new ArrayList<>();
            for (int key : cutKeys) {
                cuts.add(key % (n + 1));
            }
            Collections.sort(cuts);
            if (acuteOnly) {
                cuts.set(2, n);
            }
            int initial = cuts.get(0);
            int middle = cuts.get(1) - cuts.get(0);
            int termination = cuts.get(2) - cuts.get(1);
            int maintenance = n - cuts.get(2);
            if (maintenance > 0 && termination == 0) {
                termination = 1;
                maintenance--;
            }
            List<Phase> phases = new ArrayList<>(n);
            phases.addAll(Collections.nCopies(initial, Phase.INITIAL));
            phases.addAll(Collections.nCopies(middle, Phase.MIDDLE));
            phases.addAll(Collections.nCopies(termination, Phase.TERMINATION));
            phases.addAll(Collections.nCopies(maintenance, Phase.MAINTENANCE));
            return phases;
        }
    }

    private record SickRolePlan(SickRoleKind kind, int daysAfterStart) {
    }

    private record Extras(Optional<Integer> onsetBefore, Optional<Formulation> formulation,
            Optional<SickRolePlan> sickRole, List<TreatmentPlan> treatments) {
    }

    /**
     * A concurrent treatment and, for most of those with a start date, where the start moves: from
     * a few days before the contract start to a few days after the last session, so that many
     * treatments start during the course and some just outside it. The stop keeps its distance.
     */
    private record TreatmentPlan(ConcurrentTreatment treatment, Optional<Integer> placementKey) {

        /** The date, moved into the model's range of dates. */
        private static LocalDate within(LocalDate date) {
            return date.isBefore(IptArbitraries.EARLIEST_DATE) ? IptArbitraries.EARLIEST_DATE
                    : date.isAfter(IptArbitraries.LATEST_DATE) ? IptArbitraries.LATEST_DATE : date;
        }

        ConcurrentTreatment place(LocalDate start, LocalDate last) {
            Optional<LocalDate> started = treatment.started();
            if (placementKey.isEmpty() || started.isEmpty()) {
                return treatment;
            }
            long span = ChronoUnit.DAYS.between(start, last);
            LocalDate moved = within(start.plusDays(placementKey.get() % (span + 9) - 4));
            Optional<LocalDate> stopped = treatment.stopped().map(d -> within(moved.plusDays(
                    ChronoUnit.DAYS.between(started.get(), d))));
            return ConcurrentTreatment.builder().from(treatment).started(moved).stopped(stopped).build();
        }
    }

    /** The choice of a status (when not fixed) and of the records that end a course. */
    private record EndingPlan(int statusKey, TerminationPlan termination, int discontinuedAfter,
            DiscontinuationReason reason) {

        CourseStatus status(int sessions) {
            if (sessions == 0) {
                return statusKey % 4 < 3 ? CourseStatus.PLANNED : CourseStatus.DISCONTINUED;
            }
            int k = statusKey % 7;
            return k < 3 ? CourseStatus.ACTIVE : k < 6 ? CourseStatus.COMPLETED : CourseStatus.DISCONTINUED;
        }
    }

    private record Who(CourseId id, PatientRef patient) {
    }

    private record Base(Protocol protocol, LocalDate start, InterpersonalInventory inventory,
            List<PeopleArbitraries.IssuePlan> issues, List<SessionContent> contents) {
    }

    private record CoursePlan(Base base, CountPlan count, PhasePlan phases, Optional<PeopleArbitraries.FocusPlan> focus,
            ContractPlan contract, Who who, Extras extras, EndingPlan ending) {

        int sessionCount(Optional<CourseStatus> wanted) {
            int n = count.count(base.protocol());
            if (wanted.isEmpty()) {
                return n;
            }
            switch (wanted.get()) {
                case PLANNED:
                    return 0;
                case ACTIVE:
                case COMPLETED:
                    return Math.max(1, n);
                default:
                    return n;
            }
        }

        Course toCourse(Optional<CourseStatus> wanted) {
            Protocol protocol = base.protocol();
            int n = sessionCount(wanted);
            List<SessionContent> contents = base.contents();
            // the last session's days after the start: a course that would hold it after the latest
            // date starts earlier, so that its last session falls on the latest date
            long lastOffset = n == 0 ? 0 : phases.firstOffset();
            for (int i = 1; i < n; i++) {
                lastOffset += contents.get(i % contents.size()).gapDays();
            }
            LocalDate start = base.start().toEpochDay() + lastOffset > IptArbitraries.LATEST_DATE.toEpochDay()
                    ? IptArbitraries.LATEST_DATE.minusDays(lastOffset) : base.start();
            List<Phase> phaseList = phases.phases(protocol, n);
            List<ProblemArea> areas = List.copyOf(protocol.problemAreas());
            List<Session> sessions = new ArrayList<>(n);
            LocalDate date = start.plusDays(phases.firstOffset());
            for (int i = 0; i < n; i++) {
                // a protocol of the caller's may plan more sessions than are drawn: their contents repeat
                SessionContent content = contents.get(i % contents.size());
                if (i > 0) {
                    date = date.plusDays(content.gapDays());
                }
                sessions.add(content.toSession(i + 1, date, phaseList.get(i), areas));
            }
            List<InterpersonalIssue> issues = PeopleArbitraries.toIssues(base.issues(), base.inventory());
            List<IssueId> ids = issues.stream().map(InterpersonalIssue::id).toList();
            Optional<Focus> chosen = focus.map(f -> f.toFocus(areas, protocol.maxFocalAreas(), ids));
            CourseStatus status = wanted.orElseGet(() -> ending.status(n));
            LocalDate last = sessions.isEmpty() ? start : sessions.get(n - 1).date();
            Course.Builder c = Course.builder()
                    .id(who.id())
                    .patient(who.patient())
                    .protocol(protocol)
                    .contract(contract.toContract(protocol, start, ids))
                    .inventory(base.inventory())
                    .issues(issues)
                    .focus(chosen)
                    .sessions(sessions)
                    .episodeOnset(extras.onsetBefore()
                            .map(days -> IptArbitraries.minusDaysAtLeastEarliest(start, days)))
                    .formulation(extras.formulation())
                    .sickRole(extras.sickRole().map(s -> SickRole.of(s.kind(),
                            IptArbitraries.plusDaysAtMostLatest(start, s.daysAfterStart()))))
                    .concurrentTreatments(extras.treatments().stream().map(t -> t.place(start, last)).toList());
            if (status == CourseStatus.COMPLETED) {
                c.termination(ending.termination().toTermination(n, last));
            } else if (status == CourseStatus.DISCONTINUED) {
                LocalDate ended = IptArbitraries.plusDaysAtMostLatest(last, ending.discontinuedAfter());
                c.discontinuation(Discontinuation.of(ended, ending.reason()));
            }
            return c.build();
        }
    }

    static Arbitrary<Course> courses(Arbitrary<Protocol> protocols, Optional<CourseStatus> wanted) {
        Arbitrary<Base> bases = Combinators.combine(protocols, IptArbitraries.dates(), PeopleArbitraries.INVENTORIES,
                PeopleArbitraries.ISSUE_PLAN_LISTS, CONTENTS).as(Base::new);
        Arbitrary<Who> who = Combinators.combine(IptArbitraries.courseIds(), IptArbitraries.patientRefs()).as(Who::new);
        return Combinators.combine(bases, COUNT_PLANS, PHASE_PLANS, PeopleArbitraries.FOCUS_PLANS.optional(0.7),
                CONTRACT_PLANS, who, EXTRAS, ENDING_PLANS).as(CoursePlan::new)
                .map(plan -> plan.toCourse(wanted))
                // jqwik would combine the edge cases of every part into hundreds of near-identical
                // minimal courses per property; the plans' frequencies give the edge cases that matter
                .withoutEdgeCases();
    }
}
