package org.iptmodel.core.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.iptmodel.core.Bounds;
import org.iptmodel.core.ConcurrentTreatment;
import org.iptmodel.core.Course;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Session;
import org.iptmodel.core.TreatmentKind;
import org.iptmodel.core.Violation;
import org.iptmodel.core.internal.Identifiers;

/**
 * A treatment alongside IPT that started during the course, as an outcome report lists it: its
 * kind, its code and the date it started. A change of score after that date may be the
 * treatment's as well as the therapy's: the report does not tell them apart, it lists the
 * treatment next to the scores it may confound.
 *
 * <p>A {@link ConcurrentTreatment} of a course started during the course when its start date is
 * known, is not before the contract start and not after the last session: from then on it can
 * have changed the scores recorded. A treatment of unknown start, started before the contract, or
 * started after the last session is not listed.
 *
 * <pre>{@code
 * for (StartedTreatment t : OutcomeReport.of(course).concurrentTreatments()) {
 *     t.kind();      // ANTIDEPRESSANT_MEDICATION
 *     t.code();      // Optional[N06AB06]
 *     t.started();   // 2026-02-09
 * }
 * }</pre>
 *
 * <p>Codes, kinds and dates only, never free text. This record is immutable and thread-safe.
 *
 * @param kind the kind of treatment, not null
 * @param codeSystem the system of {@code code}, such as {@code ATC}: an identifier, present
 *     exactly when the code is
 * @param code the treatment's code, such as {@code N06AB06}: an identifier, present exactly when
 *     the code system is
 * @param started the date the treatment started, not null
 * @serial exclude
 */
public record StartedTreatment(TreatmentKind kind, Optional<String> codeSystem, Optional<String> code,
        LocalDate started) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an entry.
     *
     * @param kind the kind, not null
     * @param codeSystem the code system, not null, empty without a code
     * @param code the code, not null, empty without a code system
     * @param started the start date, not null
     * @throws InvalidModelException if only one of code and code system is present
     *     ({@link ModelRule#PRESENCE}, path {@code code}), either is not an identifier
     *     ({@link ModelRule#ID_FORMAT}, path {@code codeSystem} or {@code code}), or the start date
     *     lies outside the model's range of dates ({@link ModelRule#VALUE_IN_RANGE}, path
     *     {@code started}; {@link Bounds})
     */
    public StartedTreatment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(codeSystem, "codeSystem");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(started, "started");
        List<Violation> violations = new ArrayList<>();
        if (codeSystem.isPresent() != code.isPresent()) {
            violations.add(new Violation("code", ModelRule.PRESENCE,
                    "code and codeSystem must be both present or both absent"));
        }
        if (codeSystem.isPresent() && !Identifiers.isToken(codeSystem.get())) {
            violations.add(new Violation("codeSystem", ModelRule.ID_FORMAT,
                    "codeSystem " + ModelRule.ID_FORMAT.description()));
        }
        if (code.isPresent() && !Identifiers.isToken(code.get())) {
            violations.add(new Violation("code", ModelRule.ID_FORMAT, "code " + ModelRule.ID_FORMAT.description()));
        }
        if (!Bounds.isInDateRange(started)) {
            violations.add(new Violation("started", ModelRule.VALUE_IN_RANGE,
                    "started must be between " + Bounds.EARLIEST_DATE + " and " + Bounds.LATEST_DATE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidModelException("StartedTreatment", violations);
        }
    }

    /**
     * Finds the concurrent treatments of a course that started during it: start date known, not
     * before the contract start and not after the last session. In order of start date; treatments
     * that started on the same day in the order the course lists them.
     *
     * @param course the course, not null
     * @return the treatments, unmodifiable; empty for a course without sessions
     */
    public static List<StartedTreatment> duringCourse(Course course) {
        Objects.requireNonNull(course, "course");
        Optional<Session> last = course.lastSession();
        if (last.isEmpty()) {
            return List.of();
        }
        LocalDate from = course.contract().start();
        LocalDate to = last.get().date();
        List<StartedTreatment> started = new ArrayList<>();
        for (ConcurrentTreatment t : course.concurrentTreatments()) {
            if (t.started().isPresent() && !t.started().get().isBefore(from) && !t.started().get().isAfter(to)) {
                started.add(new StartedTreatment(t.kind(), t.codeSystem(), t.code(), t.started().get()));
            }
        }
        started.sort(Comparator.comparing(StartedTreatment::started));
        return List.copyOf(started);
    }

    /**
     * Replaces this record in a serialization stream by its serialized form, without
     * {@code Optional}s (which are not serializable); it is read back through the canonical
     * constructor, so every invariant is checked again.
     *
     * @return the serialized form, not null
     */
    Object writeReplace() {
        return SerialProxy.of(this);
    }

    /**
     * Checks the treatments of a report: not null, in order of start date. Each one out of order
     * is a violation at {@code concurrentTreatments[i]}.
     *
     * @return a copy of the treatments
     */
    static List<StartedTreatment> checked(List<StartedTreatment> treatments, List<Violation> violations) {
        Objects.requireNonNull(treatments, "concurrentTreatments");
        for (int i = 0; i < treatments.size(); i++) {
            Objects.requireNonNull(treatments.get(i), "concurrentTreatments[" + i + "]");
            if (i > 0 && treatments.get(i).started.isBefore(treatments.get(i - 1).started)) {
                violations.add(new Violation("concurrentTreatments[" + i + "]", ModelRule.REPORT_ORDER,
                        "concurrent treatments must be in order of start date: " + treatments.get(i).started
                                + " follows " + treatments.get(i - 1).started));
            }
        }
        return List.copyOf(treatments);
    }
}
