package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.iptmodel.core.Course;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.OutcomeReport;

/**
 * The report documents hold no free text of the course they were derived from: every redacted
 * value the shared arbitraries generate starts with {@link IptArbitraries#REDACTION_MARKER}, and
 * no report written from such a course contains it.
 */
class ReportProperties {

    @Provide
    Arbitrary<Course> courses() {
        return IptArbitraries.courses();
    }

    @Property(tries = 100)
    void a_report_never_holds_free_text_of_its_course(@ForAll("courses") Course course) {
        boolean freeText = IptJson.strict().course().write(course).contains(IptArbitraries.REDACTION_MARKER);
        Statistics.label("course with free text").collect(freeText);
        assertThat(IptJson.strict().adherence().write(AdherenceReport.of(course)))
                .doesNotContain(IptArbitraries.REDACTION_MARKER);
        assertThat(IptJson.strict().outcomes().write(OutcomeReport.of(course)))
                .doesNotContain(IptArbitraries.REDACTION_MARKER);
        Statistics.label("course with free text").coverage(c -> c.check(true).percentage(p -> p > 50));
    }
}
