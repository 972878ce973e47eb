package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.lang.module.ModuleDescriptor;
import java.util.List;
import org.iptmodel.core.Course;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.plan.Schedule;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.OutcomeReport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson module, in mappers of the application's own. */
class IptJsonModuleTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new IptJsonModule()).build();
    private static final Course COURSE = Samples.course(Protocol.standard());

    /** An application's own value holding model values. */
    public record Envelope(String tag, Course course, List<Protocol> protocols) {
    }

    @Test
    void a_mapper_writes_and_reads_documents_as_the_facade_does() {
        String json = MAPPER.writeValueAsString(COURSE);
        assertThat(json).isEqualTo(IptJson.strict().course().write(COURSE));
        assertThat(MAPPER.readValue(json, Course.class)).isEqualTo(COURSE);
        assertThat(MAPPER.readValue(MAPPER.writeValueAsBytes(Protocol.group()), Protocol.class))
                .isEqualTo(Protocol.group());
        String pretty = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(COURSE);
        assertThat(MAPPER.readValue(pretty, Course.class)).isEqualTo(COURSE);
    }

    @Test
    void a_mapper_writes_and_reads_rankings_schedules_and_reports() {
        Ranking ranking = DocumentSamples.rankingWithFlags();
        String json = MAPPER.writeValueAsString(ranking);
        assertThat(json).isEqualTo(IptJson.strict().ranking().write(ranking));
        assertThat(MAPPER.readValue(json, Ranking.class)).isEqualTo(ranking);
        Schedule schedule = DocumentSamples.schedule(Protocol.standard());
        assertThat(MAPPER.readValue(MAPPER.writeValueAsBytes(schedule), Schedule.class)).isEqualTo(schedule);
        AdherenceReport report = DocumentSamples.adherence(Protocol.counselling());
        assertThat(MAPPER.writeValueAsString(report)).isEqualTo(IptJson.strict().adherence().write(report));
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(report), AdherenceReport.class)).isEqualTo(report);
        OutcomeReport outcomes = DocumentSamples.outcomes(Protocol.standard());
        assertThat(MAPPER.writeValueAsString(outcomes)).isEqualTo(IptJson.strict().outcomes().write(outcomes));
        assertThat(MAPPER.readValue(MAPPER.writeValueAsBytes(outcomes), OutcomeReport.class)).isEqualTo(outcomes);
    }

    @Test
    void model_values_inside_the_applications_values_round_trip() {
        Envelope envelope = new Envelope("batch-1", COURSE, List.copyOf(Protocol.catalogue()));
        String json = MAPPER.writeValueAsString(envelope);
        assertThat(MAPPER.readValue(json, Envelope.class)).isEqualTo(envelope);
        JsonNode tree = MAPPER.readTree(json);
        assertThat(MAPPER.treeToValue(tree.get("course"), Course.class)).isEqualTo(COURSE);
    }

    @Test
    void values_convert_through_trees_and_token_buffers() {
        java.util.List<org.iptmodel.core.Session> sessions = new java.util.ArrayList<>(COURSE.sessions());
        sessions.set(0, sessions.get(0).withNotes("lone \uD800 surrogate"));
        Course odd = COURSE.withSessions(sessions);
        assertThat(MAPPER.treeToValue(MAPPER.valueToTree(odd), Course.class)).isEqualTo(odd);
        assertThat(MAPPER.convertValue(odd, Course.class)).isEqualTo(odd);
        assertThat(MAPPER.readValue(MAPPER.writeValueAsBytes(odd), Course.class)).isEqualTo(odd);
    }

    @Test
    void errors_inside_the_applications_values_point_from_the_root_of_its_json() {
        String json = MAPPER.writeValueAsString(new Envelope("batch-1", Samples.small(), List.of()))
                .replace("\"number\":1", "\"number\":0").replace("\"planned_sessions\"", "\"colour\":1,\"planned_sessions\"");
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> MAPPER.readValue(json, Envelope.class))
                .satisfies(e -> assertThat(e.problems()).extracting(JsonProblem::pointer)
                        .containsExactly("/course/contract", "/course/sessions/0/number"));
        assertThat(JsonMapper.builder().addModule(new IptJsonModule().withLenient(true)).build()
                .readValue(json.replace("\"number\":0", "\"number\":1"), Envelope.class).course())
                .isEqualTo(Samples.small());
    }

    @Test
    void syntax_errors_inside_a_document_are_the_modules_exception_without_input_text() {
        String json = IptJson.strict().course().write(Samples.small()).replace("\"pseudo-1\"", "\"pseudo-1\" secret");
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> MAPPER.readValue(json, Course.class))
                .satisfies(e -> {
                    assertThat(e.getMessage()).doesNotContain("secret").doesNotContain("pseudo-1");
                    assertThat(e.problems()).singleElement()
                            .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.SYNTAX));
                });
    }

    @Test
    void the_module_is_configured_by_immutable_copies() {
        IptJsonModule strict = new IptJsonModule();
        IptJsonModule lenient = strict.withLenient(true);
        IptJsonModule limited = lenient.withLimits(JsonLimits.defaults().withMaxSessions(3));
        assertThat(strict.isLenient()).isFalse();
        assertThat(lenient.isLenient()).isTrue();
        assertThat(lenient.limits()).isEqualTo(JsonLimits.defaults());
        assertThat(limited.limits().maxSessions()).isEqualTo(3);
        assertThat(limited.isLenient()).isTrue();
        assertThat(strict.getModuleName()).isEqualTo("iptmodel-json");
        assertThat(strict.version().getArtifactId()).isEqualTo("ipt-json");
        assertThat(strict.version().isUnknownVersion()).isFalse();
        assertThat(IptJson.lenient().toModule().isLenient()).isTrue();
        assertThat(strict.toString()).isEqualTo("IptJsonModule[strict, " + JsonLimits.defaults() + "]");
    }

    @Test
    void the_facade_holds_its_configuration_in_one_module_and_derives_a_new_one_per_change() {
        IptJson json = IptJson.strict();
        assertThat(json.toModule()).isSameAs(json.toModule());
        assertThat(json.withPrettyPrinting(true).toModule()).isSameAs(json.toModule());
        IptJson limited = json.withLenient(true).withLimits(JsonLimits.defaults().withMaxSessions(3));
        assertThat(limited.toModule().isLenient()).isTrue();
        assertThat(limited.toModule().limits()).isEqualTo(limited.limits());
        assertThat(limited.limits().maxSessions()).isEqualTo(3);
        assertThat(json.toModule().isLenient()).isFalse();
        assertThat(json.toModule().limits()).isEqualTo(JsonLimits.defaults());
        // the facade reads with the module's limits, as a mapper holding the module does
        JsonMapper mapper = JsonMapper.builder().addModule(limited.toModule()).build();
        String course = json.course().write(COURSE);
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> limited.course().read(course))
                .satisfies(e -> assertThat(e.problems()).extracting(JsonProblem::kind).contains(ProblemKind.LIMIT));
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> mapper.readValue(course, Course.class))
                .satisfies(e -> assertThat(e.problems()).extracting(JsonProblem::kind).contains(ProblemKind.LIMIT));
    }

    @Test
    void a_configured_module_governs_whether_discovery_runs_before_or_after_it() {
        String json = IptJson.strict().course().write(Samples.small()).replace("\"patient\"", "\"x\":1,\"patient\"");
        JsonMapper before = JsonMapper.builder().findAndAddModules()
                .addModule(new IptJsonModule().withLenient(true)).build();
        JsonMapper after = JsonMapper.builder().addModule(new IptJsonModule().withLenient(true))
                .findAndAddModules().build();
        for (JsonMapper mapper : List.of(before, after)) {
            assertThat(mapper.registeredModules()).filteredOn(m -> m instanceof IptJsonModule)
                    .anySatisfy(m -> assertThat(((IptJsonModule) m).isLenient()).isTrue());
            assertThat(mapper.readValue(json, Course.class)).isEqualTo(Samples.small());
        }
        JsonMapper twice = JsonMapper.builder().findAndAddModules().findAndAddModules()
                .addModule(new IptJsonModule()).build();
        assertThat(twice.registeredModules()).filteredOn(m -> m instanceof IptJsonModule).hasSize(1);
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> twice.readValue(json, Course.class));
    }

    @Test
    void the_mappers_unknown_property_setting_does_not_change_the_modules_strictness() {
        String json = IptJson.strict().course().write(Samples.small()).replace("\"patient\"", "\"x\":1,\"patient\"");
        JsonMapper relaxed = JsonMapper.builder().addModule(new IptJsonModule())
                .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> relaxed.readValue(json, Course.class));
        JsonMapper strictMapper = JsonMapper.builder().addModule(new IptJsonModule().withLenient(true))
                .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        assertThat(strictMapper.readValue(json, Course.class)).isEqualTo(Samples.small());
    }

    /**
     * Surefire runs these tests on the module path (the module has a module-info), where the
     * ServiceLoader ignores META-INF/services of named modules: finding the module here proves
     * the {@code provides} clause.
     */
    @Test
    void find_and_add_modules_finds_the_module_on_the_module_path() {
        Module module = IptJsonModule.class.getModule();
        assertThat(module.isNamed()).isTrue();
        assertThat(module.getName()).isEqualTo("org.iptmodel.json");
        ModuleDescriptor descriptor = module.getDescriptor();
        assertThat(descriptor.provides()).anySatisfy(p -> {
            assertThat(p.service()).isEqualTo(JacksonModule.class.getName());
            assertThat(p.providers()).containsExactly(IptJsonModule.class.getName());
        });
        JsonMapper found = JsonMapper.builder().findAndAddModules().build();
        assertThat(found.registeredModules()).anySatisfy(m -> assertThat(m).isInstanceOf(IptJsonModule.class));
        assertThat(found.readValue(IptJson.strict().course().write(COURSE), Course.class)).isEqualTo(COURSE);
    }

    @Test
    void the_modules_exception_is_a_databind_exception_that_keeps_its_problems_and_quotes_no_input() {
        String json = MAPPER.writeValueAsString(new Envelope("batch-1", Samples.small(), List.of()))
                .replace("\"number\":1", "\"number\":\"zqx-secret\"");
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> MAPPER.readValue(json, Envelope.class));
        assertThat(thrown).isInstanceOf(tools.jackson.databind.DatabindException.class)
                .isInstanceOf(IptJsonException.class);
        assertThat(thrown.getMessage()).doesNotContain("zqx-secret");
        assertThat(((IptJsonException) thrown).problems()).extracting(JsonProblem::pointer)
                .containsExactly("/course/sessions/0/number");
    }
}
