package org.iptmodel.core.report;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamField;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.iptmodel.core.Course;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Session;
import org.iptmodel.core.Verification;
import org.iptmodel.core.Violation;
import org.iptmodel.core.internal.SerialParts;

/**
 * The symptom outcomes of a course, per instrument, with the safety section first and the
 * treatments that may confound them.
 *
 * <pre>{@code
 * OutcomeReport report = OutcomeReport.of(course);
 * report.safetyFlags();                     // first: review risk with the patient
 * report.safetyNotices();                   // then: suicidality items not recorded
 * for (InstrumentOutcome o : report.outcomes()) {
 *     o.instrument().code();                // "phq-9"
 *     o.baseline().total();                 // 18
 *     o.responseClass();                    // Optional[PARTIAL_RESPONSE]
 *     report.concurrentTreatments(o.instrument());   // started by its latest score
 * }
 * OutcomeReport strict = OutcomeReport.of(course,
 *         OutcomeCriteria.defaults().withRemissionMax(Instrument.bdiII(), 12));
 * }</pre>
 *
 * <p>Works with any number of measurements: an instrument measured once has a baseline and no
 * response class; a course without measurements has no outcome. The classification follows
 * {@link OutcomeCriteria}, by default {@link OutcomeCriteria#defaults()}: an instrument whose
 * baseline is below its depressed range is not graded
 * ({@link ResponseClass#BASELINE_NOT_DEPRESSED}). No criterion hides a {@link SafetyFlag} or a
 * {@link SafetyNotice}.
 *
 * <p>The safety section holds the {@link SafetyFlag}s (a response above 0 on a suicidality item),
 * then the {@link SafetyNotice}s (a suicidality item not recorded: a total without item
 * responses). The {@link #concurrentTreatments()} are the treatments alongside IPT that started
 * during the course: a change of score after their start may be theirs as well as the therapy's.
 *
 * <p>A report is made from a course by {@link #of(Course, OutcomeCriteria)}, or from its parts by
 * {@link #of(OutcomeCriteria, List, List, List, List)}, which checks that they agree with the
 * criteria, or from what a stored report records by {@link #recorded}, which takes the recorded
 * severities and response classes; {@link #verify()} checks those against the criteria.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OutcomeReport implements Serializable {
    private static final long serialVersionUID = 1L;
    /** No field is serialized: the serialized form is a {@code SerialProxy} ({@link #writeReplace()}). */
    private static final ObjectStreamField[] serialPersistentFields = {};

    private final OutcomeCriteria criteria;
    private final List<SafetyFlag> safetyFlags;
    private final List<SafetyNotice> safetyNotices;
    private final List<StartedTreatment> concurrentTreatments;
    private final List<InstrumentOutcome> outcomes;

    private OutcomeReport(OutcomeCriteria criteria, List<SafetyFlag> safetyFlags, List<SafetyNotice> safetyNotices,
            List<StartedTreatment> concurrentTreatments, List<InstrumentOutcome> outcomes) {
        this.criteria = criteria;
        this.safetyFlags = List.copyOf(safetyFlags);
        this.safetyNotices = List.copyOf(safetyNotices);
        this.concurrentTreatments = List.copyOf(concurrentTreatments);
        this.outcomes = List.copyOf(outcomes);
    }

    /**
     * Reports the outcomes of a course under the default criteria.
     *
     * @param course the course, not null
     * @return the report, not null
     */
    public static OutcomeReport of(Course course) {
        return of(course, OutcomeCriteria.defaults());
    }

    /**
     * Reports the outcomes of a course under the given criteria.
     *
     * @param course the course, not null
     * @param criteria the thresholds and bands, not null
     * @return the report, not null
     */
    public static OutcomeReport of(Course course, OutcomeCriteria criteria) {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(criteria, "criteria");
        Map<Instrument, List<ScorePoint>> points = new LinkedHashMap<>();
        for (Session session : course.sessions()) {
            for (Measurement m : session.measurements()) {
                points.computeIfAbsent(m.instrument(), i -> new ArrayList<>()).add(new ScorePoint(session.number(),
                        session.date(), m.total(), criteria.severityOf(m.instrument(), m.total())));
            }
        }
        List<InstrumentOutcome> outcomes = new ArrayList<>(points.size());
        points.forEach((instrument, list) -> outcomes.add(InstrumentOutcome.of(instrument, list, criteria)));
        return new OutcomeReport(criteria.restrictedTo(points.keySet()), SafetyFlag.allOf(course),
                SafetyNotice.allOf(course), StartedTreatment.duringCourse(course), outcomes);
    }

    /**
     * Makes a report from its flags and outcomes, without safety notices or concurrent treatments:
     * {@link #of(OutcomeCriteria, List, List, List, List)} with both empty.
     *
     * @param criteria the criteria that graded and classified the outcomes, not null
     * @param safetyFlags the flags, in session order, not null, without null elements
     * @param outcomes the outcomes, one per instrument, not null, without null elements
     * @return the report, not null
     * @throws InvalidModelException as {@link #of(OutcomeCriteria, List, List, List, List)}
     */
    public static OutcomeReport of(OutcomeCriteria criteria, List<SafetyFlag> safetyFlags,
            List<InstrumentOutcome> outcomes) {
        return of(criteria, safetyFlags, List.of(), List.of(), outcomes);
    }

    /**
     * Makes a report from its parts, such as a report read back from storage.
     *
     * <p>The parts must be as {@link #of(Course, OutcomeCriteria)} makes them: the safety flags and
     * the safety notices each in session order (non-decreasing {@code session()}); the concurrent
     * treatments in order of start date; at most one outcome per instrument; and each outcome
     * graded and classified by {@code criteria}: the severity of every score is the band the
     * criteria give for its total, and the response class the one they give for the first and the
     * latest score. Build the outcomes with
     * {@link InstrumentOutcome#of(Instrument, List, OutcomeCriteria)} under the same criteria.
     * Every broken rule is reported, not only the first. The flags and notices are not checked
     * against the scores, nor the scores and treatments against a course: a report made here says
     * what its parts say.
     *
     * <p>As with {@link #of(Course, OutcomeCriteria)}, the report keeps the criteria's own
     * remission thresholds, depressed ranges and bands only for the instruments of its outcomes
     * (see {@link #criteria()}).
     *
     * <pre>{@code
     * OutcomeReport report = OutcomeReport.of(course, criteria);
     * OutcomeReport same = OutcomeReport.of(report.criteria(), report.safetyFlags(), report.safetyNotices(),
     *         report.concurrentTreatments(), report.outcomes());
     * same.equals(report);   // true
     * }</pre>
     *
     * @param criteria the criteria that graded and classified the outcomes, not null
     * @param safetyFlags the flags, in session order, not null, without null elements
     * @param safetyNotices the notices, in session order, not null, without null elements
     * @param concurrentTreatments the treatments started during the course, in order of start
     *     date, not null, without null elements
     * @param outcomes the outcomes, one per instrument, not null, without null elements
     * @return the report, not null
     * @throws InvalidModelException if a flag or a notice precedes the session of the one before
     *     it, or a treatment the start of the one before it ({@link ModelRule#REPORT_ORDER}, path
     *     {@code safetyFlags[i]}, {@code safetyNotices[i]} or {@code concurrentTreatments[i]})
     * @throws InvalidModelException if two outcomes have the same instrument
     *     ({@link ModelRule#DISTINCT}, path {@code outcomes[i].instrument})
     * @throws InvalidModelException if a score's severity or an outcome's response class is not
     *     what the criteria give ({@link ModelRule#MATCHES_CRITERIA}, path
     *     {@code outcomes[i].points[j].severity} or {@code outcomes[i].responseClass})
     */
    public static OutcomeReport of(OutcomeCriteria criteria, List<SafetyFlag> safetyFlags,
            List<SafetyNotice> safetyNotices, List<StartedTreatment> concurrentTreatments,
            List<InstrumentOutcome> outcomes) {
        return make(criteria, safetyFlags, safetyNotices, concurrentTreatments, outcomes, true);
    }

    /**
     * Makes a report from what a stored report records: its criteria, safety section, treatments
     * and outcomes (made with {@link InstrumentOutcome#recorded}), taken as recorded. The
     * structure is checked as by {@link #of(OutcomeCriteria, List, List, List, List)}, but not
     * that the outcomes are what the criteria give: the severities and response classes are the
     * recorded ones, so a report written by any version reads after the grading or the
     * classification changes. {@link #verify()} grades and classifies them again.
     *
     * <pre>{@code
     * OutcomeReport stored = OutcomeReport.recorded(criteria, flags, notices, treatments, outcomes);
     * stored.verify().isConfirmed();   // false if the criteria now grade a score otherwise
     * }</pre>
     *
     * @param criteria the criteria recorded, not null
     * @param safetyFlags the flags, in session order, not null, without null elements
     * @param safetyNotices the notices, in session order, not null, without null elements
     * @param concurrentTreatments the treatments started during the course, in order of start
     *     date, not null, without null elements
     * @param outcomes the outcomes, one per instrument, not null, without null elements
     * @return the report, not null
     * @throws InvalidModelException if a flag or a notice precedes the session of the one before
     *     it, or a treatment the start of the one before it ({@link ModelRule#REPORT_ORDER}, path
     *     {@code safetyFlags[i]}, {@code safetyNotices[i]} or {@code concurrentTreatments[i]})
     * @throws InvalidModelException if two outcomes have the same instrument
     *     ({@link ModelRule#DISTINCT}, path {@code outcomes[i].instrument})
     */
    public static OutcomeReport recorded(OutcomeCriteria criteria, List<SafetyFlag> safetyFlags,
            List<SafetyNotice> safetyNotices, List<StartedTreatment> concurrentTreatments,
            List<InstrumentOutcome> outcomes) {
        return make(criteria, safetyFlags, safetyNotices, concurrentTreatments, outcomes, false);
    }

    private static OutcomeReport make(OutcomeCriteria criteria, List<SafetyFlag> safetyFlags,
            List<SafetyNotice> safetyNotices, List<StartedTreatment> concurrentTreatments,
            List<InstrumentOutcome> outcomes, boolean againstCriteria) {
        Objects.requireNonNull(criteria, "criteria");
        List<Violation> violations = new ArrayList<>();
        List<SafetyFlag> flags = SafetyFlag.checked(safetyFlags, violations);
        List<SafetyNotice> notices = SafetyNotice.checked(safetyNotices, violations);
        List<StartedTreatment> treatments = StartedTreatment.checked(concurrentTreatments, violations);
        Objects.requireNonNull(outcomes, "outcomes");
        Map<Instrument, Integer> seen = new HashMap<>();
        for (int i = 0; i < outcomes.size(); i++) {
            InstrumentOutcome outcome = Objects.requireNonNull(outcomes.get(i), "outcomes[" + i + "]");
            Integer earlier = seen.putIfAbsent(outcome.instrument(), i);
            if (earlier != null) {
                violations.add(new Violation("outcomes[" + i + "].instrument", ModelRule.DISTINCT,
                        "outcomes[" + i + "] repeats the instrument of outcomes[" + earlier + "]"));
            } else if (againstCriteria) {
                outcome.checkAgainst(criteria, "outcomes[" + i + "].", violations);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidModelException("OutcomeReport", violations);
        }
        return new OutcomeReport(criteria.restrictedTo(seen.keySet()), flags, notices, treatments, outcomes);
    }

    /**
     * Checks this report against the rules of this version: grades each score and classifies each
     * outcome again under the report's criteria. A report made by {@link #of(Course,
     * OutcomeCriteria)} is always confirmed; one made by {@link #recorded} may not be, after the
     * grading or the classification changed.
     *
     * <pre>{@code
     * Verification check = stored.verify();
     * check.discrepancies();   // e.g. [outcomes[0].responseClass: the criteria give RESPONSE, ...]
     * }</pre>
     *
     * @return the verification: one discrepancy per differing {@code outcomes[i].points[j].severity}
     *     and {@code outcomes[i].responseClass}, not null
     */
    public Verification verify() {
        List<Verification.Discrepancy> found = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            outcomes.get(i).verify(criteria, "outcomes[" + i + "].", found);
        }
        return new Verification(found);
    }

    /**
     * Returns the safety flags, in session order. They come first: review risk with the patient.
     *
     * @return the flags, unmodifiable
     */
    public List<SafetyFlag> safetyFlags() {
        return safetyFlags;
    }

    /**
     * Returns the safety notices, in session order: one per measurement of an instrument with a
     * suicidality item recorded as a total without item responses. They come after the flags:
     * check how the item was answered.
     *
     * @return the notices, unmodifiable
     */
    public List<SafetyNotice> safetyNotices() {
        return safetyNotices;
    }

    /**
     * Returns the treatments alongside IPT that started during the course (see
     * {@link StartedTreatment}), in order of start date: they may confound the change of the
     * scores recorded after their start.
     *
     * @return the treatments, unmodifiable
     */
    public List<StartedTreatment> concurrentTreatments() {
        return concurrentTreatments;
    }

    /**
     * Returns the treatments that may confound the scores of one instrument: those of
     * {@link #concurrentTreatments()} that started no later than the instrument's latest score.
     *
     * @param instrument the instrument, not null
     * @return the treatments, in order of start date, unmodifiable; empty if the instrument was
     *     never measured
     */
    public List<StartedTreatment> concurrentTreatments(Instrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        Optional<InstrumentOutcome> outcome = outcome(instrument);
        if (outcome.isEmpty()) {
            return List.of();
        }
        LocalDate latest = outcome.get().latest().date();
        return concurrentTreatments.stream().filter(t -> !t.started().isAfter(latest)).toList();
    }

    /**
     * Returns one outcome per instrument measured, in the order of each instrument's first
     * measurement.
     *
     * @return the outcomes, unmodifiable, empty without measurements
     */
    public List<InstrumentOutcome> outcomes() {
        return outcomes;
    }

    /**
     * Finds the outcome of one instrument.
     *
     * @param instrument the instrument, not null
     * @return the outcome, or empty if the instrument was never measured
     */
    public Optional<InstrumentOutcome> outcome(Instrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        return outcomes.stream().filter(o -> o.instrument().equals(instrument)).findFirst();
    }

    /**
     * Returns the criteria used: the thresholds of the classes, and the remission thresholds,
     * depressed ranges and bands of the instruments of the outcomes. Those the criteria set for an
     * instrument the report does not hold were not used, and are not kept.
     *
     * @return the criteria, not null
     */
    public OutcomeCriteria criteria() {
        return criteria;
    }

    /**
     * Replaces this report in a serialization stream by what it records (criteria, entries, scores
     * and response classes), which are read back through {@link #recorded}, each outcome through
     * {@link InstrumentOutcome#recorded}: nothing is graded or classified again.
     *
     * @return the serialized form, not null
     */
    Object writeReplace() {
        return SerialProxy.of(this);
    }

    /**
     * Refuses a stream that holds this class without its serialized form.
     *
     * @param in the stream
     * @throws InvalidObjectException always
     */
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw SerialParts.proxyRequired();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutcomeReport r && criteria.equals(r.criteria) && safetyFlags.equals(r.safetyFlags)
                && safetyNotices.equals(r.safetyNotices) && concurrentTreatments.equals(r.concurrentTreatments)
                && outcomes.equals(r.outcomes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(criteria, safetyFlags, safetyNotices, concurrentTreatments, outcomes);
    }

    /**
     * Returns the flags, notices, treatments and outcomes; no free text from the course.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "OutcomeReport[safetyFlags=" + safetyFlags + ", safetyNotices=" + safetyNotices
                + ", concurrentTreatments=" + concurrentTreatments + ", outcomes=" + outcomes + "]";
    }
}
