package org.iptmodel.json.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.iptmodel.core.Course;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.ranking.FocusSelection;
import org.iptmodel.core.ranking.FocusSelector;
import org.iptmodel.core.ranking.RankedIssue;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.json.IptJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code rank}: the ranking with its explanations, its flags and the focus; never patient text. */
class RankCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.iptmodel.json.cli.Cli#catalogue")
    void each_golden_course_prints_every_ranked_issue_with_its_area_rule_and_reason(Protocol protocol) {
        Path file = Cli.goldenCourse(protocol);
        Course course = IptJson.strict().course().read(file);
        Ranking ranking = RankingPolicy.clinicalDefault().rank(course);

        Cli.Result result = Cli.run("rank", file.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.outLines()).contains("ranking: " + ranking.size() + " issues, policy clinical-default");
        List<String> rows = rows(result);
        assertThat(rows).hasSameSizeAs(ranking.entries());
        for (int i = 0; i < rows.size(); i++) {
            RankedIssue entry = ranking.entries().get(i);
            assertThat(rows.get(i).trim().split(" {2,}")).containsExactly(String.valueOf(entry.position()),
                    entry.issue().id().value(), entry.issue().area().name(),
                    entry.decidedBy().map(r -> r.name()).orElse("-"), entry.reason());
        }
    }

    @ParameterizedTest
    @MethodSource("org.iptmodel.json.cli.Cli#catalogue")
    void each_golden_course_prints_the_selected_and_the_recorded_focus(Protocol protocol) {
        Path file = Cli.goldenCourse(protocol);
        Course course = IptJson.strict().course().read(file);
        FocusSelection selection = FocusSelector.standard().select(RankingPolicy.clinicalDefault().rank(course))
                .orElseThrow();

        Cli.Result result = Cli.run("rank", file.toString());

        assertThat(result.outLines()).anySatisfy(line -> assertThat(line)
                .startsWith("selected focus: primary " + selection.focus().primary()));
        String recorded = "recorded focus: primary " + course.currentFocus().orElseThrow().primary();
        assertThat(result.outLines()).anySatisfy(line -> assertThat(line).startsWith(recorded)
                .endsWith(selection.differsFrom(course.currentFocus().get()) ? "differs from the selection"
                        : "the same areas as the selection"));
    }

    @ParameterizedTest
    @MethodSource("org.iptmodel.json.cli.Cli#catalogue")
    void no_summary_alias_note_or_reason_of_the_course_is_printed(Protocol protocol) {
        Path file = Cli.goldenCourse(protocol);

        Cli.Result result = Cli.run("rank", file.toString());

        assertThat(Cli.clinicalTexts(Cli.read(file))).allSatisfy(text ->
                assertThat(result.out() + result.err()).doesNotContain(text));
    }

    @Test
    void the_brief_policy_ranks_by_amenability_before_the_patient_priority() {
        Path file = Cli.goldenCourse(Protocol.brief());
        Ranking brief = RankingPolicy.brief().rank(IptJson.strict().course().read(file));

        Cli.Result result = Cli.run("rank", "--policy", "brief", file.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.outLines()).contains("ranking: " + brief.size() + " issues, policy brief");
        assertThat(rows(result)).extracting(row -> row.trim().split(" {2,}")[4])
                .containsExactlyElementsOf(brief.entries().stream().map(RankedIssue::reason).toList());
    }

    @Test
    void a_safety_flag_comes_first() {
        Path file = Cli.write(dir.resolve("sample.json"), new String(SampleCourse.bytes(),
                java.nio.charset.StandardCharsets.UTF_8));

        Cli.Result result = Cli.run("rank", file.toString());

        assertThat(result.outLines().get(0)).isEqualTo("safety flags: 1, review risk with the patient");
        assertThat(result.outLines().get(1)).contains("review risk with the patient: session 1, phq-9 item 9 scored 1");
    }

    @Test
    void a_grief_issue_without_a_death_is_flagged_for_review() {
        Course sample = SampleCourseFactory.course();
        Relationship father = sample.inventory().person(PersonId.of("p-2")).orElseThrow();
        Relationship alive = father.withDateOfDeath(java.util.Optional.empty()).withDeceased(false);
        Course course = sample.withInventory(sample.inventory().withPeople(sample.inventory().people().stream()
                .map(p -> p.id().equals(alive.id()) ? alive : p).toList()));
        Path file = dir.resolve("no-death.json");
        IptJson.strict().course().write(course, file);

        Cli.Result result = Cli.run("rank", file.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("ranking flags: 1, for the clinician to review\n"
                + "  GRIEF_WITHOUT_DEATH: issue i-3 is classed GRIEF but none of its people is recorded as deceased\n"
                + "    source: Grief requires a death; a loss that is not a death is a role transition (Weissman,"
                + " Markowitz and Klerman 2018). Stuart and Robertson 2012 count other losses as grief and loss.\n"
                + "    references: weissman-2018, stuart-2012\n");
    }

    @Test
    void a_course_without_issues_has_no_ranking_and_no_focus() {
        Course sample = SampleCourseFactory.course();
        Course course = sample.withFocus(java.util.Optional.empty()).withIssues(List.of());
        Path file = dir.resolve("no-issues.json");
        IptJson.strict().course().write(course, file);

        Cli.Result result = Cli.run("rank", file.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("ranking: no issues recorded (policy clinical-default)\n"
                + "selected focus: none, no ranked issue can give the focus\n"
                + "recorded focus: none\n");
    }

    @Test
    void an_invalid_course_gives_exit_code_1_and_its_problems_on_standard_error() {
        Path file = Cli.write(dir.resolve("bad.json"), "{\"schema\": \"iptmodel/course\", \"version\": 1}");

        Cli.Result result = Cli.run("rank", file.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines().get(0)).isEqualTo("iptmodel: " + file + " is not a valid course document (4 problems):");
        assertThat(result.errLines()).contains(file + "\t/patient\t1\t43\tMISSING\tis required");
    }

    @ParameterizedTest
    @MethodSource("org.iptmodel.json.cli.Cli#catalogue")
    void the_json_option_prints_a_ranking_document_that_reads_back_as_the_courses_ranking(Protocol protocol) {
        Path file = Cli.goldenCourse(protocol);
        Course course = IptJson.strict().course().read(file);
        Ranking expected = RankingPolicy.clinicalDefault().rank(course);

        Cli.Result result = Cli.run("rank", "--json", file.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.outLines()).singleElement().asString().startsWith("{\"schema\":\"iptmodel/ranking\",");
        Ranking ranking = IptJson.strict().ranking().read(result.out());
        assertThat(ranking.policy()).isEqualTo(expected.policy());
        assertThat(ranking.entries()).hasSameSizeAs(expected.entries());
        for (int i = 0; i < ranking.entries().size(); i++) {
            RankedIssue entry = ranking.entries().get(i);
            RankedIssue original = expected.entries().get(i);
            assertThat(entry.issue().withSummary(original.issue().summary())).isEqualTo(original.issue());
            assertThat(entry.decidedBy()).isEqualTo(original.decidedBy());
            assertThat(entry.reason()).isEqualTo(original.reason());
        }
        assertThat(ranking.flags()).isEqualTo(expected.flags());
    }

    @ParameterizedTest
    @MethodSource("org.iptmodel.json.cli.Cli#catalogue")
    void the_json_option_replaces_every_free_text_by_the_placeholder(Protocol protocol) {
        Path file = Cli.goldenCourse(protocol);

        Cli.Result result = Cli.run("rank", "--json", file.toString());

        assertThat(Cli.clinicalTexts(Cli.read(file))).allSatisfy(text ->
                assertThat(result.out() + result.err()).doesNotContain(text));
        Ranking ranking = IptJson.strict().ranking().read(result.out());
        assertThat(ranking.entries()).allSatisfy(entry -> assertThat(entry.issue().summary()).isEqualTo("redacted"));
        assertThat(ranking.context().inventory().people()).isNotEmpty().allSatisfy(person -> {
            assertThat(person.alias()).isEqualTo("redacted");
            assertThat(List.of(person.satisfyingAspects(), person.unsatisfyingAspects(), person.expectations(),
                    person.wishedChanges())).allSatisfy(texts -> assertThat(texts).allMatch("redacted"::equals));
        });
    }

    @Test
    void the_json_option_keeps_the_number_of_texts_of_each_person() {
        Course course = SampleCourseFactory.course();
        Path file = dir.resolve("sample.json");
        IptJson.strict().course().write(course, file);

        Ranking ranking = IptJson.strict().ranking().read(Cli.run("rank", "--json", file.toString()).out());

        assertThat(ranking.context().inventory().people()).hasSameSizeAs(course.inventory().people());
        for (int i = 0; i < course.inventory().people().size(); i++) {
            Relationship person = course.inventory().people().get(i);
            Relationship redacted = ranking.context().inventory().people().get(i);
            assertThat(redacted.id()).isEqualTo(person.id());
            assertThat(redacted.satisfyingAspects()).hasSameSizeAs(person.satisfyingAspects());
            assertThat(redacted.unsatisfyingAspects()).hasSameSizeAs(person.unsatisfyingAspects());
            assertThat(redacted.expectations()).hasSameSizeAs(person.expectations());
            assertThat(redacted.wishedChanges()).hasSameSizeAs(person.wishedChanges());
        }
        assertThat(ranking.context().protocol()).isEqualTo(course.protocol());
        assertThat(ranking.context().episodeOnset()).isEqualTo(course.episodeOnset());
    }

    @Test
    void the_json_option_with_the_brief_policy_prints_the_brief_ranking() {
        Path file = Cli.goldenCourse(Protocol.brief());
        Ranking brief = RankingPolicy.brief().rank(IptJson.strict().course().read(file));

        Ranking ranking = IptJson.strict().ranking().read(Cli.run("rank", "--policy", "brief", "--json", file.toString())
                .out());

        assertThat(ranking.policy()).isEqualTo(RankingPolicy.brief());
        assertThat(ranking.entries()).extracting(e -> e.issue().id())
                .containsExactlyElementsOf(brief.entries().stream().map(e -> e.issue().id()).toList());
    }

    @Test
    void a_document_of_another_type_gives_exit_code_1_naming_both_types() {
        for (String name : new String[] {"protocol-ipc.json", "ranking-ipc.json", "outcomes-ipc.json"}) {
            Path file = Cli.GOLDEN.resolve(name);
            String type = name.substring(0, name.indexOf('-'));

            Cli.Result result = Cli.run("rank", "--json", file.toString());

            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.out()).isEmpty();
            assertThat(result.err()).isEqualTo("iptmodel: " + file + " is an iptmodel/" + type
                    + " document; rank reads iptmodel/course documents\n");
        }
    }

    /** The rows of the ranking table, without its header. */
    private static List<String> rows(Cli.Result result) {
        List<String> lines = result.outLines();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("  position")).findFirst().orElseThrow());
        return lines.subList(header + 1, lines.size()).stream().takeWhile(l -> l.startsWith("  ")).toList();
    }
}
