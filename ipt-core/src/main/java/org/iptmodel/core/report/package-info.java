/**
 * Reports on a course: adherence to its protocol and the manuals, symptom outcomes, and the
 * safety section.
 *
 * <p>{@link org.iptmodel.core.report.AdherenceReport#of(org.iptmodel.core.Course)} lists how a
 * course deviates from clinical guidance, each {@link org.iptmodel.core.report.Deviation} with a
 * stable {@link org.iptmodel.core.report.DeviationCode}, a
 * {@link org.iptmodel.core.report.ReportSeverity}, the sessions involved and its source.
 * {@link org.iptmodel.core.report.OutcomeReport#of(org.iptmodel.core.Course)} summarises each
 * instrument's scores: baseline, latest and best, the severity band over time and a
 * {@link org.iptmodel.core.report.ResponseClass} under configurable
 * {@link org.iptmodel.core.report.OutcomeCriteria}, with the treatments alongside IPT that started
 * during the course ({@link org.iptmodel.core.report.StartedTreatment}), which may confound the
 * change.
 *
 * <h2>Stored reports are records</h2>
 * A report read back from storage is made from its parts
 * ({@link org.iptmodel.core.report.AdherenceReport#of(java.util.List, java.util.List, java.util.List)},
 * {@link org.iptmodel.core.report.OutcomeReport#recorded}) and keeps the severities and response
 * classes it records, even after a later version grades a deviation code, a total or a change
 * otherwise; {@code verify()} of each report computes them again and lists what differs in a
 * {@link org.iptmodel.core.Verification}.
 *
 * <h2>Remission presupposes an episode</h2>
 * Remission and response are defined for a patient in a depressive episode (Frank et al. 1991,
 * {@link org.iptmodel.core.Bibliography#FRANK_1991}). An instrument's change is graded only from
 * a baseline in its depressed range ({@link org.iptmodel.core.Instrument#depressedMin()}, or the
 * criteria's own); from a lower baseline it is
 * {@link org.iptmodel.core.report.ResponseClass#BASELINE_NOT_DEPRESSED}, never a remission or a
 * response.
 *
 * <h2>Safety section</h2>
 * Both reports start with a {@link org.iptmodel.core.report.SafetyFlag} for every response above
 * 0 on an instrument's suicidality item (PHQ-9 item 9, BDI-II item 9, HAM-D-17 item 3): such a
 * response must always be reviewed on its own, whatever the total (Kroenke, Spitzer and Williams
 * 2001, {@link org.iptmodel.core.Bibliography#KROENKE_2001}). A flag asks a clinician to review
 * risk with the patient. Then comes a {@link org.iptmodel.core.report.SafetyNotice} for every
 * measurement of such an instrument recorded as a total without item responses: the record cannot
 * say how the item was answered. The library never assesses risk, and no option, criterion or
 * setting hides a flag or a notice.
 *
 * <h2>Guidance, not rules</h2>
 * The model's invariants make invalid values impossible; clinical guidance is reported here,
 * never enforced, because clinicians deviate from manuals for good reasons. A deviation is a
 * prompt to look, not a verdict.
 *
 * <p>Every type here is immutable and thread-safe. No method accepts or returns {@code null}:
 * passing {@code null} throws {@link java.lang.NullPointerException}; absent values are
 * {@link java.util.Optional}. Reports hold numbers, dates, codes and enum values only, never
 * free text from the course.
 */
package org.iptmodel.core.report;
