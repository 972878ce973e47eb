package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iptmodel.core.contracts.Rejections.assertRejected;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.iptmodel.core.ContactFrequency;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.RelationKind;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.EqualityContract;
import org.iptmodel.core.contracts.RedactedTexts;
import org.iptmodel.core.contracts.RedactionContract;
import org.iptmodel.core.contracts.WithCopyContract;

/** {@link Relationship}: a person of the interpersonal inventory. */
class RelationshipProperties implements EqualityContract<Relationship>, RedactionContract<Relationship>,
        WithCopyContract<Relationship> {

    @Property
    void aRelationshipBuiltFromItsPartsKeepsThem(@ForAll("values") Relationship r) {
        Relationship built = Relationship.builder()
                .id(r.id())
                .alias(r.alias())
                .relation(r.relation())
                .closeness(r.closeness())
                .contact(r.contact())
                .deceased(r.deceased())
                .dateOfDeath(r.dateOfDeath())
                .changedNearOnset(r.changedNearOnset())
                .satisfyingAspects(r.satisfyingAspects())
                .unsatisfyingAspects(r.unsatisfyingAspects())
                .expectations(r.expectations())
                .wishedChanges(r.wishedChanges())
                .build();
        assertThat(built).isEqualTo(r);
        assertThat(built.alias()).isEqualTo(r.alias());
        assertThat(built.closeness()).isEqualTo(r.closeness());
        assertThat(built.satisfyingAspects()).containsExactlyElementsOf(r.satisfyingAspects());
        assertThat(built.wishedChanges()).containsExactlyElementsOf(r.wishedChanges());
    }

    @Property
    void aPersonIsAliveAndUnchangedNearOnsetByDefault(@ForAll("ids") PersonId id, @ForAll("texts") String alias) {
        Relationship r = Relationship.builder().id(id).alias(alias).relation(RelationKind.FRIEND).closeness(1)
                .contact(ContactFrequency.WEEKLY).build();
        assertThat(r.deceased()).isFalse();
        assertThat(r.dateOfDeath()).isEmpty();
        assertThat(r.changedNearOnset()).isFalse();
        assertThat(r.satisfyingAspects()).isEmpty();
    }

    @Property
    void aBlankAliasIsRejected(@ForAll("values") Relationship r, @ForAll("blanks") String alias) {
        assertRejected(() -> Relationship.builder().from(r).alias(alias).build(), () -> r.withAlias(alias), "alias",
                ModelRule.NOT_BLANK, secrets(r));
    }

    @Property
    void closenessIsARingOfTheCircle(@ForAll("values") Relationship r, @ForAll @IntRange(min = -10, max = 0) int below) {
        int above = InterpersonalInventory.MAX_CIRCLE_LEVELS + 1 - below;
        assertRejected(() -> Relationship.builder().from(r).closeness(below).build(), () -> r.withCloseness(below),
                "closeness", ModelRule.VALUE_IN_RANGE, secrets(r));
        assertRejected(() -> Relationship.builder().from(r).closeness(above).build(), () -> r.withCloseness(above),
                "closeness", ModelRule.VALUE_IN_RANGE, secrets(r));
    }

    @Property
    void aDateOfDeathIsRecordedOnlyForADeceasedPerson(@ForAll("values") Relationship r, @ForAll("dates") LocalDate died) {
        Relationship alive = r.withDateOfDeath(Optional.empty()).withDeceased(false);
        assertRejected(() -> Relationship.builder().from(alive).dateOfDeath(died).build(),
                () -> alive.withDateOfDeath(died), "dateOfDeath", ModelRule.PRESENCE, secrets(r));
        Relationship dead = alive.withDeceased(true).withDateOfDeath(died);
        assertThat(dead.dateOfDeath()).contains(died);
        assertRejected(() -> dead.withDeceased(false), "dateOfDeath", ModelRule.PRESENCE, secrets(r));
    }

    @Property
    void blankAspectsAreRejected(@ForAll("values") Relationship r, @ForAll("blanks") String blank) {
        List<String> texts = new ArrayList<>(r.satisfyingAspects());
        texts.add(blank);
        String at = "[" + (texts.size() - 1) + "]";
        List<String> other = new ArrayList<>(r.unsatisfyingAspects());
        other.add(blank);
        String otherAt = "[" + (other.size() - 1) + "]";
        assertRejected(() -> Relationship.builder().from(r).satisfyingAspects(texts).build(),
                () -> r.withSatisfyingAspects(texts), "satisfyingAspects" + at, ModelRule.NOT_BLANK, secrets(r));
        assertRejected(() -> Relationship.builder().from(r).unsatisfyingAspects(other).build(),
                () -> r.withUnsatisfyingAspects(other), "unsatisfyingAspects" + otherAt, ModelRule.NOT_BLANK, secrets(r));
        List<String> expectations = new ArrayList<>(r.expectations());
        expectations.add(blank);
        String expectationsAt = "[" + (expectations.size() - 1) + "]";
        assertRejected(() -> Relationship.builder().from(r).expectations(expectations).build(),
                () -> r.withExpectations(expectations), "expectations" + expectationsAt, ModelRule.NOT_BLANK, secrets(r));
        List<String> wished = new ArrayList<>(r.wishedChanges());
        wished.add(blank);
        String wishedAt = "[" + (wished.size() - 1) + "]";
        assertRejected(() -> Relationship.builder().from(r).wishedChanges(wished).build(),
                () -> r.withWishedChanges(wished), "wishedChanges" + wishedAt, ModelRule.NOT_BLANK, secrets(r));
    }

    private static String[] secrets(Relationship r) {
        return RedactedTexts.of(r).toArray(String[]::new);
    }

    @Provide
    Arbitrary<String> blanks() {
        return ProtocolProperties.blanks();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return IptArbitraries.dates();
    }

    @Provide
    Arbitrary<PersonId> ids() {
        return IptArbitraries.personIds();
    }

    @Provide
    Arbitrary<String> texts() {
        return IptArbitraries.redactedTexts();
    }

    @Override
    @Provide
    public Arbitrary<Relationship> values() {
        return IptArbitraries.relationships(InterpersonalInventory.MAX_CIRCLE_LEVELS);
    }

    @Override
    public Class<Relationship> type() {
        return Relationship.class;
    }

    @Override
    public java.util.Set<String> rarelyReplaceable() {
        // a date of death needs a deceased person
        return java.util.Set.of("dateOfDeath", "deceased");
    }

    @Override
    public List<String> redactedTexts(Relationship r) {
        return RedactedTexts.of(r);
    }

    @Override
    public Relationship copyOf(Relationship r) {
        return Relationship.builder().from(r).build();
    }

    @Override
    public Relationship changed(Relationship r) {
        return r.withChangedNearOnset(!r.changedNearOnset());
    }
}
