package org.iptmodel.json.cli;

import java.io.PrintStream;
import org.iptmodel.core.Course;
import org.iptmodel.core.ranking.FocusSelector;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.report.SafetyFlag;

/**
 * {@code rank [--policy default|brief] [--json] FILE}: the ranking of a course's issues with its
 * explanations, its flags and the chosen focus, after any safety flag; with {@code --json}, the
 * ranking as a compact {@code iptmodel/ranking} document on one line, its free text redacted
 * ({@link Redaction}).
 */
final class Rank {

    private Rank() {
    }

    static int run(Options options, PrintStream out) {
        RankingPolicy policy = policy(options);
        Course course = Inputs.course(options.command(), options.file());
        if (options.has("json")) {
            out.println(Inputs.JSON.ranking().write(Redaction.rank(policy, course)));
        } else {
            print(course, policy, out);
        }
        return Main.OK;
    }

    /** Prints what the command prints: any safety flag, the ranking, its flags and the focus. */
    static void print(Course course, RankingPolicy policy, PrintStream out) {
        ReportText.safety(SafetyFlag.allOf(course), false, out);
        Ranking ranking = policy.rank(course);
        RankingText.ranking(ranking, out);
        RankingText.focus(FocusSelector.standard().select(ranking), course.currentFocus(), out);
    }

    private static RankingPolicy policy(Options options) {
        String name = options.value("policy").orElse("default");
        switch (name) {
            case "default":
            case "clinical-default":
                return RankingPolicy.clinicalDefault();
            case "brief":
                return RankingPolicy.brief();
            default:
                throw new UsageException(options.command(), "unknown policy " + name + " (default or brief)");
        }
    }
}
