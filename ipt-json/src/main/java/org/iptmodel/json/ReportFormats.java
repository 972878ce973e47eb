package org.iptmodel.json;

import static org.iptmodel.json.Scalars.BOOLEAN;
import static org.iptmodel.json.Scalars.DATE;
import static org.iptmodel.json.Scalars.INT;
import static org.iptmodel.json.Scalars.TEXT;

import java.util.ArrayList;
import java.util.List;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.SeverityBand;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.Deviation;
import org.iptmodel.core.report.InstrumentOutcome;
import org.iptmodel.core.report.OutcomeCriteria;
import org.iptmodel.core.report.OutcomeReport;
import org.iptmodel.core.report.SafetyFlag;
import org.iptmodel.core.report.ScorePoint;

/**
 * The objects of the report documents, {@code iptmodel/adherence} and {@code iptmodel/outcomes},
 * version 1. Both are written and never read: the model derives a report from a course
 * ({@link AdherenceReport#of}, {@link OutcomeReport#of}) and offers no other way to make one, so a
 * report cannot be rebuilt from its JSON. Reports hold numbers, codes, enum values and the model's
 * own sentences, never free text of the course.
 */
final class ReportFormats {

    static final ObjectFormat<SafetyFlag, Void> SAFETY_FLAG = ObjectFormat.<SafetyFlag>writeOnly()
            .required("session", "session", INT, SafetyFlag::session, null)
            .required("instrument", "instrument", TEXT, SafetyFlag::instrument, null)
            .required("item", "item", INT, SafetyFlag::item, null)
            .required("response", "response", INT, SafetyFlag::response, null)
            .required("message", "message", TEXT, SafetyFlag::message, null)
            .required("source", "source", TEXT, SafetyFlag::source, null);

    static final ObjectFormat<Deviation, Void> DEVIATION = ObjectFormat.<Deviation>writeOnly()
            .required("code", "code", Spellings.DEVIATION_CODE, Deviation::code, null)
            .required("severity", "severity", Spellings.REPORT_SEVERITY, Deviation::severity, null)
            .list("sessions", "sessions", INT, Deviation::sessions, null, ArrayLimit.ITEMS)
            .required("message", "message", TEXT, Deviation::message, null)
            .required("source", "source", TEXT, Deviation::source, null);

    static final ObjectFormat<AdherenceReport, Void> ADHERENCE = ObjectFormat.<AdherenceReport>writeOnly()
            .required("adherent", "adherent", BOOLEAN, AdherenceReport::isAdherent, null)
            .list("safety_flags", "safetyFlags", SAFETY_FLAG, AdherenceReport::safetyFlags, null, ArrayLimit.ITEMS)
            .list("deviations", "deviations", DEVIATION, AdherenceReport::deviations, null, ArrayLimit.ITEMS);

    static final ObjectFormat<OutcomeCriteria, Void> CRITERIA = ObjectFormat.<OutcomeCriteria>writeOnly()
            .required("response_reduction", "responseReduction", INT, OutcomeCriteria::responseReduction, null)
            .required("partial_response_reduction", "partialResponseReduction", INT,
                    OutcomeCriteria::partialResponseReduction, null)
            .required("worsening_increase", "worseningIncrease", INT, OutcomeCriteria::worseningIncrease, null);

    static final ObjectFormat<ScorePoint, Void> SCORE = ObjectFormat.<ScorePoint>writeOnly()
            .required("session", "session", INT, ScorePoint::session, null)
            .required("date", "date", DATE, ScorePoint::date, null)
            .required("total", "total", INT, ScorePoint::total, null)
            .required("severity", "severity", Spellings.SEVERITY, ScorePoint::severity, null);

    static final ObjectFormat<Outcome, Void> OUTCOME = ObjectFormat.<Outcome>writeOnly()
            .required("instrument", "instrument", ModelFormats.INSTRUMENT_REF, Outcome::instrument, null)
            .required("remission_max", "remissionMax", INT, Outcome::remissionMax, null)
            .list("bands", "bands", ModelFormats.BAND, Outcome::ownBands, null, ArrayLimit.ITEMS)
            .list("scores", "points", SCORE, o -> o.outcome().points(), null, ArrayLimit.ITEMS)
            .optional("response_class", "responseClass", Spellings.RESPONSE_CLASS, o -> o.outcome().responseClass(),
                    null);

    static final ObjectFormat<OutcomeReport, Void> OUTCOMES = ObjectFormat.<OutcomeReport>writeOnly()
            .required("criteria", "criteria", CRITERIA, OutcomeReport::criteria, null)
            .list("safety_flags", "safetyFlags", SAFETY_FLAG, OutcomeReport::safetyFlags, null, ArrayLimit.ITEMS)
            .list("outcomes", "outcomes", OUTCOME, ReportFormats::outcomes, null, ArrayLimit.ITEMS);

    private ReportFormats() {
    }

    private static List<Outcome> outcomes(OutcomeReport report) {
        List<Outcome> outcomes = new ArrayList<>(report.outcomes().size());
        for (InstrumentOutcome outcome : report.outcomes()) {
            outcomes.add(new Outcome(outcome, report.criteria()));
        }
        return outcomes;
    }

    /** The outcome of one instrument with the criteria it was classified by. */
    record Outcome(InstrumentOutcome outcome, OutcomeCriteria criteria) {
        Instrument instrument() {
            return outcome.instrument();
        }

        int remissionMax() {
            return criteria.remissionMax(outcome.instrument());
        }

        /** The bands the criteria set for the instrument, or none when they are the instrument's own. */
        List<SeverityBand> ownBands() {
            List<SeverityBand> bands = criteria.bands(outcome.instrument());
            return bands.equals(outcome.instrument().bands()) ? List.of() : bands;
        }
    }
}
