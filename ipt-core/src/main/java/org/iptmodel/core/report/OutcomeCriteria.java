package org.iptmodel.core.report;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamField;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Reference;
import org.iptmodel.core.Severity;
import org.iptmodel.core.SeverityBand;
import org.iptmodel.core.Violation;
import org.iptmodel.core.internal.SerialParts;

/**
 * The thresholds that classify a change of score and the bands that grade a score.
 *
 * <p>Remission and response are defined for a patient in a depressive episode (Frank et al. 1991,
 * {@link Bibliography#FRANK_1991}): a change is graded only from a baseline in the instrument's
 * depressed range. Severity schemes, remission thresholds and the start of the depressed range
 * differ between sources, so they are configurable here, per instrument, with these defaults:
 * <ul>
 * <li><b>baseline not depressed</b>: a baseline below the instrument's
 *     {@link Instrument#depressedMin()} (PHQ-9 below 10, HAM-D-17 below 8, BDI-II below 14; the
 *     catalogue factories of {@link Instrument} give the source of each). The change is not
 *     graded: never a remission nor a response, whatever the endpoint;</li>
 * <li><b>remission</b>: an endpoint at or below the instrument's {@link Instrument#remissionMax()}
 *     (PHQ-9 below 5, HAM-D-17 at most 7, BDI-II at most 9, the last derived by Reeves et al.
 *     2012 in seasonal affective disorder while other studies use 10 to 13);</li>
 * <li><b>response</b>: a reduction from baseline of at least 50%, the usual criterion on each of
 *     these scales, which Riedel et al. 2010 ({@link Bibliography#RIEDEL_2010}) largely confirmed
 *     against clinicians' global ratings (best cut-offs from 47% to 57% by scale) and Reeves et al.
 *     2012 ({@link Bibliography#REEVES_2012}) derived for the BDI-II;</li>
 * <li><b>partial response</b>: a reduction of at least 25% and below the response threshold. The
 *     25% is the library's default: no published source was found for it; change it with
 *     {@link #withPartialResponseReduction(int)};</li>
 * <li><b>worsening</b>: a rise above baseline of at least 25%, the library's default as well;
 *     change it with {@link #withWorseningIncrease(int)}; 0 counts any rise;</li>
 * <li><b>no change</b>: everything in between;</li>
 * <li><b>severity bands</b>: the instrument's {@link Instrument#bands()} (PHQ-9 after Kroenke,
 *     Spitzer and Williams 2001; HAM-D-17 after Zimmerman et al. 2013; BDI-II after Beck, Steer
 *     and Brown 1996).</li>
 * </ul>
 * Classes are tested in that order, with exact integer arithmetic: a reduction of exactly 50% is a
 * response. For a baseline in the depressed range, a lower endpoint never gives a worse class.
 * {@link #references()} lists the works behind these definitions.
 *
 * <pre>{@code
 * OutcomeCriteria criteria = OutcomeCriteria.defaults()
 *         .withRemissionMax(Instrument.bdiII(), 12)
 *         .withPartialResponseReduction(30);
 * criteria.classify(Instrument.phq9(), 18, 9);   // RESPONSE: exactly 50% lower
 * criteria.classify(Instrument.phq9(), 18, 4);   // REMISSION: below 5
 * criteria.classify(Instrument.phq9(), 8, 2);    // BASELINE_NOT_DEPRESSED: 8 is below 10
 * }</pre>
 *
 * <p>For each instrument the remission threshold stays below the depressed range: from 0 to
 * {@code depressedMin - 1}, and the depressed range starts above the remission threshold and at
 * most at the maximum score. To move both, move first the one that makes room for the other.
 *
 * <p>Criteria are equal when they classify and grade alike: a remission threshold, a depressed
 * range or a band scheme set to the instrument's own is no setting of its own (so
 * {@code defaults().withRemissionMax(Instrument.phq9(), 4).equals(defaults())}).
 *
 * <p>No criterion affects safety flags or safety notices: a response above 0 on a suicidality item
 * is always flagged ({@link SafetyFlag}), and a suicidality item not recorded always noticed
 * ({@link SafetyNotice}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OutcomeCriteria implements Serializable {
    private static final long serialVersionUID = 1L;
    /** No field is serialized: the serialized form is a {@code SerialProxy} ({@link #writeReplace()}). */
    private static final ObjectStreamField[] serialPersistentFields = {};

    private static final OutcomeCriteria DEFAULTS = new OutcomeCriteria(50, 25, 25, Map.of(), Map.of(), Map.of());
    private static final List<Reference> REFERENCES = List.of(Bibliography.FRANK_1991, Bibliography.RIEDEL_2010,
            Bibliography.REEVES_2012);

    private final int responseReduction;
    private final int partialResponseReduction;
    private final int worseningIncrease;
    private final Map<Instrument, Integer> remissionMax;
    private final Map<Instrument, Integer> depressedMin;
    private final Map<Instrument, List<SeverityBand>> bands;

    private OutcomeCriteria(int responseReduction, int partialResponseReduction, int worseningIncrease,
            Map<Instrument, Integer> remissionMax, Map<Instrument, Integer> depressedMin,
            Map<Instrument, List<SeverityBand>> bands) {
        this.responseReduction = responseReduction;
        this.partialResponseReduction = partialResponseReduction;
        this.worseningIncrease = worseningIncrease;
        this.remissionMax = Map.copyOf(remissionMax);
        this.depressedMin = Map.copyOf(depressedMin);
        this.bands = Map.copyOf(bands);
    }

    /**
     * Returns the default criteria: response at 50%, partial response at 25%, worsening at 25%,
     * and each instrument's own depressed range, remission threshold and bands.
     *
     * @return the defaults, not null
     */
    public static OutcomeCriteria defaults() {
        return DEFAULTS;
    }

    /**
     * Returns criteria with another response threshold.
     *
     * @param percent the reduction from baseline, in percent, that counts as a response: from the
     *     partial-response threshold to 100 (default 50, Riedel et al. 2010)
     * @return new criteria, not null
     * @throws InvalidModelException if out of range ({@link ModelRule#VALUE_IN_RANGE}, path
     *     {@code responseReduction})
     */
    public OutcomeCriteria withResponseReduction(int percent) {
        check(percent >= partialResponseReduction && percent <= 100, "responseReduction",
                "responseReduction must be between partialResponseReduction " + partialResponseReduction
                        + " and 100, was " + percent);
        return new OutcomeCriteria(percent, partialResponseReduction, worseningIncrease, remissionMax, depressedMin,
                bands);
    }

    /**
     * Returns criteria with another partial-response threshold (the library's default 25%). Equal to
     * the response threshold, no change counts as a partial response.
     *
     * @param percent the reduction, in percent, that counts as a partial response: 1 to the
     *     response threshold
     * @return new criteria, not null
     * @throws InvalidModelException if out of range ({@link ModelRule#VALUE_IN_RANGE}, path
     *     {@code partialResponseReduction})
     */
    public OutcomeCriteria withPartialResponseReduction(int percent) {
        check(percent >= 1 && percent <= responseReduction, "partialResponseReduction",
                "partialResponseReduction must be between 1 and responseReduction " + responseReduction
                        + ", was " + percent);
        return new OutcomeCriteria(responseReduction, percent, worseningIncrease, remissionMax, depressedMin,
                bands);
    }

    /**
     * Returns criteria with another worsening threshold (the library's default 25%).
     *
     * @param percent the rise above baseline, in percent, that counts as worsening: 0 (any rise)
     *     to 10,000
     * @return new criteria, not null
     * @throws InvalidModelException if out of range ({@link ModelRule#VALUE_IN_RANGE}, path
     *     {@code worseningIncrease})
     */
    public OutcomeCriteria withWorseningIncrease(int percent) {
        check(percent >= 0 && percent <= 10_000, "worseningIncrease",
                "worseningIncrease must be between 0 and 10000, was " + percent);
        return new OutcomeCriteria(responseReduction, partialResponseReduction, percent, remissionMax, depressedMin,
                bands);
    }

    /**
     * Returns criteria with another remission threshold for one instrument. Set to the
     * instrument's own {@link Instrument#remissionMax()}, the criteria hold no threshold of their
     * own for it.
     *
     * @param instrument the instrument, not null
     * @param max the highest total that counts as remission, from 0 to below the depressed range
     *     of these criteria ({@link #depressedMin(Instrument)} - 1)
     * @return new criteria, not null
     * @throws InvalidModelException if out of range ({@link ModelRule#VALUE_IN_RANGE}, path
     *     {@code remissionMax})
     */
    public OutcomeCriteria withRemissionMax(Instrument instrument, int max) {
        Objects.requireNonNull(instrument, "instrument");
        int depressed = depressedMin(instrument);
        check(max >= 0 && max < depressed, "remissionMax", "remissionMax must be between 0 and " + (depressed - 1)
                + ", below the depressed range from " + depressed + ", was " + max);
        return new OutcomeCriteria(responseReduction, partialResponseReduction, worseningIncrease,
                setOrRemove(remissionMax, instrument, max, instrument.remissionMax()), depressedMin, bands);
    }

    /**
     * Returns criteria with another start of the depressed range for one instrument: a baseline
     * below it is not graded ({@link ResponseClass#BASELINE_NOT_DEPRESSED}). Set to the
     * instrument's own {@link Instrument#depressedMin()}, the criteria hold no threshold of their
     * own for it.
     *
     * <pre>{@code
     * OutcomeCriteria stricter = OutcomeCriteria.defaults().withDepressedMin(Instrument.phq9(), 15);
     * stricter.classify(Instrument.phq9(), 12, 3);   // BASELINE_NOT_DEPRESSED
     * }</pre>
     *
     * @param instrument the instrument, not null
     * @param min the lowest total of the depressed range, above the remission threshold of these
     *     criteria ({@link #remissionMax(Instrument)}) and at most the instrument's maximum score
     * @return new criteria, not null
     * @throws InvalidModelException if out of range ({@link ModelRule#VALUE_IN_RANGE}, path
     *     {@code depressedMin})
     */
    public OutcomeCriteria withDepressedMin(Instrument instrument, int min) {
        Objects.requireNonNull(instrument, "instrument");
        int remission = remissionMax(instrument);
        check(min > remission && min <= instrument.maxScore(), "depressedMin", "depressedMin must be between "
                + (remission + 1) + ", above the remission threshold, and " + instrument.maxScore() + ", was " + min);
        return new OutcomeCriteria(responseReduction, partialResponseReduction, worseningIncrease, remissionMax,
                setOrRemove(depressedMin, instrument, min, instrument.depressedMin()), bands);
    }

    /** A copy of the thresholds with the instrument's set to {@code value}, or removed if that is its own. */
    private static Map<Instrument, Integer> setOrRemove(Map<Instrument, Integer> thresholds, Instrument instrument,
            int value, int own) {
        Map<Instrument, Integer> copy = new HashMap<>(thresholds);
        if (value == own) {
            copy.remove(instrument);
        } else {
            copy.put(instrument, value);
        }
        return copy;
    }

    /**
     * Returns criteria with another severity scheme for one instrument, such as the alternative
     * HAM-D-17 bands 0-7, 8-13, 14-18, 19-22, 23-52 (their attribution could not be confirmed).
     *
     * @param instrument the instrument, not null
     * @param scheme the bands, from least to most severe, covering 0 to the instrument's maximum
     *     score without gaps or overlaps; not null
     * @return new criteria, not null
     * @throws InvalidModelException if the bands do not cover the range in order of rising
     *     severity ({@link ModelRule#BANDS_COVER_RANGE}, path {@code bands})
     */
    public OutcomeCriteria withBands(Instrument instrument, List<SeverityBand> scheme) {
        Objects.requireNonNull(instrument, "instrument");
        List<SeverityBand> copy = List.copyOf(scheme);
        try {
            Instrument.builder().from(instrument).bands(copy).build();
        } catch (InvalidModelException e) {
            throw new InvalidModelException("OutcomeCriteria", e.violations());
        }
        Map<Instrument, List<SeverityBand>> all = new HashMap<>(bands);
        if (copy.equals(instrument.bands())) {
            all.remove(instrument);
        } else {
            all.put(instrument, copy);
        }
        return new OutcomeCriteria(responseReduction, partialResponseReduction, worseningIncrease, remissionMax,
                depressedMin, all);
    }

    /**
     * Returns the reduction from baseline, in percent, that counts as a response.
     *
     * @return the threshold, default 50
     */
    public int responseReduction() {
        return responseReduction;
    }

    /**
     * Returns the reduction from baseline, in percent, that counts as a partial response.
     *
     * @return the threshold, default 25 (the library's own)
     */
    public int partialResponseReduction() {
        return partialResponseReduction;
    }

    /**
     * Returns the rise above baseline, in percent, that counts as worsening.
     *
     * @return the threshold, default 25 (the library's own)
     */
    public int worseningIncrease() {
        return worseningIncrease;
    }

    /**
     * Returns the highest total that counts as remission on an instrument.
     *
     * @param instrument the instrument, not null
     * @return the threshold set here, else the instrument's {@link Instrument#remissionMax()}
     */
    public int remissionMax(Instrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        return remissionMax.getOrDefault(instrument, instrument.remissionMax());
    }

    /**
     * Returns the lowest total of the depressed range of an instrument: a baseline below it is
     * not graded.
     *
     * @param instrument the instrument, not null
     * @return the threshold set here, else the instrument's {@link Instrument#depressedMin()}
     */
    public int depressedMin(Instrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        return depressedMin.getOrDefault(instrument, instrument.depressedMin());
    }

    /**
     * Returns the works behind the definitions of the classes and their default thresholds:
     * Frank et al. 1991 (remission and response are defined for a patient in an episode), Riedel
     * et al. 2010 and Reeves et al. 2012 (the 50% response, and remission cut-offs). The works
     * behind each instrument's bands and thresholds are its {@link Instrument#references()}. The
     * partial-response and worsening thresholds have no source: they are the library's. The list
     * is the same for all criteria; it does not follow thresholds changed here.
     *
     * @return the references, unmodifiable, not empty
     */
    public List<Reference> references() {
        return REFERENCES;
    }

    /**
     * Returns the severity bands used for an instrument.
     *
     * @param instrument the instrument, not null
     * @return the bands set here, else the instrument's {@link Instrument#bands()}; unmodifiable
     */
    public List<SeverityBand> bands(Instrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        return bands.getOrDefault(instrument, instrument.bands());
    }

    /**
     * Returns the severity of a total score on an instrument, by {@link #bands(Instrument)}.
     *
     * @param instrument the instrument, not null
     * @param score the total, 0 to the instrument's maximum score
     * @return the severity, not null
     * @throws InvalidModelException if the score is out of range ({@link ModelRule#VALUE_IN_RANGE},
     *     path {@code score})
     */
    public Severity severityOf(Instrument instrument, int score) {
        Objects.requireNonNull(instrument, "instrument");
        checkScore(instrument, score, "score");
        for (SeverityBand band : bands(instrument)) {
            if (band.contains(score)) {
                return band.severity();
            }
        }
        throw new IllegalStateException("bands cover the instrument's range");
    }

    /**
     * Classifies the change from a baseline to an endpoint score on an instrument: not graded if
     * the baseline is below the depressed range, else the first of remission, response, partial
     * response, worsening that applies, else no change.
     *
     * <p>With baseline {@code b} and endpoint {@code e}: baseline not depressed if
     * {@code b < depressedMin}; else remission if {@code e <= remissionMax}; response if
     * {@code (b - e) * 100 >= responseReduction * b}; partial response if
     * {@code (b - e) * 100 >= partialResponseReduction * b}; worsening if {@code e > b} and
     * {@code (e - b) * 100 >= worseningIncrease * b}. For example on the PHQ-9, 18 to 4 is a
     * remission, 18 to 9 a response, 18 to 10 a partial response, 18 to 14 no change, 18 to 23
     * worsening, and 8 to 2 not graded: a baseline of 8 is below the depressed range from 10.
     *
     * @param instrument the instrument, not null
     * @param baseline the first score, 0 to the instrument's maximum
     * @param endpoint the later score, 0 to the instrument's maximum
     * @return the class, not null
     * @throws InvalidModelException if a score is out of range ({@link ModelRule#VALUE_IN_RANGE},
     *     path {@code baseline} or {@code endpoint})
     */
    public ResponseClass classify(Instrument instrument, int baseline, int endpoint) {
        Objects.requireNonNull(instrument, "instrument");
        checkScore(instrument, baseline, "baseline");
        checkScore(instrument, endpoint, "endpoint");
        if (baseline < depressedMin(instrument)) {
            return ResponseClass.BASELINE_NOT_DEPRESSED;
        }
        long b = baseline;
        long e = endpoint;
        if (endpoint <= remissionMax(instrument)) {
            return ResponseClass.REMISSION;
        }
        if ((b - e) * 100 >= responseReduction * b) {
            return ResponseClass.RESPONSE;
        }
        if ((b - e) * 100 >= partialResponseReduction * b) {
            return ResponseClass.PARTIAL_RESPONSE;
        }
        if (e > b && (e - b) * 100 >= worseningIncrease * b) {
            return ResponseClass.WORSENING;
        }
        return ResponseClass.NO_CHANGE;
    }

    /**
     * Returns criteria with the same thresholds that keep the remission thresholds, depressed
     * ranges and bands of the given instruments only.
     */
    OutcomeCriteria restrictedTo(Set<Instrument> instruments) {
        if (instruments.containsAll(remissionMax.keySet()) && instruments.containsAll(depressedMin.keySet())
                && instruments.containsAll(bands.keySet())) {
            return this;
        }
        Map<Instrument, Integer> keptRemission = new HashMap<>(remissionMax);
        keptRemission.keySet().retainAll(instruments);
        Map<Instrument, Integer> keptDepressed = new HashMap<>(depressedMin);
        keptDepressed.keySet().retainAll(instruments);
        Map<Instrument, List<SeverityBand>> keptBands = new HashMap<>(bands);
        keptBands.keySet().retainAll(instruments);
        return new OutcomeCriteria(responseReduction, partialResponseReduction, worseningIncrease, keptRemission,
                keptDepressed, keptBands);
    }

    private static void checkScore(Instrument instrument, int score, String path) {
        check(score >= 0 && score <= instrument.maxScore(), path,
                path + " must be between 0 and " + instrument.maxScore() + ", was " + score);
    }

    private static void check(boolean ok, String path, String message) {
        if (!ok) {
            throw new InvalidModelException("OutcomeCriteria", List.of(new Violation(path,
                    ModelRule.VALUE_IN_RANGE, message)));
        }
    }

    /**
     * Replaces these criteria in a serialization stream by their thresholds, which are read back
     * through the {@code with*} methods, so each is checked again.
     *
     * @return the serialized form, not null
     */
    Object writeReplace() {
        return SerialProxy.criteria(responseReduction, partialResponseReduction, worseningIncrease, remissionMax,
                depressedMin, bands);
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
        return other instanceof OutcomeCriteria c && responseReduction == c.responseReduction
                && partialResponseReduction == c.partialResponseReduction
                && worseningIncrease == c.worseningIncrease && remissionMax.equals(c.remissionMax)
                && depressedMin.equals(c.depressedMin) && bands.equals(c.bands);
    }

    @Override
    public int hashCode() {
        return Objects.hash(responseReduction, partialResponseReduction, worseningIncrease, remissionMax, depressedMin,
                bands);
    }

    /**
     * Returns the thresholds and the numbers of instruments with their own remission threshold,
     * depressed range or bands.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "OutcomeCriteria[responseReduction=" + responseReduction + "%, partialResponseReduction="
                + partialResponseReduction + "%, worseningIncrease=" + worseningIncrease + "%, remissionMax="
                + remissionMax.size() + " instrument(s), depressedMin=" + depressedMin.size() + " instrument(s), bands="
                + bands.size() + " instrument(s)]";
    }
}
