package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iptmodel.core.contracts.Rejections.assertRejected;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.iptmodel.core.ContractAmendment;
import org.iptmodel.core.Course;
import org.iptmodel.core.Focus;
import org.iptmodel.core.FocusBasis;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.TreatmentContract;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.RedactedTexts;

/**
 * The rules that link a course's parts: unique issue ids, issues naming people of the inventory,
 * foci (the initial one and those set by amendments) within the protocol and naming issues of the
 * course. A clinician's override may exceed the protocol's maximum number of focal areas.
 */
class CourseReferenceRulesProperties {

    /** Grief and role disputes only, one focal area: a protocol that some foci do not fit. */
    private static final Protocol TWO_AREAS = Protocol.builder()
            .from(Protocol.standard())
            .id("two-areas")
            .name("Two-area IPT")
            .problemAreas(EnumSet.of(ProblemArea.GRIEF, ProblemArea.ROLE_DISPUTE))
            .maxFocalAreas(1)
            .build();

    @Property
    void issueIdsAreUnique(@ForAll("withIssues") Course c, @ForAll @IntRange(max = 100) int pick) {
        List<InterpersonalIssue> issues = new ArrayList<>(c.issues());
        InterpersonalIssue twin = issues.get(pick % issues.size());
        issues.add(twin.withDistress(twin.distress() == 0 ? 1 : 0));
        int at = issues.size() - 1;
        assertRejected(() -> Course.builder().from(c).issues(issues).build(), () -> c.withIssues(issues),
                "issues[" + at + "].id", ModelRule.UNIQUE_IDS, secrets(c));
    }

    @Property
    void anIssueNamesOnlyPeopleOfTheInventory(@ForAll("withIssues") Course c, @ForAll("personIds") PersonId stranger,
            @ForAll @IntRange(max = 100) int pick) {
        if (c.inventory().contains(stranger)) {
            return;
        }
        int i = pick % c.issues().size();
        InterpersonalIssue issue = c.issues().get(i);
        List<PersonId> people = new ArrayList<>(issue.people());
        people.add(stranger);
        List<InterpersonalIssue> issues = new ArrayList<>(c.issues());
        issues.set(i, issue.withPeople(people));
        String path = "issues[" + i + "].people[" + (people.size() - 1) + "]";
        assertRejected(() -> Course.builder().from(c).issues(issues).build(), () -> c.withIssues(issues), path,
                ModelRule.KNOWN_PERSON, secrets(c));
    }

    @Property
    void removingAPersonAnIssueNamesIsRejected(@ForAll("namingPeople") Course c) {
        int i = 0;
        while (c.issues().get(i).people().isEmpty()) {
            i++;
        }
        PersonId named = c.issues().get(i).people().get(0);
        List<Relationship> people = new ArrayList<>(c.inventory().people());
        people.removeIf(p -> p.id().equals(named));
        InterpersonalInventory smaller = c.inventory().withPeople(people);
        assertRejected(() -> Course.builder().from(c).inventory(smaller).build(), () -> c.withInventory(smaller),
                "issues[" + i + "].people[0]", ModelRule.KNOWN_PERSON, secrets(c));
    }

    @Property
    void aFocusSelectedByRankingHoldsAtMostTheProtocolsMaximum(@ForAll("catalogueCourses") Course c) {
        Protocol p = c.protocol();
        List<ProblemArea> areas = List.copyOf(p.problemAreas());
        Focus tooMany = Focus.builder().primary(areas.get(0)).secondary(areas.subList(1, p.maxFocalAreas() + 1)).build();
        assertRejected(() -> Course.builder().from(c).focus(tooMany).build(), () -> c.withFocus(tooMany),
                "focus.secondary", ModelRule.FOCUS_WITHIN_PROTOCOL, secrets(c));
        Focus atMost = tooMany.withSecondary(areas.subList(1, p.maxFocalAreas()));
        assertThat(c.withFocus(atMost).focus()).contains(atMost);
    }

    @Property
    void aClinicianOverrideMayExceedTheProtocolsMaximum(@ForAll("catalogueCourses") Course c, @ForAll("texts") String reason) {
        List<ProblemArea> areas = List.copyOf(c.protocol().problemAreas());
        Focus all = Focus.builder().primary(areas.get(0)).secondary(areas.subList(1, areas.size()))
                .basis(FocusBasis.CLINICIAN_OVERRIDE).overrideReason(reason).build();
        Course overridden = c.withFocus(all);
        assertThat(overridden.focus()).contains(all);
        assertThat(Course.builder().from(c).focus(all).build()).isEqualTo(overridden);
        assertThat(overridden.toString()).doesNotContain(reason);
    }

    @Property
    void aFocusHoldsOnlyAreasOfTheProtocol(@ForAll("twoAreaCourses") Course c, @ForAll FocusBasis basis,
            @ForAll("texts") String reason) {
        Focus transition = Focus.builder().primary(ProblemArea.ROLE_TRANSITION).basis(basis)
                .overrideReason(basis == FocusBasis.CLINICIAN_OVERRIDE ? java.util.Optional.of(reason)
                        : java.util.Optional.empty())
                .build();
        assertRejected(() -> Course.builder().from(c).focus(transition).build(), () -> c.withFocus(transition),
                "focus", ModelRule.FOCUS_WITHIN_PROTOCOL, reason);
    }

    @Property
    void changingToAProtocolWithoutTheFocusAreasIsRejected(@ForAll("twoAreaCourses") Course c) {
        Protocol grief = Protocol.builder().from(TWO_AREAS).problemAreas(EnumSet.of(ProblemArea.GRIEF)).build();
        Focus dispute = Focus.builder().primary(ProblemArea.ROLE_DISPUTE).build();
        Course disputed = c.withFocus(dispute).withContract(c.contract().withAmendments(List.of()));
        assertRejected(() -> Course.builder().from(disputed).protocol(grief).build(), () -> disputed.withProtocol(grief),
                "focus", ModelRule.FOCUS_WITHIN_PROTOCOL, secrets(c));
    }

    @Property
    void aFocusNamesOnlyIssuesOfTheCourse(@ForAll("values") Course c, @ForAll("issueIds") IssueId stranger) {
        if (c.issue(stranger).isPresent()) {
            return;
        }
        Focus base = c.focus().orElse(Focus.builder().primary(c.protocol().problemAreas().iterator().next()).build());
        List<IssueId> issues = new ArrayList<>(base.issues());
        issues.add(stranger);
        Focus unknown = base.withIssues(issues);
        String path = "focus.issues[" + (issues.size() - 1) + "]";
        assertRejected(() -> Course.builder().from(c).focus(unknown).build(), () -> c.withFocus(unknown), path,
                ModelRule.KNOWN_ISSUE, secrets(c));
    }

    @Property
    void removingAnIssueTheFocusNamesIsRejected(@ForAll("focusOnIssues") Course c) {
        IssueId named = c.focus().orElseThrow().issues().get(0);
        List<InterpersonalIssue> issues = new ArrayList<>(c.issues());
        issues.removeIf(i -> i.id().equals(named));
        assertRejected(() -> Course.builder().from(c).issues(issues).build(), () -> c.withIssues(issues),
                "focus.issues[0]", ModelRule.KNOWN_ISSUE, secrets(c));
    }

    @Property
    void aFocusSetByAnAmendmentIsCheckedLikeTheInitialOne(@ForAll("catalogueCourses") Course c,
            @ForAll("issueIds") IssueId stranger, @ForAll("texts") String reason) {
        if (c.issue(stranger).isPresent()) {
            return;
        }
        List<ProblemArea> areas = List.copyOf(c.protocol().problemAreas());
        int at = c.contract().amendments().size();
        String path = "contract.amendments[" + at + "].newFocus";
        Focus tooMany = Focus.builder().primary(areas.get(0))
                .secondary(areas.subList(1, c.protocol().maxFocalAreas() + 1)).build();
        assertRejected(() -> c.withContract(amended(c.contract(), tooMany, reason)), path + ".secondary",
                ModelRule.FOCUS_WITHIN_PROTOCOL, reason);
        Focus unknownIssue = Focus.builder().primary(areas.get(0)).addIssue(stranger).build();
        assertRejected(() -> Course.builder().from(c).contract(amended(c.contract(), unknownIssue, reason)).build(),
                path + ".issues[0]", ModelRule.KNOWN_ISSUE, reason);
        Focus override = Focus.builder().from(tooMany).basis(FocusBasis.CLINICIAN_OVERRIDE).overrideReason(reason).build();
        assertThat(c.withContract(amended(c.contract(), override, reason)).currentFocus()).contains(override);
    }

    @Property
    void anAmendmentsFocusHoldsOnlyAreasOfTheProtocol(@ForAll("twoAreaCourses") Course c, @ForAll("texts") String reason) {
        Focus transition = Focus.builder().primary(ProblemArea.ROLE_TRANSITION).build();
        int at = c.contract().amendments().size();
        assertRejected(() -> c.withContract(amended(c.contract(), transition, reason)),
                "contract.amendments[" + at + "].newFocus", ModelRule.FOCUS_WITHIN_PROTOCOL, reason);
    }

    /** The contract with one more amendment, on the latest date, setting the focus. */
    private static TreatmentContract amended(TreatmentContract contract, Focus focus, String reason) {
        java.time.LocalDate date = contract.amendments().isEmpty() ? contract.start()
                : contract.amendments().get(contract.amendments().size() - 1).date();
        List<ContractAmendment> amendments = new ArrayList<>(contract.amendments());
        amendments.add(ContractAmendment.builder().date(date).newFocus(focus).reason(reason).build());
        return contract.withAmendments(amendments);
    }

    private static String[] secrets(Course c) {
        return RedactedTexts.of(c).toArray(String[]::new);
    }

    @Provide
    Arbitrary<Course> values() {
        return IptArbitraries.courses();
    }

    @Provide
    Arbitrary<Course> withIssues() {
        return IptArbitraries.courses().filter(c -> !c.issues().isEmpty());
    }

    @Provide
    Arbitrary<Course> namingPeople() {
        return IptArbitraries.courses().filter(c -> c.issues().stream().anyMatch(i -> !i.people().isEmpty()));
    }

    @Provide
    Arbitrary<Course> focusOnIssues() {
        return IptArbitraries.courses()
                .filter(c -> c.focus().map(f -> !f.issues().isEmpty()).orElse(false));
    }

    @Provide
    Arbitrary<Course> catalogueCourses() {
        return Arbitraries.oneOf(Protocol.catalogue().stream().map(IptArbitraries::courses).toList());
    }

    @Provide
    Arbitrary<Course> twoAreaCourses() {
        return IptArbitraries.courses(TWO_AREAS);
    }

    @Provide
    Arbitrary<PersonId> personIds() {
        return IptArbitraries.personIds();
    }

    @Provide
    Arbitrary<IssueId> issueIds() {
        return IptArbitraries.issueIds();
    }

    @Provide
    Arbitrary<String> texts() {
        return IptArbitraries.redactedTexts();
    }
}
