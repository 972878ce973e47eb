package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.iptmodel.core.ranking.RankingRule;
import org.iptmodel.core.ranking.RankingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * FORMAT.md is the documentation of the format: its tables must list exactly the properties and
 * spellings of the code, in writing order, and its full example must be a document the writer
 * writes.
 */
class FormatDocumentTest {
    private static String text;
    private static Map<String, List<String>> tables;

    @BeforeAll
    static void readTheDocument() throws IOException {
        text = Files.readString(Path.of("FORMAT.md"));
        tables = new LinkedHashMap<>();
        String section = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("### `")) {
                section = line.substring(5, line.indexOf('`', 5));
                tables.put(section, new ArrayList<>());
            } else if (section != null && line.startsWith("| `")) {
                tables.get(section).add(line.substring(3, line.indexOf('`', 3)));
            } else if (line.startsWith("## ")) {
                section = null;
            }
        }
    }

    @Test
    void each_object_table_lists_the_formats_properties_in_writing_order() {
        Map<String, ObjectFormat<?, ?>> objects = new LinkedHashMap<>();
        objects.put("course", ModelFormats.COURSE);
        objects.put("protocol", ModelFormats.PROTOCOL);
        objects.put("int_range", ModelFormats.RANGE);
        objects.put("contract", ModelFormats.CONTRACT);
        objects.put("amendment", ModelFormats.AMENDMENT);
        objects.put("focus", ModelFormats.FOCUS);
        objects.put("inventory", ModelFormats.INVENTORY);
        objects.put("person", ModelFormats.PERSON);
        objects.put("issue", ModelFormats.ISSUE);
        objects.put("formulation", ModelFormats.FORMULATION);
        objects.put("sick_role", ModelFormats.SICK_ROLE);
        objects.put("session", ModelFormats.SESSION);
        objects.put("measurement", ModelFormats.MEASUREMENT);
        objects.put("instrument", ModelFormats.INSTRUMENT);
        objects.put("severity_band", ModelFormats.BAND);
        objects.put("treatment", ModelFormats.TREATMENT);
        objects.put("termination", ModelFormats.TERMINATION);
        objects.put("discontinuation", ModelFormats.DISCONTINUATION);
        objects.put("ranking", RankingFormats.RANKING);
        objects.put("ranking_policy", RankingFormats.POLICY);
        objects.put("ranking_context", RankingFormats.CONTEXT);
        objects.put("ranked_issue", RankingFormats.ENTRY);
        objects.put("ranking_flag", RankingFormats.FLAG);
        objects.put("schedule", ScheduleFormats.SCHEDULE);
        objects.put("planned_session", ScheduleFormats.PLANNED_SESSION);
        objects.put("adherence", ReportFormats.ADHERENCE);
        objects.put("safety_flag", ReportFormats.SAFETY_FLAG);
        objects.put("safety_notice", ReportFormats.SAFETY_NOTICE);
        objects.put("deviation", ReportFormats.DEVIATION);
        objects.put("outcomes", ReportFormats.OUTCOMES);
        objects.put("outcome_criteria", ReportFormats.CRITERIA);
        objects.put("instrument_outcome", ReportFormats.OUTCOME);
        objects.put("started_treatment", ReportFormats.STARTED_TREATMENT);
        objects.put("score", ReportFormats.SCORE);
        Set<String> documents = Set.of("course", "ranking", "schedule", "adherence", "outcomes");
        objects.forEach((name, format) -> {
            List<String> expected = format.props().stream().map(p -> p.json).toList();
            if (documents.contains(name)) {
                expected = Stream.concat(Stream.of("schema", "version"), expected.stream()).toList();
            }
            assertThat(tables.get(name)).as(name).containsExactlyElementsOf(expected);
        });
    }

    @Test
    void each_enum_table_lists_the_spellings_in_order() {
        for (EnumFormat<?> format : Spellings.ALL) {
            String name = format.noun().replace(' ', '_');
            assertThat(tables.get(name)).as(name).containsExactlyElementsOf(format.spellings());
        }
    }

    @Test
    void the_documents_table_lists_every_document_type_and_its_schema() {
        for (Document<?> document : Documents.ALL) {
            assertThat(text).contains("| `" + document.name() + "` |")
                    .contains("`org/iptmodel/json/" + document.schemaResource() + "`");
        }
    }

    @Test
    void the_rule_table_lists_the_built_in_rules_a_ranking_reader_reads() {
        assertThat(tables.get("ranking_rule")).containsExactlyElementsOf(
                RankingRules.all().stream().map(RankingRule::name).toList());
    }

    @Test
    void the_full_example_is_the_golden_standard_course() {
        String marker = "## Full example";
        int start = text.indexOf("```json\n", text.indexOf(marker)) + "```json\n".length();
        int end = text.indexOf("```\n", start);
        String example = text.substring(start, end);
        assertThat(example).isEqualTo(Golden.text("course-ipt-standard.json"));
        IptJson pretty = IptJson.strict().withPrettyPrinting(true);
        assertThat(pretty.course().write(pretty.course().read(example))).isEqualTo(example);
    }

    @Test
    void the_documented_limits_are_the_defaults() {
        assertThat(text).contains("| `maxSessions` | 10,000 |").contains("| `maxIssues` | 1,000 |")
                .contains("| `maxPeople` | 1,000 |").contains("| `maxArrayItems` | 1,000 |")
                .contains("| `maxNestingDepth` | 32 |").contains("| `maxDocumentLength` | 16 MiB |")
                .contains("| `maxStringLength` | 1,048,576 chars |");
        assertThat(JsonLimits.defaults().maxStringLength()).isEqualTo(1_048_576);
        assertThat(JsonLimits.MAX_NUMBER_LENGTH).isEqualTo(32);
        assertThat(JsonLimits.MAX_NAME_LENGTH).isEqualTo(1_000);
        assertThat(JsonLimits.MAX_PROBLEMS).isEqualTo(100);
    }
}
