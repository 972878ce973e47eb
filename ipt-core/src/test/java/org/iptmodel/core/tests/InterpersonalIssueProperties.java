package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iptmodel.core.contracts.Rejections.assertRejected;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.iptmodel.core.DisputeStage;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.EqualityContract;
import org.iptmodel.core.contracts.RedactedTexts;
import org.iptmodel.core.contracts.RedactionContract;
import org.iptmodel.core.contracts.WithCopyContract;

/** {@link InterpersonalIssue}: an issue the patient records. */
class InterpersonalIssueProperties implements EqualityContract<InterpersonalIssue>,
        RedactionContract<InterpersonalIssue>, WithCopyContract<InterpersonalIssue> {

    @Property
    void anIssueBuiltFromItsPartsKeepsThem(@ForAll("values") InterpersonalIssue issue) {
        InterpersonalIssue built = InterpersonalIssue.builder()
                .id(issue.id())
                .summary(issue.summary())
                .area(issue.area())
                .disputeStage(issue.disputeStage())
                .people(issue.people())
                .onsetLink(issue.onsetLink())
                .began(issue.began())
                .patientPriority(issue.patientPriority())
                .distress(issue.distress())
                .amenability(issue.amenability())
                .build();
        assertThat(built).isEqualTo(issue);
        assertThat(built.summary()).isEqualTo(issue.summary());
        assertThat(built.people()).containsExactlyElementsOf(issue.people());
        assertThat(built.patientPriority()).isEqualTo(issue.patientPriority());
        assertThat(built.distress()).isBetween(0, InterpersonalIssue.MAX_DISTRESS);
    }

    @Property
    void aBlankSummaryIsRejected(@ForAll("values") InterpersonalIssue issue, @ForAll("blanks") String summary) {
        assertRejected(() -> InterpersonalIssue.builder().from(issue).summary(summary).build(),
                () -> issue.withSummary(summary), "summary", ModelRule.NOT_BLANK);
    }

    @Property
    void aDisputeStageBelongsOnlyToARoleDispute(@ForAll("values") InterpersonalIssue issue, @ForAll DisputeStage stage,
            @ForAll("otherAreas") ProblemArea area) {
        InterpersonalIssue dispute = issue.withArea(ProblemArea.ROLE_DISPUTE).withDisputeStage(stage);
        assertThat(dispute.disputeStage()).contains(stage);
        InterpersonalIssue other = dispute.withDisputeStage(Optional.empty()).withArea(area);
        assertRejected(() -> InterpersonalIssue.builder().from(other).disputeStage(stage).build(),
                () -> other.withDisputeStage(stage), "disputeStage", ModelRule.DISPUTE_STAGE, issue.summary());
        assertRejected(() -> InterpersonalIssue.builder().from(dispute).area(area).build(), () -> dispute.withArea(area),
                "disputeStage", ModelRule.DISPUTE_STAGE, issue.summary());
    }

    @Property
    void peopleAreNotRepeated(@ForAll("values") InterpersonalIssue issue, @ForAll("ids") PersonId person) {
        List<PersonId> people = new ArrayList<>(issue.people());
        people.remove(person);
        people.add(person);
        people.add(person);
        int at = people.size() - 1;
        assertRejected(() -> InterpersonalIssue.builder().from(issue).people(people).build(),
                () -> issue.withPeople(people), "people[" + at + "]", ModelRule.DISTINCT, issue.summary());
    }

    @Property
    void thePriorityIsAtLeastOne(@ForAll("values") InterpersonalIssue issue, @ForAll @IntRange(min = -100, max = 0) int priority) {
        assertRejected(() -> InterpersonalIssue.builder().from(issue).patientPriority(priority).build(),
                () -> issue.withPatientPriority(priority), "patientPriority", ModelRule.VALUE_IN_RANGE, issue.summary());
        assertThat(issue.withPatientPriority(Integer.MAX_VALUE).patientPriority()).isEqualTo(Integer.MAX_VALUE);
    }

    @Property
    void distressLiesBetweenZeroAndTen(@ForAll("values") InterpersonalIssue issue, @ForAll @IntRange(min = 1, max = 100) int beyond) {
        int above = InterpersonalIssue.MAX_DISTRESS + beyond;
        assertRejected(() -> InterpersonalIssue.builder().from(issue).distress(-beyond).build(),
                () -> issue.withDistress(-beyond), "distress", ModelRule.VALUE_IN_RANGE, issue.summary());
        assertRejected(() -> InterpersonalIssue.builder().from(issue).distress(above).build(),
                () -> issue.withDistress(above), "distress", ModelRule.VALUE_IN_RANGE, issue.summary());
        assertThat(InterpersonalIssue.MAX_DISTRESS).isEqualTo(10);
    }

    @Provide
    Arbitrary<ProblemArea> otherAreas() {
        return net.jqwik.api.Arbitraries.of(ProblemArea.GRIEF, ProblemArea.ROLE_TRANSITION,
                ProblemArea.INTERPERSONAL_DEFICITS);
    }

    @Provide
    Arbitrary<PersonId> ids() {
        return IptArbitraries.personIds();
    }

    @Provide
    Arbitrary<String> blanks() {
        return ProtocolProperties.blanks();
    }

    @Override
    @Provide
    public Arbitrary<InterpersonalIssue> values() {
        return IptArbitraries.issues();
    }

    @Override
    public Class<InterpersonalIssue> type() {
        return InterpersonalIssue.class;
    }

    @Override
    public Set<String> rarelyReplaceable() {
        // a dispute stage needs a role dispute
        return Set.of("area", "disputeStage");
    }

    @Override
    public List<String> redactedTexts(InterpersonalIssue issue) {
        return RedactedTexts.of(issue);
    }

    @Override
    public InterpersonalIssue copyOf(InterpersonalIssue issue) {
        return InterpersonalIssue.builder().from(issue).build();
    }

    @Override
    public InterpersonalIssue changed(InterpersonalIssue issue) {
        return issue.withDistress(issue.distress() == 0 ? 1 : 0);
    }
}
