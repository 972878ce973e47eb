package org.iptmodel.core.plan;

import static org.iptmodel.core.internal.SerialParts.list;

import java.io.InvalidObjectException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.internal.SerialForm;
import org.iptmodel.core.internal.SerialParts;

/**
 * The serialized form of the schedules and planners of this package in JDK-serializable form (an
 * absent value is null, lists are {@link ArrayList}s). A planner's form is its settings (protocol,
 * start, cadence, numbers of acute and maintenance sessions, skipped dates, maintenance cadence),
 * which {@link #readResolve()} sets again through the public {@link Planner} methods, which check
 * each one. A schedule's form is what it records (protocol, start, cadence, number of acute
 * sessions, skipped dates, maintenance cadence, termination notice, sessions), which
 * {@link #readResolve()} makes again through {@link Schedule#recorded}, which checks every
 * structural rule and plans nothing again. A stream that was tampered with never yields an invalid
 * value: it fails with an {@link InvalidObjectException}.
 */
final class SerialProxy extends SerialForm {
    private static final long serialVersionUID = 1L;

    static final int PLANNER = 1;
    static final int SCHEDULE = 2;

    private SerialProxy(int kind, Object... parts) {
        super(kind, parts);
    }

    /** The form of a planner, from its settings. */
    static SerialProxy planner(Protocol protocol, LocalDate start, Period cadence, int sessionCount,
            Collection<LocalDate> skippedDates, int maintenanceSessions, Optional<Period> maintenanceCadence) {
        return new SerialProxy(PLANNER, protocol, start, cadence, sessionCount, list(skippedDates),
                maintenanceSessions, maintenanceCadence.orElse(null));
    }

    /** The form of a schedule: what it records. */
    static SerialProxy of(Schedule s) {
        return new SerialProxy(SCHEDULE, s.protocol(), s.start(), s.cadence(), s.acuteSessionCount(),
                list(s.skippedDates()), s.maintenanceCadence().orElse(null),
                s.terminationNotice().isPresent() ? s.terminationNotice().getAsInt() : null, list(s.sessions()));
    }

    /**
     * Sets a planner's settings again, or makes a schedule again from what it records.
     */
    @Override
    protected Object resolve(int kind, SerialParts p) throws InvalidObjectException {
        if (kind == PLANNER) {
            return planner(p);
        }
        if (kind != SCHEDULE) {
            throw new InvalidObjectException("unknown kind of value " + kind);
        }
        p.count(8);
        Integer notice = p.nullable(6, Integer.class);
        return Schedule.recorded(p.get(0, Protocol.class), p.get(1, LocalDate.class), p.get(2, Period.class),
                Optional.ofNullable(p.nullable(5, Period.class)), p.list(4, LocalDate.class), p.integer(3),
                notice == null ? OptionalInt.empty() : OptionalInt.of(notice), p.list(7, PlannedSession.class));
    }

    private static Planner planner(SerialParts p) throws InvalidObjectException {
        p.count(7);
        Protocol protocol = p.get(0, Protocol.class);
        Planner planner = Schedule.planner(protocol, p.get(1, LocalDate.class)).withCadence(p.get(2, Period.class));
        int sessionCount = p.integer(3);
        if (sessionCount != Planner.defaultSessionCount(protocol)) {
            planner = planner.withSessionCount(sessionCount);
        }
        planner = planner.withSkippedDates(p.list(4, LocalDate.class));
        Period maintenanceCadence = p.nullable(6, Period.class);
        if (maintenanceCadence != null) {
            planner = planner.withMaintenanceCadence(maintenanceCadence);
        }
        int maintenanceSessions = p.integer(5);
        return maintenanceSessions == 0 ? planner : planner.withMaintenanceSessions(maintenanceSessions);
    }
}
