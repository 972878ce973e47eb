package org.iptmodel.core.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Severity;
import org.iptmodel.core.SeverityBand;
import org.iptmodel.core.Violation;

/**
 * The thresholds that classify a change of score and the bands that grade a score.
 *
 * <p>Severity schemes and remission thresholds differ between sources (Zimmerman et al. 2013; Riedel et al. 2010), so they are
 * configurable here, per instrument, with these defaults:
 * <ul>
 * <li><b>remission</b>: an endpoint at or below the instrument's {@link Instrument#remissionMax()}
 *     (PHQ-9 below 5, Kroenke 2001; HAM-D-17 at most 7; BDI-II at most 9, derived in seasonal
 *     depression, other studies use 10 to 13);</li>
 * <li><b>response</b>: a reduction from baseline of at least 50% (Riedel et al. 2010, on any of these
 *     scales);</li>
 * <li><b>partial response</b>: a reduction of at least 25% and below the response threshold. The
 *     25% threshold is UNCONFIRMED: no primary text was found; change it with
 *     {@link #withPartialResponseReduction(int)};</li>
 * <li><b>worsening</b>: a rise above baseline of at least 25%. UNCONFIRMED as well; change it with
 *     {@link #withWorseningIncrease(int)}; 0 counts any rise;</li>
 * <li><b>no change</b>: everything in between;</li>
 * <li><b>severity bands</b>: the instrument's {@link Instrument#bands()} (PHQ-9 after Kroenke
 *     2001; HAM-D-17 after Zimmerman 2013; BDI-II after Beck 1996).</li>
 * </ul>
 * Classes are tested in that order, best first, with exact integer arithmetic: a reduction of
 * exactly 50% is a response. A lower endpoint never gives a worse class.
 *
 * <pre>{@code
 * OutcomeCriteria criteria = OutcomeCriteria.defaults()
 *         .withRemissionMax(Instrument.bdiII(), 12)
 *         .withPartialResponseReduction(30);
 * criteria.classify(Instrument.phq9(), 18, 9);   // RESPONSE: exactly 50% lower
 * criteria.classify(Instrument.phq9(), 18, 4);   // REMISSION: below 5
 * }</pre>
 *
 * <p>Criteria are equal when they classify and grade alike: a remission threshold or a band
 * scheme set to the instrument's own is no setting of its own (so
 * {@code defaults().withRemissionMax(Instrument.phq9(), 4).equals(defaults())}).
 *
 * <p>No criterion affects safety flags: a response above 0 on a suicidality item is always
 * flagged ({@link SafetyFlag}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OutcomeCriteria {
    private static final OutcomeCriteria DEFAULTS = new OutcomeCriteria(50, 25, 25, Map.of(), Map.of());

    private final int responseReduction;
    private final int partialResponseReduction;
    private final int worseningIncrease;
    private final Map<Instrument, Integer> remissionMax;
    private final Map<Instrument, List<SeverityBand>> bands;

    private OutcomeCriteria(int responseReduction, int partialResponseReduction, int worseningIncrease,
            Map<Instrument, Integer> remissionMax, Map<Instrument, List<SeverityBand>> bands) {
        this.responseReduction = responseReduction;
        this.partialResponseReduction = partialResponseReduction;
        this.worseningIncrease = worseningIncrease;
        this.remissionMax = Map.copyOf(remissionMax);
        this.bands = Map.copyOf(bands);
    }

    /**
     * Returns the default criteria: response at 50%, partial response at 25%, worsening at 25%,
     * and each instrument's own remission threshold and bands.
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
        return new OutcomeCriteria(percent, partialResponseReduction, worseningIncrease, remissionMax, bands);
    }

    /**
     * Returns criteria with another partial-response threshold (UNCONFIRMED default 25%). Equal to
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
        return new OutcomeCriteria(responseReduction, percent, worseningIncrease, remissionMax, bands);
    }

    /**
     * Returns criteria with another worsening threshold (UNCONFIRMED default 25%).
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
        return new OutcomeCriteria(responseReduction, partialResponseReduction, percent, remissionMax, bands);
    }

    /**
     * Returns criteria with another remission threshold for one instrument.
     *
     * @param instrument the instrument, not null
     * @param max the highest total that counts as remission, 0 to the instrument's maximum score
     * @return new criteria, not null
     * @throws InvalidModelException if out of range ({@link ModelRule#VALUE_IN_RANGE}, path
     *     {@code remissionMax})
     */
    public OutcomeCriteria withRemissionMax(Instrument instrument, int max) {
        Objects.requireNonNull(instrument, "instrument");
        check(max >= 0 && max <= instrument.maxScore(), "remissionMax",
                "remissionMax must be between 0 and " + instrument.maxScore() + ", was " + max);
        Map<Instrument, Integer> copy = new HashMap<>(remissionMax);
        if (max == instrument.remissionMax()) {
            copy.remove(instrument);
        } else {
            copy.put(instrument, max);
        }
        return new OutcomeCriteria(responseReduction, partialResponseReduction, worseningIncrease, copy, bands);
    }

    /**
     * Returns criteria with another severity scheme for one instrument, such as the alternative
     * HAM-D-17 bands 0-7, 8-13, 14-18, 19-22, 23-52 (attribution UNCONFIRMED).
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
        return new OutcomeCriteria(responseReduction, partialResponseReduction, worseningIncrease, remissionMax, all);
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
     * @return the threshold, default 25 (UNCONFIRMED)
     */
    public int partialResponseReduction() {
        return partialResponseReduction;
    }

    /**
     * Returns the rise above baseline, in percent, that counts as worsening.
     *
     * @return the threshold, default 25 (UNCONFIRMED)
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
     * Classifies the change from a baseline to an endpoint score on an instrument: the first of
     * remission, response, partial response, worsening that applies, else no change.
     *
     * <p>With baseline {@code b} and endpoint {@code e}: remission if {@code e <= remissionMax};
     * response if {@code (b - e) * 100 >= responseReduction * b}; partial response if
     * {@code (b - e) * 100 >= partialResponseReduction * b}; worsening if {@code e > b} and
     * {@code (e - b) * 100 >= worseningIncrease * b}. For example on the PHQ-9, 18 to 9 is a
     * response, 18 to 10 a partial response, 18 to 14 no change and 18 to 23 worsening.
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
     * Returns criteria with the same thresholds that keep the remission thresholds and bands of
     * the given instruments only.
     */
    OutcomeCriteria restrictedTo(Set<Instrument> instruments) {
        if (instruments.containsAll(remissionMax.keySet()) && instruments.containsAll(bands.keySet())) {
            return this;
        }
        Map<Instrument, Integer> keptRemission = new HashMap<>(remissionMax);
        keptRemission.keySet().retainAll(instruments);
        Map<Instrument, List<SeverityBand>> keptBands = new HashMap<>(bands);
        keptBands.keySet().retainAll(instruments);
        return new OutcomeCriteria(responseReduction, partialResponseReduction, worseningIncrease, keptRemission,
                keptBands);
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

    @Override
    public boolean equals(Object other) {
        return other instanceof OutcomeCriteria c && responseReduction == c.responseReduction
                && partialResponseReduction == c.partialResponseReduction
                && worseningIncrease == c.worseningIncrease && remissionMax.equals(c.remissionMax)
                && bands.equals(c.bands);
    }

    @Override
    public int hashCode() {
        return Objects.hash(responseReduction, partialResponseReduction, worseningIncrease, remissionMax, bands);
    }

    /**
     * Returns the thresholds and the instruments with their own remission threshold or bands.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "OutcomeCriteria[responseReduction=" + responseReduction + "%, partialResponseReduction="
                + partialResponseReduction + "%, worseningIncrease=" + worseningIncrease + "%, remissionMax="
                + remissionMax.size() + " instrument(s), bands=" + bands.size() + " instrument(s)]";
    }
}
