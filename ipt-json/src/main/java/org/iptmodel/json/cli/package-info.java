/**
 * The {@code iptmodel} command-line tool: validates course documents, ranks a course's issues,
 * plans schedules and reports adherence and outcomes, for researchers and integrators who work
 * with JSON files.
 *
 * <p>The entry point is {@link org.iptmodel.json.cli.Main}. This package is not exported by the
 * module {@code org.iptmodel.json}: it is a program, not an API.
 *
 * <h2>Clinical data</h2>
 * The tool prints identifiers, enum values, numbers and dates only; never patient text
 * (summaries, aliases, notes, reasons), except in the course JSON that {@code demo} prints by
 * design from its bundled, fictional sample course.
 *
 * <h2>Nulls</h2>
 * No method accepts or returns {@code null}.
 */
package org.iptmodel.json.cli;
