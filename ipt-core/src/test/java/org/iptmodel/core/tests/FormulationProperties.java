package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iptmodel.core.contracts.Rejections.assertRejected;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.iptmodel.core.Formulation;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.EqualityContract;
import org.iptmodel.core.contracts.RedactedTexts;
import org.iptmodel.core.contracts.RedactionContract;
import org.iptmodel.core.contracts.WithCopyContract;

/** {@link Formulation}: the link between the depression and the problem areas. */
class FormulationProperties implements EqualityContract<Formulation>, RedactionContract<Formulation>,
        WithCopyContract<Formulation> {

    @Property
    void aFormulationBuiltFromItsPartsKeepsThem(@ForAll("values") Formulation f) {
        Formulation built = Formulation.builder()
                .areas(f.areas())
                .onsetEvent(f.onsetEvent())
                .presentedOn(f.presentedOn())
                .acceptedOn(f.acceptedOn())
                .build();
        assertThat(built).isEqualTo(f);
        assertThat(built.areas()).containsExactlyElementsOf(f.areas());
        assertThat(built.isAccepted()).isEqualTo(f.acceptedOn().isPresent());
    }

    @Property
    void aFormulationLinksAtLeastOneArea(@ForAll("values") Formulation f) {
        assertRejected(() -> Formulation.builder().from(f).areas(List.of()).build(), () -> f.withAreas(List.of()),
                "areas", ModelRule.REQUIRED, secrets(f));
    }

    @Property
    void areasAreNotRepeated(@ForAll("values") Formulation f) {
        List<ProblemArea> areas = new ArrayList<>(f.areas());
        areas.add(f.areas().get(0));
        int at = areas.size() - 1;
        assertRejected(() -> Formulation.builder().from(f).areas(areas).build(), () -> f.withAreas(areas),
                "areas[" + at + "]", ModelRule.DISTINCT, secrets(f));
    }

    @Property
    void aBlankOnsetEventIsRejected(@ForAll("values") Formulation f, @ForAll("blanks") String event) {
        assertRejected(() -> Formulation.builder().from(f).onsetEvent(event).build(), () -> f.withOnsetEvent(event),
                "onsetEvent", ModelRule.NOT_BLANK);
    }

    @Property
    void theFormulationIsNotAcceptedBeforeItIsPresented(@ForAll("values") Formulation f, @ForAll("dates") LocalDate presented,
            @ForAll @IntRange(min = 1, max = 400) int daysBefore) {
        Formulation shown = f.withAcceptedOn(Optional.empty()).withPresentedOn(presented);
        LocalDate before = presented.minusDays(daysBefore);
        assertRejected(() -> Formulation.builder().from(shown).acceptedOn(before).build(),
                () -> shown.withAcceptedOn(before), "acceptedOn", ModelRule.DATE_ORDER, secrets(f));
        assertThat(shown.withAcceptedOn(presented).isAccepted()).isTrue();
    }

    private static String[] secrets(Formulation f) {
        return RedactedTexts.of(f).toArray(String[]::new);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return IptArbitraries.dates();
    }

    @Provide
    Arbitrary<String> blanks() {
        return ProtocolProperties.blanks();
    }

    @Override
    @Provide
    public Arbitrary<Formulation> values() {
        return IptArbitraries.formulations();
    }

    @Override
    public Class<Formulation> type() {
        return Formulation.class;
    }

    @Override
    public Set<String> rarelyReplaceable() {
        // the acceptance follows the presentation
        return Set.of("acceptedOn", "presentedOn");
    }

    @Override
    public List<String> redactedTexts(Formulation f) {
        return RedactedTexts.of(f);
    }

    @Override
    public Formulation copyOf(Formulation f) {
        return Formulation.builder().from(f).build();
    }

    @Override
    public Formulation changed(Formulation f) {
        return f.presentedOn().isPresent() ? f.withPresentedOn(Optional.empty())
                : f.withPresentedOn(f.acceptedOn().orElse(IptArbitraries.EARLIEST_DATE));
    }
}
