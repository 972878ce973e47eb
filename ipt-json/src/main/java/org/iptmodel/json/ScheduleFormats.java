package org.iptmodel.json;

import static org.iptmodel.json.Scalars.DATE;
import static org.iptmodel.json.Scalars.INT;
import static org.iptmodel.json.Scalars.PERIOD;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.Phase;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Violation;
import org.iptmodel.core.plan.PlannedSession;
import org.iptmodel.core.plan.Planner;
import org.iptmodel.core.plan.Schedule;

/**
 * The objects of the schedule document, {@code iptmodel/schedule}, version 1.
 *
 * <p>A {@link Schedule} is made only by a {@link Planner}, so a schedule is read by planning it
 * again from the settings the document records: the protocol, the start, the cadence, the numbers
 * of acute and maintenance sessions, the maintenance cadence and the skipped dates. The plan made
 * again must agree with the sessions and the termination notice the document records, else the
 * document is refused.
 */
final class ScheduleFormats {
    /** The planner's paths and the schedule's attribute names of the format. */
    private static final Map<String, String> PLANNER_PATHS = Map.of("sessionCount", "acuteSessionCount",
            "maintenanceSessions", "maintenanceSessionCount");

    static final ObjectFormat<PlannedSession, SessionParts> PLANNED_SESSION = ObjectFormat.of(SessionParts::new,
            SessionParts::build)
            .required("number", "number", INT, PlannedSession::number, (b, v) -> b.number = v)
            .required("date", "date", DATE, PlannedSession::date, (b, v) -> b.date = v)
            .required("phase", "phase", Spellings.PHASE, PlannedSession::phase, (b, v) -> b.phase = v);

    static final ObjectFormat<Schedule, ScheduleParts> SCHEDULE = ObjectFormat.of(ScheduleParts::new,
            ScheduleParts::build)
            .required("protocol", "protocol", ModelFormats.PROTOCOL, Schedule::protocol, (b, v) -> b.protocol = v)
            .required("start", "start", DATE, Schedule::start, (b, v) -> b.start = v)
            .required("cadence", "cadence", PERIOD, Schedule::cadence, (b, v) -> b.cadence = v)
            .required("acute_session_count", "acuteSessionCount", INT, Schedule::acuteSessionCount,
                    (b, v) -> b.acuteSessionCount = v)
            .defaulted("maintenance_session_count", "maintenanceSessionCount", INT,
                    s -> s.maintenanceSessions().size(), (b, v) -> b.maintenanceSessionCount = v, 0)
            .optional("maintenance_cadence", "maintenanceCadence", PERIOD, Schedule::maintenanceCadence,
                    (b, v) -> b.maintenanceCadence = v)
            .list("skipped_dates", "skippedDates", DATE, s -> List.copyOf(s.skippedDates()),
                    (b, v) -> b.skippedDates.add(v), ArrayLimit.ITEMS)
            .optional("termination_notice", "terminationNotice", INT, s -> ModelFormats.boxed(s.terminationNotice()),
                    (b, v) -> b.terminationNotice = v)
            .list("sessions", "sessions", PLANNED_SESSION, Schedule::sessions, (b, v) -> b.sessions.add(v),
                    ArrayLimit.SESSIONS);

    private ScheduleFormats() {
    }

    /** The parts of a {@link PlannedSession} while it is read. */
    static final class SessionParts {
        int number;
        LocalDate date;
        Phase phase;

        PlannedSession build() {
            return new PlannedSession(number, date, phase);
        }
    }

    /** The settings and the recorded plan of a {@link Schedule} while it is read: planned again, then compared. */
    static final class ScheduleParts {
        Protocol protocol;
        LocalDate start;
        Period cadence;
        int acuteSessionCount;
        int maintenanceSessionCount;
        Period maintenanceCadence;
        final List<LocalDate> skippedDates = new ArrayList<>();
        Integer terminationNotice;
        final List<PlannedSession> sessions = new ArrayList<>();

        Schedule build() {
            Disagreement.Collector disagreements = new Disagreement.Collector();
            for (int i = 1; i < skippedDates.size(); i++) {
                if (!skippedDates.get(i).isAfter(skippedDates.get(i - 1))) {
                    disagreements.add("skippedDates[" + i + "]", "must be later than the previous skipped date");
                    break;
                }
            }
            disagreements.check();
            Schedule schedule;
            try {
                Planner planner = Schedule.planner(protocol, start)
                        .withCadence(cadence)
                        .withSessionCount(acuteSessionCount)
                        .withSkippedDates(skippedDates)
                        .withMaintenanceSessions(maintenanceSessionCount);
                if (maintenanceCadence != null) {
                    planner = planner.withMaintenanceCadence(maintenanceCadence);
                }
                schedule = planner.plan();
            } catch (InvalidModelException e) {
                // the model bounds the start, the cadences and the numbers of sessions and skipped
                // dates, so every plan it accepts is made and stays within the range of dates
                throw relocated(e);
            }
            OptionalInt notice = terminationNotice == null ? OptionalInt.empty() : OptionalInt.of(terminationNotice);
            if (!notice.equals(schedule.terminationNotice())) {
                disagreements.add("terminationNotice", schedule.terminationNotice().isPresent()
                        ? "must be the session at which the plan announces the end"
                        : "must be absent for a plan without acute sessions");
            }
            List<PlannedSession> made = schedule.sessions();
            for (int i = 0; i < Math.max(sessions.size(), made.size()); i++) {
                if (i == sessions.size()) {
                    disagreements.add("sessions", "must list every session the plan holds");
                    break;
                }
                if (i == made.size()) {
                    disagreements.add("sessions[" + i + "]", "is a session the plan does not hold");
                    break;
                }
                if (!sessions.get(i).equals(made.get(i))) {
                    disagreements.add("sessions[" + i + "]" + differingPart(sessions.get(i), made.get(i)),
                            "must be the session the plan holds here");
                    break;
                }
            }
            disagreements.check();
            return schedule;
        }

        private static String differingPart(PlannedSession read, PlannedSession made) {
            if (read.number() != made.number()) {
                return ".number";
            }
            return read.date().equals(made.date()) ? ".phase" : ".date";
        }

        /** Moves the planner's violations to the format's attribute names. */
        private static InvalidModelException relocated(InvalidModelException e) {
            List<Violation> violations = new ArrayList<>(e.violations().size());
            for (Violation v : e.violations()) {
                violations.add(new Violation(PLANNER_PATHS.getOrDefault(v.path(), v.path()), v.rule(), v.message()));
            }
            return new InvalidModelException(e.type(), violations);
        }
    }
}
