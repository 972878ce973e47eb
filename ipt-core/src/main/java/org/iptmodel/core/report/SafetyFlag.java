package org.iptmodel.core.report;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.Course;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Reference;
import org.iptmodel.core.Session;
import org.iptmodel.core.Violation;

/**
 * A response above 0 on an instrument's suicidality item: review risk with the patient.
 *
 * <p>PHQ-9 item 9 (thoughts of being better off dead or of self-harm), BDI-II item 9 (suicidal
 * thoughts or wishes) and HAM-D-17 item 3 (suicide): any response above 0 must be reviewed on its
 * own, whatever the total (Kroenke, Spitzer and Williams 2001; Beck, Steer and Brown 1996;
 * Hamilton 1960). A flag always has the
 * highest severity, {@link ReportSeverity#SAFETY}, and comes first in every report. The library
 * flags for a clinician; it never assesses risk, and nothing hides a flag. Only measurements with
 * item responses can raise a flag: a total alone does not say how the item was answered.
 *
 * <pre>{@code
 * AdherenceReport report = AdherenceReport.of(course);
 * for (SafetyFlag flag : report.safetyFlags()) {
 *     flag.message(); // "review risk with the patient: session 3, phq-9 item 9 scored 1"
 * }
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param session the number of the session in which the measurement was taken, at least 1
 * @param instrument the instrument's code, such as {@code "phq-9"}, not blank
 * @param item the one-based number of the suicidality item, at least 1
 * @param response the response on the item, at least 1
 * @serial exclude
 */
public record SafetyFlag(int session, String instrument, int item, int response) implements ReportEntry, Serializable {
    private static final long serialVersionUID = 1L;

    private static final String SOURCE = ItemChecks.REVIEW + ".";
    private static final List<Reference> REFERENCES = ItemChecks.REFERENCES;

    /**
     * Creates a flag.
     *
     * @param session the session number, at least 1
     * @param instrument the instrument's code, such as {@code "phq-9"}, not null
     * @param item the item number, at least 1
     * @param response the response, at least 1
     * @throws InvalidModelException if a number is out of range ({@link ModelRule#VALUE_IN_RANGE})
     *     or the code is blank ({@link ModelRule#NOT_BLANK}) or not in the form of an instrument's
     *     code ({@link ModelRule#ID_FORMAT})
     */
    public SafetyFlag {
        List<Violation> violations = ItemChecks.check(session, instrument, item);
        if (response < 1) {
            violations.add(new Violation("response", ModelRule.VALUE_IN_RANGE,
                    "response must be at least 1: a flag is raised only above 0"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidModelException("SafetyFlag", violations);
        }
    }

    /**
     * Finds every flag of a course, in session order and, within a session, in measurement order.
     *
     * @param course the course, not null
     * @return the flags, unmodifiable, empty if no suicidality item was answered above 0
     */
    public static List<SafetyFlag> allOf(Course course) {
        Objects.requireNonNull(course, "course");
        List<SafetyFlag> flags = new ArrayList<>();
        for (Session session : course.sessions()) {
            for (Measurement measurement : session.measurements()) {
                OptionalInt response = measurement.suicidalityResponse();
                if (response.isPresent() && response.getAsInt() > 0) {
                    flags.add(new SafetyFlag(session.number(), measurement.instrument().code(),
                            measurement.instrument().suicidalityItem().getAsInt(), response.getAsInt()));
                }
            }
        }
        return List.copyOf(flags);
    }

    /**
     * Checks the flags of a report: not null, in session order. Each flag out of order is a
     * violation at {@code safetyFlags[i]}.
     *
     * @return a copy of the flags
     */
    static List<SafetyFlag> checked(List<SafetyFlag> flags, List<Violation> violations) {
        return ItemChecks.inSessionOrder(flags, SafetyFlag::session, "safetyFlags", "safety flags", violations);
    }

    /**
     * Returns {@link ReportSeverity#SAFETY}, always.
     *
     * @return the highest severity
     */
    @Override
    public ReportSeverity severity() {
        return ReportSeverity.SAFETY;
    }

    /**
     * Returns the session in which the item was answered.
     *
     * @return a list holding {@link #session()}
     */
    @Override
    public List<Integer> sessions() {
        return List.of(session);
    }

    /**
     * Returns the source in words: Kroenke, Spitzer and Williams (2001), Beck, Steer and Brown
     * (1996) and Hamilton (1960), the works that define the three catalogue instruments' items.
     *
     * @return the citation, not blank
     */
    @Override
    public String source() {
        return SOURCE;
    }

    /**
     * Returns the works of the source: {@link Bibliography#KROENKE_2001},
     * {@link Bibliography#BECK_1996} and {@link Bibliography#HAMILTON_1960}.
     *
     * @return the references, unmodifiable
     */
    @Override
    public List<Reference> references() {
        return REFERENCES;
    }

    /**
     * Returns "review risk with the patient" with the session, instrument, item and response.
     *
     * @return the sentence, not blank
     */
    @Override
    public String message() {
        return "review risk with the patient: session " + session + ", " + instrument + " item " + item
                + " scored " + response;
    }
}
