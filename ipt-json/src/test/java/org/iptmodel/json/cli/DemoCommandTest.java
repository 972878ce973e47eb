package org.iptmodel.json.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.iptmodel.json.IptJson;
import org.junit.jupiter.api.Test;

/** {@code demo}: the main job on the bundled sample course, each part in order. */
class DemoCommandTest {
    private static final List<String> SECTIONS = List.of(
            "== 1. Ranking the issues and choosing the focus",
            "== 2. The schedule the contract plans, compared with the sessions held",
            "== 3. Safety, adherence and outcomes",
            "== 4. The course as JSON (fictional sample; real courses hold patient text)");

    private final Cli.Result result = Cli.run("demo");

    @Test
    void succeeds_with_nothing_on_standard_error() {
        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
    }

    @Test
    void prints_its_four_parts_in_order() {
        assertThat(result.outLines().get(0)).isEqualTo(
                "iptmodel demo: a bundled, fictional course of ipt-standard, status ACTIVE, 9 of 16 sessions held");
        assertThat(result.outLines()).containsSubsequence(SECTIONS);
    }

    @Test
    void ranks_the_issues_and_chooses_the_focus() {
        String part = part(0);
        assertThat(part).contains("ranking: 4 issues, policy clinical-default",
                "selected focus: primary ROLE_TRANSITION, secondary ROLE_DISPUTE; issues i-1, i-2, i-4",
                "recorded focus: primary ROLE_TRANSITION, secondary ROLE_DISPUTE; basis RANKING, agreed on 2026-01-19;"
                        + " the same areas as the selection");
        assertThat(part.lines().filter(l -> l.matches("  [1-4] +i-[1-4] .*")))
                .extracting(l -> l.trim().split(" +")[1]).containsExactly("i-1", "i-2", "i-4", "i-3");
    }

    @Test
    void plans_the_schedule_and_compares_it_with_the_sessions_held() {
        String part = part(1);
        assertThat(part).contains("schedule: 16 acute sessions of ipt-standard from 2026-01-05, cadence P1W;"
                + " announce the end at session 12",
                "  7        2026-02-16  MIDDLE       2026-02-23 (7 days late)",
                "  16       2026-04-20  TERMINATION  not yet held",
                "compared with the sessions held: 3 shifted, 0 in another phase, 0 beyond the plan");
    }

    @Test
    void reports_safety_first_then_adherence_and_outcomes() {
        List<String> lines = part(2).lines().toList();
        assertThat(lines.get(0)).isEqualTo("safety flags: 1, review risk with the patient");
        assertThat(lines).containsSubsequence("safety flags: 1, review risk with the patient",
                "course: protocol ipt-standard, status ACTIVE, 9 sessions held of 16 contracted",
                "adherence: no deviation from the protocol or the manuals",
                "outcomes: 2 instruments");
    }

    @Test
    void prints_the_course_as_json_that_reads_back_as_the_sample() {
        String json = part(3);
        assertThat(json.getBytes(StandardCharsets.UTF_8)).isEqualTo(SampleCourse.bytes());
        assertThat(IptJson.strict().course().read(json)).isEqualTo(SampleCourse.course());
    }

    @Test
    void prints_patient_text_only_inside_the_course_json() {
        String beforeJson = result.out().substring(0, result.out().indexOf(SECTIONS.get(3)));
        assertThat(Cli.clinicalTexts(new String(SampleCourse.bytes(), StandardCharsets.UTF_8)))
                .allSatisfy(text -> assertThat(beforeJson).doesNotContain(text));
    }

    @Test
    void takes_no_arguments() {
        Cli.Result extra = Cli.run("demo", "course.json");
        assertThat(extra.exit()).isEqualTo(2);
        assertThat(extra.out()).isEmpty();
        assertThat(extra.errLines()).contains("usage: iptmodel demo");
    }

    /** The text of one part, from the line after its heading to the blank line before the next. */
    private String part(int index) {
        String out = result.out();
        int start = out.indexOf(SECTIONS.get(index) + "\n") + SECTIONS.get(index).length() + 1;
        int end = index + 1 < SECTIONS.size() ? out.indexOf("\n" + SECTIONS.get(index + 1)) : out.length();
        assertThat(start).isGreaterThan(SECTIONS.get(index).length());
        return out.substring(start, end);
    }
}
