package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iptmodel.core.contracts.Rejections.assertRejected;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Session;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.EqualityContract;
import org.iptmodel.core.contracts.RedactedTexts;
import org.iptmodel.core.contracts.RedactionContract;
import org.iptmodel.core.contracts.WithCopyContract;

/** {@link Session}: one session held, on its own; the rules between sessions are the course's. */
class SessionProperties implements EqualityContract<Session>, RedactionContract<Session>, WithCopyContract<Session> {

    @Property
    void aSessionBuiltFromItsPartsKeepsThem(@ForAll("values") Session s) {
        Session built = Session.builder()
                .number(s.number())
                .date(s.date())
                .phase(s.phase())
                .length(s.length())
                .techniques(s.techniques())
                .areasAddressed(s.areasAddressed())
                .measurements(s.measurements())
                .notes(s.notes())
                .build();
        assertThat(built).isEqualTo(s);
        assertThat(built.number()).isEqualTo(s.number());
        assertThat(built.date()).isEqualTo(s.date());
        assertThat(built.phase()).isEqualTo(s.phase());
        assertThat(built.length()).isEqualTo(s.length());
        assertThat(built.techniques()).containsExactlyElementsOf(s.techniques());
        assertThat(built.measurements()).containsExactlyElementsOf(s.measurements());
        assertThat(built.notes()).isEqualTo(s.notes());
    }

    @Property
    void aMeasurementIsFoundByItsInstrument(@ForAll("values") Session s) {
        for (Instrument instrument : Instrument.catalogue()) {
            Optional<Measurement> expected = s.measurements().stream()
                    .filter(m -> m.instrument().equals(instrument)).findFirst();
            assertThat(s.measurement(instrument)).isEqualTo(expected);
        }
    }

    @Property
    void aNumberBelowOneIsRejected(@ForAll("values") Session s, @ForAll @IntRange(min = -100, max = 0) int number) {
        assertRejected(() -> Session.builder().from(s).number(number).build(), () -> s.withNumber(number), "number",
                ModelRule.VALUE_IN_RANGE, RedactedTexts.of(s).toArray(String[]::new));
    }

    @Property
    void aLengthThatIsNotPositiveOrLongerThanEightHoursIsRejected(@ForAll("values") Session s,
            @ForAll("badLengths") Duration length) {
        assertRejected(() -> Session.builder().from(s).length(length).build(), () -> s.withLength(length), "length",
                ModelRule.VALUE_IN_RANGE, RedactedTexts.of(s).toArray(String[]::new));
    }

    @Property
    void theShortestAndLongestLengthsAreAccepted(@ForAll("values") Session s) {
        assertThat(s.withLength(Duration.ofNanos(1)).length()).isEqualTo(Duration.ofNanos(1));
        assertThat(s.withLength(Duration.ofHours(8)).length()).isEqualTo(Duration.ofHours(8));
        assertThat(s.withNumber(Integer.MAX_VALUE).number()).isEqualTo(Integer.MAX_VALUE);
    }

    @Property
    void aSessionHoldsAtMostOneMeasurementPerInstrument(@ForAll("values") Session s, @ForAll("measurements") Measurement m) {
        List<Measurement> twice = new ArrayList<>(s.measurements());
        twice.removeIf(x -> x.instrument().equals(m.instrument()));
        twice.add(m);
        twice.add(m.withItems(List.of()));
        int at = twice.size() - 1;
        assertRejected(() -> Session.builder().from(s).measurements(twice).build(), () -> s.withMeasurements(twice),
                "measurements[" + at + "].instrument", ModelRule.DISTINCT, RedactedTexts.of(s).toArray(String[]::new));
    }

    @Property
    void blankNotesAreRejected(@ForAll("values") Session s, @ForAll("blanks") String notes) {
        assertRejected(() -> Session.builder().from(s).notes(notes).build(), () -> s.withNotes(notes), "notes",
                ModelRule.NOT_BLANK);
    }

    @Provide
    Arbitrary<Duration> badLengths() {
        return ProtocolProperties.badLengths();
    }

    @Provide
    Arbitrary<String> blanks() {
        return ProtocolProperties.blanks();
    }

    @Provide
    Arbitrary<Measurement> measurements() {
        return IptArbitraries.measurements();
    }

    @Override
    @Provide
    public Arbitrary<Session> values() {
        return IptArbitraries.sessions();
    }

    @Override
    public Class<Session> type() {
        return Session.class;
    }

    @Override
    public List<String> redactedTexts(Session s) {
        return RedactedTexts.of(s);
    }

    @Override
    public Session copyOf(Session s) {
        return Session.builder().from(s).build();
    }

    @Override
    public Session changed(Session s) {
        return s.number() < Integer.MAX_VALUE ? s.withNumber(s.number() + 1) : s.withNumber(1);
    }
}
