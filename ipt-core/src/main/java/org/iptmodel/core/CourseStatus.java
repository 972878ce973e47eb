package org.iptmodel.core;

/**
 * Where a course stands.
 *
 * <p>The status always agrees with the course's content: a planned course has no session, a
 * completed course has a termination record, a discontinued course has a discontinuation record
 * ({@link ModelRule#STATUS_CONSISTENT}).
 */
public enum CourseStatus {
    /** Contracted but no session held yet. */
    PLANNED,
    /** At least one session held; neither concluded nor discontinued. */
    ACTIVE,
    /** Concluded with a termination record. */
    COMPLETED,
    /** Ended early, with a discontinuation record. */
    DISCONTINUED
}
