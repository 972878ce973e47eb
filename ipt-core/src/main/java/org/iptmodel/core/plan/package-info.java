/**
 * Planned calendars of a course of IPT, generated from a protocol, and their comparison with the
 * sessions actually held.
 *
 * <p>{@link org.iptmodel.core.plan.Schedule#of(org.iptmodel.core.Protocol, java.time.LocalDate)}
 * plans a course with the protocol's defaults; a {@link org.iptmodel.core.plan.Planner} changes
 * the cadence, the number of sessions, the dates to skip (holidays) and the maintenance sessions.
 * A schedule names each session's number, date and phase, and the session at which the end of
 * treatment should be announced. {@link org.iptmodel.core.plan.Schedule#compareWith} matches a
 * course's sessions to the plan by number.
 *
 * <p>A stored schedule is a record: {@link org.iptmodel.core.plan.Schedule#recorded} makes it
 * again from what it records, checking its structure without planning again, so it reads after
 * the planner changes; {@link org.iptmodel.core.plan.Schedule#verify()} plans again and lists
 * what differs in a {@link org.iptmodel.core.Verification}.
 *
 * <p>Every type here is immutable and thread-safe. No method accepts or returns {@code null}:
 * passing {@code null} throws {@link java.lang.NullPointerException}; absent values are
 * {@link java.util.Optional}. Invalid arguments throw
 * {@link org.iptmodel.core.InvalidModelException} naming the argument and the
 * {@link org.iptmodel.core.ModelRule} broken.
 *
 * <p>A schedule is a proposal built from the protocol's numbers; it gives no clinical advice.
 */
package org.iptmodel.core.plan;
