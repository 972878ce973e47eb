/**
 * Reusable jqwik arbitraries for every public type of {@code org.iptmodel.core} and its
 * {@code ranking}, {@code plan} and {@code report} packages, published in ipt-core's testkit (its
 * test-jar, the automatic module {@code org.iptmodel.core.testkit}).
 *
 * <p>{@link org.iptmodel.core.arbitraries.IptArbitraries} is the entry point: one documented static
 * method per type, each producing only valid values with the edge cases that matter (an empty
 * inventory, a course without issues, one session, the protocol's maximum number of sessions and
 * beyond, maintenance sessions, every protocol of the catalogue, every course status, item-level
 * measurements, a clinician's override of the focus, suicidality items answered above 0, every
 * deviation code, rankings decided by issue ids). {@link org.iptmodel.core.arbitraries.IptDomain}
 * is a jqwik domain context that delegates to it, so that {@code @Domain(IptDomain.class)} and
 * {@code @ForAll Course course} work without provider methods.
 * {@link org.iptmodel.core.arbitraries.PlannedCourses} records a course from a schedule, session by
 * session, and brings about a chosen deviation from the protocol.
 *
 * <p>Every piece of generated free text that the model redacts (summaries, aliases, notes, reasons,
 * warning signs, patient references) starts with
 * {@link org.iptmodel.core.arbitraries.IptArbitraries#REDACTION_MARKER}, and no other generated text
 * does: a {@code toString()} or an exception message that contains the marker leaks patient data.
 *
 * <p>This package uses only the public API of {@code org.iptmodel.core}.
 */
package org.iptmodel.core.arbitraries;
