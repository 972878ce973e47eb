package org.iptmodel.core.report;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.Course;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Reference;
import org.iptmodel.core.Session;
import org.iptmodel.core.Violation;

/**
 * A suicidality item not recorded: a measurement on an instrument that has a suicidality item,
 * recorded as a total without item responses. Check how the item was answered.
 *
 * <p>A response above 0 on a suicidality item (PHQ-9 item 9, BDI-II item 9, HAM-D-17 item 3) must
 * be reviewed on its own, whatever the total (Kroenke, Spitzer and Williams 2001; Beck, Steer and
 * Brown 1996; Hamilton 1960), and raises a {@link SafetyFlag}. A total alone does not say
 * how the item was answered, so no flag can be raised from it, and none is: the library notices the
 * gap instead. A notice is not a flag: it says that the record cannot show a risk, not that there
 * is one. Notices come in the safety section of both reports, after the flags, and no option,
 * criterion or setting hides one.
 *
 * <pre>{@code
 * OutcomeReport report = OutcomeReport.of(course);
 * for (SafetyNotice notice : report.safetyNotices()) {
 *     notice.message();   // "item not recorded: session 1, ham-d-17 item 3; check how the item was answered"
 * }
 * }</pre>
 *
 * <p>A notice has the shape of a {@link ReportEntry} (severity, sessions, source, references,
 * message) but is not one: the entries of a report are its flags and deviations. Like a flag, a
 * notice holds numbers and codes only. This record is immutable and thread-safe.
 *
 * @param session the number of the session in which the measurement was taken, at least 1
 * @param instrument the instrument's code, such as {@code "phq-9"}, in the form of an identifier
 * @param item the one-based number of the instrument's suicidality item, at least 1
 * @serial exclude
 */
public record SafetyNotice(int session, String instrument, int item) implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final String SOURCE = ItemChecks.REVIEW + "; a total recorded without item responses does not"
            + " say how the item was answered (this library's notice).";
    private static final List<Reference> REFERENCES = ItemChecks.REFERENCES;

    /**
     * Creates a notice.
     *
     * @param session the session number, at least 1
     * @param instrument the instrument's code, such as {@code "phq-9"}, not null
     * @param item the item number, at least 1
     * @throws InvalidModelException if a number is out of range ({@link ModelRule#VALUE_IN_RANGE})
     *     or the code is blank ({@link ModelRule#NOT_BLANK}) or not in the form of an instrument's
     *     code ({@link ModelRule#ID_FORMAT})
     */
    public SafetyNotice {
        List<Violation> violations = ItemChecks.check(session, instrument, item);
        if (!violations.isEmpty()) {
            throw new InvalidModelException("SafetyNotice", violations);
        }
    }

    /**
     * Finds every notice of a course: one per measurement on an instrument with a suicidality item
     * recorded without item responses, in session order and, within a session, in measurement
     * order.
     *
     * @param course the course, not null
     * @return the notices, unmodifiable, empty if every such measurement holds its item responses
     */
    public static List<SafetyNotice> allOf(Course course) {
        Objects.requireNonNull(course, "course");
        List<SafetyNotice> notices = new ArrayList<>();
        for (Session session : course.sessions()) {
            for (Measurement measurement : session.measurements()) {
                if (measurement.items().isEmpty() && measurement.instrument().suicidalityItem().isPresent()) {
                    notices.add(new SafetyNotice(session.number(), measurement.instrument().code(),
                            measurement.instrument().suicidalityItem().getAsInt()));
                }
            }
        }
        return List.copyOf(notices);
    }

    /**
     * Checks the notices of a report: not null, in session order. Each notice out of order is a
     * violation at {@code safetyNotices[i]}.
     *
     * @return a copy of the notices
     */
    static List<SafetyNotice> checked(List<SafetyNotice> notices, List<Violation> violations) {
        return ItemChecks.inSessionOrder(notices, SafetyNotice::session, "safetyNotices", "safety notices", violations);
    }

    /**
     * Returns {@link ReportSeverity#WARNING}, always: a notice says that the record cannot show a
     * risk, not that there is one, so it stays below a {@link SafetyFlag}'s
     * {@link ReportSeverity#SAFETY}.
     *
     * @return the severity, not null
     */
    public ReportSeverity severity() {
        return ReportSeverity.WARNING;
    }

    /**
     * Returns the session of the measurement.
     *
     * @return a list holding {@link #session()}
     */
    public List<Integer> sessions() {
        return List.of(session);
    }

    /**
     * Returns the source: the instruments' works (as for a {@link SafetyFlag}) for the review of
     * any response above 0, and this library for the notice of a missing response.
     *
     * @return the citation, not blank
     */
    public String source() {
        return SOURCE;
    }

    /**
     * Returns the works of {@link #source()}.
     *
     * @return the references, works of the {@link Bibliography}, unmodifiable, not empty
     */
    public List<Reference> references() {
        return REFERENCES;
    }

    /**
     * Returns "item not recorded" with the session, instrument and item.
     *
     * @return the sentence, not blank
     */
    public String message() {
        return "item not recorded: session " + session + ", " + instrument + " item " + item
                + "; check how the item was answered";
    }
}
