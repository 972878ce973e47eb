package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InvalidObjectException;
import java.io.NotSerializableException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToLongBiFunction;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.ConcurrentTreatment;
import org.iptmodel.core.ContractAmendment;
import org.iptmodel.core.Course;
import org.iptmodel.core.Discontinuation;
import org.iptmodel.core.Focus;
import org.iptmodel.core.Formulation;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.IntRange;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Reference;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.Session;
import org.iptmodel.core.Severity;
import org.iptmodel.core.SeverityBand;
import org.iptmodel.core.SickRole;
import org.iptmodel.core.Termination;
import org.iptmodel.core.TreatmentContract;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.SerializationContract;
import org.iptmodel.core.plan.Schedule;
import org.iptmodel.core.ranking.FocusSelector;
import org.iptmodel.core.ranking.KeyedRankingRule;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingContext;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.ranking.RankingRule;
import org.iptmodel.core.ranking.RankingRules;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.OutcomeCriteria;
import org.iptmodel.core.report.OutcomeReport;
import org.junit.jupiter.api.Test;

/**
 * Java serialization by example: singletons stay singletons, rules of the application's own, the
 * proxy's form, and streams that hold a class without its proxy, a part of the wrong type or an
 * invalid value.
 */
class SerializationTest {
    private static final Course COURSE = Samples.course();

    @Test
    void catalogueEntriesReferencesBuiltInRulesAndPoliciesAreReadAsTheSameInstances() {
        for (Protocol protocol : Protocol.catalogue()) {
            assertThat(SerializationContract.roundTrip(protocol)).isSameAs(protocol);
        }
        for (Instrument instrument : Instrument.catalogue()) {
            assertThat(SerializationContract.roundTrip(instrument)).isSameAs(instrument);
        }
        for (Reference reference : Bibliography.all()) {
            assertThat(SerializationContract.roundTrip(reference)).isSameAs(reference);
        }
        for (RankingRule rule : RankingRules.all()) {
            assertThat(SerializationContract.roundTrip(rule)).isSameAs(rule);
        }
        assertThat(SerializationContract.roundTrip(RankingPolicy.clinicalDefault())).isSameAs(RankingPolicy.clinicalDefault());
        assertThat(SerializationContract.roundTrip(RankingPolicy.brief())).isSameAs(RankingPolicy.brief());
        assertThat(SerializationContract.roundTrip(OutcomeCriteria.defaults())).isSameAs(OutcomeCriteria.defaults());
        assertThat(SerializationContract.roundTrip(FocusSelector.standard())).isSameAs(FocusSelector.standard());
        assertThat(SerializationContract.roundTrip(FocusSelector.standard().withMaxAreas(1)))
                .isEqualTo(FocusSelector.standard().withMaxAreas(1));
        Course back = SerializationContract.roundTrip(COURSE);
        assertThat(back).isEqualTo(COURSE);
        assertThat(back.protocol()).isSameAs(COURSE.protocol());
    }

    @Test
    void everyValueTypeOfTheModelIsSerializable() {
        Samples.all().forEach((type, value) -> {
            assertThat(value).as(type.getName()).isInstanceOf(Serializable.class);
            Object back = SerializationContract.roundTrip(value);
            if (!(value instanceof Throwable)) {
                assertThat(back).as(type.getName()).isEqualTo(value);
            }
        });
    }

    @Test
    void aValueIsWrittenAsItsProxyNeverAsTheGeneratedClass() {
        String stream = new String(SerializationContract.bytes(COURSE), StandardCharsets.ISO_8859_1);
        assertThat(stream).contains("org.iptmodel.core.SerialProxy").doesNotContain("ImmutableCourse")
                .doesNotContain("ImmutableSession");
    }

    @Test
    void criteriaWithOwnBandsAndThresholdsRoundTrip() {
        Instrument phq9 = Instrument.phq9();
        OutcomeCriteria criteria = OutcomeCriteria.defaults().withResponseReduction(80)
                .withPartialResponseReduction(60).withWorseningIncrease(10).withDepressedMin(phq9, 20)
                .withRemissionMax(phq9, 15).withRemissionMax(Instrument.hamD17(), 3)
                .withBands(phq9, List.of(SeverityBand.of(Severity.MINIMAL, 0, 9),
                        SeverityBand.of(Severity.SEVERE, 10, 27)));
        assertThat(SerializationContract.roundTrip(criteria)).isEqualTo(criteria);
        OutcomeReport report = OutcomeReport.of(COURSE, criteria);
        assertThat(SerializationContract.roundTrip(report)).isEqualTo(report);
    }

    @Test
    void aPolicyWithARuleOfTheApplicationsOwnRoundTripsIfTheRuleIsSerializable() {
        ToLongBiFunction<InterpersonalIssue, RankingContext> fewerPeople =
                (ToLongBiFunction<InterpersonalIssue, RankingContext> & Serializable) (issue, context) ->
                        issue.people().size();
        KeyedRankingRule keyed = KeyedRankingRule.of("fewer-people", "Fewer people first.", "clinic guideline",
                fewerPeople);
        RankingRule own = new ByDistress();
        RankingPolicy policy = RankingPolicy.builder().name("clinic-b").add(RankingRules.ONSET_LINK).add(keyed)
                .add(own).build();

        RankingPolicy back = SerializationContract.roundTrip(policy);
        KeyedRankingRule keyedBack = SerializationContract.roundTrip(keyed);
        assertThat(keyedBack.name()).isEqualTo("fewer-people");
        assertThat(keyedBack.key(COURSE.issues().get(0), RankingContext.of(COURSE)))
                .isEqualTo(keyed.key(COURSE.issues().get(0), RankingContext.of(COURSE)));

        assertThat(back.name()).isEqualTo("clinic-b");
        assertThat(back.rules()).hasSize(3);
        assertThat(back.rules().get(0)).isSameAs(RankingRules.ONSET_LINK);
        assertThat(back.rules().get(1)).isInstanceOf(KeyedRankingRule.class).isNotSameAs(keyed);
        assertThat(back.rules().get(1).name()).isEqualTo("fewer-people");
        assertThat(back.rules().get(2)).isEqualTo(own);
        Ranking ranking = policy.rank(COURSE);
        Ranking again = back.rank(COURSE);
        assertThat(again.issues()).isEqualTo(ranking.issues());
        assertThat(again.entries()).extracting(e -> e.reason()).isEqualTo(
                ranking.entries().stream().map(e -> e.reason()).toList());
    }

    @Test
    void aPolicyWithARuleThatIsNotSerializableFailsNamingTheRule() {
        KeyedRankingRule keyed = KeyedRankingRule.of("fewer-people", "Fewer people first.", "clinic guideline",
                (issue, context) -> issue.people().size());
        assertThatThrownBy(() -> SerializationContract.bytes(keyed)).rootCause().isInstanceOf(NotSerializableException.class)
                .hasMessageContaining("the ranking rule fewer-people has a key function that is not Serializable");
        RankingPolicy policy = RankingPolicy.builder().name("clinic-b").add(keyed).build();
        assertThatThrownBy(() -> SerializationContract.bytes(policy)).hasRootCauseInstanceOf(NotSerializableException.class)
                .rootCause().hasMessageContaining("RankingPolicy clinic-b: the ranking rule fewer-people")
                .hasMessageContaining("is not Serializable");
        RankingPolicy anonymous = RankingPolicy.builder().name("clinic-c").add(new RankingRule() {
            @Override
            public String name() {
                return "by-id";
            }

            @Override
            public String description() {
                return "By id.";
            }

            @Override
            public String source() {
                return "none";
            }

            @Override
            public int compare(InterpersonalIssue first, InterpersonalIssue second, RankingContext context) {
                return first.id().compareTo(second.id());
            }
        }).build();
        assertThatThrownBy(() -> SerializationContract.bytes(anonymous)).rootCause().isInstanceOf(NotSerializableException.class)
                .hasMessageContaining("RankingPolicy clinic-c: the ranking rule by-id");
    }

    /** Every class of a value that is written through a proxy refuses a stream that holds it without. */
    @Test
    void aStreamOfAValueClassWithoutItsProxyIsRefused() throws Exception {
        List<Object> values = new ArrayList<>(List.of(COURSE, COURSE.protocol(), COURSE.contract(),
                COURSE.inventory(), Protocol.standard(), Instrument.phq9(), Bibliography.KROENKE_2001,
                RankingPolicy.clinicalDefault(), RankingContext.of(COURSE), RankingPolicy.brief().rank(COURSE),
                FocusSelector.standard(), Schedule.of(Protocol.standard(), LocalDate.of(2026, 1, 5)),
                Schedule.planner(Protocol.standard(), LocalDate.of(2026, 1, 5)), AdherenceReport.of(COURSE),
                OutcomeReport.of(COURSE), OutcomeCriteria.defaults(),
                Measurement.of(Instrument.phq9(), 10), SickRole.of(org.iptmodel.core.SickRoleKind.FULL,
                        LocalDate.of(2026, 1, 5)),
                Discontinuation.of(LocalDate.of(2026, 1, 5), org.iptmodel.core.DiscontinuationReason.PATIENT_WITHDREW)));
        COURSE.sessions().forEach(values::add);
        COURSE.issues().forEach(values::add);
        COURSE.inventory().people().forEach(values::add);
        COURSE.focus().ifPresent(values::add);
        COURSE.formulation().ifPresent(values::add);
        COURSE.termination().ifPresent(values::add);
        COURSE.concurrentTreatments().forEach(values::add);
        COURSE.contract().amendments().forEach(values::add);
        FocusSelector.standard().select(RankingPolicy.clinicalDefault().rank(COURSE)).ifPresent(values::add);
        List<Class<?>> covered = new ArrayList<>();
        for (Object value : values) {
            Class<?> type = value.getClass();
            covered.add(type.getSuperclass());
            assertThatThrownBy(() -> SerializationContract.read(SerializationContract.bare(type, Integer.MAX_VALUE))).as(type.getName())
                    .isInstanceOf(InvalidObjectException.class).hasMessage("proxy required");
            if (Serializable.class.isAssignableFrom(type.getSuperclass())) {
                // the generated class alone: the abstract class's readObjectNoData refuses it
                assertThatThrownBy(() -> SerializationContract.read(SerializationContract.bare(type, 1))).as(type.getName())
                        .isInstanceOf(InvalidObjectException.class).hasMessage("proxy required");
            }
        }
        assertThat(covered).contains(Course.class, Session.class, Relationship.class, InterpersonalIssue.class,
                Protocol.class, Instrument.class, TreatmentContract.class, InterpersonalInventory.class,
                Measurement.class, SickRole.class, Discontinuation.class);
        assertThat(values).hasAtLeastOneElementOfType(Focus.class).hasAtLeastOneElementOfType(Formulation.class)
                .hasAtLeastOneElementOfType(Termination.class).hasAtLeastOneElementOfType(ConcurrentTreatment.class)
                .hasAtLeastOneElementOfType(ContractAmendment.class);
        for (RankingRule rule : RankingRules.all()) {
            assertThatThrownBy(() -> SerializationContract.read(SerializationContract.bare(rule.getClass(), Integer.MAX_VALUE)))
                    .isInstanceOf(ObjectStreamException.class);
        }
    }

    @Test
    void aPartOfTheWrongTypeIsRefused() {
        byte[] stream = SerializationContract.bytes(COURSE, o -> o == COURSE.id() ? "c-1" : o);
        assertThatThrownBy(() -> SerializationContract.read(stream)).isInstanceOf(InvalidObjectException.class)
                .hasMessageContaining("part 0 must be a CourseId");
        byte[] element = SerializationContract.bytes(COURSE, o -> o instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Session
                ? new ArrayList<Object>(List.of("session")) : o);
        assertThatThrownBy(() -> SerializationContract.read(element)).isInstanceOf(InvalidObjectException.class)
                .hasMessageContaining("must be a Session");
    }

    @Test
    void partsThatMakeAnInvalidValueAreRefusedWithTheReasonAndNoText() {
        assertThat(COURSE.sessions()).hasSizeGreaterThan(1);
        byte[] stream = SerializationContract.bytes(COURSE, o -> {
            if (o instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Session) {
                List<Object> reversed = new ArrayList<>(l);
                Collections.reverse(reversed);
                return reversed;
            }
            return o;
        });
        assertThatThrownBy(() -> SerializationContract.read(stream)).isInstanceOf(InvalidObjectException.class)
                .cause().isInstanceOf(InvalidModelException.class).hasMessageContaining("sessions[0].number");
        String secret = IptArbitraries.REDACTION_MARKER + "summary";
        byte[] blank = SerializationContract.bytes(COURSE, o -> o instanceof String s && s.equals(COURSE.issues().get(0).summary())
                ? " " : o);
        assertThatThrownBy(() -> SerializationContract.read(blank)).isInstanceOf(InvalidObjectException.class)
                .cause().isInstanceOf(InvalidModelException.class).hasMessageContaining("summary");
        assertThat(COURSE.issues().get(0).summary()).doesNotContain(secret);
    }

    @Test
    void aReferenceWithAKeyOutsideTheBibliographyIsRefused() {
        byte[] stream = SerializationContract.bytes(Bibliography.KROENKE_2001, o -> "kroenke-2001".equals(o) ? "kroenke-2099" : o);
        assertThatThrownBy(() -> SerializationContract.read(stream)).isInstanceOf(InvalidObjectException.class)
                .hasMessageContaining("bibliography");
    }

    /** Records are read through their canonical constructor, which checks them. */
    @Test
    void aRecordWithInvalidComponentsIsRefusedByItsConstructor() {
        byte[] stream = SerializationContract.bytes(IntRange.of(0x0A0B0C0D, 0x0A0B0C0E));
        byte[] swapped = replace(replace(stream, 0x0A0B0C0D, 0x7A7B7C7D), 0x0A0B0C0E, 0x0A0B0C0D);
        assertThatThrownBy(() -> SerializationContract.read(swapped)).isInstanceOf(InvalidObjectException.class)
                .cause().isInstanceOf(InvalidModelException.class).hasMessageContaining("max");
    }

    private static byte[] replace(byte[] stream, int from, int to) {
        byte[] pattern = ByteBuffer.allocate(4).putInt(from).array();
        for (int i = 0; i + 4 <= stream.length; i++) {
            if (ByteBuffer.wrap(stream, i, 4).getInt() == from) {
                byte[] copy = stream.clone();
                ByteBuffer.wrap(copy, i, 4).putInt(to);
                return copy;
            }
        }
        throw new AssertionError("pattern not found: " + pattern.length);
    }

    /** A rule of the application's own that is serializable, and compares by class. */
    private static final class ByDistress implements RankingRule, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public String name() {
            return "by-distress";
        }

        @Override
        public String description() {
            return "More distress first.";
        }

        @Override
        public String source() {
            return "clinic guideline";
        }

        @Override
        public int compare(InterpersonalIssue first, InterpersonalIssue second, RankingContext context) {
            return Integer.compare(second.distress(), first.distress());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ByDistress;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }
}
