package org.iptmodel.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iptmodel.core.ranking.RankingFixtures.alive;
import static org.iptmodel.core.ranking.RankingFixtures.course;
import static org.iptmodel.core.ranking.RankingFixtures.deceased;
import static org.iptmodel.core.ranking.RankingFixtures.ids;
import static org.iptmodel.core.ranking.RankingFixtures.inventory;
import static org.iptmodel.core.ranking.RankingFixtures.issue;

import java.time.LocalDate;
import java.util.List;
import org.iptmodel.core.Amenability;
import org.iptmodel.core.ContactFrequency;
import org.iptmodel.core.ContractAmendment;
import org.iptmodel.core.Course;
import org.iptmodel.core.DisputeStage;
import org.iptmodel.core.Focus;
import org.iptmodel.core.FocusBasis;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.RelationKind;
import org.junit.jupiter.api.Test;

/**
 * Clinical vignettes written from the manuals' rules for choosing the focus (Weissman, Markowitz and
 * Klerman 2018; ISIPT, Key IPT strategies), each with the focus the manuals would choose.
 */
class ClinicalVignettesTest {
    private static final LocalDate ONSET = LocalDate.of(2025, 11, 17);

    /**
     * A father died two weeks before the onset; a dispute with a sister has gone on for years and
     * the patient names it first. The onset link (ISIPT): the issue linked to the onset gives the focus; the unlinked
     * dispute does not widen it.
     */
    @Test
    void deathTwoWeeksBeforeOnsetAndALongStandingDisputeGiveGrief() {
        LocalDate death = ONSET.minusWeeks(2);
        InterpersonalIssue grief = issue("i-grief", ProblemArea.GRIEF, OnsetLink.PRECIPITATED_ONSET)
                .withPeople(PersonId.of("p-father")).withBegan(death).withPatientPriority(2).withDistress(9);
        InterpersonalIssue dispute = issue("i-dispute", ProblemArea.ROLE_DISPUTE, OnsetLink.NOT_LINKED)
                .withDisputeStage(DisputeStage.IMPASSE).withPeople(PersonId.of("p-sister"))
                .withBegan(LocalDate.of(2015, 6, 1)).withPatientPriority(1).withDistress(7)
                .withAmenability(Amenability.LOW);
        Course course = course(Protocol.standard(), ONSET,
                inventory(deceased("p-father", RelationKind.PARENT, death), alive("p-sister", RelationKind.SIBLING)),
                dispute, grief);

        Ranking ranking = RankingPolicy.clinicalDefault().rank(course);
        Focus focus = FocusSelector.standard().select(ranking).orElseThrow().focus();

        assertThat(ranking.issues()).containsExactly(grief, dispute);
        assertThat(ranking.at(1).reason()).isEqualTo("onset-link: precipitated_onset before not_linked");
        assertThat(ranking.flags()).isEmpty();
        assertThat(focus.areas()).containsExactly(ProblemArea.GRIEF);
        assertThat(focus.issues()).containsExactly(IssueId.of("i-grief"));
    }

    /**
     * A job loss and a marital dispute both began around the onset; the patient ranks the job loss
     * first, though the dispute distresses them more. The patient's priority decides (the Guide); both are
     * linked to the onset, so the dispute is the secondary area (two areas at most).
     */
    @Test
    void disputeAndTransitionRankedDifferentlyByThePatientFollowThePatientsPriority() {
        InterpersonalIssue jobLoss = issue("i-job", ProblemArea.ROLE_TRANSITION, OnsetLink.PRECIPITATED_ONSET)
                .withPatientPriority(1).withDistress(6);
        InterpersonalIssue marriage = issue("i-marriage", ProblemArea.ROLE_DISPUTE, OnsetLink.PRECIPITATED_ONSET)
                .withDisputeStage(DisputeStage.RENEGOTIATION).withPeople(PersonId.of("p-wife"))
                .withPatientPriority(2).withDistress(9);
        Course course = course(Protocol.standard(), ONSET, inventory(alive("p-wife", RelationKind.PARTNER)),
                marriage, jobLoss);

        Ranking ranking = RankingPolicy.clinicalDefault().rank(course);
        Focus focus = FocusSelector.standard().select(ranking).orElseThrow().focus();

        assertThat(ranking.at(1).issue()).isEqualTo(jobLoss);
        assertThat(ranking.at(1).reason()).isEqualTo("patient-priority: 1 before 2");
        assertThat(focus.primary()).isEqualTo(ProblemArea.ROLE_TRANSITION);
        assertThat(focus.secondary()).containsExactly(ProblemArea.ROLE_DISPUTE);
        assertThat(FocusSelector.standard().withMaxAreas(1).select(ranking).orElseThrow().focus().areas())
                .containsExactly(ProblemArea.ROLE_TRANSITION);

        Course reversed = course.withIssues(marriage.withPatientPriority(1), jobLoss.withPatientPriority(2));
        Focus reversedFocus = FocusSelector.standard().select(RankingPolicy.clinicalDefault().rank(reversed))
                .orElseThrow().focus();
        assertThat(reversedFocus.primary()).isEqualTo(ProblemArea.ROLE_DISPUTE);
    }

    /**
     * A patient with few attachments and no death, dispute or transition: interpersonal deficits,
     * the area of last resort, is the focus (deficits by exclusion).
     */
    @Test
    void anIsolatedPatientWithNoLifeEventsGetsInterpersonalDeficits() {
        InterpersonalIssue isolation = issue("i-alone", ProblemArea.INTERPERSONAL_DEFICITS, OnsetLink.MAINTAINS_EPISODE)
                .withPeople(PersonId.of("p-cousin")).withDistress(8);
        InterpersonalInventory inventory = inventory(alive("p-cousin", RelationKind.OTHER_RELATIVE)
                .withCloseness(3).withContact(ContactFrequency.RARELY));
        Course course = course(Protocol.standard(), ONSET, inventory, isolation);

        Ranking ranking = RankingPolicy.clinicalDefault().rank(course);
        Focus focus = FocusSelector.standard().select(ranking).orElseThrow().focus();

        assertThat(ranking.at(1).reason()).isEqualTo("last of 1");
        assertThat(focus.areas()).containsExactly(ProblemArea.INTERPERSONAL_DEFICITS);
        assertThat(focus.issues()).containsExactly(IssueId.of("i-alone"));
    }

    /**
     * Isolation that follows a triggered depression is not deficits (the Guide): a retirement began the
     * episode and the patient has withdrawn since. Even ranked first by the patient and more
     * distressing, the isolation never outranks the transition, and never enters the focus.
     */
    @Test
    void isolationAfterATriggeredDepressionIsNotDeficits() {
        InterpersonalIssue retirement = issue("i-retired", ProblemArea.ROLE_TRANSITION, OnsetLink.PRECIPITATED_ONSET)
                .withPatientPriority(2).withDistress(4);
        InterpersonalIssue withdrawal = issue("i-withdrawn", ProblemArea.INTERPERSONAL_DEFICITS,
                OnsetLink.MAINTAINS_EPISODE).withPatientPriority(1).withDistress(10);
        Course course = course(Protocol.standard(), ONSET, InterpersonalInventory.empty(), withdrawal, retirement);

        Ranking ranking = RankingPolicy.clinicalDefault().rank(course);
        Focus focus = FocusSelector.standard().select(ranking).orElseThrow().focus();

        assertThat(ranking.issues()).containsExactly(retirement, withdrawal);
        assertThat(ranking.at(1).reason())
                .isEqualTo("deficits-by-exclusion: role_transition before interpersonal_deficits");
        assertThat(focus.areas()).containsExactly(ProblemArea.ROLE_TRANSITION);
        assertThat(focus.issues()).containsExactly(IssueId.of("i-retired"));
    }

    /**
     * A divorce recorded as grief, though the former partner is alive. Grief needs a death (Weissman, Markowitz and Klerman 2018); the
     * ranking flags the issue and keeps it as recorded. On review the clinician re-classes it as a
     * role transition (a non-death loss, in the Weissman model), and the flag goes.
     */
    @Test
    void griefWithNobodyDeceasedIsFlaggedNotReclassed() {
        InterpersonalIssue divorce = issue("i-divorce", ProblemArea.GRIEF, OnsetLink.PRECIPITATED_ONSET)
                .withPeople(PersonId.of("p-ex"));
        Course course = course(Protocol.standard(), ONSET, inventory(alive("p-ex", RelationKind.FORMER_PARTNER)),
                divorce);

        Ranking ranking = RankingPolicy.clinicalDefault().rank(course);

        assertThat(ranking.flags()).containsExactly(
                new RankingFlag(RankingFlag.Code.GRIEF_WITHOUT_DEATH, IssueId.of("i-divorce")));
        assertThat(ranking.flags().get(0).source()).startsWith("Grief requires a death");
        assertThat(ranking.flags().get(0).references()).contains(org.iptmodel.core.Bibliography.WEISSMAN_2018);
        assertThat(ranking.at(1).issue().area()).isEqualTo(ProblemArea.GRIEF);

        Course reviewed = course.withIssues(divorce.withArea(ProblemArea.ROLE_TRANSITION));
        Ranking again = RankingPolicy.clinicalDefault().rank(reviewed);
        assertThat(again.flags()).isEmpty();
        assertThat(FocusSelector.standard().select(again).orElseThrow().focus().areas())
                .containsExactly(ProblemArea.ROLE_TRANSITION);
    }

    /**
     * Brief IPT: a dispute at an impasse, which the patient names first, and a new caring role that
     * looks manageable, both around the onset. Brief IPT prefers the manageable focus; standard
     * IPT follows the patient's priority.
     */
    @Test
    void briefIptPrefersTheManageableFocus() {
        InterpersonalIssue impasse = issue("i-impasse", ProblemArea.ROLE_DISPUTE, OnsetLink.PRECIPITATED_ONSET)
                .withDisputeStage(DisputeStage.IMPASSE).withPeople(PersonId.of("p-brother"))
                .withPatientPriority(1).withAmenability(Amenability.LOW);
        InterpersonalIssue carer = issue("i-carer", ProblemArea.ROLE_TRANSITION, OnsetLink.PRECIPITATED_ONSET)
                .withPatientPriority(2).withAmenability(Amenability.HIGH);
        Course course = course(Protocol.brief(), ONSET, inventory(alive("p-brother", RelationKind.SIBLING)),
                impasse, carer);

        Ranking brief = RankingPolicy.brief().rank(course);
        Ranking standard = RankingPolicy.clinicalDefault().rank(course);

        assertThat(brief.at(1).issue()).isEqualTo(carer);
        assertThat(brief.at(1).reason()).isEqualTo("amenability: high before low");
        assertThat(FocusSelector.standard().withMaxAreas(1).select(brief).orElseThrow().focus().areas())
                .containsExactly(ProblemArea.ROLE_TRANSITION);
        assertThat(standard.at(1).issue()).isEqualTo(impasse);
        assertThat(FocusSelector.standard().select(standard).orElseThrow().focus().primary())
                .isEqualTo(ProblemArea.ROLE_DISPUTE);
    }

    /**
     * The ranking gives a dispute, but the clinician judges the patient cannot yet address it and
     * works on the transition, recording why. The override is allowed, even with a third area over
     * the protocol's maximum, and the course records its basis for the adherence report.
     */
    @Test
    void aClinicianOverrideIsRecordedWithItsReason() {
        InterpersonalIssue dispute = issue("i-dispute", ProblemArea.ROLE_DISPUTE, OnsetLink.PRECIPITATED_ONSET)
                .withPeople(PersonId.of("p-partner"));
        InterpersonalIssue move = issue("i-move", ProblemArea.ROLE_TRANSITION, OnsetLink.MAINTAINS_EPISODE)
                .withPatientPriority(2);
        InterpersonalIssue lonely = issue("i-lonely", ProblemArea.INTERPERSONAL_DEFICITS, OnsetLink.NOT_LINKED)
                .withPatientPriority(3);
        Course course = course(Protocol.standard(), ONSET, inventory(alive("p-partner", RelationKind.PARTNER)),
                dispute, move, lonely);
        Ranking ranking = RankingPolicy.clinicalDefault().rank(course);
        assertThat(FocusSelector.standard().select(ranking).orElseThrow().focus().primary())
                .isEqualTo(ProblemArea.ROLE_DISPUTE);

        FocusSelection override = FocusSelection.override(ranking, "safety first: partner violence disclosed",
                ProblemArea.ROLE_TRANSITION, ProblemArea.INTERPERSONAL_DEFICITS, ProblemArea.ROLE_DISPUTE);
        Course withFocus = course.withFocus(override.agreedOn(LocalDate.of(2026, 1, 19)));

        Focus focus = withFocus.currentFocus().orElseThrow();
        assertThat(focus.basis()).isEqualTo(FocusBasis.CLINICIAN_OVERRIDE);
        assertThat(focus.overrideReason()).contains("safety first: partner violence disclosed");
        assertThat(focus.areas()).containsExactly(ProblemArea.ROLE_TRANSITION, ProblemArea.INTERPERSONAL_DEFICITS,
                ProblemArea.ROLE_DISPUTE);
        assertThat(focus.issues()).containsExactlyElementsOf(ids("i-dispute", "i-move", "i-lonely"));
        assertThat(override.toString()).doesNotContain("violence");
    }

    /**
     * Reassessment (the Guide): the focus is a move to a new city; in session 6 the patient discloses that a grandmother
     * died a month before the onset (the Guide's hidden death). Re-ranking gives grief, and the new
     * focus is a contract amendment agreed on that day.
     */
    @Test
    void aHiddenDeathRevealedLaterBecomesAContractAmendment() {
        InterpersonalIssue move = issue("i-move", ProblemArea.ROLE_TRANSITION, OnsetLink.PRECIPITATED_ONSET);
        Course initial = course(Protocol.standard(), ONSET, InterpersonalInventory.empty(), move);
        Focus agreed = FocusSelector.standard().select(RankingPolicy.clinicalDefault().rank(initial)).orElseThrow()
                .agreedOn(LocalDate.of(2026, 1, 12));
        initial = initial.withFocus(agreed);
        assertThat(agreed.areas()).containsExactly(ProblemArea.ROLE_TRANSITION);

        LocalDate death = ONSET.minusMonths(1);
        LocalDate session6 = LocalDate.of(2026, 2, 9);
        InterpersonalIssue grief = issue("i-grandmother", ProblemArea.GRIEF, OnsetLink.PRECIPITATED_ONSET)
                .withPeople(PersonId.of("p-gran")).withBegan(death).withDistress(9);
        move = move.withPatientPriority(2);
        Course disclosed = initial
                .withInventory(inventory(deceased("p-gran", RelationKind.OTHER_RELATIVE, death)))
                .withIssues(move, grief);

        FocusSelection reassessed = FocusSelector.standard().select(RankingPolicy.clinicalDefault().rank(disclosed))
                .orElseThrow();
        assertThat(reassessed.differsFrom(disclosed.currentFocus().orElseThrow())).isTrue();
        ContractAmendment amendment = reassessed.toAmendment(session6, "hidden death disclosed");
        Course amended = disclosed.withContract(disclosed.contract().withAmendments(amendment));

        Focus current = amended.currentFocus().orElseThrow();
        assertThat(current.primary()).isEqualTo(ProblemArea.GRIEF);
        assertThat(current.secondary()).containsExactly(ProblemArea.ROLE_TRANSITION);
        assertThat(current.agreedOn()).contains(session6);
        assertThat(amended.focus()).contains(agreed);
    }

    /**
     * Stuart's model has three areas and no interpersonal deficits: an isolation issue is flagged as
     * outside the protocol and cannot give the focus; a linked transition does.
     */
    @Test
    void aThreeAreaProtocolNeverSelectsDeficits() {
        Protocol threeAreas = RankingScenarios.THREE_AREAS;
        InterpersonalIssue isolation = issue("i-alone", ProblemArea.INTERPERSONAL_DEFICITS, OnsetLink.MAINTAINS_EPISODE);
        Course onlyIsolation = course(threeAreas, ONSET, InterpersonalInventory.empty(), isolation);

        Ranking ranking = RankingPolicy.clinicalDefault().rank(onlyIsolation);

        assertThat(ranking.flags()).containsExactly(
                new RankingFlag(RankingFlag.Code.AREA_OUTSIDE_PROTOCOL, IssueId.of("i-alone")));
        assertThat(FocusSelector.standard().select(ranking)).isEmpty();

        InterpersonalIssue transition = issue("i-student", ProblemArea.ROLE_TRANSITION, OnsetLink.PRECIPITATED_ONSET);
        Ranking both = RankingPolicy.clinicalDefault().rank(onlyIsolation.withIssues(List.of(isolation, transition)));
        assertThat(FocusSelector.standard().select(both).orElseThrow().focus().areas())
                .containsExactly(ProblemArea.ROLE_TRANSITION);
    }
}
