package org.iptmodel.json;

import java.util.ArrayList;
import java.util.List;
import org.iptmodel.core.ConcurrentTreatment;
import org.iptmodel.core.ContractAmendment;
import org.iptmodel.core.CourseId;
import org.iptmodel.core.Discontinuation;
import org.iptmodel.core.Focus;
import org.iptmodel.core.Formulation;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.IntRange;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.PatientRef;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.Reference;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.Session;
import org.iptmodel.core.SeverityBand;
import org.iptmodel.core.SickRole;
import org.iptmodel.core.Termination;
import org.iptmodel.core.TreatmentContract;
import org.iptmodel.core.Verification;
import org.iptmodel.core.plan.PlannedSession;
import org.iptmodel.core.plan.Planner;
import org.iptmodel.core.plan.ScheduleComparison;
import org.iptmodel.core.plan.SessionComparison;
import org.iptmodel.core.ranking.FocusSelection;
import org.iptmodel.core.ranking.FocusSelector;
import org.iptmodel.core.ranking.RankedIssue;
import org.iptmodel.core.ranking.RankingContext;
import org.iptmodel.core.ranking.RankingFlag;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.ranking.RankingReason;
import org.iptmodel.core.ranking.RankingRule;
import org.iptmodel.core.report.Deviation;
import org.iptmodel.core.report.InstrumentOutcome;
import org.iptmodel.core.report.OutcomeCriteria;
import org.iptmodel.core.report.SafetyFlag;
import org.iptmodel.core.report.SafetyNotice;
import org.iptmodel.core.report.ScorePoint;
import org.iptmodel.core.report.StartedTreatment;

/**
 * The model's value types other than the documents, each with its format, so that
 * {@link IptJsonModule} writes and reads a model value in the iptmodel format wherever it sits in
 * a user's object graph; and the public types that have no JSON form of their own, which the
 * module refuses rather than write as a bean.
 */
final class ModelTypes {

    /** A value type and the format of its values, as inside a document. */
    record Binding<T>(Class<T> type, ValueFormat<T> format) {
    }

    /** Every value type with a JSON form, documents aside: ids, values, enums, ranking, plan and report values. */
    static final List<Binding<?>> VALUES = values();

    /**
     * Public types of the model that are no value of the format: views computed from values
     * (a ranked issue and its reason, the verification of a stored result and its discrepancies, a
     * focus selection, a schedule comparison, an instrument's outcome) and tools (the focus
     * selector, the planner). Their documents are those of the values they come from.
     */
    static final List<Class<?>> REFUSED = List.of(RankedIssue.class, RankingReason.class, Verification.class, Verification.Discrepancy.class,
            FocusSelection.class, FocusSelection.Choice.class,
            FocusSelection.Omission.class, FocusSelector.class, ScheduleComparison.class, SessionComparison.class,
            InstrumentOutcome.class, Planner.class);

    private ModelTypes() {
    }

    private static List<Binding<?>> values() {
        List<Binding<?>> all = new ArrayList<>();
        all.add(new Binding<>(CourseId.class, ModelFormats.COURSE_ID));
        all.add(new Binding<>(PatientRef.class, ModelFormats.PATIENT_REF));
        all.add(new Binding<>(PersonId.class, ModelFormats.PERSON_ID));
        all.add(new Binding<>(IssueId.class, ModelFormats.ISSUE_ID));
        all.add(new Binding<>(Reference.class, ModelFormats.REFERENCE));
        all.add(new Binding<>(IntRange.class, ModelFormats.RANGE));
        all.add(new Binding<>(SeverityBand.class, ModelFormats.BAND));
        all.add(new Binding<>(Instrument.class, ModelFormats.INSTRUMENT_REF));
        all.add(new Binding<>(Measurement.class, ModelFormats.MEASUREMENT));
        all.add(new Binding<>(Session.class, ModelFormats.SESSION));
        all.add(new Binding<>(Relationship.class, ModelFormats.PERSON));
        all.add(new Binding<>(InterpersonalInventory.class, ModelFormats.INVENTORY));
        all.add(new Binding<>(InterpersonalIssue.class, ModelFormats.ISSUE));
        all.add(new Binding<>(Focus.class, ModelFormats.FOCUS));
        all.add(new Binding<>(ContractAmendment.class, ModelFormats.AMENDMENT));
        all.add(new Binding<>(TreatmentContract.class, ModelFormats.CONTRACT));
        all.add(new Binding<>(Formulation.class, ModelFormats.FORMULATION));
        all.add(new Binding<>(SickRole.class, ModelFormats.SICK_ROLE));
        all.add(new Binding<>(ConcurrentTreatment.class, ModelFormats.TREATMENT));
        all.add(new Binding<>(Termination.class, ModelFormats.TERMINATION));
        all.add(new Binding<>(Discontinuation.class, ModelFormats.DISCONTINUATION));
        all.add(new Binding<>(RankingRule.class, RankingFormats.RULE));
        all.add(new Binding<>(RankingPolicy.class, RankingFormats.POLICY));
        all.add(new Binding<>(RankingContext.class, RankingFormats.CONTEXT));
        all.add(new Binding<>(RankingFlag.class, RankingFormats.FLAG));
        all.add(new Binding<>(PlannedSession.class, ScheduleFormats.PLANNED_SESSION));
        all.add(new Binding<>(SafetyFlag.class, ReportFormats.SAFETY_FLAG));
        all.add(new Binding<>(SafetyNotice.class, ReportFormats.SAFETY_NOTICE));
        all.add(new Binding<>(Deviation.class, ReportFormats.DEVIATION));
        all.add(new Binding<>(OutcomeCriteria.class, ReportFormats.CRITERIA));
        all.add(new Binding<>(ScorePoint.class, ReportFormats.SCORE));
        all.add(new Binding<>(StartedTreatment.class, ReportFormats.STARTED_TREATMENT));
        for (EnumFormat<?> spelling : Spellings.ALL) {
            all.add(binding(spelling));
        }
        return List.copyOf(all);
    }

    private static <E extends Enum<E>> Binding<E> binding(EnumFormat<E> spelling) {
        return new Binding<>(spelling.type(), spelling);
    }
}
