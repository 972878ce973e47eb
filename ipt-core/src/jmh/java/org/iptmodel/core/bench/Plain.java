package org.iptmodel.core.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.iptmodel.core.Amenability;
import org.iptmodel.core.ContactFrequency;
import org.iptmodel.core.ContractType;
import org.iptmodel.core.CourseStatus;
import org.iptmodel.core.DisputeStage;
import org.iptmodel.core.FocusBasis;
import org.iptmodel.core.NextStep;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.Phase;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.ProtocolFormat;
import org.iptmodel.core.RelationKind;
import org.iptmodel.core.SickRoleKind;
import org.iptmodel.core.Technique;
import org.iptmodel.core.TerminationOutcome;
import org.iptmodel.core.TreatmentKind;

/**
 * The baseline: plain Java records with the same structure as the model and no validation, as a
 * user would write them by hand. They copy their lists and sets ({@code List.copyOf}, free for a
 * list that is already unmodifiable) so that they are immutable like the model; absent values are
 * null.
 */
public final class Plain {

    private Plain() {
    }

    /** A course id. */
    public record CourseId(String value) {
    }

    /** A patient reference. */
    public record PatientRef(String value) {
    }

    /** A person id. */
    public record PersonId(String value) {
    }

    /** An issue id. */
    public record IssueId(String value) {
    }

    /** A protocol. */
    public record Protocol(String id, String name, ProtocolFormat format, int acuteMin, int acuteMax, int initialMin,
            int initialMax, int middleMin, int middleMax, int terminationMin, int terminationMax, int noticeMin,
            int noticeMax, Period cadence, Duration minSessionLength, Duration maxSessionLength, int maxFocalAreas,
            Set<ProblemArea> problemAreas, SickRoleKind sickRole, Period maintenanceCadence) {

        /** Standard IPT, as {@code org.iptmodel.core.Protocol.standard()}. */
        public static final Protocol STANDARD = new Protocol("ipt-standard", "Standard IPT", ProtocolFormat.INDIVIDUAL,
                12, 16, 1, 3, 5, 13, 2, 4, 2, 4, Period.ofWeeks(1), Duration.ofMinutes(45), Duration.ofMinutes(60), 2,
                EnumSet.allOf(ProblemArea.class), SickRoleKind.FULL, Period.ofMonths(1));

        public Protocol {
            problemAreas = Set.copyOf(problemAreas);
        }
    }

    /** A symptom instrument. */
    public record Instrument(String code, String name, int maxScore, List<Integer> itemMaxima, int remissionMax,
            Integer suicidalityItem) {

        /** The PHQ-9, as {@code org.iptmodel.core.Instrument.phq9()}. */
        public static final Instrument PHQ_9 = new Instrument("phq-9", "Patient Health Questionnaire-9", 27,
                List.of(3, 3, 3, 3, 3, 3, 3, 3, 3), 4, 9);

        public Instrument {
            itemMaxima = List.copyOf(itemMaxima);
        }
    }

    /** A measurement. */
    public record Measurement(Instrument instrument, int total, List<Integer> items) {
        public Measurement {
            items = List.copyOf(items);
        }
    }

    /** A session. */
    public record Session(int number, LocalDate date, Phase phase, Duration length, Set<Technique> techniques,
            Set<ProblemArea> areasAddressed, List<Measurement> measurements, String notes) {
        public Session {
            techniques = Set.copyOf(techniques);
            areasAddressed = Set.copyOf(areasAddressed);
            measurements = List.copyOf(measurements);
        }
    }

    /** A person of the inventory. */
    public record Relationship(PersonId id, String alias, RelationKind relation, int closeness,
            ContactFrequency contact, boolean deceased, LocalDate dateOfDeath, boolean changedNearOnset,
            List<String> satisfyingAspects, List<String> unsatisfyingAspects, List<String> expectations,
            List<String> wishedChanges) {
        public Relationship {
            satisfyingAspects = List.copyOf(satisfyingAspects);
            unsatisfyingAspects = List.copyOf(unsatisfyingAspects);
            expectations = List.copyOf(expectations);
            wishedChanges = List.copyOf(wishedChanges);
        }
    }

    /** The inventory. */
    public record Inventory(int circleLevels, List<Relationship> people) {
        public Inventory {
            people = List.copyOf(people);
        }
    }

    /** An interpersonal issue. */
    public record Issue(IssueId id, String summary, ProblemArea area, DisputeStage disputeStage,
            List<PersonId> people, OnsetLink onsetLink, LocalDate began, int patientPriority, int distress,
            Amenability amenability) {
        public Issue {
            people = List.copyOf(people);
        }
    }

    /** The focus. */
    public record Focus(ProblemArea primary, List<ProblemArea> secondary, List<IssueId> issues, FocusBasis basis,
            String overrideReason, LocalDate agreedOn) {
        public Focus {
            secondary = List.copyOf(secondary);
            issues = List.copyOf(issues);
        }
    }

    /** The formulation. */
    public record Formulation(List<ProblemArea> areas, String onsetEvent, LocalDate presentedOn,
            LocalDate acceptedOn) {
        public Formulation {
            areas = List.copyOf(areas);
        }
    }

    /** The sick role. */
    public record SickRole(SickRoleKind kind, LocalDate grantedOn) {
    }

    /** A contract amendment. */
    public record Amendment(LocalDate date, int extraSessions, Period newCadence, Focus newFocus, String reason) {
    }

    /** The treatment contract. */
    public record Contract(ContractType type, int plannedSessions, Period cadence, Duration sessionLength,
            LocalDate start, List<Amendment> amendments) {
        public Contract {
            amendments = List.copyOf(amendments);
        }
    }

    /** A concurrent treatment. */
    public record ConcurrentTreatment(TreatmentKind kind, String codeSystem, String code, LocalDate started,
            LocalDate stopped) {
    }

    /** The termination record. */
    public record Termination(LocalDate date, Integer announcedAtSession, TerminationOutcome outcome,
            NextStep nextStep, List<String> warningSigns, boolean maintenanceDiscussed) {
        public Termination {
            warningSigns = List.copyOf(warningSigns);
        }
    }

    /** The discontinuation record. */
    public record Discontinuation(LocalDate date, String reason) {
    }

    /** A course. */
    public record Course(CourseId id, PatientRef patient, Protocol protocol, Contract contract, LocalDate episodeOnset,
            Inventory inventory, List<Issue> issues, Focus focus, Formulation formulation, SickRole sickRole,
            List<Session> sessions, List<ConcurrentTreatment> concurrentTreatments, Termination termination,
            Discontinuation discontinuation) {
        public Course {
            issues = List.copyOf(issues);
            sessions = List.copyOf(sessions);
            concurrentTreatments = List.copyOf(concurrentTreatments);
        }

        /**
         * Returns the status, derived as the model derives it.
         *
         * @return the status
         */
        public CourseStatus status() {
            if (termination != null) {
                return CourseStatus.COMPLETED;
            }
            if (discontinuation != null) {
                return CourseStatus.DISCONTINUED;
            }
            return sessions.isEmpty() ? CourseStatus.PLANNED : CourseStatus.ACTIVE;
        }
    }
}
