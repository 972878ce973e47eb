package org.iptmodel.json.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.iptmodel.core.CourseStatus;
import org.iptmodel.core.Course;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.ranking.FocusSelector;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.report.OutcomeReport;
import org.iptmodel.core.report.ResponseClass;
import org.iptmodel.core.report.SafetyFlag;
import org.iptmodel.json.IptJson;
import org.junit.jupiter.api.Test;

/**
 * The bundled sample course is the library's own output for {@link SampleCourseFactory}, byte
 * for byte, and it is what its documentation says.
 */
class SampleCourseTest {
    private static final Path SOURCE = Path.of("src", "main", "resources", "org", "iptmodel", "json", "cli",
            SampleCourse.RESOURCE);

    @Test
    void the_bundled_resource_is_the_generated_course_written_pretty_byte_for_byte() throws IOException {
        byte[] generated = IptJson.strict().withPrettyPrinting(true).course().writeBytes(SampleCourseFactory.course());
        byte[] bundled = SampleCourse.bytes();
        if (!Arrays.equals(generated, bundled)) {
            Path fresh = Path.of("target", SampleCourse.RESOURCE);
            Files.createDirectories(fresh.getParent());
            Files.write(fresh, generated);
            assertThat(bundled).as("the sample course differs from SampleCourseFactory's; if the change is"
                    + " intended, copy " + fresh + " to " + SOURCE).isEqualTo(generated);
        }
        assertThat(Files.readAllBytes(SOURCE)).as("the source file of the resource").isEqualTo(bundled);
    }

    @Test
    void the_sample_reads_strictly_as_the_generated_course() {
        assertThat(SampleCourse.course()).isEqualTo(SampleCourseFactory.course());
    }

    @Test
    void the_sample_is_an_active_standard_course_with_nine_of_sixteen_sessions() {
        Course course = SampleCourse.course();
        assertThat(course.protocol()).isEqualTo(Protocol.standard());
        assertThat(course.status()).isEqualTo(CourseStatus.ACTIVE);
        assertThat(course.sessions()).hasSize(9);
        assertThat(course.contract().totalSessions()).isEqualTo(16);
        assertThat(course.inventory().people()).hasSize(5);
        assertThat(course.issues()).hasSize(4);
    }

    @Test
    void its_ranking_shows_the_onset_link_and_the_patient_priority_deciding() {
        Ranking ranking = RankingPolicy.clinicalDefault().rank(SampleCourse.course());
        assertThat(ranking.issues()).extracting(i -> i.id())
                .containsExactly(IssueId.of("i-1"), IssueId.of("i-2"), IssueId.of("i-4"), IssueId.of("i-3"));
        assertThat(ranking.entries()).extracting(e -> e.decidedBy().map(r -> r.name()).orElse("-"))
                .containsExactly("patient-priority", "patient-priority", "onset-link", "-");
        assertThat(FocusSelector.standard().select(ranking).orElseThrow().focus().areas())
                .containsExactly(ProblemArea.ROLE_TRANSITION, ProblemArea.ROLE_DISPUTE);
    }

    @Test
    void its_baseline_phq9_raises_a_safety_flag_and_its_scores_show_a_partial_response() {
        Course course = SampleCourse.course();
        assertThat(SafetyFlag.allOf(course)).containsExactly(new SafetyFlag(1, "phq-9", 9, 1));
        assertThat(OutcomeReport.of(course).outcome(Instrument.phq9()).orElseThrow().responseClass())
                .contains(ResponseClass.PARTIAL_RESPONSE);
    }
}
