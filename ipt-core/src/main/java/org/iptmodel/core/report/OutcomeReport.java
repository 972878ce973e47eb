package org.iptmodel.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.iptmodel.core.Course;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.Session;

/**
 * The symptom outcomes of a course, per instrument, with the safety flags first.
 *
 * <pre>{@code
 * OutcomeReport report = OutcomeReport.of(course);
 * report.safetyFlags();                     // first: review risk with the patient
 * for (InstrumentOutcome o : report.outcomes()) {
 *     o.instrument().code();                // "phq-9"
 *     o.baseline().total();                 // 18
 *     o.responseClass();                    // Optional[PARTIAL_RESPONSE]
 * }
 * OutcomeReport strict = OutcomeReport.of(course,
 *         OutcomeCriteria.defaults().withRemissionMax(Instrument.bdiII(), 12));
 * }</pre>
 *
 * <p>Works with any number of measurements: an instrument measured once has a baseline and no
 * response class; a course without measurements has no outcome. The classification follows
 * {@link OutcomeCriteria}, by default {@link OutcomeCriteria#defaults()}; no criterion hides a
 * {@link SafetyFlag}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OutcomeReport {
    private final OutcomeCriteria criteria;
    private final List<SafetyFlag> safetyFlags;
    private final List<InstrumentOutcome> outcomes;

    private OutcomeReport(OutcomeCriteria criteria, List<SafetyFlag> safetyFlags, List<InstrumentOutcome> outcomes) {
        this.criteria = criteria;
        this.safetyFlags = List.copyOf(safetyFlags);
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
        return new OutcomeReport(criteria, SafetyFlag.allOf(course), outcomes);
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
     * Returns the criteria used.
     *
     * @return the criteria, not null
     */
    public OutcomeCriteria criteria() {
        return criteria;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutcomeReport r && criteria.equals(r.criteria) && safetyFlags.equals(r.safetyFlags)
                && outcomes.equals(r.outcomes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(criteria, safetyFlags, outcomes);
    }

    /**
     * Returns the flags and outcomes; no free text from the course.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "OutcomeReport[safetyFlags=" + safetyFlags + ", outcomes=" + outcomes + "]";
    }
}
