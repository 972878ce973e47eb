package org.iptmodel.core.plan;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.iptmodel.core.Bounds;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Phase;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Verification;
import org.iptmodel.core.Verification.Discrepancy;
import org.iptmodel.core.Violation;

/**
 * A schedule as a record: the structural check of {@link Schedule#recorded} and the explicit
 * check against the planner, {@link Schedule#verify()}.
 */
final class ScheduleRecord {
    private ScheduleRecord() {
    }

    /** Checks every structural rule of a recorded schedule, and makes it. */
    static Schedule check(Protocol protocol, LocalDate start, Period cadence, Optional<Period> maintenanceCadence,
            Collection<LocalDate> skippedDates, int acuteSessionCount, OptionalInt terminationNotice,
            List<PlannedSession> sessions) {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(maintenanceCadence, "maintenanceCadence");
        Objects.requireNonNull(skippedDates, "skippedDates");
        Objects.requireNonNull(terminationNotice, "terminationNotice");
        Objects.requireNonNull(sessions, "sessions");
        List<Violation> violations = new ArrayList<>();
        if (!Bounds.isInDateRange(start)) {
            violations.add(new Violation("start", ModelRule.VALUE_IN_RANGE, Planner.dateMessage("start")));
        }
        cadence("cadence", cadence, violations);
        maintenanceCadence.ifPresent(c -> cadence("maintenanceCadence", c, violations));
        Set<LocalDate> skipped = Planner.skippedDates(skippedDates, violations);
        List<PlannedSession> copy = List.copyOf(sessions);
        sessions(start, skipped, copy, violations);
        long acute = copy.stream().filter(s -> s.phase() != Phase.MAINTENANCE).count();
        int min = protocol.hasAcutePhase() ? 1 : 0;
        int max = protocol.hasAcutePhase() ? Bounds.MAX_PLANNED_SESSIONS : 0;
        if (acuteSessionCount < min || acuteSessionCount > max) {
            violations.add(new Violation("acuteSessionCount", ModelRule.VALUE_IN_RANGE, "acuteSessionCount must be"
                    + " between " + min + " and " + max + " for this protocol, was " + acuteSessionCount));
        } else {
            if (acute != acuteSessionCount) {
                violations.add(new Violation("acuteSessionCount", ModelRule.VALUE_IN_RANGE, "acuteSessionCount must"
                        + " be the number of acute sessions listed, " + acute + ", was " + acuteSessionCount));
            }
            notice(acuteSessionCount, terminationNotice, violations);
        }
        boolean maintenance = acute < copy.size();
        if (maintenanceCadence.isEmpty() && (maintenance || protocol.maintenanceCadence().isPresent())) {
            violations.add(new Violation("maintenanceCadence", ModelRule.PRESENCE, maintenance
                    ? "maintenanceCadence is required for maintenance sessions"
                    : "maintenanceCadence is required when the protocol gives one"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidModelException("Schedule", violations);
        }
        return new Schedule(protocol, start, cadence, maintenanceCadence, acuteSessionCount, copy, terminationNotice,
                skipped);
    }

    private static void cadence(String path, Period period, List<Violation> violations) {
        if (!Bounds.isCadence(period)) {
            violations.add(new Violation(path, ModelRule.VALUE_IN_RANGE, Planner.cadenceMessage(path, period)));
        }
    }

    /** Numbers 1 to n, dates strictly increasing from the start and off the skipped dates, phases forward. */
    private static void sessions(LocalDate start, Set<LocalDate> skipped, List<PlannedSession> sessions,
            List<Violation> violations) {
        if (sessions.size() > Bounds.MAX_PLANNED_SESSIONS) {
            violations.add(new Violation("sessions", ModelRule.VALUE_IN_RANGE, "sessions must hold at most "
                    + Bounds.MAX_PLANNED_SESSIONS + " sessions, held " + sessions.size()));
            return;
        }
        for (int i = 0; i < sessions.size(); i++) {
            PlannedSession session = sessions.get(i);
            String path = "sessions[" + i + "]";
            if (session.number() != i + 1) {
                violations.add(new Violation(path + ".number", ModelRule.SESSION_NUMBERING,
                        path + ".number must be " + (i + 1) + ", was " + session.number()));
            }
            if (i == 0 && session.date().isBefore(start)) {
                violations.add(new Violation(path + ".date", ModelRule.DATE_ORDER,
                        path + ".date must not precede the start"));
            } else if (i > 0 && !session.date().isAfter(sessions.get(i - 1).date())) {
                violations.add(new Violation(path + ".date", ModelRule.SESSION_DATES,
                        path + ".date must be later than the date of session " + i));
            }
            if (skipped.contains(session.date())) {
                violations.add(new Violation(path + ".date", ModelRule.VALUE_IN_RANGE,
                        path + ".date must not be a skipped date"));
            }
            if (i > 0 && session.phase().compareTo(sessions.get(i - 1).phase()) < 0) {
                violations.add(new Violation(path + ".phase", ModelRule.PHASE_ORDER, path + ".phase "
                        + session.phase() + " must not follow " + sessions.get(i - 1).phase()));
            }
        }
    }

    private static void notice(int acuteSessionCount, OptionalInt notice, List<Violation> violations) {
        if (acuteSessionCount == 0) {
            if (notice.isPresent()) {
                violations.add(new Violation("terminationNotice", ModelRule.PRESENCE,
                        "terminationNotice must be absent for a plan without acute sessions"));
            }
        } else if (notice.isEmpty()) {
            violations.add(new Violation("terminationNotice", ModelRule.PRESENCE,
                    "terminationNotice is required for a plan with acute sessions"));
        } else if (notice.getAsInt() < 1 || notice.getAsInt() > acuteSessionCount) {
            violations.add(new Violation("terminationNotice", ModelRule.VALUE_IN_RANGE, "terminationNotice must be"
                    + " an acute session, 1 to " + acuteSessionCount + ", was " + notice.getAsInt()));
        }
    }

    /** Plans again from the schedule's settings and reports what the plan gives differently. */
    static Verification verify(Schedule recorded) {
        Schedule planned;
        try {
            Planner planner = Schedule.planner(recorded.protocol(), recorded.start())
                    .withCadence(recorded.cadence())
                    .withSessionCount(recorded.acuteSessionCount())
                    .withSkippedDates(recorded.skippedDates());
            if (recorded.maintenanceCadence().isPresent()) {
                planner = planner.withMaintenanceCadence(recorded.maintenanceCadence().get());
            }
            planned = planner.withMaintenanceSessions(recorded.maintenanceSessions().size()).plan();
        } catch (InvalidModelException e) {
            List<Discrepancy> refused = new ArrayList<>();
            for (Violation v : e.violations()) {
                refused.add(new Discrepancy(v.path(), "the planner refuses the setting: " + v.rule().description()));
            }
            return new Verification(refused);
        }
        List<Discrepancy> found = new ArrayList<>();
        List<PlannedSession> mine = recorded.sessions();
        List<PlannedSession> theirs = planned.sessions();
        for (int i = 0; i < Math.min(mine.size(), theirs.size()); i++) {
            PlannedSession a = mine.get(i);
            PlannedSession b = theirs.get(i);
            String path = "sessions[" + i + "]";
            if (!a.date().equals(b.date())) {
                long days = ChronoUnit.DAYS.between(a.date(), b.date());
                found.add(new Discrepancy(path + ".date", "the planner gives a date " + Math.abs(days) + " days "
                        + (days > 0 ? "later" : "earlier")));
            }
            if (a.phase() != b.phase()) {
                found.add(new Discrepancy(path + ".phase", "the planner gives the phase " + b.phase()));
            }
        }
        if (mine.size() != theirs.size()) {
            found.add(new Discrepancy("sessions", "the planner gives " + theirs.size() + " sessions"));
        }
        if (!recorded.terminationNotice().equals(planned.terminationNotice())) {
            found.add(new Discrepancy("terminationNotice", planned.terminationNotice().isPresent()
                    ? "the planner announces the end at session " + planned.terminationNotice().getAsInt()
                    : "the planner announces no end"));
        }
        return new Verification(found);
    }
}
