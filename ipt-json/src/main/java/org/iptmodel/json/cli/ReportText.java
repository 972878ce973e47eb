package org.iptmodel.json.cli;

import java.io.PrintStream;
import java.util.List;
import org.iptmodel.core.Reference;
import java.util.stream.Collectors;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.Deviation;
import org.iptmodel.core.report.InstrumentOutcome;
import org.iptmodel.core.report.OutcomeReport;
import org.iptmodel.core.report.ResponseClass;
import org.iptmodel.core.report.SafetyFlag;
import org.iptmodel.core.report.SafetyNotice;
import org.iptmodel.core.report.ScorePoint;
import org.iptmodel.core.report.StartedTreatment;

/**
 * Prints safety flags and notices, adherence deviations and outcomes with the treatments that may
 * confound them: numbers, codes, dates, enum values and sources only, never text from the course.
 */
final class ReportText {

    private ReportText() {
    }

    /** Prints the safety flags; with {@code always}, says so when there are none. */
    static void safety(List<SafetyFlag> flags, boolean always, PrintStream out) {
        if (flags.isEmpty()) {
            if (always) {
                out.println("safety flags: none");
            }
            return;
        }
        out.println("safety flags: " + flags.size() + ", review risk with the patient");
        for (SafetyFlag flag : flags) {
            out.println("  " + flag.severity() + "  " + flag.message());
        }
        out.println("    source: " + flags.get(0).source());
        out.println("    references: " + keys(flags.get(0).references()));
    }

    /** Prints the safety notices, if any: suicidality items not recorded. */
    static void notices(List<SafetyNotice> notices, PrintStream out) {
        if (notices.isEmpty()) {
            return;
        }
        out.println("safety notices: " + notices.size() + ", suicidality item not recorded");
        for (SafetyNotice notice : notices) {
            out.println("  " + notice.severity() + "  " + notice.message());
        }
        out.println("    source: " + notices.get(0).source());
        out.println("    references: " + keys(notices.get(0).references()));
    }

    static void adherence(AdherenceReport report, PrintStream out) {
        List<Deviation> deviations = report.deviations();
        if (deviations.isEmpty()) {
            out.println("adherence: no deviation from the protocol or the manuals");
            return;
        }
        out.println("adherence: " + deviations.size() + (deviations.size() == 1 ? " deviation" : " deviations"));
        for (Deviation deviation : deviations) {
            out.println("  " + deviation.severity() + "  " + deviation.code() + " (" + sessions(deviation.sessions())
                    + "): " + deviation.message());
            out.println("    source: " + deviation.source());
            out.println("    references: " + keys(deviation.references()));
        }
    }

    static void outcomes(OutcomeReport report, PrintStream out) {
        List<InstrumentOutcome> outcomes = report.outcomes();
        if (outcomes.isEmpty()) {
            out.println("outcomes: no measurement recorded");
            return;
        }
        out.println("outcomes: " + outcomes.size() + (outcomes.size() == 1 ? " instrument" : " instruments"));
        Table table = new Table("instrument", "scores", "baseline", "latest", "best", "change", "class");
        for (InstrumentOutcome outcome : outcomes) {
            table.row(outcome.instrument().code(), outcome.points().size(), point(outcome.baseline()),
                    point(outcome.latest()), outcome.best().total() + " (session " + outcome.best().session() + ")",
                    signed(outcome.change()), outcome.responseClass().map(ResponseClass::name).orElse("-"));
        }
        table.print(out);
        List<StartedTreatment> treatments = report.concurrentTreatments();
        if (!treatments.isEmpty()) {
            out.println("concurrent treatments started during the course: " + treatments.size()
                    + ", may confound the change");
            for (StartedTreatment t : treatments) {
                out.println("  " + t.kind() + t.code().map(c -> " " + t.codeSystem().orElseThrow() + " " + c).orElse("")
                        + ", started " + t.started());
            }
        }
    }

    private static String point(ScorePoint point) {
        return point.total() + " " + point.severity() + " (session " + point.session() + ")";
    }

    private static String signed(int change) {
        return change > 0 ? "+" + change : String.valueOf(change);
    }

    private static String sessions(List<Integer> sessions) {
        if (sessions.isEmpty()) {
            return "the course";
        }
        return (sessions.size() == 1 ? "session " : "sessions ")
                + sessions.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** The keys of works of the bibliography, for a reader to look up. */
    static String keys(List<Reference> references) {
        StringBuilder s = new StringBuilder();
        for (Reference reference : references) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(reference.key());
        }
        return s.toString();
    }
}
