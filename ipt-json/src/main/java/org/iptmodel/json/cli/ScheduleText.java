package org.iptmodel.json.cli;

import java.io.PrintStream;
import java.time.Period;
import org.iptmodel.core.plan.PlannedSession;
import org.iptmodel.core.plan.Schedule;
import org.iptmodel.core.plan.ScheduleComparison;
import org.iptmodel.core.plan.SessionComparison;

/**
 * Prints a schedule as a table, compared with the sessions a course held.
 */
final class ScheduleText {

    private ScheduleText() {
    }

    static void compared(Schedule schedule, ScheduleComparison comparison, PrintStream out) {
        out.println("schedule: " + schedule.acuteSessionCount() + " acute sessions of " + schedule.protocol().id()
                + " from " + schedule.start() + ", cadence " + period(schedule.cadence())
                + schedule.terminationNotice().stream().mapToObj(n -> "; announce the end at session " + n)
                        .findFirst().orElse(""));
        Table table = new Table("session", "planned", "phase", "held");
        for (SessionComparison entry : comparison.entries()) {
            table.row(entry.number(), entry.planned().map(PlannedSession::date).map(Object::toString).orElse("-"),
                    entry.planned().map(PlannedSession::phase).map(Object::toString).orElse("-"), held(entry));
        }
        table.print(out);
        out.println("compared with the sessions held: " + comparison.shifted().size() + " shifted, "
                + comparison.phaseDifferences().size() + " in another phase, " + comparison.extra().size()
                + " beyond the plan");
    }

    private static String held(SessionComparison entry) {
        if (entry.heldDate().isEmpty()) {
            return "not yet held";
        }
        StringBuilder sb = new StringBuilder(entry.heldDate().get().toString());
        long shift = entry.dayShift().orElse(0);
        if (entry.isExtra()) {
            sb.append(" (beyond the plan)");
        } else if (shift != 0) {
            sb.append(" (").append(Math.abs(shift)).append(Math.abs(shift) == 1 ? " day " : " days ")
                    .append(shift > 0 ? "late" : "early").append(')');
        }
        if (entry.isPhaseDifferent()) {
            entry.heldPhase().ifPresent(phase -> sb.append(", held as ").append(phase));
        }
        return sb.toString();
    }

    /** A period as the iptmodel format writes it: {@code PnW} for whole weeks, else ISO-8601. */
    static String period(Period period) {
        if (period.getYears() == 0 && period.getMonths() == 0 && period.getDays() > 0 && period.getDays() % 7 == 0) {
            return "P" + period.getDays() / 7 + "W";
        }
        return period.toString();
    }
}
