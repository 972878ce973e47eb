/**
 * The always-valid model of interpersonal psychotherapy (IPT): protocols, courses, phases,
 * sessions, problem areas, the interpersonal inventory, the patient's issues, the focus and
 * symptom measures.
 *
 * <h2>Values</h2>
 * Every type here is an immutable value: it is thread-safe, compares by value and, once built,
 * is valid. Composite values are created with {@code builder()} and copied with {@code with*}
 * methods; single-value identifiers with {@code of(..)}. A builder or {@code with*} copy that
 * would break an invariant throws {@link org.iptmodel.core.InvalidModelException}, which lists
 * every broken rule with its field path; no partially built object ever escapes.
 *
 * <h2>Two kinds of rules</h2>
 * Only structural invariants (session numbering, date order, phase order, score ranges, known
 * references, unique ids, the protocol's maximum number of focal areas, the {@link
 * org.iptmodel.core.Bounds} of dates, cadences and numbers of sessions, ...) are enforced here.
 * Clinical guidance from the IPT manuals (how many sessions, which area to choose) is never
 * enforced: clinicians deviate from manuals for good reasons, and the model records what happened.
 * The lifecycle operations of {@link org.iptmodel.core.Course} ({@code recordSession},
 * {@code amendContract}, {@code conclude}, {@code discontinue}) are a stricter path for live use:
 * they also check that a course unfolds in order (phases, the middle phase only after an accepted
 * formulation and a chosen focus, nothing after the end). The builder still accepts a recorded
 * course that broke those rules. Deviations from guidance are reported by
 * {@link org.iptmodel.core.report.AdherenceReport}; planned calendars are in
 * {@link org.iptmodel.core.plan}.
 *
 * <h2>Clinical data</h2>
 * Free text (summaries, aliases, notes, reasons) is redacted: it never appears in
 * {@code toString()} nor in an exception message. Identifiers are opaque tokens; the patient is
 * referred to by an opaque {@link org.iptmodel.core.PatientRef}, never by name.
 *
 * <h2>Serialization</h2>
 * The values of the model are {@link java.io.Serializable}, for data engines (Spark, Flink, Beam)
 * that ship them between workers. A composite value is written as a serialization proxy holding
 * its parts and read back through its public builder or factory, so every invariant is checked
 * again: a stream that was changed on the way is read as a valid value or refused with an
 * {@link java.io.InvalidObjectException} whose cause says why, never read as an invalid value,
 * and a stream that holds a value class without its proxy is refused. Identifiers, ranges, bands
 * and the other records are read through their canonical constructors, which check them.
 * Catalogue protocols and instruments, bibliography references, built-in ranking rules and
 * policies and the default outcome criteria are read back as the same instances; a ranking, a
 * schedule and an outcome report are read back as the records they are, their structure checked
 * and nothing ranked, planned or graded again. A policy holding a
 * ranking rule of the application's own is serializable only if the rule is (or, for
 * {@code KeyedRankingRule.of}, its key function); otherwise writing it fails with a
 * {@link java.io.NotSerializableException} that names the rule. The views {@code RankedIssue},
 * {@code InstrumentOutcome}, {@code ScheduleComparison} and {@code SessionComparison} are not
 * serializable: serialize the ranking, report or schedule they come from. A reader of streams
 * from outside should set a JDK serial filter ({@link java.io.ObjectInputFilter}) that bounds
 * arrays, depth and size: the proxies guarantee validity, not bounded memory.
 *
 * <h2>Nulls</h2>
 * No method accepts or returns {@code null}. Passing {@code null} throws
 * {@link java.lang.NullPointerException} naming the parameter; absent values are
 * {@link java.util.Optional}.
 *
 * <p>This library records and organises care. It gives no clinical advice.
 */
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        jdk9Collections = true,
        deferCollectionAllocation = true,
        allParameters = false,
        defaultAsDefault = false,
        throwForInvalidImmutableState = InvalidModelException.class,
        depluralize = true,
        depluralizeDictionary = {"person:people", "strategy:strategies"},
        // Only @Override on generated code: no org.immutables.value.Generated, whose absence from
        // users' class paths would make their compilers warn.
        allowedClasspathAnnotations = {Override.class})
package org.iptmodel.core;

import org.immutables.value.Value;
