/**
 * The iptmodel JSON format: reading and writing the model of {@code org.iptmodel.core} as
 * versioned, strict, schema-backed JSON documents with Jackson 3.
 *
 * <h2>Entry points</h2>
 * {@link org.iptmodel.json.IptJson} reads and writes documents for programs that never touch
 * Jackson: {@code IptJson.strict().course()} is the {@link org.iptmodel.json.DocumentCodec} of
 * courses, for strings, byte arrays, streams, readers, writers, files and newline-delimited
 * datasets; {@code protocol()}, {@code ranking()}, {@code schedule()}, {@code adherence()} and
 * {@code outcomes()} are those of protocols, rankings, schedules and the adherence and outcome
 * reports.
 * {@link org.iptmodel.json.IptJsonModule} does the same inside an application's own
 * {@code JsonMapper}. The facade is a front over one mapper holding the module that
 * {@link org.iptmodel.json.IptJson#toModule()} returns, which holds the whole configuration
 * (leniency, limits, ranking rules; the facade adds pretty printing): both write the same bytes
 * and refuse a document with the same problems. Rankings, schedules and reports are read as the
 * records they are, never ranked, planned or graded again; a ranking's rules of the application's
 * own are read as those rules by a reader given them
 * ({@link org.iptmodel.json.IptJson#withRankingRules(org.iptmodel.core.ranking.RankingRule...)}),
 * else as placeholders of their names.
 *
 * <h2>The format</h2>
 * FORMAT.md, in this module's sources, documents every property, spelling and rule; the JSON
 * Schema of each document type is in the jar ({@link org.iptmodel.json.DocumentCodec#schema()}).
 * Every document starts with {@code "schema": "iptmodel/course", "version": 1};
 * {@link org.iptmodel.json.FormatVersion} says which versions are read and written.
 *
 * <h2>Errors</h2>
 * A read returns a valid value, built through the model's builders, or throws
 * {@link org.iptmodel.json.IptJsonException}, which lists each {@link org.iptmodel.json.JsonProblem}
 * with its JSON Pointer, line, column and {@link org.iptmodel.json.ProblemKind}. No message ever
 * contains input text. Input beyond the {@link org.iptmodel.json.JsonLimits} is refused.
 *
 * <h2>Nulls</h2>
 * No method accepts or returns {@code null}. Passing {@code null} throws
 * {@link java.lang.NullPointerException} naming the parameter.
 *
 * <p>Every type here is immutable and thread-safe, except {@link org.iptmodel.json.LineWriter},
 * which writes one stream.
 */
package org.iptmodel.json;
