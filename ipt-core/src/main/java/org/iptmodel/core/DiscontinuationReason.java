package org.iptmodel.core;

/** Why a course ended before its termination phase was completed. */
public enum DiscontinuationReason {
    /** The patient chose to stop. */
    PATIENT_WITHDREW,
    /** The patient stopped attending without notice. */
    LOST_TO_FOLLOW_UP,
    /** The patient's condition worsened and another level of care was needed. */
    CLINICAL_DETERIORATION,
    /** The patient was referred to another treatment or service. */
    REFERRED_ELSEWHERE,
    /** An adverse event. */
    ADVERSE_EVENT,
    /** Administrative reasons (a move, the end of funding, the therapist leaving). */
    ADMINISTRATIVE,
    /** Any other reason. */
    OTHER
}
