package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.Course;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.plan.Schedule;
import org.iptmodel.core.ranking.FocusSelector;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingContext;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.OutcomeReport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module inside a user's own mapper and types: every value type of the model, taken from
 * generated courses and what is computed from them, round-trips through a plain
 * {@code JsonMapper} with {@link IptJsonModule} inside a record of the user's, a {@code List}, a
 * {@code Map} and an {@code Optional}, written in the iptmodel format (never as a bean); the
 * public types that have no JSON form are refused.
 */
class ModelValuesInUserTypesProperties {
    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new IptJsonModule()).build();

    /** A user's own record holding a model value in every kind of container. */
    public record Holder<T>(T one, List<T> many, Map<String, T> byName, Optional<T> maybe) {
    }

    /** One model value and the type it is declared as. */
    record Value(Class<?> type, Object value) {
    }

    @Provide
    Arbitrary<List<Value>> values() {
        return IptArbitraries.courses().map(ModelValuesInUserTypesProperties::valuesOf);
    }

    /** Every value type the module binds, taken from a course and what the library computes from it. */
    static List<Value> valuesOf(Course course) {
        List<Value> values = new ArrayList<>();
        add(values, Course.class, course);
        add(values, Protocol.class, course.protocol());
        add(values, org.iptmodel.core.CourseId.class, course.id());
        add(values, org.iptmodel.core.PatientRef.class, course.patient());
        add(values, org.iptmodel.core.TreatmentContract.class, course.contract());
        course.contract().amendments().forEach(a -> add(values, org.iptmodel.core.ContractAmendment.class, a));
        add(values, org.iptmodel.core.InterpersonalInventory.class, course.inventory());
        course.inventory().people().forEach(p -> {
            add(values, org.iptmodel.core.Relationship.class, p);
            add(values, org.iptmodel.core.PersonId.class, p.id());
            add(values, org.iptmodel.core.RelationKind.class, p.relation());
            add(values, org.iptmodel.core.ContactFrequency.class, p.contact());
        });
        course.issues().forEach(i -> {
            add(values, org.iptmodel.core.InterpersonalIssue.class, i);
            add(values, org.iptmodel.core.IssueId.class, i.id());
            add(values, org.iptmodel.core.ProblemArea.class, i.area());
            add(values, org.iptmodel.core.OnsetLink.class, i.onsetLink());
            add(values, org.iptmodel.core.Amenability.class, i.amenability());
        });
        course.focus().ifPresent(f -> add(values, org.iptmodel.core.Focus.class, f));
        course.formulation().ifPresent(f -> add(values, org.iptmodel.core.Formulation.class, f));
        course.sickRole().ifPresent(s -> add(values, org.iptmodel.core.SickRole.class, s));
        course.concurrentTreatments().forEach(t -> add(values, org.iptmodel.core.ConcurrentTreatment.class, t));
        course.termination().ifPresent(t -> add(values, org.iptmodel.core.Termination.class, t));
        course.discontinuation().ifPresent(d -> add(values, org.iptmodel.core.Discontinuation.class, d));
        add(values, org.iptmodel.core.CourseStatus.class, course.status());
        course.sessions().forEach(s -> {
            add(values, org.iptmodel.core.Session.class, s);
            add(values, org.iptmodel.core.Phase.class, s.phase());
            s.measurements().forEach(m -> {
                add(values, org.iptmodel.core.Measurement.class, m);
                add(values, org.iptmodel.core.Instrument.class, m.instrument());
                m.instrument().bands().forEach(b -> add(values, org.iptmodel.core.SeverityBand.class, b));
            });
        });
        add(values, org.iptmodel.core.IntRange.class, course.protocol().acuteSessions());
        course.protocol().references().forEach(r -> add(values, org.iptmodel.core.Reference.class, r));
        Ranking ranking = RankingPolicy.clinicalDefault().rank(course);
        add(values, Ranking.class, ranking);
        add(values, RankingPolicy.class, ranking.policy());
        add(values, RankingContext.class, ranking.context());
        ranking.policy().rules().forEach(r -> add(values, org.iptmodel.core.ranking.RankingRule.class, r));
        ranking.flags().forEach(f -> add(values, org.iptmodel.core.ranking.RankingFlag.class, f));
        FocusSelector.standard().select(ranking).ifPresent(s -> s.flags()
                .forEach(f -> add(values, org.iptmodel.core.ranking.RankingFlag.class, f)));
        Schedule schedule = Schedule.of(course.protocol(), course.contract().start());
        add(values, Schedule.class, schedule);
        schedule.sessions().stream().limit(3)
                .forEach(p -> add(values, org.iptmodel.core.plan.PlannedSession.class, p));
        AdherenceReport adherence = AdherenceReport.of(course);
        add(values, AdherenceReport.class, adherence);
        adherence.safetyFlags().forEach(f -> add(values, org.iptmodel.core.report.SafetyFlag.class, f));
        adherence.safetyNotices().forEach(n -> add(values, org.iptmodel.core.report.SafetyNotice.class, n));
        adherence.deviations().forEach(d -> {
            add(values, org.iptmodel.core.report.Deviation.class, d);
            add(values, org.iptmodel.core.report.DeviationCode.class, d.code());
            add(values, org.iptmodel.core.report.ReportSeverity.class, d.severity());
        });
        OutcomeReport outcomes = OutcomeReport.of(course);
        add(values, OutcomeReport.class, outcomes);
        add(values, org.iptmodel.core.report.OutcomeCriteria.class, outcomes.criteria());
        outcomes.concurrentTreatments().forEach(t -> add(values, org.iptmodel.core.report.StartedTreatment.class, t));
        outcomes.outcomes().forEach(o -> {
            o.points().forEach(p -> add(values, org.iptmodel.core.report.ScorePoint.class, p));
            o.responseClass().ifPresent(c -> add(values, org.iptmodel.core.report.ResponseClass.class, c));
        });
        return values;
    }

    private static void add(List<Value> values, Class<?> type, Object value) {
        values.add(new Value(type, value));
    }

    @Property(tries = 60)
    void every_model_value_round_trips_inside_a_users_record_list_map_and_optional(
            @ForAll("values") List<Value> values) {
        for (Value value : values) {
            JavaType holder = MAPPER.getTypeFactory().constructParametricType(Holder.class, value.type());
            Holder<Object> written = new Holder<>(value.value(), List.of(value.value(), value.value()),
                    Map.of("a", value.value()), Optional.of(value.value()));
            String json = MAPPER.writeValueAsString(written);
            Object read = MAPPER.readValue(json, holder);
            assertThat(read).as("%s in %s", value.type().getSimpleName(), json.length()).isEqualTo(written);
            assertThat(json).as(value.type().getSimpleName()).doesNotContain("{}");
            Statistics.label("type").collect(value.type().getSimpleName());
        }
    }

    @Test
    void every_value_type_the_module_binds_is_covered_by_the_property() {
        Set<Class<?>> covered = new LinkedHashSet<>();
        Arbitraries.of(Protocol.catalogue()).flatMap(IptArbitraries::courses).sampleStream().limit(200)
                .forEach(course -> valuesOf(course).forEach(v -> covered.add(v.type())));
        Set<Class<?>> bound = new LinkedHashSet<>();
        ModelTypes.VALUES.forEach(b -> bound.add(b.type()));
        Documents.ALL.forEach(d -> bound.add(d.type()));
        // enum types are covered through the values of the course; the others must all appear
        Set<Class<?>> missing = new LinkedHashSet<>(bound);
        missing.removeAll(covered);
        missing.removeIf(Class::isEnum);
        assertThat(missing).isEmpty();
    }

    @Test
    void enums_are_written_in_the_formats_spellings() {
        assertThat(MAPPER.writeValueAsString(org.iptmodel.core.ProblemArea.INTERPERSONAL_DEFICITS))
                .isEqualTo("\"interpersonal_deficits\"");
        assertThat(MAPPER.readValue("\"not_assessed\"", org.iptmodel.core.OnsetLink.class))
                .isEqualTo(org.iptmodel.core.OnsetLink.NOT_ASSESSED);
        assertThat(MAPPER.writeValueAsString(Bibliography.KROENKE_2001)).isEqualTo("\"kroenke-2001\"");
    }

    @Test
    void types_without_a_json_form_are_refused_never_written_as_a_bean() {
        Course course = IptArbitraries.courses().sample();
        Ranking ranking = RankingPolicy.clinicalDefault().rank(course);
        List<Object> views = new ArrayList<>();
        if (!ranking.isEmpty()) {
            views.add(ranking.at(1));
        }
        views.add(org.iptmodel.core.ranking.RankingReason.tieBreak());
        views.add(ranking.verify(ranking.policy()));
        views.add(new org.iptmodel.core.Verification.Discrepancy("flags", "flags differ"));
        views.add(FocusSelector.standard());
        views.add(Schedule.of(course.protocol(), course.contract().start()).compareWith(course));
        for (Object view : views) {
            assertThatExceptionOfType(InvalidDefinitionException.class)
                    .isThrownBy(() -> MAPPER.writeValueAsString(view))
                    .withMessageContaining("has no JSON form in the iptmodel format");
        }
        assertThatExceptionOfType(InvalidDefinitionException.class)
                .isThrownBy(() -> MAPPER.readValue("{}", org.iptmodel.core.ranking.RankedIssue.class));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("selector", FocusSelector.standard());
        assertThatExceptionOfType(InvalidDefinitionException.class).isThrownBy(() -> MAPPER.writeValueAsString(map));
    }
}
