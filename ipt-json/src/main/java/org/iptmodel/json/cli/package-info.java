/**
 * The {@code iptmodel} command-line tool: validates documents of every type of the format, ranks a
 * course's issues, plans schedules, reports adherence and outcomes and converts courses to and from FHIR, for researchers and
 * integrators who work with JSON files.
 *
 * <p>The entry point is {@link org.iptmodel.json.cli.Main}; the build packages it with its
 * dependencies as the executable jar {@code ipt-json/target/iptmodel-cli.jar}. This package is not
 * exported by the module {@code org.iptmodel.json}: it is a program, not an API.
 *
 * <h2>Clinical data</h2>
 * The tool prints identifiers, enum values, numbers and dates only; never patient text
 * (summaries, aliases, notes, reasons). The documents it writes hold none either: the ranking
 * document of {@code rank --json} holds {@code "redacted"} in place of every free text. The one
 * exceptions are the course JSON that {@code demo} prints by design from its bundled, fictional
 * sample course, the course document that {@code fhir --import} prints (the user's own course with
 * the imported scores, to be saved), and the free text of a bundle that {@code fhir --free-text}
 * is explicitly asked for.
 *
 * <h2>Nulls</h2>
 * No method accepts or returns {@code null}.
 */
package org.iptmodel.json.cli;
