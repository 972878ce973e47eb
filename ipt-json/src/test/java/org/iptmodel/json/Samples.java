package org.iptmodel.json;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.iptmodel.core.Amenability;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.ConcurrentTreatment;
import org.iptmodel.core.ContactFrequency;
import org.iptmodel.core.ContractAmendment;
import org.iptmodel.core.ContractType;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseId;
import org.iptmodel.core.Discontinuation;
import org.iptmodel.core.DiscontinuationReason;
import org.iptmodel.core.DisputeStage;
import org.iptmodel.core.Focus;
import org.iptmodel.core.Formulation;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.NextStep;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.PatientRef;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.Phase;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.RelationKind;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.Session;
import org.iptmodel.core.Severity;
import org.iptmodel.core.SeverityBand;
import org.iptmodel.core.SickRole;
import org.iptmodel.core.Technique;
import org.iptmodel.core.Termination;
import org.iptmodel.core.TerminationOutcome;
import org.iptmodel.core.TreatmentContract;
import org.iptmodel.core.TreatmentKind;

/**
 * Full, realistic courses, one per protocol of the catalogue: the values of the golden files.
 * Every optional part of the model appears in at least one of them. The public helpers build the
 * parts that other fixtures, such as the CLI's sample course, share.
 */
public final class Samples {
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    /** A custom instrument, written in full (the catalogue ones are written as codes). */
    static final Instrument WELLBEING = Instrument.builder()
            .code("clinic-wellbeing-5")
            .name("Clinic wellbeing check, 5 items")
            .maxScore(20)
            .addItemMaxima(4, 4, 4, 4, 4)
            .addBands(SeverityBand.of(Severity.MINIMAL, 0, 4), SeverityBand.of(Severity.MILD, 5, 9),
                    SeverityBand.of(Severity.MODERATE, 10, 14), SeverityBand.of(Severity.SEVERE, 15, 20))
            .remissionMax(4)
            .depressedMin(8)
            .suicidalityItem(5)
            .addReferences(Bibliography.FRANK_1991)
            .build();

    private Samples() {
    }

    /** The sample course for a protocol of the catalogue. */
    static Course course(Protocol protocol) {
        switch (protocol.id()) {
            case "ipt-standard":
                return completed(protocol, "c-standard-001", 16, true);
            case "ipt-brief":
                return completed(protocol, "c-brief-001", 8, false);
            case "ipt-a":
                return completed(protocol, "c-adolescent-001", 12, false);
            case "ipt-g":
                return completed(protocol, "c-group-001", 20, false);
            case "ipt-g-depression":
                return completed(protocol, "c-group-depression-001", 16, false);
            case "ipc":
                return discontinued(protocol);
            case "ipt-m":
                return maintenance(protocol);
            default:
                throw new IllegalArgumentException("not a catalogue protocol");
        }
    }

    static InterpersonalInventory inventory() {
        return InterpersonalInventory.builder()
                .circleLevels(4)
                .addPeople(person("p-1", "partner \"R\"", RelationKind.PARTNER, 1, ContactFrequency.DAILY)
                        .changedNearOnset(true)
                        .addSatisfyingAspects("shared humour")
                        .addUnsatisfyingAspects("arguments about moving abroad", "little time together")
                        .addExpectations("expects support with the move")
                        .addWishedChanges("talk before deciding")
                        .build())
                .addPeople(person("p-2", "mother", RelationKind.PARENT, 2, ContactFrequency.NONE)
                        .deceased(true)
                        .dateOfDeath(LocalDate.of(2025, 9, 14))
                        .addSatisfyingAspects("always listened")
                        .build())
                .addPeople(person("p-3", "colleague from the old team", RelationKind.COLLEAGUE, 4,
                        ContactFrequency.RARELY).build())
                .build();
    }

    static List<InterpersonalIssue> issues() {
        return List.of(
                issue("i-1", ProblemArea.ROLE_DISPUTE, "p-1", OnsetLink.PRECIPITATED_ONSET, 1, 8, Amenability.MODERATE)
                        .summary("arguments about moving abroad")
                        .disputeStage(DisputeStage.IMPASSE)
                        .began(LocalDate.of(2025, 10, 1))
                        .build(),
                issue("i-2", ProblemArea.GRIEF, "p-2", OnsetLink.MAINTAINS_EPISODE, 2, 7, Amenability.HIGH)
                        .summary("mother's death in September")
                        .began(LocalDate.of(2025, 9, 14))
                        .build(),
                issue("i-3", ProblemArea.ROLE_TRANSITION, "p-3", OnsetLink.NOT_LINKED, 3, 3, Amenability.LOW)
                        .summary("new job, lost touch with the old team")
                        .build());
    }

    /**
     * Starts a relationship of the inventory with the attributes every one has.
     *
     * @param closeness the circle, 1 the closest
     */
    public static Relationship.Builder person(String id, String alias, RelationKind relation, int closeness,
            ContactFrequency contact) {
        return Relationship.builder()
                .id(PersonId.of(id))
                .alias(alias)
                .relation(relation)
                .closeness(closeness)
                .contact(contact);
    }

    /**
     * Starts an issue involving one person, with what the ranking reads; the summary is still to
     * give.
     *
     * @param patientPriority the patient's priority, 1 the most pressing
     * @param distress the distress, 0 to 10
     */
    public static InterpersonalIssue.Builder issue(String id, ProblemArea area, String person, OnsetLink onsetLink,
            int patientPriority, int distress, Amenability amenability) {
        return InterpersonalIssue.builder()
                .id(IssueId.of(id))
                .area(area)
                .addPeople(PersonId.of(person))
                .onsetLink(onsetLink)
                .patientPriority(patientPriority)
                .distress(distress)
                .amenability(amenability);
    }

    /** Starts a weekly contract of 50-minute sessions. */
    public static TreatmentContract.Builder weeklyContract(int plannedSessions, LocalDate start) {
        return TreatmentContract.builder()
                .plannedSessions(plannedSessions)
                .cadence(Period.ofWeeks(1))
                .sessionLength(Duration.ofMinutes(50))
                .start(start);
    }

    /** Starts a session with its number, date, phase and length. */
    public static Session.Builder session(int number, LocalDate date, Phase phase, Duration length) {
        return Session.builder()
                .number(number)
                .date(date)
                .phase(phase)
                .length(length);
    }

    /** A PHQ-9 with its nine item responses; the total is their sum. */
    public static Measurement phq9(int... items) {
        Measurement.Builder m = Measurement.builder().instrument(Instrument.phq9());
        int total = 0;
        for (int item : items) {
            m.addItems(item);
            total += item;
        }
        return m.total(total).build();
    }

    /** Sertraline (ATC N06AB06), taken alongside the therapy since {@code started}. */
    public static ConcurrentTreatment antidepressant(LocalDate started) {
        return ConcurrentTreatment.builder()
                .kind(TreatmentKind.ANTIDEPRESSANT_MEDICATION)
                .codeSystem("ATC")
                .code("N06AB06")
                .started(started)
                .build();
    }

    /** Zolpidem (ATC N05CF02), started during the course on {@code started}. */
    static ConcurrentTreatment hypnotic(LocalDate started) {
        return ConcurrentTreatment.builder()
                .kind(TreatmentKind.OTHER_PSYCHOTROPIC_MEDICATION)
                .codeSystem("ATC")
                .code("N05CF02")
                .started(started)
                .build();
    }

    private static Course.Builder base(Protocol protocol, String id, int planned, ContractType type) {
        return Course.builder()
                .id(CourseId.of(id))
                .patient(PatientRef.of("pseudo-" + id.substring(2)))
                .protocol(protocol)
                .episodeOnset(LocalDate.of(2025, 10, 20))
                .inventory(inventory())
                .addAllIssues(issues())
                .focus(Focus.builder()
                        .primary(ProblemArea.ROLE_DISPUTE)
                        .addSecondary(ProblemArea.GRIEF)
                        .addIssues(IssueId.of("i-1"), IssueId.of("i-2"))
                        .agreedOn(START.plusWeeks(2))
                        .build())
                .formulation(Formulation.builder()
                        .addAreas(ProblemArea.ROLE_DISPUTE, ProblemArea.GRIEF)
                        .onsetEvent("the decision to move, weeks after the funeral")
                        .presentedOn(START.plusWeeks(2))
                        .acceptedOn(START.plusWeeks(2))
                        .build())
                .sickRole(SickRole.of(protocol.sickRole(), START))
                .contract(TreatmentContract.builder()
                        .type(type)
                        .plannedSessions(planned)
                        .cadence(protocol.hasAcutePhase() ? protocol.cadence() : protocol.maintenanceCadence().get())
                        .sessionLength(protocol.maxSessionLength())
                        .start(START)
                        .build());
    }

    /** Sessions spread over the protocol's phases, weekly (or at the maintenance cadence). */
    private static List<Session> sessions(Protocol protocol, int count, boolean notes) {
        List<Session> sessions = new ArrayList<>();
        int initial = protocol.initialSessions().max();
        int termination = protocol.terminationSessions().min();
        Period cadence = protocol.hasAcutePhase() ? protocol.cadence() : protocol.maintenanceCadence().get();
        LocalDate date = START;
        for (int n = 1; n <= count; n++) {
            Phase phase;
            if (!protocol.hasAcutePhase()) {
                phase = Phase.MAINTENANCE;
            } else if (n <= initial) {
                phase = Phase.INITIAL;
            } else if (n > count - termination) {
                phase = Phase.TERMINATION;
            } else {
                phase = Phase.MIDDLE;
            }
            Session.Builder session = session(n, date, phase,
                    n == 1 ? protocol.maxSessionLength() : protocol.minSessionLength());
            if (phase == Phase.INITIAL) {
                session.addTechniques(Technique.EXPLORATORY, Technique.CLARIFICATION);
            } else if (phase == Phase.MIDDLE) {
                session.addTechniques(Technique.COMMUNICATION_ANALYSIS, Technique.ENCOURAGEMENT_OF_AFFECT,
                        Technique.ROLE_PLAY).addAreasAddressed(ProblemArea.ROLE_DISPUTE);
                if (n % 3 == 0) {
                    session.addAreasAddressed(ProblemArea.GRIEF);
                }
            } else {
                session.addTechniques(Technique.CLARIFICATION, Technique.THERAPEUTIC_RELATIONSHIP);
            }
            if (n == 1 || n % 4 == 0 || n == count) {
                int score = Math.max(2, 19 - n);
                session.addMeasurements(phq9Totalling(score));
            }
            if (n == 1) {
                session.addMeasurements(Measurement.of(Instrument.hamD17(), 21));
                session.addMeasurements(Measurement.builder().instrument(WELLBEING).total(13)
                        .addItems(3, 3, 2, 4, 1).build());
            }
            if (notes && n % 5 == 1) {
                session.notes("Session " + n + ": discussed the move.\nPatient tearful; «homesick», 🙂");
            }
            sessions.add(session.build());
            date = date.plus(cadence);
        }
        return sessions;
    }

    /** A PHQ-9 totalling 0 to 24, its first eight items filled up to 3 in turn, item 9 answered 0. */
    private static Measurement phq9Totalling(int total) {
        int[] items = new int[9];
        int left = total;
        for (int i = 0; i < 8; i++) {
            items[i] = Math.min(3, left);
            left -= items[i];
        }
        return phq9(items);
    }

    private static Course completed(Protocol protocol, String id, int count, boolean amended) {
        List<Session> sessions = sessions(protocol, count, amended);
        LocalDate last = sessions.get(sessions.size() - 1).date();
        Course.Builder course = base(protocol, id, amended ? count - 2 : count, ContractType.ACUTE)
                .addAllSessions(sessions)
                .addConcurrentTreatments(antidepressant(LocalDate.of(2025, 11, 3)))
                .addAllConcurrentTreatments(amended ? List.of(hypnotic(START.plusWeeks(5))) : List.of())
                .termination(Termination.builder()
                        .date(last)
                        .announcedAtSession(count - 3)
                        .outcome(TerminationOutcome.REMITTED)
                        .nextStep(NextStep.CONCLUDE)
                        .addWarningSigns("sleeping badly for a week", "avoiding friends")
                        .maintenanceDiscussed(true)
                        .build());
        if (amended) {
            TreatmentContract contract = base(protocol, id, count - 2, ContractType.ACUTE).build().contract();
            course.contract(contract.withAmendments(
                    ContractAmendment.builder()
                            .date(START.plusWeeks(6))
                            .newFocus(Focus.builder()
                                    .primary(ProblemArea.GRIEF)
                                    .addIssues(IssueId.of("i-2"))
                                    .agreedOn(START.plusWeeks(6))
                                    .build())
                            .reason("the loss came to the fore")
                            .build(),
                    ContractAmendment.builder()
                            .date(START.plusWeeks(12))
                            .extraSessions(2)
                            .newCadence(Period.ofWeeks(2))
                            .reason("two more sessions, fortnightly, to consolidate")
                            .build()));
        }
        return course.build();
    }

    private static Course discontinued(Protocol protocol) {
        List<Session> sessions = sessions(protocol, 3, false).subList(0, 2);
        return base(protocol, "c-ipc-001", 4, ContractType.ACUTE)
                .addAllSessions(sessions)
                .discontinuation(Discontinuation.of(START.plusWeeks(3), DiscontinuationReason.REFERRED_ELSEWHERE))
                .build();
    }

    private static Course maintenance(Protocol protocol) {
        return base(protocol, "c-maintenance-001", 12, ContractType.MAINTENANCE)
                .focus(Focus.builder()
                        .primary(ProblemArea.INTERPERSONAL_DEFICITS)
                        .addSecondary(ProblemArea.ROLE_TRANSITION, ProblemArea.GRIEF)
                        .basis(org.iptmodel.core.FocusBasis.CLINICIAN_OVERRIDE)
                        .overrideReason("isolation persists after remission")
                        .build())
                .addAllSessions(sessions(protocol, 4, true))
                .addConcurrentTreatments(ConcurrentTreatment.builder()
                        .kind(TreatmentKind.PSYCHOTHERAPY)
                        .started(START)
                        .stopped(START.plusMonths(2))
                        .build())
                .build();
    }

    /** A short course for quick tests. */
    static Course small() {
        return Course.builder()
                .id(CourseId.of("c-small"))
                .patient(PatientRef.of("pseudo-1"))
                .protocol(Protocol.standard())
                .contract(weeklyContract(12, START).build())
                .addSessions(session(1, START, Phase.INITIAL, Duration.ofMinutes(50))
                        .addMeasurements(Measurement.of(Instrument.phq9(), 17))
                        .build())
                .build();
    }
}
