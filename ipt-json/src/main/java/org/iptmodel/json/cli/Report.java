package org.iptmodel.json.cli;

import java.io.PrintStream;
import org.iptmodel.core.Course;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.OutcomeReport;

/**
 * {@code report FILE}: safety flags first, then adherence deviations and outcomes.
 */
final class Report {

    private Report() {
    }

    static int run(Options options, PrintStream out) {
        Course course = Inputs.course(options.command(), options.file());
        print(course, out);
        return Main.OK;
    }

    static void print(Course course, PrintStream out) {
        AdherenceReport adherence = AdherenceReport.of(course);
        ReportText.safety(adherence.safetyFlags(), true, out);
        out.println("course: protocol " + course.protocol().id() + ", status " + course.status() + ", "
                + course.sessions().size() + " sessions held of " + course.contract().totalSessions() + " contracted");
        ReportText.adherence(adherence, out);
        ReportText.outcomes(OutcomeReport.of(course), out);
    }
}
