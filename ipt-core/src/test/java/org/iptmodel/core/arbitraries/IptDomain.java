package org.iptmodel.core.arbitraries;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;
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
import org.iptmodel.core.IssueId;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.PatientRef;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.Session;
import org.iptmodel.core.SeverityBand;
import org.iptmodel.core.SickRole;
import org.iptmodel.core.Termination;
import org.iptmodel.core.TreatmentContract;
import org.iptmodel.core.report.OutcomeCriteria;

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
 * <p>A domain replaces jqwik's default arbitraries: add {@code @Domain(DomainContext.Global.class)}
 * as well to generate {@code int}, {@code String} and other JDK types in the same property.
 */
public class IptDomain extends DomainContextBase {

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
}
