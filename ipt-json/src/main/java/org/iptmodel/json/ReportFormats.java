package org.iptmodel.json;

import static org.iptmodel.json.Scalars.BOOLEAN;
import static org.iptmodel.json.Scalars.DATE;
import static org.iptmodel.json.Scalars.INT;
import static org.iptmodel.json.Scalars.TEXT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Severity;
import org.iptmodel.core.SeverityBand;
import org.iptmodel.core.TreatmentKind;
import org.iptmodel.core.Violation;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.Deviation;
import org.iptmodel.core.report.DeviationCode;
import org.iptmodel.core.report.InstrumentOutcome;
import org.iptmodel.core.report.OutcomeCriteria;
import org.iptmodel.core.report.OutcomeReport;
import org.iptmodel.core.report.ReportSeverity;
import org.iptmodel.core.report.ResponseClass;
import org.iptmodel.core.report.SafetyFlag;
import org.iptmodel.core.report.SafetyNotice;
import org.iptmodel.core.report.ScorePoint;
import org.iptmodel.core.report.StartedTreatment;

/**
 * The objects of the report documents, {@code iptmodel/adherence} and {@code iptmodel/outcomes},
 * version 1.
 *
 * <p>Reports are read as what they record, through the model's factories from parts
 * ({@link AdherenceReport#of(List, List, List)}, {@link InstrumentOutcome#recorded},
 * {@link OutcomeReport#recorded}), which check their structure (the order of the entries, the
 * ranges of the scores) and take the values the rules give as recorded: a deviation's
 * {@code severity}, a score's {@code severity} and an outcome's {@code response_class} are never
 * computed again on reading, so a report reads after a rule changes ({@code verify()} of each
 * report checks them). The {@code adherent} flag, which says only whether there is a deviation,
 * must agree with the deviations. The criteria of an outcome report are its thresholds with each
 * outcome's {@code remission_max}, {@code depressed_min} and {@code bands}. The model's sentences of a safety flag and a safety notice ({@code message},
 * {@code source}) and the {@code source} of a deviation are required text, and the
 * {@code references} of all three required keys of the bibliography; none of them is compared: the
 * model gives them again from the codes and numbers. The {@code message} of a deviation is kept as
 * read: it is the only record of what the deviation says.
 */
final class ReportFormats {

    static final ObjectFormat<SafetyFlag, FlagParts> SAFETY_FLAG = ObjectFormat.of(FlagParts::new, FlagParts::build)
            .required("session", "session", INT, SafetyFlag::session, (b, v) -> b.session = v)
            .required("instrument", "instrument", TEXT, SafetyFlag::instrument, (b, v) -> b.instrument = v)
            .required("item", "item", INT, SafetyFlag::item, (b, v) -> b.item = v)
            .required("response", "response", INT, SafetyFlag::response, (b, v) -> b.response = v)
            .required("message", "message", TEXT, SafetyFlag::message, (b, v) -> { })
            .required("source", "source", TEXT, SafetyFlag::source, (b, v) -> { })
            .requiredList("references", "references", ModelFormats.REFERENCE, SafetyFlag::references, (b, v) -> { });

    static final ObjectFormat<SafetyNotice, NoticeParts> SAFETY_NOTICE = ObjectFormat.of(NoticeParts::new,
            NoticeParts::build)
            .required("session", "session", INT, SafetyNotice::session, (b, v) -> b.session = v)
            .required("instrument", "instrument", TEXT, SafetyNotice::instrument, (b, v) -> b.instrument = v)
            .required("item", "item", INT, SafetyNotice::item, (b, v) -> b.item = v)
            .required("message", "message", TEXT, SafetyNotice::message, (b, v) -> { })
            .required("source", "source", TEXT, SafetyNotice::source, (b, v) -> { })
            .requiredList("references", "references", ModelFormats.REFERENCE, SafetyNotice::references,
                    (b, v) -> { });

    static final ObjectFormat<Deviation, DeviationParts> DEVIATION = ObjectFormat.of(DeviationParts::new,
            DeviationParts::build)
            .required("code", "code", Spellings.DEVIATION_CODE, Deviation::code, (b, v) -> b.code = v)
            .optional("severity", "severity", Spellings.REPORT_SEVERITY, d -> Optional.of(d.severity()),
                    (b, v) -> b.severity = v)
            .list("sessions", "sessions", INT, Deviation::sessions, (b, v) -> b.sessions.add(v), ArrayLimit.ITEMS)
            .required("message", "message", TEXT, Deviation::message, (b, v) -> b.message = v)
            .required("source", "source", TEXT, Deviation::source, (b, v) -> { })
            .requiredList("references", "references", ModelFormats.REFERENCE, Deviation::references, (b, v) -> { });

    static final ObjectFormat<AdherenceReport, AdherenceParts> ADHERENCE = ObjectFormat.of(AdherenceParts::new,
            AdherenceParts::build)
            .derived("adherent", "adherent", BOOLEAN, AdherenceReport::isAdherent,
                    "must be true exactly when there is no deviation")
            .list("safety_flags", "safetyFlags", SAFETY_FLAG, AdherenceReport::safetyFlags,
                    (b, v) -> b.safetyFlags.add(v), ArrayLimit.ITEMS)
            .list("safety_notices", "safetyNotices", SAFETY_NOTICE, AdherenceReport::safetyNotices,
                    (b, v) -> b.safetyNotices.add(v), ArrayLimit.ITEMS)
            .list("deviations", "deviations", DEVIATION, AdherenceReport::deviations, (b, v) -> b.deviations.add(v),
                    ArrayLimit.ITEMS);

    static final ObjectFormat<OutcomeCriteria, CriteriaParts> CRITERIA = ObjectFormat.of(CriteriaParts::new,
            CriteriaParts::build)
            .required("response_reduction", "responseReduction", INT, OutcomeCriteria::responseReduction,
                    (b, v) -> b.responseReduction = v)
            .required("partial_response_reduction", "partialResponseReduction", INT,
                    OutcomeCriteria::partialResponseReduction, (b, v) -> b.partialResponseReduction = v)
            .required("worsening_increase", "worseningIncrease", INT, OutcomeCriteria::worseningIncrease,
                    (b, v) -> b.worseningIncrease = v);

    static final ObjectFormat<ScorePoint, ScoreParts> SCORE = ObjectFormat.of(ScoreParts::new, ScoreParts::build)
            .required("session", "session", INT, ScorePoint::session, (b, v) -> b.session = v)
            .required("date", "date", DATE, ScorePoint::date, (b, v) -> b.date = v)
            .required("total", "total", INT, ScorePoint::total, (b, v) -> b.total = v)
            .required("severity", "severity", Spellings.SEVERITY, ScorePoint::severity, (b, v) -> b.severity = v);

    static final ObjectFormat<StartedTreatment, StartedParts> STARTED_TREATMENT = ObjectFormat.of(
            StartedParts::new, StartedParts::build)
            .required("kind", "kind", Spellings.TREATMENT_KIND, StartedTreatment::kind, (b, v) -> b.kind = v)
            .optional("code_system", "codeSystem", TEXT, StartedTreatment::codeSystem, (b, v) -> b.codeSystem = v)
            .optional("code", "code", TEXT, StartedTreatment::code, (b, v) -> b.code = v)
            .required("started", "started", DATE, StartedTreatment::started, (b, v) -> b.started = v);

    static final ObjectFormat<Outcome, OutcomeParts> OUTCOME = ObjectFormat.of(OutcomeParts::new, OutcomeParts::build)
            .required("instrument", "instrument", ModelFormats.INSTRUMENT_REF, Outcome::instrument,
                    (b, v) -> b.instrument = v)
            .required("remission_max", "remissionMax", INT, Outcome::remissionMax, (b, v) -> b.remissionMax = v)
            .required("depressed_min", "depressedMin", INT, Outcome::depressedMin, (b, v) -> b.depressedMin = v)
            .list("bands", "bands", ModelFormats.BAND, Outcome::ownBands, (b, v) -> b.bands.add(v), ArrayLimit.ITEMS)
            .requiredList("scores", "points", SCORE, Outcome::points, (b, v) -> b.points.add(v))
            .optional("response_class", "responseClass", Spellings.RESPONSE_CLASS, Outcome::responseClass,
                    (b, v) -> b.responseClass = v);

    static final ObjectFormat<OutcomeReport, OutcomesParts> OUTCOMES = ObjectFormat.of(OutcomesParts::new,
            OutcomesParts::build)
            .required("criteria", "criteria", CRITERIA, OutcomeReport::criteria, (b, v) -> b.criteria = v)
            .list("safety_flags", "safetyFlags", SAFETY_FLAG, OutcomeReport::safetyFlags,
                    (b, v) -> b.safetyFlags.add(v), ArrayLimit.ITEMS)
            .list("safety_notices", "safetyNotices", SAFETY_NOTICE, OutcomeReport::safetyNotices,
                    (b, v) -> b.safetyNotices.add(v), ArrayLimit.ITEMS)
            .list("concurrent_treatments", "concurrentTreatments", STARTED_TREATMENT,
                    OutcomeReport::concurrentTreatments, (b, v) -> b.concurrentTreatments.add(v), ArrayLimit.ITEMS)
            .list("outcomes", "outcomes", OUTCOME, ReportFormats::outcomes, (b, v) -> b.outcomes.add(v),
                    ArrayLimit.ITEMS);

    private ReportFormats() {
    }

    private static List<Outcome> outcomes(OutcomeReport report) {
        List<Outcome> outcomes = new ArrayList<>(report.outcomes().size());
        for (InstrumentOutcome outcome : report.outcomes()) {
            outcomes.add(Outcome.of(outcome, report.criteria()));
        }
        return outcomes;
    }

    /**
     * The outcome of one instrument as the document holds it: with the remission threshold, the
     * start of the depressed range and the bands the criteria set for the instrument.
     *
     * @param ownBands the bands the criteria grade the instrument by, or none when they are the
     *     instrument's own
     */
    record Outcome(Instrument instrument, int remissionMax, int depressedMin, List<SeverityBand> ownBands,
            List<ScorePoint> points, Optional<ResponseClass> responseClass) {

        static Outcome of(InstrumentOutcome outcome, OutcomeCriteria criteria) {
            Instrument instrument = outcome.instrument();
            List<SeverityBand> bands = criteria.bands(instrument);
            return new Outcome(instrument, criteria.remissionMax(instrument), criteria.depressedMin(instrument),
                    bands.equals(instrument.bands()) ? List.of() : bands, outcome.points(), outcome.responseClass());
        }
    }

    /** The parts of a {@link SafetyFlag} while it is read. */
    static final class FlagParts {
        int session;
        String instrument;
        int item;
        int response;

        SafetyFlag build() {
            return new SafetyFlag(session, instrument, item, response);
        }
    }

    /** The parts of a {@link SafetyNotice} while it is read. */
    static final class NoticeParts {
        int session;
        String instrument;
        int item;

        SafetyNotice build() {
            return new SafetyNotice(session, instrument, item);
        }
    }

    /** The parts of a {@link StartedTreatment} while it is read. */
    static final class StartedParts {
        TreatmentKind kind;
        String codeSystem;
        String code;
        LocalDate started;

        StartedTreatment build() {
            return new StartedTreatment(kind, Optional.ofNullable(codeSystem), Optional.ofNullable(code), started);
        }
    }

    /** The parts of a {@link Deviation} while it is read. */
    static final class DeviationParts {
        DeviationCode code;
        ReportSeverity severity;
        final List<Integer> sessions = new ArrayList<>();
        String message;

        /** The deviation with the severity recorded, else the code's. */
        Deviation build() {
            return severity == null ? new Deviation(code, sessions, message)
                    : new Deviation(code, severity, sessions, message);
        }
    }

    /** The entries of an {@link AdherenceReport} while it is read. */
    static final class AdherenceParts {
        final List<SafetyFlag> safetyFlags = new ArrayList<>();
        final List<SafetyNotice> safetyNotices = new ArrayList<>();
        final List<Deviation> deviations = new ArrayList<>();

        AdherenceReport build() {
            return AdherenceReport.of(safetyFlags, safetyNotices, deviations);
        }
    }

    /** The thresholds of {@link OutcomeCriteria} while they are read. */
    static final class CriteriaParts {
        int responseReduction;
        int partialResponseReduction;
        int worseningIncrease;

        /** The criteria with these thresholds; every threshold out of range is reported. */
        OutcomeCriteria build() {
            List<Violation> violations = new ArrayList<>();
            OutcomeCriteria criteria = OutcomeCriteria.defaults().withPartialResponseReduction(1);
            OutcomeCriteria withResponse = apply(criteria, c -> c.withResponseReduction(responseReduction),
                    "", violations);
            criteria = withResponse == null ? criteria.withResponseReduction(100) : withResponse;
            criteria = orSame(apply(criteria, c -> c.withPartialResponseReduction(partialResponseReduction), "",
                    violations), criteria);
            criteria = orSame(apply(criteria, c -> c.withWorseningIncrease(worseningIncrease), "", violations),
                    criteria);
            if (!violations.isEmpty()) {
                throw new InvalidModelException("OutcomeCriteria", violations);
            }
            return criteria;
        }
    }

    /** The parts of a {@link ScorePoint} while it is read. */
    static final class ScoreParts {
        int session;
        LocalDate date;
        int total;
        Severity severity;

        ScorePoint build() {
            return new ScorePoint(session, date, total, severity);
        }
    }

    /** The parts of an outcome while it is read; it is built with the report's criteria. */
    static final class OutcomeParts {
        Instrument instrument;
        int remissionMax;
        int depressedMin;
        final List<SeverityBand> bands = new ArrayList<>();
        final List<ScorePoint> points = new ArrayList<>();
        ResponseClass responseClass;

        Outcome build() {
            return new Outcome(instrument, remissionMax, depressedMin, List.copyOf(bands), List.copyOf(points),
                    Optional.ofNullable(responseClass));
        }
    }

    /**
     * The parts of an {@link OutcomeReport} while it is read: the criteria are the thresholds with
     * each instrument's remission threshold, depressed range and bands; the outcomes, with the
     * severities and response classes they record, are made by {@link InstrumentOutcome#recorded}
     * and the report by {@link OutcomeReport#recorded}, so nothing is graded or classified again.
     */
    static final class OutcomesParts {
        OutcomeCriteria criteria;
        final List<SafetyFlag> safetyFlags = new ArrayList<>();
        final List<SafetyNotice> safetyNotices = new ArrayList<>();
        final List<StartedTreatment> concurrentTreatments = new ArrayList<>();
        final List<Outcome> outcomes = new ArrayList<>();

        OutcomeReport build() {
            List<Violation> violations = new ArrayList<>();
            OutcomeCriteria all = criteria;
            Set<Instrument> seen = new HashSet<>();
            for (int i = 0; i < outcomes.size(); i++) {
                Outcome o = outcomes.get(i);
                if (!seen.add(o.instrument())) {
                    continue;
                }
                String path = "outcomes[" + i + "]";
                all = withThresholds(all, o, path, violations);
                if (!o.ownBands().isEmpty()) {
                    all = orSame(apply(all, c -> c.withBands(o.instrument(), o.ownBands()), path, violations), all);
                }
            }
            List<InstrumentOutcome> built = new ArrayList<>(outcomes.size());
            if (violations.isEmpty()) {
                for (int i = 0; i < outcomes.size(); i++) {
                    Outcome o = outcomes.get(i);
                    String path = "outcomes[" + i + "]";
                    try {
                        built.add(InstrumentOutcome.recorded(o.instrument(), o.points(), o.responseClass()));
                    } catch (InvalidModelException e) {
                        e.violations().forEach(v -> violations.add(v.under(path)));
                    }
                }
            }
            if (!violations.isEmpty()) {
                throw new InvalidModelException("OutcomeReport", violations);
            }
            return OutcomeReport.recorded(all, safetyFlags, safetyNotices, concurrentTreatments, built);
        }
    }

    /**
     * The criteria with an outcome's remission threshold and depressed range, set in the order
     * that lets the model take both: the remission threshold first when it lies below the
     * depressed range in force, else the depressed range first. A value out of the instrument's
     * range is refused at its place; two values within it whose remission threshold is not below
     * the depressed range are refused at {@code depressed_min}.
     */
    private static OutcomeCriteria withThresholds(OutcomeCriteria criteria, Outcome o, String path,
            List<Violation> violations) {
        Instrument instrument = o.instrument();
        int max = instrument.maxScore();
        boolean inRange = o.remissionMax() >= 0 && o.remissionMax() <= max && o.depressedMin() >= 0
                && o.depressedMin() <= max;
        if (inRange && o.remissionMax() >= o.depressedMin()) {
            violations.add(new Violation("depressedMin", ModelRule.VALUE_IN_RANGE, "depressedMin must be above"
                    + " remissionMax " + o.remissionMax() + ", was " + o.depressedMin()).under(path));
            return criteria;
        }
        if (o.remissionMax() < criteria.depressedMin(instrument)) {
            OutcomeCriteria remission = orSame(apply(criteria, c -> c.withRemissionMax(instrument, o.remissionMax()),
                    path, violations), criteria);
            return orSame(apply(remission, c -> c.withDepressedMin(instrument, o.depressedMin()), path, violations),
                    remission);
        }
        OutcomeCriteria depressed = orSame(apply(criteria, c -> c.withDepressedMin(instrument, o.depressedMin()),
                path, violations), criteria);
        return orSame(apply(depressed, c -> c.withRemissionMax(instrument, o.remissionMax()), path, violations),
                depressed);
    }

    /**
     * Applies a change to criteria; a violation is added under {@code path} and null returned when
     * the model refuses it.
     */
    private static OutcomeCriteria apply(OutcomeCriteria criteria, UnaryOperator<OutcomeCriteria> change, String path,
            List<Violation> violations) {
        try {
            return change.apply(criteria);
        } catch (InvalidModelException e) {
            e.violations().forEach(v -> violations.add(v.under(path)));
            return null;
        }
    }

    private static OutcomeCriteria orSame(OutcomeCriteria changed, OutcomeCriteria same) {
        return changed == null ? same : changed;
    }
}
