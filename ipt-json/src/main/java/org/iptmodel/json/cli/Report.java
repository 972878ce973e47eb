package org.iptmodel.json.cli;

import java.io.PrintStream;
import org.iptmodel.core.Course;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.OutcomeReport;

/**
 * {@code report [--json] FILE}: safety flags and notices first, then adherence deviations and
 * outcomes; with {@code --json}, the adherence and outcome documents of the iptmodel format, one
 * compact document per line, each with the safety section first. Neither holds free text of the
 * course.
 */
final class Report {

    private Report() {
    }

    static int run(Options options, PrintStream out) {
        Course course = Inputs.course(options.command(), options.file());
        if (options.has("json")) {
            out.println(Inputs.JSON.adherence().write(AdherenceReport.of(course)));
            out.println(Inputs.JSON.outcomes().write(OutcomeReport.of(course)));
        } else {
            print(course, out);
        }
        return Main.OK;
    }

    static void print(Course course, PrintStream out) {
        AdherenceReport adherence = AdherenceReport.of(course);
        ReportText.safety(adherence.safetyFlags(), true, out);
        ReportText.notices(adherence.safetyNotices(), out);
        out.println("course: protocol " + course.protocol().id() + ", status " + course.status() + ", "
                + course.sessions().size() + " sessions held of " + course.contract().totalSessions() + " contracted");
        ReportText.adherence(adherence, out);
        ReportText.outcomes(OutcomeReport.of(course), out);
    }
}
