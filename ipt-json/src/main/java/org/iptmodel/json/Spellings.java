package org.iptmodel.json;

import java.util.List;
import org.iptmodel.core.Amenability;
import org.iptmodel.core.ContactFrequency;
import org.iptmodel.core.ContractType;
import org.iptmodel.core.CourseStatus;
import org.iptmodel.core.DiscontinuationReason;
import org.iptmodel.core.DisputeStage;
import org.iptmodel.core.FocusBasis;
import org.iptmodel.core.NextStep;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.Phase;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.ProtocolFormat;
import org.iptmodel.core.RelationKind;
import org.iptmodel.core.Severity;
import org.iptmodel.core.SickRoleKind;
import org.iptmodel.core.Technique;
import org.iptmodel.core.TerminationOutcome;
import org.iptmodel.core.TreatmentKind;
import org.iptmodel.core.ranking.RankingFlag;
import org.iptmodel.core.report.DeviationCode;
import org.iptmodel.core.report.ReportSeverity;
import org.iptmodel.core.report.ResponseClass;

/**
 * The enum spellings of the format, version 1: a public contract, listed in FORMAT.md. Each
 * table is written out in full, so that a renamed or reordered Java constant cannot change the
 * format; a constant added to the model without a spelling here fails at class initialisation.
 */
final class Spellings {
    static final EnumFormat<ProblemArea> PROBLEM_AREA = EnumFormat.of(ProblemArea.class, "problem area")
            .add(ProblemArea.GRIEF, "grief")
            .add(ProblemArea.ROLE_DISPUTE, "role_dispute")
            .add(ProblemArea.ROLE_TRANSITION, "role_transition")
            .add(ProblemArea.INTERPERSONAL_DEFICITS, "interpersonal_deficits")
            .build();

    static final EnumFormat<DisputeStage> DISPUTE_STAGE = EnumFormat.of(DisputeStage.class, "dispute stage")
            .add(DisputeStage.RENEGOTIATION, "renegotiation")
            .add(DisputeStage.IMPASSE, "impasse")
            .add(DisputeStage.DISSOLUTION, "dissolution")
            .build();

    static final EnumFormat<Phase> PHASE = EnumFormat.of(Phase.class, "phase")
            .add(Phase.INITIAL, "initial")
            .add(Phase.MIDDLE, "middle")
            .add(Phase.TERMINATION, "termination")
            .add(Phase.MAINTENANCE, "maintenance")
            .build();

    static final EnumFormat<Technique> TECHNIQUE = EnumFormat.of(Technique.class, "technique")
            .add(Technique.EXPLORATORY, "exploratory")
            .add(Technique.ENCOURAGEMENT_OF_AFFECT, "encouragement_of_affect")
            .add(Technique.CLARIFICATION, "clarification")
            .add(Technique.COMMUNICATION_ANALYSIS, "communication_analysis")
            .add(Technique.THERAPEUTIC_RELATIONSHIP, "therapeutic_relationship")
            .add(Technique.DECISION_ANALYSIS, "decision_analysis")
            .add(Technique.ROLE_PLAY, "role_play")
            .add(Technique.DIRECTIVE, "directive")
            .add(Technique.ADJUNCTIVE, "adjunctive")
            .build();

    static final EnumFormat<CourseStatus> COURSE_STATUS = EnumFormat.of(CourseStatus.class, "course status")
            .add(CourseStatus.PLANNED, "planned")
            .add(CourseStatus.ACTIVE, "active")
            .add(CourseStatus.COMPLETED, "completed")
            .add(CourseStatus.DISCONTINUED, "discontinued")
            .build();

    static final EnumFormat<ContractType> CONTRACT_TYPE = EnumFormat.of(ContractType.class, "contract type")
            .add(ContractType.ACUTE, "acute")
            .add(ContractType.CONTINUATION, "continuation")
            .add(ContractType.MAINTENANCE, "maintenance")
            .build();

    static final EnumFormat<SickRoleKind> SICK_ROLE_KIND = EnumFormat.of(SickRoleKind.class, "sick role kind")
            .add(SickRoleKind.FULL, "full")
            .add(SickRoleKind.LIMITED, "limited")
            .build();

    static final EnumFormat<RelationKind> RELATION_KIND = EnumFormat.of(RelationKind.class, "relation kind")
            .add(RelationKind.PARTNER, "partner")
            .add(RelationKind.FORMER_PARTNER, "former_partner")
            .add(RelationKind.PARENT, "parent")
            .add(RelationKind.CHILD, "child")
            .add(RelationKind.SIBLING, "sibling")
            .add(RelationKind.OTHER_RELATIVE, "other_relative")
            .add(RelationKind.FRIEND, "friend")
            .add(RelationKind.COLLEAGUE, "colleague")
            .add(RelationKind.COMMUNITY, "community")
            .add(RelationKind.PROFESSIONAL, "professional")
            .add(RelationKind.OTHER, "other")
            .build();

    static final EnumFormat<ContactFrequency> CONTACT_FREQUENCY = EnumFormat.of(ContactFrequency.class,
            "contact frequency")
            .add(ContactFrequency.DAILY, "daily")
            .add(ContactFrequency.WEEKLY, "weekly")
            .add(ContactFrequency.MONTHLY, "monthly")
            .add(ContactFrequency.RARELY, "rarely")
            .add(ContactFrequency.NONE, "none")
            .build();

    static final EnumFormat<OnsetLink> ONSET_LINK = EnumFormat.of(OnsetLink.class, "onset link")
            .add(OnsetLink.PRECIPITATED_ONSET, "precipitated_onset")
            .add(OnsetLink.MAINTAINS_EPISODE, "maintains_episode")
            .add(OnsetLink.NOT_LINKED, "not_linked")
            .add(OnsetLink.NOT_ASSESSED, "not_assessed")
            .build();

    static final EnumFormat<Amenability> AMENABILITY = EnumFormat.of(Amenability.class, "amenability")
            .add(Amenability.LOW, "low")
            .add(Amenability.MODERATE, "moderate")
            .add(Amenability.HIGH, "high")
            .build();

    static final EnumFormat<Severity> SEVERITY = EnumFormat.of(Severity.class, "severity")
            .add(Severity.MINIMAL, "minimal")
            .add(Severity.MILD, "mild")
            .add(Severity.MODERATE, "moderate")
            .add(Severity.MODERATELY_SEVERE, "moderately_severe")
            .add(Severity.SEVERE, "severe")
            .build();

    static final EnumFormat<TerminationOutcome> TERMINATION_OUTCOME = EnumFormat.of(TerminationOutcome.class,
            "termination outcome")
            .add(TerminationOutcome.REMITTED, "remitted")
            .add(TerminationOutcome.PARTIAL_RESPONSE, "partial_response")
            .add(TerminationOutcome.NO_RESPONSE, "no_response")
            .build();

    static final EnumFormat<NextStep> NEXT_STEP = EnumFormat.of(NextStep.class, "next step")
            .add(NextStep.CONCLUDE, "conclude")
            .add(NextStep.CONTINUATION_CONTRACT, "continuation_contract")
            .add(NextStep.MAINTENANCE_CONTRACT, "maintenance_contract")
            .add(NextStep.REFER_TO_OTHER_TREATMENT, "refer_to_other_treatment")
            .build();

    static final EnumFormat<DiscontinuationReason> DISCONTINUATION_REASON = EnumFormat.of(
            DiscontinuationReason.class, "discontinuation reason")
            .add(DiscontinuationReason.PATIENT_WITHDREW, "patient_withdrew")
            .add(DiscontinuationReason.LOST_TO_FOLLOW_UP, "lost_to_follow_up")
            .add(DiscontinuationReason.CLINICAL_DETERIORATION, "clinical_deterioration")
            .add(DiscontinuationReason.REFERRED_ELSEWHERE, "referred_elsewhere")
            .add(DiscontinuationReason.ADVERSE_EVENT, "adverse_event")
            .add(DiscontinuationReason.ADMINISTRATIVE, "administrative")
            .add(DiscontinuationReason.OTHER, "other")
            .build();

    static final EnumFormat<TreatmentKind> TREATMENT_KIND = EnumFormat.of(TreatmentKind.class, "treatment kind")
            .add(TreatmentKind.ANTIDEPRESSANT_MEDICATION, "antidepressant_medication")
            .add(TreatmentKind.OTHER_PSYCHOTROPIC_MEDICATION, "other_psychotropic_medication")
            .add(TreatmentKind.PSYCHOTHERAPY, "psychotherapy")
            .add(TreatmentKind.OTHER, "other")
            .build();

    static final EnumFormat<ProtocolFormat> PROTOCOL_FORMAT = EnumFormat.of(ProtocolFormat.class, "protocol format")
            .add(ProtocolFormat.INDIVIDUAL, "individual")
            .add(ProtocolFormat.GROUP, "group")
            .build();

    static final EnumFormat<FocusBasis> FOCUS_BASIS = EnumFormat.of(FocusBasis.class, "focus basis")
            .add(FocusBasis.RANKING, "ranking")
            .add(FocusBasis.CLINICIAN_OVERRIDE, "clinician_override")
            .build();

    static final EnumFormat<RankingFlag.Code> RANKING_FLAG_CODE = EnumFormat.of(RankingFlag.Code.class,
            "ranking flag code")
            .add(RankingFlag.Code.GRIEF_WITHOUT_DEATH, "grief_without_death")
            .add(RankingFlag.Code.AREA_OUTSIDE_PROTOCOL, "area_outside_protocol")
            .add(RankingFlag.Code.LINK_NOT_ASSESSED, "link_not_assessed")
            .add(RankingFlag.Code.TIED_BY_ID, "tied_by_id")
            .add(RankingFlag.Code.FOCUS_NOT_LINKED, "focus_not_linked")
            .add(RankingFlag.Code.FOCUS_DECIDED_BY_ID, "focus_decided_by_id")
            .build();

    static final EnumFormat<ReportSeverity> REPORT_SEVERITY = EnumFormat.of(ReportSeverity.class, "report severity")
            .add(ReportSeverity.INFO, "info")
            .add(ReportSeverity.WARNING, "warning")
            .add(ReportSeverity.SERIOUS, "serious")
            .add(ReportSeverity.SAFETY, "safety")
            .build();

    static final EnumFormat<DeviationCode> DEVIATION_CODE = EnumFormat.of(DeviationCode.class, "deviation code")
            .add(DeviationCode.ACUTE_SESSIONS_OUTSIDE_PROTOCOL, "acute_sessions_outside_protocol")
            .add(DeviationCode.PHASE_LENGTH_OUTSIDE_PROTOCOL, "phase_length_outside_protocol")
            .add(DeviationCode.SESSION_GAP_TOO_LONG, "session_gap_too_long")
            .add(DeviationCode.FOCAL_AREAS_ABOVE_PROTOCOL, "focal_areas_above_protocol")
            .add(DeviationCode.FOCUS_CLINICIAN_OVERRIDE, "focus_clinician_override")
            .add(DeviationCode.DEFICITS_WHILE_OTHER_AREA_PRESENT, "deficits_while_other_area_present")
            .add(DeviationCode.FOCUS_AREA_NOT_LINKED, "focus_area_not_linked")
            .add(DeviationCode.GRIEF_FOCUS_WITHOUT_DEATH, "grief_focus_without_death")
            .add(DeviationCode.MIDDLE_PHASE_WITHOUT_ACCEPTED_FORMULATION, "middle_phase_without_accepted_formulation")
            .add(DeviationCode.MIDDLE_PHASE_WITHOUT_FOCUS, "middle_phase_without_focus")
            .add(DeviationCode.TERMINATION_NOT_ANNOUNCED_IN_TIME, "termination_not_announced_in_time")
            .add(DeviationCode.COMPLETED_WITHOUT_TERMINATION_SESSION, "completed_without_termination_session")
            .add(DeviationCode.MAINTENANCE_NOT_DISCUSSED, "maintenance_not_discussed")
            .build();

    static final EnumFormat<ResponseClass> RESPONSE_CLASS = EnumFormat.of(ResponseClass.class, "response class")
            .add(ResponseClass.REMISSION, "remission")
            .add(ResponseClass.RESPONSE, "response")
            .add(ResponseClass.PARTIAL_RESPONSE, "partial_response")
            .add(ResponseClass.NO_CHANGE, "no_change")
            .add(ResponseClass.WORSENING, "worsening")
            .add(ResponseClass.BASELINE_NOT_DEPRESSED, "baseline_not_depressed")
            .build();

    /** Every table, for tests and documentation. */
    static final List<EnumFormat<?>> ALL = List.of(PROBLEM_AREA, DISPUTE_STAGE, PHASE, TECHNIQUE, COURSE_STATUS,
            CONTRACT_TYPE, SICK_ROLE_KIND, RELATION_KIND, CONTACT_FREQUENCY, ONSET_LINK, AMENABILITY, SEVERITY,
            TERMINATION_OUTCOME, NEXT_STEP, DISCONTINUATION_REASON, TREATMENT_KIND, PROTOCOL_FORMAT, FOCUS_BASIS,
            RANKING_FLAG_CODE, REPORT_SEVERITY, DEVIATION_CODE, RESPONSE_CLASS);

    private Spellings() {
    }
}
