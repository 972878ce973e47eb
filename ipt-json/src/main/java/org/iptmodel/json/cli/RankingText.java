package org.iptmodel.json.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.iptmodel.core.Focus;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.ranking.FocusSelection;
import org.iptmodel.core.ranking.RankedIssue;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingFlag;
import org.iptmodel.core.ranking.RankingRule;

/**
 * Prints a ranking with its explanations, its flags and the focus: issue ids, problem areas,
 * rule names, enum values and numbers only, never an issue's summary.
 */
final class RankingText {

    private RankingText() {
    }

    static void ranking(Ranking ranking, PrintStream out) {
        if (ranking.isEmpty()) {
            out.println("ranking: no issues recorded (policy " + ranking.policy().name() + ")");
            return;
        }
        out.println("ranking: " + ranking.size() + (ranking.size() == 1 ? " issue" : " issues") + ", policy "
                + ranking.policy().name());
        Table table = new Table("position", "issue", "area", "decided by", "reason");
        for (RankedIssue entry : ranking.entries()) {
            table.row(entry.position(), entry.issue().id(), entry.issue().area(),
                    entry.decidedBy().map(RankingRule::name).orElse("-"), entry.reason());
        }
        table.print(out);
        List<RankingFlag> flags = ranking.flags();
        if (flags.isEmpty()) {
            out.println("ranking flags: none");
        } else {
            out.println("ranking flags: " + flags.size() + ", for the clinician to review");
            for (RankingFlag flag : flags) {
                out.println("  " + flag.message());
                out.println("    source: " + flag.source());
                out.println("    references: " + ReportText.keys(flag.references()));
            }
        }
    }

    /** Prints the selected focus and how it compares with the focus the course records. */
    static void focus(Optional<FocusSelection> selection, Optional<Focus> recorded, PrintStream out) {
        if (selection.isPresent()) {
            out.println("selected focus: " + areas(selection.get().focus()) + "; issues "
                    + issues(selection.get().focus()));
        } else {
            out.println("selected focus: none, no ranked issue can give the focus");
        }
        if (recorded.isEmpty()) {
            out.println("recorded focus: none");
            return;
        }
        Focus focus = recorded.get();
        String comparison = selection.isEmpty() ? "" : selection.get().differsFrom(focus)
                ? "; differs from the selection" : "; the same areas as the selection";
        out.println("recorded focus: " + areas(focus) + "; basis " + focus.basis()
                + focus.agreedOn().map(date -> ", agreed on " + date).orElse(", not yet agreed") + comparison);
    }

    private static String areas(Focus focus) {
        String primary = "primary " + focus.primary();
        return focus.secondary().isEmpty() ? primary : primary + ", secondary "
                + focus.secondary().stream().map(ProblemArea::name).collect(Collectors.joining(", "));
    }

    private static String issues(Focus focus) {
        return focus.issues().isEmpty() ? "none"
                : focus.issues().stream().map(Object::toString).collect(Collectors.joining(", "));
    }
}
