package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iptmodel.core.ModelRule;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipped schemas agree with the strict reader: a near-miss document ({@link NearMisses}: a valid
 * document of any type changed at any place in one of the ways a document gets almost right) is
 * refused by the schema of its type exactly when the strict reader refuses it, except where every
 * problem the reader reports is one of the rules JSON Schema cannot state ({@link #UNSTATED}, listed
 * with an example each in FORMAT.md, "What the schemas cannot state"). The valid documents are the
 * golden files (the values of {@link DocumentSamples}) and the documents of {@link Generators} (which
 * mix {@link RandomModel}'s); the golden files of standard IPT, the flags ranking and the group and
 * maintenance protocols are changed at every place in every way, the others at random.
 */
class SchemaAgreementProperties {
    private static final IptJson STRICT = IptJson.strict();

    /** Pointer patterns of the places rules concern. */
    private static final String INSTRUMENT = "(?:/sessions/\\d+/measurements/\\d+|/outcomes/\\d+)/instrument";
    private static final String PROTOCOL = "(?:|/protocol|/context/protocol)";
    private static final String ISSUE = "(?:/issues/\\d+|/entries/\\d+/issue)";
    private static final String INVENTORY = "(?:/inventory|/context/inventory)";

    /** One change of a golden file: set the value at a pointer, or remove it. */
    record Edit(String pointer, String json, boolean remove) {
        static Edit set(String pointer, String json) {
            return new Edit(pointer, json, false);
        }

        static Edit remove(String pointer) {
            return new Edit(pointer, null, true);
        }

        /** The edit as FORMAT.md shows it. */
        String shown() {
            return remove ? "`" + pointer + "` removed" : "`" + pointer + "`: `" + json + "`";
        }
    }

    /** A condition on the document at a problem's pointer. */
    interface Where {
        boolean holds(JsonNode document, String pointer);
    }

    /** Durations whose seconds of 60 or more stand beside hours or minutes: the form whose sum the schema leaves. */
    private static final Pattern CARRIED = Pattern.compile(
            "PT(?:0*([0-9]+)H)?(?:0*([0-9]+)M)?0*([0-9]+)(?:\\.[0-9]+)?S");

    private static boolean carriedDuration(JsonNode document, String pointer) {
        Matcher m = CARRIED.matcher(document.at(pointer).asString(""));
        return m.matches() && (m.group(1) != null && !m.group(1).equals("0") || m.group(2) != null
                && !m.group(2).equals("0")) && Long.parseLong(m.group(3)) >= 60;
    }

    private static boolean customInstrument(JsonNode document, String pointer) {
        String owner = pointer.replaceFirst("^(/sessions/\\d+/measurements/\\d+|/outcomes/\\d+).*$", "$1");
        return document.at(owner + "/instrument").isObject();
    }

    /**
     * A rule of the strict reader that the schemas cannot state: the problems it gives (their kind,
     * rule and pointers), and an example, a golden file with edits, that the schema accepts and the
     * reader refuses for this rule.
     *
     * @param name the rule's name in FORMAT.md
     * @param kind the kind of the reader's problem
     * @param rule the model rule of the problem, or null for a result the reader computes again
     * @param pointer the pointers of the problems, a regular expression
     * @param where what must hold at the pointer besides: the instrument is given in full (the schema
     *     states the bounds of the catalogue instruments), the duration has the form whose sum the
     *     schema leaves
     * @param file the example's golden file
     * @param edits the example's changes
     */
    record Unstated(String name, ProblemKind kind, ModelRule rule, Pattern pointer, Where where, String file,
            List<Edit> edits) {

        static Unstated of(String name, ModelRule rule, String pointer, String file, Edit... edits) {
            return new Unstated(name, ProblemKind.INVALID_VALUE, rule, Pattern.compile(pointer), (d, p) -> true,
                    file, List.of(edits));
        }

        Unstated where(Where condition) {
            return new Unstated(name, kind, rule, pointer, condition, file, edits);
        }

        boolean covers(JsonNode document, JsonProblem problem) {
            return problem.kind() == kind && problem.rule().orElse(null) == rule
                    && pointer.matcher(problem.pointer()).matches() && where.holds(document, problem.pointer());
        }

        /** The example as FORMAT.md shows it. */
        String shown() {
            return "`" + file + "`, " + edits.stream().map(Edit::shown).collect(Collectors.joining(", "));
        }
    }

    /**
     * The rules of the strict reader that JSON Schema cannot state: each relates values the schema
     * cannot compare (two numbers, two dates, an element and the elements before it, a reference and
     * what it names, a value and what the model computes), except {@code duration_parts_sum}, a sum
     * the pattern of a duration would need thousands of alternatives to state.
     */
    static final List<Unstated> UNSTATED = List.of(
            Unstated.of("range_order", ModelRule.RANGE_ORDER, ".*/(?:max|to|max_session_length)",
                    "protocol-ipt-standard.json", Edit.set("/acute_sessions/min", "17")),
            Unstated.of("phases_fit_protocol", ModelRule.PHASES_FIT_PROTOCOL,
                    PROTOCOL + "/(?:acute_sessions|termination_notice)", "protocol-ipt-standard.json",
                    Edit.set("/termination_notice/max", "17")),
            Unstated.of("duration_parts_sum", ModelRule.VALUE_IN_RANGE,
                    ".*/(?:length|session_length|min_session_length|max_session_length)", "course-ipt-standard.json",
                    Edit.set("/sessions/0/length", "\"PT7H59M61S\"")).where(SchemaAgreementProperties::carriedDuration),
            Unstated.of("session_numbering", ModelRule.SESSION_NUMBERING, "/sessions/\\d+/number",
                    "course-ipt-standard.json", Edit.set("/sessions/1/number", "3")),
            Unstated.of("session_dates", ModelRule.SESSION_DATES, "/sessions/\\d+/date", "course-ipt-standard.json",
                    Edit.set("/sessions/2/date", "\"2026-01-12\"")),
            Unstated.of("sessions_from_contract_start", ModelRule.DATE_ORDER, "/sessions/0/date",
                    "course-ipt-standard.json", Edit.set("/sessions/0/date", "\"2026-01-04\"")),
            Unstated.of("phase_order", ModelRule.PHASE_ORDER, "/sessions/\\d+/phase", "course-ipt-standard.json",
                    Edit.set("/sessions/4/phase", "\"initial\"")),
            Unstated.of("maintenance_after_acute", ModelRule.MAINTENANCE_AFTER_ACUTE, "/sessions/\\d+/phase",
                    "course-ipt-standard.json", Edit.set("/sessions/14/phase", "\"maintenance\""),
                    Edit.set("/sessions/15/phase", "\"maintenance\"")),
            Unstated.of("known_person", ModelRule.KNOWN_PERSON, ISSUE + "/people/\\d+", "course-ipt-standard.json",
                    Edit.set("/issues/2/people/0", "\"p-9\"")),
            Unstated.of("unique_issue_ids", ModelRule.UNIQUE_IDS, ISSUE + "/id", "course-ipt-standard.json",
                    Edit.set("/issues/2/id", "\"i-1\"")),
            Unstated.of("unique_person_ids", ModelRule.UNIQUE_IDS, INVENTORY + "/people/\\d+/id",
                    "course-ipt-standard.json", Edit.set("/inventory/people/2/id", "\"p-2\""),
                    Edit.set("/issues/2/people/0", "\"p-2\"")),
            Unstated.of("known_issue", ModelRule.KNOWN_ISSUE,
                    "(?:/focus|/contract/amendments/\\d+/new_focus)/issues/\\d+", "course-ipt-standard.json",
                    Edit.set("/focus/issues/1", "\"i-9\"")),
            Unstated.of("amendment_dates", ModelRule.DATE_ORDER, "/contract/amendments/\\d+/date",
                    "course-ipt-standard.json", Edit.set("/contract/amendments/1/date", "\"2026-02-15\"")),
            Unstated.of("formulation_dates", ModelRule.DATE_ORDER, "/formulation/accepted_on",
                    "course-ipt-standard.json", Edit.set("/formulation/accepted_on", "\"2026-01-18\"")),
            Unstated.of("treatment_dates", ModelRule.DATE_ORDER, "/concurrent_treatments/\\d+/stopped",
                    "course-ipt-standard.json", Edit.set("/concurrent_treatments/0/stopped", "\"2025-11-02\"")),
            Unstated.of("termination_date", ModelRule.DATE_ORDER, "/termination/date", "course-ipt-standard.json",
                    Edit.set("/termination/date", "\"2026-04-19\"")),
            Unstated.of("discontinuation_date", ModelRule.DATE_ORDER, "/discontinuation/date", "course-ipc.json",
                    Edit.set("/discontinuation/date", "\"2026-01-06\"")),
            Unstated.of("announced_at_known_session", ModelRule.KNOWN_SESSION, "/termination/announced_at_session",
                    "course-ipt-standard.json", Edit.set("/termination/announced_at_session", "17")),
            Unstated.of("one_measurement_per_instrument", ModelRule.DISTINCT,
                    "/sessions/\\d+/measurements/\\d+/instrument", "course-ipt-standard.json",
                    Edit.set("/sessions/0/measurements/1", "{\"instrument\":\"phq-9\",\"total\":18}")),
            Unstated.of("items_sum_to_total", ModelRule.SCORE_MATCHES_INSTRUMENT,
                    "/sessions/\\d+/measurements/\\d+/items", "course-ipt-standard.json",
                    Edit.set("/sessions/0/measurements/0/total", "17")),
            Unstated.of("score_within_instrument", ModelRule.VALUE_IN_RANGE,
                    "(?:/sessions/\\d+/measurements/\\d+/(?:total|items/\\d+)|/outcomes/\\d+/scores/\\d+/total)",
                    "course-ipt-standard.json", Edit.set("/sessions/0/measurements/2/items/4", "5"),
                    Edit.set("/sessions/0/measurements/2/total", "17"))
                    .where(SchemaAgreementProperties::customInstrument),
            Unstated.of("items_of_instrument", ModelRule.SCORE_MATCHES_INSTRUMENT,
                    "/sessions/\\d+/measurements/\\d+/items", "course-ipt-standard.json",
                    Edit.remove("/sessions/0/measurements/2/items/4"), Edit.set("/sessions/0/measurements/2/total",
                            "12")).where(SchemaAgreementProperties::customInstrument),
            Unstated.of("item_maxima_sum", ModelRule.SCORE_MATCHES_INSTRUMENT, INSTRUMENT + "/item_maxima",
                    "course-ipt-standard.json", Edit.set("/sessions/0/measurements/2/instrument/max_score", "21"),
                    Edit.set("/sessions/0/measurements/2/instrument/bands/3/to", "21")),
            Unstated.of("bands_cover_range", ModelRule.BANDS_COVER_RANGE, "(?:" + INSTRUMENT + "|/outcomes/\\d+)/bands",
                    "course-ipt-standard.json", Edit.set("/sessions/0/measurements/2/instrument/bands/1/from", "6")),
            Unstated.of("thresholds_within_instrument", ModelRule.VALUE_IN_RANGE,
                    "(?:" + INSTRUMENT + "|/outcomes/\\d+)/(?:remission_max|depressed_min)", "course-ipt-standard.json",
                    Edit.set("/sessions/0/measurements/2/instrument/remission_max", "8")),
            Unstated.of("suicidality_item_within_items", ModelRule.VALUE_IN_RANGE, INSTRUMENT + "/suicidality_item",
                    "course-ipt-standard.json", Edit.set("/sessions/0/measurements/2/instrument/suicidality_item",
                            "6")),
            Unstated.of("ranking_record", ModelRule.RANKING_RECORD,
                    "/entries/\\d+/(?:position|decided_by|reason)|/flags/\\d+(?:/code)?", "ranking-flags.json",
                    Edit.set("/entries/1/position", "3")),
            Unstated.of("flag_of_ranked_issue", ModelRule.KNOWN_ISSUE, "/flags/\\d+/issue", "ranking-flags.json",
                    Edit.set("/flags/0/issue", "\"i-9\"")),
            Unstated.of("skipped_dates_order", null, "/skipped_dates/\\d+", "schedule-ipt-standard.json",
                    Edit.set("/skipped_dates/1", "\"2026-02-10\"")),
            Unstated.of("planned_off_skipped_dates", ModelRule.VALUE_IN_RANGE, "/sessions/\\d+/date",
                    "schedule-ipt-standard.json", Edit.set("/sessions/6/date", "\"2026-02-16\"")),
            Unstated.of("termination_notice_within_acute", ModelRule.VALUE_IN_RANGE, "/termination_notice",
                    "schedule-ipt-standard.json", Edit.set("/termination_notice", "15")),
            Unstated.of("planned_sessions_sum", ModelRule.VALUE_IN_RANGE, "/(?:acute|maintenance)_session_count",
                    "schedule-ipt-standard.json", Edit.set("/acute_session_count", "10000")),
            Unstated.of("report_order", ModelRule.REPORT_ORDER,
                    "/(?:safety_flags|safety_notices|deviations|concurrent_treatments)/\\d+"
                            + "|/outcomes/\\d+/scores/\\d+/session",
                    "adherence-ipt-m.json", Edit.set("/deviations/0/code", "\"focus_area_not_linked\""),
                    Edit.set("/deviations/0/severity", "\"warning\"")),
            Unstated.of("deviation_sessions_ascending", ModelRule.VALUE_IN_RANGE, "/deviations/\\d+/sessions/\\d+",
                    "adherence-ipt-g.json", Edit.set("/deviations/0/sessions", "[20,17]")),
            Unstated.of("criteria_order", ModelRule.VALUE_IN_RANGE,
                    "/criteria/(?:response_reduction|partial_response_reduction)", "outcomes-ipt-standard.json",
                    Edit.set("/criteria/partial_response_reduction", "60")),
            Unstated.of("score_dates", ModelRule.DATE_ORDER, "/outcomes/\\d+/scores/\\d+/date",
                    "outcomes-ipt-standard.json", Edit.set("/outcomes/0/scores/1/date", "\"2026-01-04\"")),
            Unstated.of("one_outcome_per_instrument", ModelRule.DISTINCT, "/outcomes/\\d+/instrument",
                    "outcomes-ipt-standard.json", Edit.set("/outcomes/1", "{\"instrument\":\"phq-9\","
                            + "\"remission_max\":4,\"depressed_min\":10,\"scores\":[{\"session\":1,"
                            + "\"date\":\"2026-01-05\",\"total\":18,\"severity\":\"severe\"}]}")));

    /** What valid documents of each type hold at each place, for the near misses that take values from them. */
    private static final Map<Document<?>, NearMisses.Harvest> HARVEST = new HashMap<>();

    static {
        for (Document<?> d : Documents.ALL) {
            HARVEST.put(d, new NearMisses.Harvest());
        }
        for (String file : NearMisses.goldenFiles()) {
            HARVEST.get(NearMisses.documentOf(file)).add(Golden.text(file));
        }
    }

    /** A valid document and its type. */
    record Valid(Document<?> document, String json) {
        @Override
        public String toString() {
            return document.name();
        }
    }

    // ---------------------------------------------------------------- agreement

    /** The verdicts of the schema and the strict reader on one document. */
    record Verdicts(List<Error> schema, List<JsonProblem> reader) {
        static Verdicts of(Document<?> document, String json) {
            List<JsonProblem> problems;
            try {
                STRICT.codec(document).read(json);
                problems = List.of();
            } catch (IptJsonException e) {
                problems = e.problems();
            }
            return new Verdicts(Schemas.errors(document, json), problems);
        }

        /** The unstated rules that cover every problem of the reader, or null if a problem is covered by none. */
        Set<String> unstated(String json) {
            JsonNode tree = Mutator.MAPPER.readTree(json);
            Set<String> names = new LinkedHashSet<>();
            for (JsonProblem p : reader) {
                Unstated rule = UNSTATED.stream().filter(u -> u.covers(tree, p)).findFirst().orElse(null);
                if (rule == null) {
                    return null;
                }
                names.add(rule.name());
            }
            return names;
        }

        /**
         * Whether the verdicts agree: both accept, both refuse, or the schema accepts what the reader
         * refuses only for rules the schemas cannot state.
         */
        boolean agree(String json) {
            if (schema.isEmpty() == reader.isEmpty()) {
                return true;
            }
            return schema.isEmpty() && unstated(json) != null;
        }
    }

    private static void assertAgree(Document<?> document, NearMisses.Mutant mutant) {
        Verdicts verdicts = Verdicts.of(document, mutant.json());
        assertThat(verdicts.agree(mutant.json()))
                .as("%s %s: the schema says %s, the strict reader says %s, in %s", document.name(), mutant,
                        verdicts.schema(), verdicts.reader(), mutant.json())
                .isTrue();
    }

    @Test
    void every_near_miss_of_a_golden_file_of_each_type_is_judged_alike() {
        List<String> files = new ArrayList<>();
        for (Document<?> d : Documents.ALL) {
            files.add(d.name().substring("iptmodel/".length()) + "-ipt-standard.json");
        }
        files.add("ranking-flags.json");
        files.add("protocol-ipt-g.json");
        files.add("protocol-ipt-m.json");
        Set<String> disagreements = new LinkedHashSet<>();
        int count = 0;
        for (String file : files) {
            Document<?> document = NearMisses.documentOf(file);
            String json = Golden.text(file);
            for (NearMisses.Mutant mutant : NearMisses.all(json, HARVEST.get(document))) {
                count++;
                Verdicts verdicts = Verdicts.of(document, mutant.json());
                if (!verdicts.agree(mutant.json())) {
                    disagreements.add(file + " " + mutant + ": schema " + verdicts.schema().size() + " errors "
                            + verdicts.schema().stream().limit(2).map(Error::toString).toList() + ", reader "
                            + verdicts.reader().stream().map(p -> p.kind() + " " + p.pointer() + " "
                                    + p.rule().map(Enum::name).orElse("") + " " + p.message()).toList());
                }
            }
        }
        assertThat(count).isGreaterThan(10_000);
        assertThat(disagreements).as("%d near misses", count).isEmpty();
    }

    @Provide
    Arbitrary<Valid> valids() {
        return Arbitraries.oneOf(
                Arbitraries.of(NearMisses.goldenFiles()).map(f -> new Valid(NearMisses.documentOf(f), Golden.text(f))),
                Generators.courses().map(c -> new Valid(Documents.COURSE, STRICT.course().write(c))),
                Generators.protocols().map(p -> new Valid(Documents.PROTOCOL, STRICT.protocol().write(p))),
                Generators.rankings().map(r -> new Valid(Documents.RANKING, STRICT.ranking().write(r))),
                Generators.schedules().map(s -> new Valid(Documents.SCHEDULE, STRICT.schedule().write(s))),
                Generators.adherenceReports().map(a -> new Valid(Documents.ADHERENCE, STRICT.adherence().write(a))),
                Generators.outcomeReports().map(o -> new Valid(Documents.OUTCOMES, STRICT.outcomes().write(o))));
    }

    @Provide
    Arbitrary<Random> randoms() {
        return Arbitraries.randoms();
    }

    @Property(tries = 500)
    void near_misses_of_any_valid_document_are_judged_alike(@ForAll("valids") Valid valid,
            @ForAll("randoms") Random random) {
        assertThat(Verdicts.of(valid.document(), valid.json()).schema()).isEmpty();
        for (int i = 0; i < 8; i++) {
            assertAgree(valid.document(), NearMisses.random(valid.json(), HARVEST.get(valid.document()), random));
        }
    }

    // ---------------------------------------------------------------- the rules the schemas cannot state

    /** The golden file with the example's edits. */
    static String example(Unstated rule) {
        JsonNode root = Mutator.MAPPER.readTree(Golden.text(rule.file()));
        for (Edit edit : rule.edits()) {
            int slash = edit.pointer().lastIndexOf('/');
            JsonNode parent = root.at(edit.pointer().substring(0, slash));
            String last = edit.pointer().substring(slash + 1);
            if (parent.isArray()) {
                tools.jackson.databind.node.ArrayNode array = (tools.jackson.databind.node.ArrayNode) parent;
                if (edit.remove()) {
                    array.remove(Integer.parseInt(last));
                } else {
                    array.set(Integer.parseInt(last), Mutator.MAPPER.readTree(edit.json()));
                }
            } else if (edit.remove()) {
                ((ObjectNode) parent).remove(last);
            } else {
                ((ObjectNode) parent).set(last, Mutator.MAPPER.readTree(edit.json()));
            }
        }
        return Mutator.MAPPER.writeValueAsString(root);
    }

    @Test
    void each_rule_the_schemas_cannot_state_is_accepted_by_the_schema_and_refused_by_the_reader() {
        Set<String> names = new LinkedHashSet<>();
        for (Unstated rule : UNSTATED) {
            assertThat(names.add(rule.name())).as(rule.name()).isTrue();
            Document<?> document = NearMisses.documentOf(rule.file());
            String json = example(rule);
            Verdicts verdicts = Verdicts.of(document, json);
            assertThat(verdicts.schema()).as("schema errors of the example of %s", rule.name()).isEmpty();
            assertThat(verdicts.reader()).as("problems of the example of %s", rule.name()).isNotEmpty();
            JsonNode tree = Mutator.MAPPER.readTree(json);
            assertThat(verdicts.reader()).as("problems of the example of %s", rule.name())
                    .anySatisfy(p -> assertThat(rule.covers(tree, p)).isTrue());
            assertThat(verdicts.unstated(json)).as("problems of the example of %s: %s", rule.name(), verdicts.reader())
                    .isNotNull();
        }
    }

    @Test
    void format_md_lists_the_rules_the_schemas_cannot_state_with_their_examples() throws IOException {
        String format = Files.readString(Path.of("FORMAT.md"), StandardCharsets.UTF_8);
        String heading = "## What the schemas cannot state";
        assertThat(format).contains(heading);
        String section = format.substring(format.indexOf(heading) + heading.length());
        section = section.substring(0, section.indexOf("\n## "));
        List<String> rows = section.lines().filter(l -> l.startsWith("| `")).toList();
        assertThat(rows).extracting(r -> r.substring(3, r.indexOf('`', 3)))
                .containsExactlyElementsOf(UNSTATED.stream().map(Unstated::name).toList());
        for (int i = 0; i < rows.size(); i++) {
            Unstated rule = UNSTATED.get(i);
            String[] cells = rows.get(i).split(" \\| ");
            assertThat(cells).as(rule.name()).hasSize(4);
            assertThat(cells[3]).as(rule.name()).isEqualTo(rule.shown() + " |");
            String problem = rule.rule() == null ? rule.kind().name() : "`" + rule.rule().name() + "`";
            assertThat(cells[2]).as(rule.name()).contains(problem);
        }
    }

    @Test
    void the_rules_the_schemas_state_are_not_listed_among_those_they_cannot() {
        // presence, blank text, identifiers, dispute stages, amendments, the course's status and the
        // focus within its protocol are stated by the schemas (and so checked by the near misses);
        // the rules the lifecycle operations alone check never reach a reader
        Set<ModelRule> listed = EnumSet.noneOf(ModelRule.class);
        UNSTATED.stream().filter(u -> u.rule() != null).forEach(u -> listed.add(u.rule()));
        assertThat(listed).doesNotContain(ModelRule.COURSE_OPEN, ModelRule.PHASE_TRANSITION,
                ModelRule.MIDDLE_PHASE_PREREQUISITES, ModelRule.NOT_BLANK, ModelRule.ID_FORMAT, ModelRule.PRESENCE,
                ModelRule.DISPUTE_STAGE, ModelRule.AMENDMENT_CHANGES, ModelRule.STATUS_CONSISTENT,
                ModelRule.FOCUS_WITHIN_PROTOCOL);
    }
}
