package org.iptmodel.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Severity;
import org.iptmodel.core.Verification;
import org.iptmodel.core.Violation;

/**
 * The scores of one instrument over a course: baseline, latest and best, the severity band at each
 * measurement and the response class.
 *
 * <p>The response class grades the change from the baseline to the latest score, and is
 * {@link ResponseClass#BASELINE_NOT_DEPRESSED} when the baseline is below the instrument's
 * depressed range under the criteria: remission and response are defined only for a patient in a
 * depressive episode (Frank et al. 1991).
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

    /**
     * Makes the outcome of one instrument from its scores, classified under the given criteria,
     * such as an outcome read back from storage.
     *
     * <p>The scores are those of {@link OutcomeReport#of(org.iptmodel.core.Course, OutcomeCriteria)}: at least one,
     * in order of strictly ascending session numbers with non-decreasing dates, each total within
     * the instrument's range and each severity the band the criteria give for the total. The
     * response class is computed here, from the first and the latest score, never passed in: not
     * graded when the first is below the criteria's depressed range. Every broken rule is reported,
     * not only the first.
     *
     * <pre>{@code
     * List<ScorePoint> points = List.of(
     *         new ScorePoint(1, LocalDate.of(2026, 1, 5), 18, Severity.MODERATELY_SEVERE),
     *         new ScorePoint(12, LocalDate.of(2026, 3, 23), 9, Severity.MILD));
     * InstrumentOutcome phq9 = InstrumentOutcome.of(Instrument.phq9(), points, OutcomeCriteria.defaults());
     * phq9.responseClass();   // Optional[RESPONSE]
     * }</pre>
     *
     * @param instrument the instrument, not null
     * @param points the scores, not null, without null elements
     * @param criteria the criteria that grade and classify the scores, not null
     * @return the outcome, not null
     * @throws InvalidModelException if there is no score ({@link ModelRule#REQUIRED}, path
     *     {@code points})
     * @throws InvalidModelException if a session number is not above the one before it
     *     ({@link ModelRule#REPORT_ORDER}, path {@code points[i].session})
     * @throws InvalidModelException if a date precedes the one before it
     *     ({@link ModelRule#DATE_ORDER}, path {@code points[i].date})
     * @throws InvalidModelException if a total exceeds the instrument's maximum score
     *     ({@link ModelRule#VALUE_IN_RANGE}, path {@code points[i].total})
     * @throws InvalidModelException if a severity is not the criteria's band of its total
     *     ({@link ModelRule#MATCHES_CRITERIA}, path {@code points[i].severity})
     */
    public static InstrumentOutcome of(Instrument instrument, List<ScorePoint> points, OutcomeCriteria criteria) {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(criteria, "criteria");
        List<ScorePoint> copy = List.copyOf(points);
        List<Violation> violations = new ArrayList<>();
        check(instrument, copy, criteria, "", violations);
        if (!violations.isEmpty()) {
            throw new InvalidModelException("InstrumentOutcome", violations);
        }
        return new InstrumentOutcome(instrument, copy, classify(instrument, copy, criteria));
    }

    /**
     * Makes the outcome of one instrument from what a stored report records: its scores with
     * their severities and its response class, taken as recorded, not graded nor classified
     * again, so that an outcome written by any version reads after the criteria or the
     * classification change. {@link OutcomeReport#verify()} grades and classifies them again.
     *
     * <p>The structure is checked, every broken rule reported: at least one score, in order of
     * strictly ascending session numbers with non-decreasing dates, each total within the
     * instrument's range, and a response class exactly when there are two scores or more.
     *
     * <pre>{@code
     * InstrumentOutcome stored = InstrumentOutcome.recorded(Instrument.phq9(), points,
     *         Optional.of(ResponseClass.RESPONSE));
     * }</pre>
     *
     * @param instrument the instrument, not null
     * @param points the scores, with the severities they record, not null, without null elements
     * @param responseClass the class recorded, not null
     * @return the outcome, not null
     * @throws InvalidModelException if there is no score ({@link ModelRule#REQUIRED}, path
     *     {@code points}), a session number is not above the one before it
     *     ({@link ModelRule#REPORT_ORDER}, path {@code points[i].session}), a date precedes the one
     *     before it ({@link ModelRule#DATE_ORDER}, path {@code points[i].date}), a total exceeds the
     *     instrument's maximum score ({@link ModelRule#VALUE_IN_RANGE}, path {@code points[i].total})
     *     or the class is present with fewer than two scores or absent with more
     *     ({@link ModelRule#PRESENCE}, path {@code responseClass})
     */
    public static InstrumentOutcome recorded(Instrument instrument, List<ScorePoint> points,
            Optional<ResponseClass> responseClass) {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(responseClass, "responseClass");
        List<ScorePoint> copy = List.copyOf(points);
        List<Violation> violations = new ArrayList<>();
        check(instrument, copy, null, "", violations);
        if (responseClass.isPresent() != copy.size() >= 2) {
            violations.add(new Violation("responseClass", ModelRule.PRESENCE, responseClass.isPresent()
                    ? "responseClass must be absent for a single score"
                    : "responseClass is required for two scores or more"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidModelException("InstrumentOutcome", violations);
        }
        return new InstrumentOutcome(instrument, copy, responseClass);
    }

    /** The response class of scores under criteria: empty with fewer than two scores. */
    private static Optional<ResponseClass> classify(Instrument instrument, List<ScorePoint> points,
            OutcomeCriteria criteria) {
        return points.size() < 2 ? Optional.empty()
                : Optional.of(criteria.classify(instrument, points.get(0).total(),
                        points.get(points.size() - 1).total()));
    }

    /**
     * Checks scores of an instrument against the rules of {@link #of}, adding each violation with
     * its path under {@code prefix}; the severities only when {@code criteria} is not null.
     */
    private static void check(Instrument instrument, List<ScorePoint> points, OutcomeCriteria criteria,
            String prefix, List<Violation> violations) {
        if (points.isEmpty()) {
            violations.add(new Violation(prefix + "points", ModelRule.REQUIRED, "points must hold at least one score"));
        }
        for (int i = 0; i < points.size(); i++) {
            ScorePoint point = points.get(i);
            String path = prefix + "points[" + i + "]";
            if (i > 0) {
                ScorePoint previous = points.get(i - 1);
                if (point.session() <= previous.session()) {
                    violations.add(new Violation(path + ".session", ModelRule.REPORT_ORDER,
                            "scores must be in ascending session order: session " + point.session()
                                    + " follows session " + previous.session()));
                }
                if (point.date().isBefore(previous.date())) {
                    violations.add(new Violation(path + ".date", ModelRule.DATE_ORDER,
                            "date " + point.date() + " precedes the previous score's date " + previous.date()));
                }
            }
            if (point.total() > instrument.maxScore()) {
                violations.add(new Violation(path + ".total", ModelRule.VALUE_IN_RANGE, "total must be between 0 and "
                        + instrument.maxScore() + ", was " + point.total()));
            } else if (criteria != null) {
                Severity band = criteria.severityOf(instrument, point.total());
                if (point.severity() != band) {
                    violations.add(new Violation(path + ".severity", ModelRule.MATCHES_CRITERIA,
                            "severity must be " + band + ", the criteria's band of the total " + point.total()
                                    + ", was " + point.severity()));
                }
            }
        }
    }

    /**
     * Checks this outcome against the criteria of a report: each severity is the criteria's band
     * and the response class is the criteria's, with paths under {@code prefix}.
     */
    void checkAgainst(OutcomeCriteria criteria, String prefix, List<Violation> violations) {
        int before = violations.size();
        check(instrument, points, criteria, prefix, violations);
        if (violations.size() == before && !responseClass.equals(classify(instrument, points, criteria))) {
            violations.add(new Violation(prefix + "responseClass", ModelRule.MATCHES_CRITERIA,
                    "responseClass must be " + classify(instrument, points, criteria).map(ResponseClass::name)
                            .orElse("absent") + " under the report's criteria, was "
                            + responseClass.map(ResponseClass::name).orElse("absent")));
        }
    }

    /**
     * Grades and classifies this outcome again under criteria, adding a discrepancy, with its path
     * under {@code prefix}, for each severity and for the response class that differ.
     */
    void verify(OutcomeCriteria criteria, String prefix, List<Verification.Discrepancy> found) {
        for (int i = 0; i < points.size(); i++) {
            ScorePoint point = points.get(i);
            Severity band = criteria.severityOf(instrument, point.total());
            if (point.severity() != band) {
                found.add(new Verification.Discrepancy(prefix + "points[" + i + "].severity", "the criteria give "
                        + band + " for the total " + point.total() + ", recorded " + point.severity()));
            }
        }
        Optional<ResponseClass> computed = classify(instrument, points, criteria);
        if (!responseClass.equals(computed)) {
            found.add(new Verification.Discrepancy(prefix + "responseClass", "the criteria give "
                    + computed.map(ResponseClass::name).orElse("no class") + ", recorded "
                    + responseClass.map(ResponseClass::name).orElse("none")));
        }
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
     * Returns the class of the change from baseline to the latest score, under the criteria the
     * outcome was made with.
     *
     * @return the class, {@link ResponseClass#BASELINE_NOT_DEPRESSED} if the baseline was below
     *     the depressed range, or empty with fewer than two scores
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
