package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schemas shipped in the jar: valid draft 2020-12, consistent with each other, and
 * describing exactly the properties, required properties and enum spellings of the format.
 */
class SchemaTest {
    private static final Map<String, ObjectFormat<?, ?>> OBJECTS = Map.ofEntries(
            entry("protocol", ModelFormats.PROTOCOL), entry("int_range", ModelFormats.RANGE),
            entry("severity_band", ModelFormats.BAND), entry("instrument", ModelFormats.INSTRUMENT),
            entry("measurement", ModelFormats.MEASUREMENT), entry("session", ModelFormats.SESSION),
            entry("person", ModelFormats.PERSON), entry("inventory", ModelFormats.INVENTORY),
            entry("issue", ModelFormats.ISSUE), entry("focus", ModelFormats.FOCUS),
            entry("amendment", ModelFormats.AMENDMENT), entry("contract", ModelFormats.CONTRACT),
            entry("formulation", ModelFormats.FORMULATION), entry("sick_role", ModelFormats.SICK_ROLE),
            entry("treatment", ModelFormats.TREATMENT), entry("termination", ModelFormats.TERMINATION),
            entry("discontinuation", ModelFormats.DISCONTINUATION),
            entry("ranking_policy", RankingFormats.POLICY), entry("ranking_context", RankingFormats.CONTEXT),
            entry("ranked_issue", RankingFormats.ENTRY), entry("ranking_flag", RankingFormats.FLAG),
            entry("planned_session", ScheduleFormats.PLANNED_SESSION), entry("safety_flag", ReportFormats.SAFETY_FLAG),
            entry("safety_notice", ReportFormats.SAFETY_NOTICE), entry("started_treatment", ReportFormats.STARTED_TREATMENT),
            entry("deviation", ReportFormats.DEVIATION), entry("outcome_criteria", ReportFormats.CRITERIA),
            entry("score", ReportFormats.SCORE), entry("instrument_outcome", ReportFormats.OUTCOME));

    static Stream<Document<?>> documents() {
        return Documents.ALL.stream();
    }

    private static JsonNode schema(Document<?> document) {
        return Mutator.MAPPER.readTree(IptJson.strict().codec(document).schema());
    }

    /** The definition of a name in the first schema that has it, or null. */
    private static JsonNode definition(String name) {
        return documents().map(d -> schema(d).get("$defs").get(name)).filter(d -> d != null).findFirst().orElse(null);
    }

    private static List<String> names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.properties().forEach(e -> names.add(e.getKey()));
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asString()));
        return list;
    }

    @ParameterizedTest
    @MethodSource("documents")
    void each_schema_is_valid_draft_2020_12_with_its_id(Document<?> document) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        com.networknt.schema.Schema meta = registry.getSchema(
                SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        String text = IptJson.strict().codec(document).schema();
        assertThat(meta.validate(text, InputFormat.JSON)).isEmpty();
        JsonNode schema = schema(document);
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asString()).isEqualTo(Schemas.ID_PREFIX + Schemas.fileOf(document));
        assertThat(Schemas.fileOf(document)).isEqualTo(document.name().substring("iptmodel/".length())
                + "-v" + FormatVersion.CURRENT + ".schema.json");
    }

    @ParameterizedTest
    @MethodSource("documents")
    void each_schema_requires_the_header(Document<?> document) {
        JsonNode schema = schema(document);
        assertThat(schema.at("/properties/schema/const").asString()).isEqualTo(document.name());
        assertThat(schema.at("/properties/version/const").asInt()).isEqualTo(FormatVersion.CURRENT);
        assertThat(strings(schema.get("required"))).startsWith("schema", "version");
    }

    @Test
    void definitions_shared_by_several_schemas_are_identical() {
        List<JsonNode> schemas = documents().map(SchemaTest::schema).toList();
        for (JsonNode a : schemas) {
            for (JsonNode b : schemas) {
                a.get("$defs").properties().forEach(e -> {
                    if (b.get("$defs").has(e.getKey())) {
                        assertThat(b.get("$defs").get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
                    }
                });
            }
        }
    }

    @Test
    void the_object_definitions_list_the_formats_properties_in_writing_order() {
        OBJECTS.forEach((name, format) -> {
            JsonNode def = definition(name);
            assertThat(def).as(name).isNotNull();
            assertThat(names(def.get("properties"))).as(name)
                    .containsExactlyElementsOf(format.props().stream().map(p -> p.json).toList());
            List<String> required = def.has("required") ? strings(def.get("required")) : List.of();
            assertThat(required).as(name).containsExactlyElementsOf(
                    format.props().stream().filter(Prop::isRequired).map(p -> p.json).toList());
        });
    }

    @ParameterizedTest
    @MethodSource("documents")
    void the_document_lists_the_formats_properties_in_writing_order(Document<?> document) {
        JsonNode schema = schema(document);
        JsonNode properties = schema.get("properties");
        List<String> body = document.body().props().stream().map(p -> p.json).toList();
        List<String> required = document.body().props().stream().filter(Prop::isRequired).map(p -> p.json).toList();
        if (properties.size() == 2) {
            // the body is a shared definition, closed with unevaluatedProperties
            String ref = schema.get("$ref").asString();
            JsonNode def = schema.at(ref.substring(1));
            assertThat(names(def.get("properties"))).containsExactlyElementsOf(body);
            assertThat(strings(def.get("required"))).containsExactlyElementsOf(required);
            assertThat(schema.get("unevaluatedProperties").asBoolean(true)).isFalse();
        } else {
            assertThat(names(properties)).containsExactlyElementsOf(
                    Stream.concat(Stream.of("schema", "version"), body.stream()).toList());
            assertThat(strings(schema.get("required"))).containsExactlyElementsOf(
                    Stream.concat(Stream.of("schema", "version"), required.stream()).toList());
            assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
        }
    }

    @Test
    void the_enum_definitions_are_the_formats_spellings() {
        for (EnumFormat<?> format : Spellings.ALL) {
            String name = format.noun().replace(' ', '_');
            assertThat(definition(name)).as(name).isNotNull();
            assertThat(strings(definition(name).get("enum"))).as(name).containsExactlyElementsOf(format.spellings());
        }
        JsonNode defs = schema(Documents.COURSE).get("$defs");
        assertThat(strings(defs.at("/instrument_ref/anyOf/0/enum")))
                .containsExactlyElementsOf(Instrument.catalogue().stream().map(Instrument::code).toList());
        assertThat(strings(defs.at("/reference/enum")))
                .containsExactlyElementsOf(Bibliography.all().stream().map(Reference::key).toList());
    }

    @Test
    void the_schema_rejects_what_the_strict_reader_rejects_structurally() {
        String good = IptJson.strict().course().write(Samples.small());
        assertThat(Schemas.errors(Documents.COURSE, good)).isEmpty();
        assertThat(Schemas.errors(Documents.COURSE, good.replace("\"planned_sessions\"", "\"x\":1,\"planned_sessions\"")))
                .isNotEmpty();
        assertThat(Schemas.errors(Documents.COURSE, good.replace("\"initial\"", "\"pre_initial\""))).isNotEmpty();
        assertThat(Schemas.errors(Documents.COURSE, good.replace("\"2026-01-05\"", "\"2026-1-5\""))).isNotEmpty();
        assertThat(Schemas.errors(Documents.COURSE, good.replace("\"PT50M\"", "\"50\""))).isNotEmpty();
        assertThat(Schemas.errors(Documents.COURSE, good.replace("\"phq-9\"", "\"phq-8\""))).isNotEmpty();
        assertThat(Schemas.errors(Documents.COURSE, good.replace("\"id\":\"c-small\",", ""))).isNotEmpty();
        assertThat(Schemas.errors(Documents.COURSE, good.replace("\"version\":1", "\"version\":2"))).isNotEmpty();
        String protocol = IptJson.strict().protocol().write(org.iptmodel.core.Protocol.standard());
        assertThat(Schemas.errors(Documents.PROTOCOL, protocol)).isEmpty();
        assertThat(Schemas.errors(Documents.PROTOCOL, protocol.replace("\"name\"", "\"x\":1,\"name\""))).isNotEmpty();
        assertThat(Schemas.errors(Documents.COURSE, good.replace("\"format\"", "\"schema\":\"x\",\"format\"")))
                .isNotEmpty();
        String ranking = IptJson.strict().ranking().write(DocumentSamples.rankingWithFlags());
        assertThat(Schemas.errors(Documents.RANKING, ranking)).isEmpty();
        assertThat(Schemas.errors(Documents.RANKING, ranking.replace("\"onset-link\"", "\"onset link\""))).isNotEmpty();
        assertThat(Schemas.errors(Documents.RANKING, ranking.replace("\"grief_without_death\"", "\"grief\"")))
                .isNotEmpty();
        assertThat(Schemas.errors(Documents.RANKING, ranking.replace("\"position\":1,", ""))).isNotEmpty();
        assertThat(Schemas.errors(Documents.RANKING, ranking.replace("\"format\"", "\"x\":1,\"format\"")))
                .isNotEmpty();
        String schedule = IptJson.strict().schedule().write(DocumentSamples.schedule(org.iptmodel.core.Protocol.standard()));
        assertThat(Schemas.errors(Documents.SCHEDULE, schedule)).isEmpty();
        assertThat(Schemas.errors(Documents.SCHEDULE, schedule.replace("\"number\":1,", "\"number\":0,"))).isNotEmpty();
        assertThat(Schemas.errors(Documents.SCHEDULE, schedule.replace("\"maintenance\"", "\"later\""))).isNotEmpty();
        String custom = "{\"code\":\"x\",\"name\":\"x\",\"max_score\":27,\"bands\":[{\"severity\":\"mild\","
                + "\"from\":0,\"to\":27}],\"remission_max\":0,\"depressed_min\":1,\"references\":[\"kroenke-2001\"]}";
        String withCustom = good.replace("\"phq-9\"", custom);
        assertThat(Schemas.errors(Documents.COURSE, withCustom)).isEmpty();
        assertThat(IptJson.strict().course().read(withCustom).sessions().get(0).measurements().get(0).instrument()
                .references()).containsExactly(Bibliography.KROENKE_2001);
        String unknownWork = withCustom.replace("\"kroenke-2001\"", "\"kroenke-2099\"");
        assertThat(Schemas.errors(Documents.COURSE, unknownWork)).isNotEmpty();
        assertThat(catchThrowableOfType(IptJsonException.class, () -> IptJson.strict().course().read(unknownWork))
                .problems()).anySatisfy(p -> {
                    assertThat(p.kind()).isEqualTo(ProblemKind.INVALID_VALUE);
                    assertThat(p.pointer()).isEqualTo("/sessions/0/measurements/0/instrument/references/0");
                    assertThat(p.message()).doesNotContain("2099");
                });
        assertThat(catchThrowableOfType(IptJsonException.class, () -> IptJson.lenient().course().read(unknownWork))
                .problems()).extracting(JsonProblem::pointer)
                .containsExactly("/sessions/0/measurements/0/instrument/references/0");
        String noDepressedRange = withCustom.replace(",\"depressed_min\":1", "");
        assertThat(Schemas.errors(Documents.COURSE, noDepressedRange)).isNotEmpty();
        assertThat(catchThrowableOfType(IptJsonException.class, () -> IptJson.strict().course()
                .read(noDepressedRange)).problems()).anySatisfy(p -> {
                    assertThat(p.kind()).isEqualTo(ProblemKind.MISSING);
                    assertThat(p.pointer()).isEqualTo("/sessions/0/measurements/0/instrument/depressed_min");
                });
        String adherence = IptJson.strict().adherence().write(DocumentSamples.adherence(org.iptmodel.core.Protocol.counselling()));
        assertThat(Schemas.errors(Documents.ADHERENCE, adherence)).isEmpty();
        assertThat(Schemas.errors(Documents.ADHERENCE, adherence.replace("\"serious\"", "\"grave\""))).isNotEmpty();
    }
}
