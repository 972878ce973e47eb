package org.iptmodel.core.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.iptmodel.core.Instrument;

/**
 * The scores of one instrument over a course: baseline, latest and best, the severity band at each
 * measurement and the response class.
 *
 * <pre>{@code
 * InstrumentOutcome phq9 = OutcomeReport.of(course).outcome(Instrument.phq9()).orElseThrow();
 * phq9.baseline().total();   // 18, the first score
 * phq9.latest().severity();  // MILD
 * phq9.responseClass();      // Optional[RESPONSE]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InstrumentOutcome {
    private final Instrument instrument;
    private final List<ScorePoint> points;
    private final Optional<ResponseClass> responseClass;

    private InstrumentOutcome(Instrument instrument, List<ScorePoint> points, Optional<ResponseClass> responseClass) {
        this.instrument = instrument;
        this.points = List.copyOf(points);
        this.responseClass = responseClass;
    }

    static InstrumentOutcome of(Instrument instrument, List<ScorePoint> points, OutcomeCriteria criteria) {
        Optional<ResponseClass> response = points.size() < 2 ? Optional.empty()
                : Optional.of(criteria.classify(instrument, points.get(0).total(),
                        points.get(points.size() - 1).total()));
        return new InstrumentOutcome(instrument, points, response);
    }

    /**
     * Returns the instrument.
     *
     * @return the instrument, not null
     */
    public Instrument instrument() {
        return instrument;
    }

    /**
     * Returns every score, in session order, with its severity band.
     *
     * @return the scores, unmodifiable, not empty
     */
    public List<ScorePoint> points() {
        return points;
    }

    /**
     * Returns the first score.
     *
     * @return the baseline, not null
     */
    public ScorePoint baseline() {
        return points.get(0);
    }

    /**
     * Returns the most recent score.
     *
     * @return the latest score, not null
     */
    public ScorePoint latest() {
        return points.get(points.size() - 1);
    }

    /**
     * Returns the lowest score, the earliest of equal ones.
     *
     * @return the best score, not null
     */
    public ScorePoint best() {
        ScorePoint best = points.get(0);
        for (ScorePoint point : points) {
            if (point.total() < best.total()) {
                best = point;
            }
        }
        return best;
    }

    /**
     * Returns the latest total minus the baseline total.
     *
     * @return the change, negative for an improvement
     */
    public int change() {
        return latest().total() - baseline().total();
    }

    /**
     * Returns the class of the change from baseline to the latest score.
     *
     * @return the class, or empty with fewer than two scores
     */
    public Optional<ResponseClass> responseClass() {
        return responseClass;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InstrumentOutcome o && instrument.equals(o.instrument) && points.equals(o.points)
                && responseClass.equals(o.responseClass);
    }

    @Override
    public int hashCode() {
        return Objects.hash(instrument, points, responseClass);
    }

    /**
     * Returns the instrument code, the number of scores, baseline, latest and the class.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "InstrumentOutcome[instrument=" + instrument.code() + ", scores=" + points.size() + ", baseline="
                + baseline().total() + ", latest=" + latest().total() + ", responseClass="
                + responseClass.map(ResponseClass::name).orElse("none") + "]";
    }
}
