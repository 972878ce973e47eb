package org.iptmodel.core.tests;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseId;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.PatientRef;
import org.iptmodel.core.Phase;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Session;
import org.iptmodel.core.TreatmentContract;

/** Small hand-made courses for example tests: weekly sessions from a start date, in given phases. */
final class CourseFixtures {
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    private CourseFixtures() {
    }

    /** A 16-session weekly contract of 50-minute sessions starting on {@link #START}. */
    static TreatmentContract contract() {
        return TreatmentContract.builder()
                .plannedSessions(16)
                .cadence(Period.ofWeeks(1))
                .sessionLength(Duration.ofMinutes(50))
                .start(START)
                .build();
    }

    /** Weekly sessions from {@link #START}, numbered from 1, one per phase given. */
    static List<Session> sessions(List<Phase> phases) {
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            sessions.add(Session.builder()
                    .number(i + 1)
                    .date(START.plusWeeks(i))
                    .phase(phases.get(i))
                    .length(Duration.ofMinutes(50))
                    .addMeasurement(Measurement.of(Instrument.phq9(), Math.max(0, 20 - i)))
                    .notes("SECRET-notes of session " + (i + 1))
                    .build());
        }
        return sessions;
    }

    /** Phases for n sessions: {@code initial} initial ones, then middle ones, {@code termination} termination ones. */
    static List<Phase> acute(int n, int initial, int termination) {
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            phases.add(i < initial ? Phase.INITIAL : i >= n - termination ? Phase.TERMINATION : Phase.MIDDLE);
        }
        return phases;
    }

    /** A course builder on the protocol with the given sessions and the {@link #contract()}. */
    static Course.Builder course(Protocol protocol, List<Session> sessions) {
        return Course.builder()
                .id(CourseId.of("c-001"))
                .patient(PatientRef.of("SECRET-patient"))
                .protocol(protocol)
                .contract(contract())
                .sessions(sessions);
    }
}
