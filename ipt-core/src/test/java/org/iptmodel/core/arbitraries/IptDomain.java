package org.iptmodel.core.arbitraries;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.iptmodel.core.ConcurrentTreatment;
import org.iptmodel.core.ContractAmendment;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseId;
import org.iptmodel.core.Discontinuation;
import org.iptmodel.core.Focus;
import org.iptmodel.core.Formulation;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.IntRange;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.PatientRef;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Reference;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.Session;
import org.iptmodel.core.SeverityBand;
import org.iptmodel.core.SickRole;
import org.iptmodel.core.Termination;
import org.iptmodel.core.TreatmentContract;
import org.iptmodel.core.Verification;
import org.iptmodel.core.Violation;
import org.iptmodel.core.plan.PlannedSession;
import org.iptmodel.core.plan.Planner;
import org.iptmodel.core.plan.Schedule;
import org.iptmodel.core.plan.ScheduleComparison;
import org.iptmodel.core.plan.SessionComparison;
import org.iptmodel.core.ranking.FocusSelection;
import org.iptmodel.core.ranking.FocusSelector;
import org.iptmodel.core.ranking.KeyedRankingRule;
import org.iptmodel.core.ranking.RankedIssue;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingContext;
import org.iptmodel.core.ranking.RankingFlag;
import org.iptmodel.core.ranking.RankingReason;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.ranking.RankingRule;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.Deviation;
import org.iptmodel.core.report.InstrumentOutcome;
import org.iptmodel.core.report.OutcomeCriteria;
import org.iptmodel.core.report.OutcomeReport;
import org.iptmodel.core.report.ReportEntry;
import org.iptmodel.core.report.SafetyFlag;
import org.iptmodel.core.report.SafetyNotice;
import org.iptmodel.core.report.ScorePoint;
import org.iptmodel.core.report.StartedTreatment;

/**
 * A jqwik domain context for the IPT model: every {@code @ForAll} parameter of a model type gets
 * the matching arbitrary of {@link IptArbitraries}.
 *
 * <pre>{@code
 * @Property
 * @Domain(IptDomain.class)
 * void everyCourseHasAStatus(@ForAll Course course) {
 *     assertThat(course.status()).isNotNull();
 * }
 * }</pre>
 *
 * <p>It provides every public type of the model's exported packages ({@code org.iptmodel.core},
 * {@code .ranking}, {@code .plan}, {@code .report}): one provider method per type, each the
 * matching method of {@link IptArbitraries} without parameters, and {@link ModelEnums} for the
 * enums. A parameter of a supertype gets the values of every provider that fits: a
 * {@code ReportEntry} is a safety flag or a deviation.
 *
 * <p>A domain replaces jqwik's default arbitraries: add {@code @Domain(DomainContext.Global.class)}
 * as well to generate {@code int}, {@code String} and other JDK types in the same property.
 */
public class IptDomain extends DomainContextBase {
    private static final Set<String> MODEL_PACKAGES = Set.of("org.iptmodel.core", "org.iptmodel.core.ranking",
            "org.iptmodel.core.plan", "org.iptmodel.core.report");

    /** Creates the domain context; jqwik calls it. */
    public IptDomain() {
    }

    /**
     * Courses, as {@link IptArbitraries#courses()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<Course> courses() {
        return IptArbitraries.courses();
    }

    /**
     * Protocols, as {@link IptArbitraries#protocols()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<Protocol> protocols() {
        return IptArbitraries.protocols();
    }

    /**
     * Instruments, as {@link IptArbitraries#instruments()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<Instrument> instruments() {
        return IptArbitraries.instruments();
    }

    /**
     * Outcome criteria, as {@link IptArbitraries#outcomeCriteria()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<OutcomeCriteria> outcomeCriteria() {
        return IptArbitraries.outcomeCriteria();
    }

    /**
     * Measurements, as {@link IptArbitraries#measurements()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<Measurement> measurements() {
        return IptArbitraries.measurements();
    }

    /**
     * Sessions, as {@link IptArbitraries#sessions()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<Session> sessions() {
        return IptArbitraries.sessions();
    }

    /**
     * Relationships, as {@link IptArbitraries#relationships()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<Relationship> relationships() {
        return IptArbitraries.relationships();
    }

    /**
     * Inventories, as {@link IptArbitraries#inventories()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<InterpersonalInventory> inventories() {
        return IptArbitraries.inventories();
    }

    /**
     * Issues, as {@link IptArbitraries#issues()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<InterpersonalIssue> issues() {
        return IptArbitraries.issues();
    }

    /**
     * Foci, as {@link IptArbitraries#focuses()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<Focus> focuses() {
        return IptArbitraries.focuses();
    }

    /**
     * Formulations, as {@link IptArbitraries#formulations()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<Formulation> formulations() {
        return IptArbitraries.formulations();
    }

    /**
     * Sick roles, as {@link IptArbitraries#sickRoles()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<SickRole> sickRoles() {
        return IptArbitraries.sickRoles();
    }

    /**
     * Concurrent treatments, as {@link IptArbitraries#concurrentTreatments()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<ConcurrentTreatment> concurrentTreatments() {
        return IptArbitraries.concurrentTreatments();
    }

    /**
     * Contract amendments, as {@link IptArbitraries#contractAmendments()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<ContractAmendment> contractAmendments() {
        return IptArbitraries.contractAmendments();
    }

    /**
     * Treatment contracts, as {@link IptArbitraries#contracts()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<TreatmentContract> contracts() {
        return IptArbitraries.contracts();
    }

    /**
     * Termination records, as {@link IptArbitraries#terminations()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<Termination> terminations() {
        return IptArbitraries.terminations();
    }

    /**
     * Discontinuation records, as {@link IptArbitraries#discontinuations()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<Discontinuation> discontinuations() {
        return IptArbitraries.discontinuations();
    }

    /**
     * Course ids, as {@link IptArbitraries#courseIds()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<CourseId> courseIds() {
        return IptArbitraries.courseIds();
    }

    /**
     * Issue ids, as {@link IptArbitraries#issueIds()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<IssueId> issueIds() {
        return IptArbitraries.issueIds();
    }

    /**
     * Person ids, as {@link IptArbitraries#personIds()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<PersonId> personIds() {
        return IptArbitraries.personIds();
    }

    /**
     * Patient references, as {@link IptArbitraries#patientRefs()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<PatientRef> patientRefs() {
        return IptArbitraries.patientRefs();
    }

    /**
     * Ranges, as {@link IptArbitraries#intRanges()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<IntRange> intRanges() {
        return IptArbitraries.intRanges();
    }

    /**
     * Severity bands, as {@link IptArbitraries#severityBands()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<SeverityBand> severityBands() {
        return IptArbitraries.severityBands();
    }

    /**
     * Works of the bibliography, as {@link IptArbitraries#references()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<Reference> references() {
        return IptArbitraries.references();
    }

    /**
     * Violations, as {@link IptArbitraries#violations()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<Violation> violations() {
        return IptArbitraries.violations();
    }

    /**
     * Exceptions for invalid input, as {@link IptArbitraries#invalidModelExceptions()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<InvalidModelException> invalidModelExceptions() {
        return IptArbitraries.invalidModelExceptions();
    }

    /**
     * Planners, as {@link IptArbitraries#planners()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<Planner> planners() {
        return IptArbitraries.planners();
    }

    /**
     * Schedules, as {@link IptArbitraries#schedules()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<Schedule> schedules() {
        return IptArbitraries.schedules();
    }

    /**
     * Planned sessions, as {@link IptArbitraries#plannedSessions()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<PlannedSession> plannedSessions() {
        return IptArbitraries.plannedSessions();
    }

    /**
     * Verifications, as {@link IptArbitraries#verifications()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<Verification> verifications() {
        return IptArbitraries.verifications();
    }

    /**
     * Discrepancies, as {@link IptArbitraries#discrepancies()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<Verification.Discrepancy> discrepancies() {
        return IptArbitraries.discrepancies();
    }

    /**
     * Schedule comparisons, as {@link IptArbitraries#scheduleComparisons()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<ScheduleComparison> scheduleComparisons() {
        return IptArbitraries.scheduleComparisons();
    }

    /**
     * Session comparisons, as {@link IptArbitraries#sessionComparisons()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<SessionComparison> sessionComparisons() {
        return IptArbitraries.sessionComparisons();
    }

    /**
     * Adherence reports, as {@link IptArbitraries#adherenceReports()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<AdherenceReport> adherenceReports() {
        return IptArbitraries.adherenceReports();
    }

    /**
     * Outcome reports, as {@link IptArbitraries#outcomeReports()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<OutcomeReport> outcomeReports() {
        return IptArbitraries.outcomeReports();
    }

    /**
     * Outcomes on one instrument, as {@link IptArbitraries#instrumentOutcomes()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<InstrumentOutcome> instrumentOutcomes() {
        return IptArbitraries.instrumentOutcomes();
    }

    /**
     * Score points, as {@link IptArbitraries#scorePoints()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<ScorePoint> scorePoints() {
        return IptArbitraries.scorePoints();
    }

    /**
     * Safety flags, as {@link IptArbitraries#safetyFlags()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<SafetyFlag> safetyFlags() {
        return IptArbitraries.safetyFlags();
    }

    /**
     * Safety notices, as {@link IptArbitraries#safetyNotices()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<SafetyNotice> safetyNotices() {
        return IptArbitraries.safetyNotices();
    }

    /**
     * Treatments started during a course, as {@link IptArbitraries#startedTreatments()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<StartedTreatment> startedTreatments() {
        return IptArbitraries.startedTreatments();
    }

    /**
     * Deviations, as {@link IptArbitraries#deviations()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<Deviation> deviations() {
        return IptArbitraries.deviations();
    }

    /**
     * Report entries, as {@link IptArbitraries#reportEntries()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<ReportEntry> reportEntries() {
        return IptArbitraries.reportEntries();
    }

    /**
     * Ranking rules, as {@link IptArbitraries#rankingRules()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<RankingRule> rankingRules() {
        return IptArbitraries.rankingRules();
    }

    /**
     * Keyed ranking rules, as {@link IptArbitraries#keyedRankingRules()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<KeyedRankingRule> keyedRankingRules() {
        return IptArbitraries.keyedRankingRules();
    }

    /**
     * Ranking policies, as {@link IptArbitraries#rankingPolicies()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<RankingPolicy> rankingPolicies() {
        return IptArbitraries.rankingPolicies();
    }

    /**
     * Ranking contexts, as {@link IptArbitraries#rankingContexts()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<RankingContext> rankingContexts() {
        return IptArbitraries.rankingContexts();
    }

    /**
     * Rankings, as {@link IptArbitraries#rankings()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<Ranking> rankings() {
        return IptArbitraries.rankings();
    }

    /**
     * Ranked issues, as {@link IptArbitraries#rankedIssues()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<RankedIssue> rankedIssues() {
        return IptArbitraries.rankedIssues();
    }

    /**
     * Ranking reasons, as {@link IptArbitraries#rankingReasons()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<RankingReason> rankingReasons() {
        return IptArbitraries.rankingReasons();
    }

    /**
     * Ranking flags, as {@link IptArbitraries#rankingFlags()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<RankingFlag> rankingFlags() {
        return IptArbitraries.rankingFlags();
    }

    /**
     * Focus selectors, as {@link IptArbitraries#focusSelectors()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<FocusSelector> focusSelectors() {
        return IptArbitraries.focusSelectors();
    }

    /**
     * Focus selections, as {@link IptArbitraries#focusSelections()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<FocusSelection> focusSelections() {
        return IptArbitraries.focusSelections();
    }

    /**
     * Choices of a focus selection, as {@link IptArbitraries#focusChoices()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<FocusSelection.Choice> focusChoices() {
        return IptArbitraries.focusChoices();
    }

    /**
     * Omissions of a focus selection, as {@link IptArbitraries#focusOmissions()}.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<FocusSelection.Omission> focusOmissions() {
        return IptArbitraries.focusOmissions();
    }

    /**
     * The constants of every enum of the model's exported packages, as
     * {@link IptArbitraries#enumValues(Class)}: {@code @ForAll ProblemArea area} works in this
     * domain, which replaces jqwik's default enum generation.
     */
    public class ModelEnums implements ArbitraryProvider {

        /** Creates the provider; jqwik calls it. */
        public ModelEnums() {
        }

        @Override
        public boolean canProvideFor(TypeUsage targetType) {
            Class<?> type = targetType.getRawType();
            return type.isEnum() && MODEL_PACKAGES.contains(type.getPackageName());
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
            return Set.of(IptArbitraries.enumValues((Class) targetType.getRawType()));
        }
    }
}
