package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iptmodel.core.contracts.Rejections.assertRejected;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.EqualityContract;
import org.iptmodel.core.contracts.RedactedTexts;
import org.iptmodel.core.contracts.RedactionContract;
import org.iptmodel.core.contracts.WithCopyContract;

/** {@link InterpersonalInventory}: the people on a closeness circle. */
class InterpersonalInventoryProperties implements EqualityContract<InterpersonalInventory>,
        RedactionContract<InterpersonalInventory>, WithCopyContract<InterpersonalInventory> {

    @Property
    void anInventoryBuiltFromItsPartsKeepsThem(@ForAll("values") InterpersonalInventory inventory) {
        InterpersonalInventory built = InterpersonalInventory.builder()
                .circleLevels(inventory.circleLevels())
                .people(inventory.people())
                .build();
        assertThat(built).isEqualTo(inventory);
        assertThat(built.people()).containsExactlyElementsOf(inventory.people());
        assertThat(built.circleLevels()).isEqualTo(inventory.circleLevels());
    }

    @Property
    void everyPersonIsFoundByTheirId(@ForAll("values") InterpersonalInventory inventory, @ForAll("ids") PersonId stranger) {
        for (Relationship person : inventory.people()) {
            assertThat(inventory.person(person.id())).containsSame(person);
            assertThat(inventory.contains(person.id())).isTrue();
        }
        boolean known = inventory.people().stream().anyMatch(p -> p.id().equals(stranger));
        assertThat(inventory.contains(stranger)).isEqualTo(known);
        assertThat(inventory.person(stranger).isPresent()).isEqualTo(known);
    }

    @Example
    void theEmptyInventoryHasNoPeopleAndThreeRings() {
        assertThat(InterpersonalInventory.empty().people()).isEmpty();
        assertThat(InterpersonalInventory.empty().circleLevels())
                .isEqualTo(InterpersonalInventory.DEFAULT_CIRCLE_LEVELS)
                .isEqualTo(3);
        assertThat(InterpersonalInventory.MAX_CIRCLE_LEVELS).isEqualTo(10);
        assertThat(InterpersonalInventory.builder().build()).isEqualTo(InterpersonalInventory.empty());
    }

    @Property
    void theNumberOfRingsLiesBetweenOneAndTen(@ForAll("values") InterpersonalInventory inventory,
            @ForAll @IntRange(min = -5, max = 0) int below) {
        InterpersonalInventory nobody = inventory.withPeople(List.of());
        int above = InterpersonalInventory.MAX_CIRCLE_LEVELS + 1 - below;
        assertRejected(() -> InterpersonalInventory.builder().from(nobody).circleLevels(below).build(),
                () -> nobody.withCircleLevels(below), "circleLevels", ModelRule.VALUE_IN_RANGE);
        assertRejected(() -> InterpersonalInventory.builder().from(nobody).circleLevels(above).build(),
                () -> nobody.withCircleLevels(above), "circleLevels", ModelRule.VALUE_IN_RANGE);
    }

    @Property
    void personIdsAreUnique(@ForAll("values") InterpersonalInventory inventory, @ForAll("people") Relationship extra,
            @ForAll @IntRange(max = 100) int pick) {
        List<Relationship> people = new ArrayList<>(inventory.people());
        people.add(extra.withCloseness(1));
        Relationship twin = people.get(pick % people.size());
        people.add(extra.withId(twin.id()).withCloseness(1));
        int at = people.size() - 1;
        assertRejected(() -> InterpersonalInventory.builder().from(inventory).people(people).build(),
                () -> inventory.withPeople(people), "people[" + at + "].id", ModelRule.UNIQUE_IDS,
                RedactedTexts.of(extra).toArray(String[]::new));
    }

    @Property
    void everyPersonIsOnARingOfTheCircle(@ForAll("values") InterpersonalInventory inventory, @ForAll("people") Relationship extra) {
        if (inventory.circleLevels() < InterpersonalInventory.MAX_CIRCLE_LEVELS) {
            List<Relationship> people = new ArrayList<>(inventory.people());
            people.removeIf(p -> p.id().equals(extra.id()));
            people.add(extra.withCloseness(inventory.circleLevels() + 1));
            int at = people.size() - 1;
            assertRejected(() -> InterpersonalInventory.builder().from(inventory).people(people).build(),
                    () -> inventory.withPeople(people), "people[" + at + "].closeness", ModelRule.VALUE_IN_RANGE,
                    RedactedTexts.of(extra).toArray(String[]::new));
        }
        int farthest = inventory.people().stream().mapToInt(Relationship::closeness).max().orElse(0);
        if (farthest > 1) {
            int tooFew = farthest - 1;
            int index = indexOfCloseness(inventory, farthest);
            assertRejected(() -> InterpersonalInventory.builder().from(inventory).circleLevels(tooFew).build(),
                    () -> inventory.withCircleLevels(tooFew), "people[" + index + "].closeness",
                    ModelRule.VALUE_IN_RANGE);
        }
    }

    private static int indexOfCloseness(InterpersonalInventory inventory, int closeness) {
        for (int i = 0; i < inventory.people().size(); i++) {
            if (inventory.people().get(i).closeness() == closeness) {
                return i;
            }
        }
        throw new AssertionError("no person at ring " + closeness);
    }

    @Provide
    Arbitrary<PersonId> ids() {
        return IptArbitraries.personIds();
    }

    @Provide
    Arbitrary<Relationship> people() {
        return IptArbitraries.relationships(InterpersonalInventory.MAX_CIRCLE_LEVELS);
    }

    @Override
    @Provide
    public Arbitrary<InterpersonalInventory> values() {
        return IptArbitraries.inventories();
    }

    @Override
    public Class<InterpersonalInventory> type() {
        return InterpersonalInventory.class;
    }

    @Override
    public Set<String> rarelyReplaceable() {
        return Set.of();
    }

    @Override
    public List<String> redactedTexts(InterpersonalInventory inventory) {
        return RedactedTexts.of(inventory);
    }

    @Override
    public InterpersonalInventory copyOf(InterpersonalInventory inventory) {
        return InterpersonalInventory.builder().from(inventory).build();
    }

    @Override
    public InterpersonalInventory changed(InterpersonalInventory inventory) {
        return inventory.circleLevels() < InterpersonalInventory.MAX_CIRCLE_LEVELS
                ? inventory.withCircleLevels(InterpersonalInventory.MAX_CIRCLE_LEVELS)
                : inventory.withPeople(List.of()).withCircleLevels(InterpersonalInventory.MAX_CIRCLE_LEVELS - 1);
    }
}
