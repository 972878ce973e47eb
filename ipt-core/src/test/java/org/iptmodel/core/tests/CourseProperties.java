package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iptmodel.core.ContractAmendment;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseStatus;
import org.iptmodel.core.Focus;
import org.iptmodel.core.FocusBasis;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.Phase;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Session;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.EqualityContract;
import org.iptmodel.core.contracts.RedactedTexts;
import org.iptmodel.core.contracts.RedactionContract;
import org.iptmodel.core.contracts.WithCopyContract;

/**
 * {@link Course}: valid courses are built and keep their values; clinical guidance (how many
 * sessions, which focus) is not enforced. The invariants are in {@code CourseSessionRulesProperties},
 * {@code CourseReferenceRulesProperties} and {@code CourseEndingRulesProperties}.
 */
class CourseProperties implements EqualityContract<Course>, RedactionContract<Course>, WithCopyContract<Course> {

    @Property
    void aCourseBuiltFromItsPartsKeepsThem(@ForAll("values") Course c) {
        Course built = Course.builder()
                .id(c.id())
                .patient(c.patient())
                .protocol(c.protocol())
                .contract(c.contract())
                .episodeOnset(c.episodeOnset())
                .inventory(c.inventory())
                .issues(c.issues())
                .focus(c.focus())
                .formulation(c.formulation())
                .sickRole(c.sickRole())
                .sessions(c.sessions())
                .concurrentTreatments(c.concurrentTreatments())
                .termination(c.termination())
                .discontinuation(c.discontinuation())
                .build();
        assertThat(built).isEqualTo(c);
        assertThat(built.id()).isEqualTo(c.id());
        assertThat(built.patient()).isEqualTo(c.patient());
        assertThat(built.protocol()).isSameAs(c.protocol());
        assertThat(built.sessions()).containsExactlyElementsOf(c.sessions());
        assertThat(built.issues()).containsExactlyElementsOf(c.issues());
        assertThat(built.focus()).isEqualTo(c.focus());
        assertThat(built.termination()).isEqualTo(c.termination());
        assertThat(built.discontinuation()).isEqualTo(c.discontinuation());
        assertThat(built.status()).isEqualTo(c.status());
    }

    @Property
    void theStatusIsDerivedFromTheContent(@ForAll("values") Course c) {
        Course derived = Course.builder().from(c).build();
        Course rebuilt = Course.builder()
                .id(c.id())
                .patient(c.patient())
                .protocol(c.protocol())
                .contract(c.contract())
                .inventory(c.inventory())
                .issues(c.issues())
                .focus(c.focus())
                .sessions(c.sessions())
                .termination(c.termination())
                .discontinuation(c.discontinuation())
                .build();
        CourseStatus expected = c.termination().isPresent() ? CourseStatus.COMPLETED
                : c.discontinuation().isPresent() ? CourseStatus.DISCONTINUED
                : c.sessions().isEmpty() ? CourseStatus.PLANNED : CourseStatus.ACTIVE;
        assertThat(rebuilt.status()).isEqualTo(expected).isEqualTo(c.status());
        assertThat(derived.status()).isEqualTo(c.status());
    }

    @Property
    void issuesAndSessionsAreFoundByIdAndNumber(@ForAll("values") Course c, @ForAll("issueIds") IssueId stranger) {
        for (InterpersonalIssue issue : c.issues()) {
            assertThat(c.issue(issue.id())).containsSame(issue);
        }
        boolean known = c.issues().stream().anyMatch(i -> i.id().equals(stranger));
        assertThat(c.issue(stranger).isPresent()).isEqualTo(known);
        for (int n = 1; n <= c.sessions().size(); n++) {
            assertThat(c.session(n)).containsSame(c.sessions().get(n - 1));
        }
        assertThat(c.session(0)).isEmpty();
        assertThat(c.session(c.sessions().size() + 1)).isEmpty();
        assertThat(c.lastSession()).isEqualTo(c.sessions().isEmpty() ? Optional.empty()
                : Optional.of(c.sessions().get(c.sessions().size() - 1)));
    }

    @Property
    void theCurrentFocusIsTheLatestAmendedFocusElseTheInitialOne(@ForAll("values") Course c) {
        Optional<Focus> expected = c.focus();
        for (ContractAmendment a : c.contract().amendments()) {
            if (a.newFocus().isPresent()) {
                expected = a.newFocus();
            }
        }
        assertThat(c.currentFocus()).isEqualTo(expected);
    }

    @Property
    void aPlannedCourseNeedsOnlyItsIdPatientProtocolAndContract(@ForAll("values") Course c) {
        Course planned = Course.builder().id(c.id()).patient(c.patient()).protocol(c.protocol())
                .contract(c.contract().withAmendments(List.of())).build();
        assertThat(planned.inventory().people()).isEmpty();
        assertThat(planned.status()).isEqualTo(CourseStatus.PLANNED);
        assertThat(planned.issues()).isEmpty();
        assertThat(planned.focus()).isEmpty();
    }

    // ---------------------------------------------------------------- clinical guidance is not enforced

    @Property
    void moreSessionsThanTheProtocolPlansAreAccepted(@ForAll("acuteProtocols") Protocol p) {
        int n = p.acuteSessions().max() + 4;
        Course c = CourseFixtures.course(p, CourseFixtures.sessions(CourseFixtures.acute(n, 1, 1))).build();
        assertThat(c.sessions()).hasSize(n);
        assertThat(c.status()).isEqualTo(CourseStatus.ACTIVE);
    }

    @Property
    void oneSessionAndTheMaximumAreAccepted(@ForAll("acuteProtocols") Protocol p) {
        Course one = CourseFixtures.course(p, CourseFixtures.sessions(List.of(Phase.INITIAL))).build();
        assertThat(one.sessions()).hasSize(1);
        int max = p.acuteSessions().max();
        Course full = CourseFixtures.course(p, CourseFixtures.sessions(CourseFixtures.acute(max, 1, 1))).build();
        assertThat(full.lastSession().map(Session::number)).contains(max);
    }

    @Property
    void maintenanceSessionsFollowATerminationSession(@ForAll("acuteProtocols") Protocol p) {
        List<Phase> phases = new ArrayList<>(CourseFixtures.acute(Math.max(2, p.acuteSessions().min()), 1, 1));
        phases.addAll(Collections.nCopies(3, Phase.MAINTENANCE));
        Course c = CourseFixtures.course(p, CourseFixtures.sessions(phases)).build();
        assertThat(c.sessions()).extracting(Session::phase).endsWith(Phase.TERMINATION, Phase.MAINTENANCE,
                Phase.MAINTENANCE, Phase.MAINTENANCE);
    }

    @Example
    void aMaintenanceOnlyCourseHoldsOnlyMaintenanceSessions() {
        Course c = CourseFixtures.course(Protocol.maintenance(),
                CourseFixtures.sessions(Collections.nCopies(12, Phase.MAINTENANCE))).build();
        assertThat(c.sessions()).extracting(Session::phase).containsOnly(Phase.MAINTENANCE);
        assertThat(c.protocol().hasAcutePhase()).isFalse();
    }

    @Example
    void aPhaseMaySkipAndLastLongerThanPlanned() {
        List<Phase> phases = new ArrayList<>(Collections.nCopies(6, Phase.INITIAL));
        phases.add(Phase.TERMINATION);
        Course c = CourseFixtures.course(Protocol.standard(), CourseFixtures.sessions(phases)).build();
        assertThat(c.sessions()).hasSize(7);
    }

    @Property
    void aClinicianMayFocusOnMoreAreasThanTheProtocolAllows(@ForAll("acuteProtocols") Protocol p) {
        List<ProblemArea> areas = List.copyOf(p.problemAreas());
        Focus all = Focus.builder()
                .primary(areas.get(0))
                .secondary(areas.subList(1, areas.size()))
                .basis(FocusBasis.CLINICIAN_OVERRIDE)
                .overrideReason("SECRET-the patient insisted on both disputes")
                .build();
        Course c = CourseFixtures.course(p, CourseFixtures.sessions(List.of(Phase.INITIAL))).focus(all).build();
        assertThat(c.focus()).contains(all);
        assertThat(c.currentFocus()).contains(all);
        assertThat(c.toString()).doesNotContain("SECRET-");
    }

    @Provide
    Arbitrary<Protocol> acuteProtocols() {
        return Arbitraries.oneOf(IptArbitraries.catalogueProtocols(), IptArbitraries.customProtocols())
                .filter(p -> p.hasAcutePhase() && p.acuteSessions().min() >= 1);
    }

    @Provide
    Arbitrary<IssueId> issueIds() {
        return IptArbitraries.issueIds();
    }

    // ---------------------------------------------------------------- laws

    @Override
    @Provide
    public Arbitrary<Course> values() {
        return IptArbitraries.courses();
    }

    @Override
    public Class<Course> type() {
        return Course.class;
    }

    @Override
    public Set<String> rarelyReplaceable() {
        // these must agree with the rest of the course: dates, phases, references and status
        return Set.of("contract", "protocol", "sessions", "status", "termination", "discontinuation", "issues",
                "inventory", "focus");
    }

    @Override
    public List<String> redactedTexts(Course c) {
        return RedactedTexts.of(c);
    }

    @Override
    public Course copyOf(Course c) {
        return Course.builder().from(c).build();
    }

    @Override
    public Course changed(Course c) {
        return c.withId(org.iptmodel.core.CourseId.of(IdentifierProperties.otherToken(c.id().value())));
    }
}
