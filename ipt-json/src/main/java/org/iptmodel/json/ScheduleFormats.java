package org.iptmodel.json;

import static org.iptmodel.json.Scalars.DATE;
import static org.iptmodel.json.Scalars.INT;
import static org.iptmodel.json.Scalars.PERIOD;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.iptmodel.core.Bounds;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Phase;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Violation;
import org.iptmodel.core.plan.PlannedSession;
import org.iptmodel.core.plan.Schedule;

/**
 * The objects of the schedule document, {@code iptmodel/schedule}, version 1.
 *
 * <p>A schedule is read as what it records, through {@link Schedule#recorded}: the sessions, the
 * termination notice and the settings are taken as written, checked for their structure, and
 * never planned again, so a schedule written by any version reads after the planner changed.
 * Checking it against the planner of this version is {@link Schedule#verify()}.
 */
final class ScheduleFormats {
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

    /**
     * What a {@link Schedule} records while it is read: made again by {@link Schedule#recorded},
     * which checks its structure and plans nothing again; the maintenance sessions listed must be
     * {@code maintenance_session_count}.
     */
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
            List<Violation> violations = new ArrayList<>();
            long maintenance = sessions.stream().filter(s -> s.phase() == Phase.MAINTENANCE).count();
            if ((long) acuteSessionCount + maintenanceSessionCount > Bounds.MAX_PLANNED_SESSIONS) {
                violations.add(new Violation("maintenanceSessionCount", ModelRule.VALUE_IN_RANGE,
                        "maintenanceSessionCount must be at most " + Bounds.MAX_PLANNED_SESSIONS
                                + " less acuteSessionCount"));
            } else if (maintenance != maintenanceSessionCount) {
                violations.add(new Violation("maintenanceSessionCount", ModelRule.VALUE_IN_RANGE,
                        "maintenanceSessionCount must be the number of maintenance sessions listed, " + maintenance));
            }
            Optional<Period> every = maintenanceCadence == null ? protocol.maintenanceCadence()
                    : Optional.of(maintenanceCadence);
            OptionalInt notice = terminationNotice == null ? OptionalInt.empty() : OptionalInt.of(terminationNotice);
            try {
                Schedule schedule = Schedule.recorded(protocol, start, cadence, every, skippedDates,
                        acuteSessionCount, notice, sessions);
                if (violations.isEmpty()) {
                    return schedule;
                }
            } catch (InvalidModelException e) {
                for (Violation v : e.violations()) {
                    // when the maintenance sessions listed are not those counted, the count is the
                    // problem, not the cadence the sessions listed would need
                    if (violations.isEmpty() || v.rule() != ModelRule.PRESENCE
                            || !v.path().equals("maintenanceCadence")) {
                        violations.add(v);
                    }
                }
            }
            throw new InvalidModelException("Schedule", violations);
        }
    }
}
