package org.iptmodel.core;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.iptmodel.core.internal.SerialParts;

/**
 * A symptom rating scale: its score range, its items, its severity bands, its thresholds and the
 * works they come from.
 *
 * <p>The catalogue holds the PHQ-9 ({@link #phq9()}), the HAM-D-17 ({@link #hamD17()}) and the
 * BDI-II ({@link #bdiII()}); other scales are built with {@link #builder()}. Severity schemes,
 * remission thresholds and the start of the depressed range differ between sources, so they are
 * data of the instrument, and outcome criteria may override them
 * ({@link org.iptmodel.core.report.OutcomeCriteria}).
 *
 * <pre>{@code
 * Instrument phq9 = Instrument.phq9();
 * phq9.severityOf(12);    // MODERATE
 * phq9.isDepressed(12);   // true: PHQ-9 of 10 or more
 * phq9.isRemission(4);    // true: PHQ-9 below 5
 * phq9.references();      // [kroenke-2001, nqf-0710]
 * }</pre>
 *
 * <p>Two thresholds split the range: totals up to {@link #remissionMax()} count as remission, and
 * totals from {@link #depressedMin()} up form the depressed range, in which a baseline shows a
 * patient in a depressive episode. Remission and response are defined for a patient in an
 * episode (Frank et al. 1991), so an outcome is classed as either only when the baseline was in
 * the depressed range. Totals between the two are neither.
 *
 * <p>Invariants (each throws {@link InvalidModelException}): the code is an identifier and the
 * name not blank; the maximum score is 1 to 10,000; when items are listed, each item's maximum is
 * 1 to 1,000 and they sum to the maximum score ({@link ModelRule#SCORE_MATCHES_INSTRUMENT}); the
 * bands cover 0 to the maximum in order without gaps or overlaps, with severities rising
 * ({@link ModelRule#BANDS_COVER_RANGE}); the remission threshold lies from 0 to below the maximum
 * and the depressed range starts above the remission threshold and at most at the maximum
 * ({@link ModelRule#VALUE_IN_RANGE}); the suicidality item, if any, is one of the items; the
 * references are distinct ({@link ModelRule#DISTINCT}) and works of the {@link Bibliography}, the
 * only source of a {@link Reference}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Instrument implements WithInstrument, Serializable {
    private static final long serialVersionUID = 1L;

    Instrument() {
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the Patient Health Questionnaire-9 (Kroenke, Spitzer and Williams 2001,
     * {@link Bibliography#KROENKE_2001}), with the thresholds of the NQF 0710 measure
     * ({@link Bibliography#NQF_0710}).
     *
     * <ul>
     * <li>Nine items scored 0-3, total 0-27; item 9 asks about thoughts of being better off dead
     *     or of self-harm (Kroenke, Spitzer and Williams 2001).</li>
     * <li>Bands 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe
     *     (Kroenke, Spitzer and Williams 2001).</li>
     * <li>Depressed range from 10: in Kroenke, Spitzer and Williams 2001 a PHQ-9 of 10 or more had
     *     a sensitivity and a specificity of 88% for major depression; the NQF 0710 measure
     *     (depression remission at twelve months) likewise takes a PHQ-9 above 9 as its index
     *     criterion.</li>
     * <li>Remission below 5, at most 4: the minimal band of Kroenke, Spitzer and Williams 2001,
     *     and the remission criterion of the NQF 0710 measure.</li>
     * </ul>
     *
     * @return the instrument, not null
     */
    public static Instrument phq9() {
        return Instruments.PHQ_9;
    }

    /**
     * Returns the 17-item Hamilton Rating Scale for Depression (Hamilton 1960,
     * {@link Bibliography#HAMILTON_1960}).
     *
     * <ul>
     * <li>Items 1, 2, 3, 7, 8, 9, 10, 11 and 15 scored 0-4, the other eight 0-2, total 0-52; item
     *     3 rates suicide (Hamilton 1960).</li>
     * <li>Bands after Zimmerman et al. 2013 ({@link Bibliography#ZIMMERMAN_2013}): 0-7 no
     *     depression (graded {@link Severity#MINIMAL}), 8-16 mild, 17-23 moderate, 24-52 severe.
     *     Band schemes disagree: another in use grades 0-7, 8-13, 14-18, 19-22 and 23-52 (its
     *     attribution could not be confirmed); set a scheme with
     *     {@link org.iptmodel.core.report.OutcomeCriteria#withBands(Instrument, List)}.</li>
     * <li>Depressed range from 8, the lower edge of Zimmerman et al.'s mild band: 0-7 is no
     *     depression.</li>
     * <li>Remission at 7 or below: the upper edge of Zimmerman et al.'s no-depression band and
     *     the usual criterion, which Riedel et al. 2010 ({@link Bibliography#RIEDEL_2010}) largely
     *     confirmed against clinicians' global ratings (their best cut-off on the HAM-D-17 was 6
     *     or below).</li>
     * </ul>
     *
     * @return the instrument, not null
     */
    public static Instrument hamD17() {
        return Instruments.HAM_D_17;
    }

    /**
     * Returns the Beck Depression Inventory-II (Beck, Steer and Brown 1996,
     * {@link Bibliography#BECK_1996}).
     *
     * <ul>
     * <li>21 items scored 0-3, total 0-63; item 9 asks about suicidal thoughts or wishes (Beck,
     *     Steer and Brown 1996).</li>
     * <li>Bands 0-13 minimal, 14-19 mild, 20-28 moderate, 29-63 severe (Beck, Steer and Brown
     *     1996).</li>
     * <li>Depressed range from 14, the lower edge of the manual's mild band: 0-13 is minimal.</li>
     * <li>Remission at 9 or below: the criterion Reeves et al. 2012
     *     ({@link Bibliography#REEVES_2012}) derived in seasonal affective disorder, against the
     *     SIGH-SAD. Sources disagree: other studies use 10 to 13; Riedel et al. 2010
     *     ({@link Bibliography#RIEDEL_2010}) found 12 or below the best cut-off on the BDI in
     *     inpatients with major depression, and the manual's minimal band ends at 13. Set another
     *     threshold with
     *     {@link org.iptmodel.core.report.OutcomeCriteria#withRemissionMax(Instrument, int)}.</li>
     * </ul>
     *
     * @return the instrument, not null
     */
    public static Instrument bdiII() {
        return Instruments.BDI_II;
    }

    /**
     * Returns the instruments of the catalogue: PHQ-9, HAM-D-17, BDI-II.
     *
     * @return the catalogue, unmodifiable, not null
     */
    public static List<Instrument> catalogue() {
        return Instruments.ALL;
    }

    /**
     * Finds a catalogue instrument by its code: {@code "phq-9"}, {@code "ham-d-17"} or {@code "bdi-ii"}.
     *
     * @param code the code, not null
     * @return the instrument, or empty if the catalogue has none with this code
     */
    public static Optional<Instrument> fromCatalogue(String code) {
        Objects.requireNonNull(code, "code");
        return Instruments.ALL.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /**
     * Returns the instrument's code, such as {@code "phq-9"}.
     *
     * @return the code, in identifier form
     */
    public abstract String code();

    /**
     * Returns the instrument's display name.
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * Returns the highest possible total score; the lowest is 0.
     *
     * @return the maximum, positive
     */
    public abstract int maxScore();

    /**
     * Returns each item's highest score, in item order (each item scores from 0); empty if the
     * instrument records totals only.
     *
     * @return the item maxima, unmodifiable
     */
    public abstract List<Integer> itemMaxima();

    /**
     * Returns the severity bands, from least to most severe, covering 0 to {@link #maxScore()}.
     *
     * @return the bands, unmodifiable, not empty
     */
    public abstract List<SeverityBand> bands();

    /**
     * Returns the highest total that counts as remission by default.
     *
     * @return the threshold, from 0 to below {@link #maxScore()}
     */
    public abstract int remissionMax();

    /**
     * Returns the lowest total of the depressed range by default: a baseline at or above it shows
     * a patient in a depressive episode on this instrument, for whom remission and response are
     * defined (Frank et al. 1991, {@link Bibliography#FRANK_1991}). Unless set, the lowest total
     * above {@link #remissionMax()}; the catalogue instruments set their own.
     *
     * @return the threshold, above {@link #remissionMax()} and at most {@link #maxScore()}
     */
    @Value.Default
    public int depressedMin() {
        return remissionMax() + 1;
    }

    /**
     * Returns the one-based number of the item that asks about suicidality, if the instrument has
     * one. Any response above 0 on it must be reviewed with the patient, whatever the total.
     *
     * @return the item number, or empty
     */
    public abstract OptionalInt suicidalityItem();

    /**
     * Returns the works the instrument and its numbers come from: its items, bands and thresholds.
     * The factory methods of the catalogue say which number comes from which work.
     *
     * @return the references, works of the {@link Bibliography}, unmodifiable; empty if none is
     *     given
     */
    public abstract List<Reference> references();

    /**
     * Returns the number of items.
     *
     * @return the count, 0 if the instrument records totals only
     */
    public int itemCount() {
        return itemMaxima().size();
    }

    /**
     * Returns the severity of a total score.
     *
     * @param score the total, between 0 and {@link #maxScore()}
     * @return the severity, not null
     * @throws InvalidModelException if the score is outside the instrument's range
     *     ({@link ModelRule#VALUE_IN_RANGE}, path {@code score})
     */
    public Severity severityOf(int score) {
        for (SeverityBand band : bands()) {
            if (band.contains(score)) {
                return band.severity();
            }
        }
        throw new InvalidModelException("Instrument", List.of(new Violation("score", ModelRule.VALUE_IN_RANGE,
                "score must be between 0 and " + maxScore() + ", was " + score)));
    }

    /**
     * Checks whether a total score counts as remission by this instrument's default threshold.
     *
     * @param score the total
     * @return true if {@code score <= remissionMax()}
     */
    public boolean isRemission(int score) {
        return score <= remissionMax();
    }

    /**
     * Checks whether a total score lies in the depressed range by this instrument's default
     * threshold.
     *
     * @param score the total
     * @return true if {@code score >= depressedMin()}
     */
    public boolean isDepressed(int score) {
        return score >= depressedMin();
    }

    @Value.Check
    void check() {
        Checker c = new Checker("Instrument");
        c.check(Ids.isToken(code()), "code", ModelRule.ID_FORMAT);
        c.notBlank(name(), "name");
        c.range(maxScore(), 1, 10_000, "maxScore");
        List<Integer> items = itemMaxima();
        // long: millions of items could wrap an int sum round to maxScore
        long sum = 0;
        for (int i = 0; i < items.size(); i++) {
            c.range(items.get(i), 1, 1000, "itemMaxima", i, "");
            sum += items.get(i);
        }
        if (!items.isEmpty() && sum != maxScore()) {
            c.add("itemMaxima", ModelRule.SCORE_MATCHES_INSTRUMENT,
                    "itemMaxima must sum to maxScore " + maxScore() + ", sum " + sum);
        }
        List<SeverityBand> bands = bands();
        int expectedFrom = 0;
        Severity previous = null;
        boolean ordered = !bands.isEmpty();
        for (SeverityBand band : bands) {
            ordered &= band.from() == expectedFrom && (previous == null || band.severity().compareTo(previous) > 0);
            expectedFrom = band.to() + 1;
            previous = band.severity();
        }
        if (!ordered || expectedFrom != maxScore() + 1) {
            c.add("bands", ModelRule.BANDS_COVER_RANGE,
                    "bands must cover 0 to " + maxScore() + " in order of rising severity, without gaps or overlaps");
        }
        int remission = remissionMax();
        if (remission < 0 || remission >= maxScore()) {
            c.add("remissionMax", ModelRule.VALUE_IN_RANGE, "remissionMax must be between 0 and " + (maxScore() - 1)
                    + ", below maxScore " + maxScore() + " so that a depressed range remains, was " + remission);
        } else if (depressedMin() <= remission || depressedMin() > maxScore()) {
            c.add("depressedMin", ModelRule.VALUE_IN_RANGE, "depressedMin must be between " + (remission + 1)
                    + ", above remissionMax, and maxScore " + maxScore() + ", was " + depressedMin());
        }
        if (suicidalityItem().isPresent()) {
            c.range(suicidalityItem().getAsInt(), 1, items.size(), "suicidalityItem");
        }
        c.distinct(references(), "references");
        c.done();
    }

    /**
     * Replaces this value in a serialization stream by its serialized form, which is read back
     * through the builder, so every invariant is checked again.
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

    /**
     * Refuses a stream that holds a subclass without this class's part.
     *
     * @throws InvalidObjectException always
     */
    private void readObjectNoData() throws InvalidObjectException {
        throw SerialParts.proxyRequired();
    }

    /**
     * Builds an {@link Instrument}. Obtain one with {@link Instrument#builder()}. Not thread-safe.
     */
    public static final class Builder extends ImmutableInstrument.Builder {
        Builder() {
        }
    }
}
