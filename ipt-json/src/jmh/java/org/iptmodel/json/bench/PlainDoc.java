package org.iptmodel.json.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline of the JSON benchmarks: plain records shaped like the course document, bound by
 * Jackson 3 databind with no validation at all, as a user would do without this library. The
 * mapper reads and writes the same bytes as {@code IptJson}: snake_case names, enums of its own
 * whose constants are the format's spellings (so Jackson matches them exactly, its fastest path),
 * ISO-8601 dates and durations, empty and absent values left out (checked in the
 * benchmarks' setup: the same values and the same length; the format writes a weekly cadence as
 * {@code P1W} where {@code Period.toString} gives {@code P7D}). Catalogue instruments are written
 * by code, as the format does.
 */
public final class PlainDoc {
    /** The baseline mapper. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .build();

    private PlainDoc() {
    }

    /** A course document. */
    public record Course(String schema, int version, String id, String patient, CourseStatus status,
            Protocol protocol, Contract contract, LocalDate episodeOnset, Inventory inventory, List<Issue> issues,
            Focus focus, Formulation formulation, SickRole sickRole, List<Session> sessions,
            List<Treatment> concurrentTreatments, Termination termination, Discontinuation discontinuation) {
    }

    /** A range. */
    public record Range(int min, int max) {
    }

    /** A protocol. */
    public record Protocol(String id, String name, ProtocolFormat format, Range acuteSessions,
            Range initialSessions, Range middleSessions, Range terminationSessions, Range terminationNotice,
            Period cadence, Duration minSessionLength, Duration maxSessionLength, int maxFocalAreas,
            List<ProblemArea> problemAreas, SickRoleKind sickRole, Period maintenanceCadence, Range groupSize,
            int individualMeetings, int engagementSessions, boolean discussesMaintenance, List<String> references) {
    }

    /** A contract. */
    public record Contract(ContractType type, int plannedSessions, Period cadence, Duration sessionLength,
            LocalDate start, List<Amendment> amendments) {
    }

    /** A contract amendment. */
    public record Amendment(LocalDate date, int extraSessions, Period newCadence, Focus newFocus, String reason) {
    }

    /** The inventory. */
    public record Inventory(int circleLevels, List<Person> people) {
    }

    /** A person of the inventory. */
    public record Person(String id, String alias, RelationKind relation, int closeness, ContactFrequency contact,
            boolean deceased, LocalDate dateOfDeath, boolean changedNearOnset, List<String> satisfyingAspects,
            List<String> unsatisfyingAspects, List<String> expectations, List<String> wishedChanges) {
    }

    /** An issue. */
    public record Issue(String id, String summary, ProblemArea area, DisputeStage disputeStage, List<String> people,
            OnsetLink onsetLink, LocalDate began, int patientPriority, int distress, Amenability amenability) {
    }

    /** A focus. */
    public record Focus(ProblemArea primary, List<ProblemArea> secondary, List<String> issues, FocusBasis basis,
            String overrideReason, LocalDate agreedOn) {
    }

    /** A formulation. */
    public record Formulation(List<ProblemArea> areas, String onsetEvent, LocalDate presentedOn,
            LocalDate acceptedOn) {
    }

    /** A sick role. */
    public record SickRole(SickRoleKind kind, LocalDate grantedOn) {
    }

    /** A session. */
    public record Session(int number, LocalDate date, Phase phase, Duration length, List<Technique> techniques,
            List<ProblemArea> areasAddressed, List<Measurement> measurements, String notes) {
    }

    /** A measurement with a catalogue instrument, by code. */
    public record Measurement(String instrument, int total, List<Integer> items) {
    }

    /** A concurrent treatment. */
    public record Treatment(TreatmentKind kind, String codeSystem, String code, LocalDate started,
            LocalDate stopped) {
    }

    /** A termination record. */
    public record Termination(LocalDate date, Integer announcedAtSession, TerminationOutcome outcome,
            NextStep nextStep, List<String> warningSigns, boolean maintenanceDiscussed) {
    }

    /** A discontinuation record. */
    public record Discontinuation(LocalDate date, DiscontinuationReason reason) {
    }

    /** The format's spellings of {@code ProblemArea}. */
    public enum ProblemArea {
        grief, role_dispute, role_transition, interpersonal_deficits
    }

    /** The format's spellings of {@code DisputeStage}. */
    public enum DisputeStage {
        renegotiation, impasse, dissolution
    }

    /** The format's spellings of {@code Phase}. */
    public enum Phase {
        initial, middle, termination, maintenance
    }

    /** The format's spellings of {@code Technique}. */
    public enum Technique {
        exploratory, encouragement_of_affect, clarification, communication_analysis, therapeutic_relationship,
        decision_analysis, role_play, directive, adjunctive
    }

    /** The format's spellings of {@code CourseStatus}. */
    public enum CourseStatus {
        planned, active, completed, discontinued
    }

    /** The format's spellings of {@code ContractType}. */
    public enum ContractType {
        acute, continuation, maintenance
    }

    /** The format's spellings of {@code SickRoleKind}. */
    public enum SickRoleKind {
        full, limited
    }

    /** The format's spellings of {@code RelationKind}. */
    public enum RelationKind {
        partner, former_partner, parent, child, sibling, other_relative, friend, colleague, community,
        professional, other
    }

    /** The format's spellings of {@code ContactFrequency}. */
    public enum ContactFrequency {
        daily, weekly, monthly, rarely, none
    }

    /** The format's spellings of {@code OnsetLink}. */
    public enum OnsetLink {
        precipitated_onset, maintains_episode, not_linked, not_assessed
    }

    /** The format's spellings of {@code Amenability}. */
    public enum Amenability {
        low, moderate, high
    }

    /** The format's spellings of {@code TerminationOutcome}. */
    public enum TerminationOutcome {
        remitted, partial_response, no_response
    }

    /** The format's spellings of {@code NextStep}. */
    public enum NextStep {
        conclude, continuation_contract, maintenance_contract, refer_to_other_treatment
    }

    /** The format's spellings of {@code DiscontinuationReason}. */
    public enum DiscontinuationReason {
        patient_withdrew, lost_to_follow_up, clinical_deterioration, referred_elsewhere, adverse_event,
        administrative, other
    }

    /** The format's spellings of {@code TreatmentKind}. */
    public enum TreatmentKind {
        antidepressant_medication, other_psychotropic_medication, psychotherapy, other
    }

    /** The format's spellings of {@code ProtocolFormat}. */
    public enum ProtocolFormat {
        individual, group
    }

    /** The format's spellings of {@code FocusBasis}. */
    public enum FocusBasis {
        ranking, clinician_override
    }
}
