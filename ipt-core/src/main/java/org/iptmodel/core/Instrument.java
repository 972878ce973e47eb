package org.iptmodel.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A symptom rating scale: its score range, its items, its severity bands and its defaults.
 *
 * <p>The catalogue holds the PHQ-9 ({@link #phq9()}), the HAM-D-17 ({@link #hamD17()}) and the
 * BDI-II ({@link #bdiII()}); other scales are built with {@link #builder()}. Severity schemes and
 * remission thresholds differ between sources, so they are data of the instrument, and outcome
 * criteria may override them.
 *
 * <pre>{@code
 * Instrument phq9 = Instrument.phq9();
 * phq9.severityOf(12);   // MODERATE
 * phq9.isRemission(4);   // true: PHQ-9 < 5 (Kroenke 2001)
 * }</pre>
 *
 * <p>Invariants (each throws {@link InvalidModelException}): the code is an identifier and the
 * name not blank; the maximum score is 1 to 10,000; when items are listed, each item's maximum is
 * 1 to 1,000 and they sum to the maximum score ({@link ModelRule#SCORE_MATCHES_INSTRUMENT}); the
 * bands cover 0 to the maximum in order without gaps or overlaps, with severities rising
 * ({@link ModelRule#BANDS_COVER_RANGE}); the remission threshold lies in the range; the
 * suicidality item, if any, is one of the items.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Instrument implements WithInstrument {

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
     * Returns the Patient Health Questionnaire-9 (Kroenke, Spitzer and Williams 2001).
     *
     * <p>Nine items scored 0-3, total 0-27; bands 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19
     * moderately severe, 20-27 severe; remission below 5; item 9 asks about thoughts of being
     * better off dead or of self-harm.
     *
     * @return the instrument, not null
     */
    public static Instrument phq9() {
        return Instruments.PHQ_9;
    }

    /**
     * Returns the 17-item Hamilton Rating Scale for Depression.
     *
     * <p>Items 1, 2, 3, 7, 8, 9, 10, 11 and 15 scored 0-4, the other eight 0-2, total 0-52; bands
     * after Zimmerman et al. (2013): 0-7 none, 8-16 mild, 17-23 moderate, 24-52 severe;
     * remission at 7 or below; item 3 rates suicide.
     *
     * @return the instrument, not null
     */
    public static Instrument hamD17() {
        return Instruments.HAM_D_17;
    }

    /**
     * Returns the Beck Depression Inventory-II (Beck 1996).
     *
     * <p>21 items scored 0-3, total 0-63; bands 0-13 minimal, 14-19 mild, 20-28 moderate, 29-63
     * severe; remission at 9 or below (derived in seasonal depression; other studies use 10 to
     * 13); item 9 asks about suicidal thoughts or wishes.
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
     * @return the threshold, between 0 and {@link #maxScore()}
     */
    public abstract int remissionMax();

    /**
     * Returns the one-based number of the item that asks about suicidality, if the instrument has
     * one. Any response above 0 on it must be reviewed with the patient, whatever the total.
     *
     * @return the item number, or empty
     */
    public abstract OptionalInt suicidalityItem();

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
        c.range(remissionMax(), 0, maxScore(), "remissionMax");
        if (suicidalityItem().isPresent()) {
            c.range(suicidalityItem().getAsInt(), 1, items.size(), "suicidalityItem");
        }
        c.done();
    }

    /**
     * Builds an {@link Instrument}. Obtain one with {@link Instrument#builder()}. Not thread-safe.
     */
    public static final class Builder extends ImmutableInstrument.Builder {
        Builder() {
        }
    }
}
