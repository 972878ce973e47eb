package org.iptmodel.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.iptmodel.core.ranking.RankingFixtures.context;
import static org.iptmodel.core.ranking.RankingFixtures.issue;

import java.time.LocalDate;
import java.util.List;
import org.iptmodel.core.ContractAmendment;
import org.iptmodel.core.Focus;
import org.iptmodel.core.FocusBasis;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.junit.jupiter.api.Test;

class FocusSelectionTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 19);
    private static final InterpersonalIssue GRIEF = issue("i-1", ProblemArea.GRIEF, OnsetLink.PRECIPITATED_ONSET);
    private static final InterpersonalIssue DISPUTE = issue("i-2", ProblemArea.ROLE_DISPUTE, OnsetLink.MAINTAINS_EPISODE);
    private static final InterpersonalIssue TRANSITION = issue("i-3", ProblemArea.ROLE_TRANSITION, OnsetLink.MAINTAINS_EPISODE);
    private static final InterpersonalIssue SECOND_GRIEF = issue("i-4", ProblemArea.GRIEF, OnsetLink.NOT_LINKED);
    private static final Ranking RANKING = RankingPolicy.clinicalDefault()
            .rank(List.of(GRIEF, DISPUTE, TRANSITION, SECOND_GRIEF), context(Protocol.standard()));

    @Test
    void theSelectionTakesUpToTheProtocolsMaximumInRankingOrder() {
        FocusSelection selection = FocusSelector.standard().select(RANKING).orElseThrow();

        Focus focus = selection.focus();
        assertThat(focus.primary()).isEqualTo(ProblemArea.GRIEF);
        assertThat(focus.secondary()).containsExactly(ProblemArea.ROLE_DISPUTE);
        assertThat(focus.issues()).containsExactly(IssueId.of("i-1"), IssueId.of("i-2"), IssueId.of("i-4"));
        assertThat(focus.basis()).isEqualTo(FocusBasis.RANKING);
        assertThat(focus.agreedOn()).isEmpty();
        assertThat(selection.isOverride()).isFalse();
        assertThat(selection.ranking()).isSameAs(RANKING);
        assertThat(selection.toString()).startsWith("FocusSelection[basis=RANKING, areas=[GRIEF, ROLE_DISPUTE],"
                + " issues=[i-1, i-2, i-4], policy=clinical-default, choices=[GRIEF by FIRST_ELIGIBLE from 1. i-1 GRIEF");
        assertThat(selection.choices()).extracting(FocusSelection.Choice::rule).containsExactly(
                FocusSelection.ChoiceRule.FIRST_ELIGIBLE, FocusSelection.ChoiceRule.LINKED_SECONDARY);
        assertThat(selection.omissions()).singleElement().satisfies(o -> {
            assertThat(o.issue().issue()).isEqualTo(TRANSITION);
            assertThat(o.reason()).isEqualTo(FocusSelection.OmissionReason.MAXIMUM_REACHED);
            assertThat(o).hasToString("3. i-3 ROLE_TRANSITION: MAXIMUM_REACHED");
        });
        // grief, the dispute and the transition tie on every rule: only their ids chose the two areas
        assertThat(selection.flags()).containsExactly(
                new RankingFlag(RankingFlag.Code.FOCUS_DECIDED_BY_ID, IssueId.of("i-1")),
                new RankingFlag(RankingFlag.Code.FOCUS_DECIDED_BY_ID, IssueId.of("i-2")));
    }

    @Test
    void aSelectorMayAimForFewerAreasThanTheProtocolAllows() {
        FocusSelector one = FocusSelector.standard().withMaxAreas(1);

        assertThat(one.select(RANKING).orElseThrow().focus().areas()).containsExactly(ProblemArea.GRIEF);
        assertThat(one.maxAreas()).hasValue(1);
        assertThat(FocusSelector.standard().maxAreas()).isEmpty();
        assertThat(FocusSelector.standard().withMaxAreas(4).select(RANKING).orElseThrow().focus().areas())
                .as("never more than the protocol allows").hasSize(2);
        assertThat(one).isEqualTo(FocusSelector.standard().withMaxAreas(1)).isNotEqualTo(FocusSelector.standard())
                .hasToString("FocusSelector[maxAreas=1]");
    }

    @Test
    void agreementRecordsTheDate() {
        Focus agreed = FocusSelector.standard().select(RANKING).orElseThrow().agreedOn(DAY);

        assertThat(agreed.agreedOn()).contains(DAY);
        assertThat(agreed.isAgreed()).isTrue();
        assertThat(agreed.areas()).containsExactly(ProblemArea.GRIEF, ProblemArea.ROLE_DISPUTE);
    }

    @Test
    void aNewFocusIsAnAmendmentAgreedOnItsDate() {
        FocusSelection selection = FocusSelector.standard().select(RANKING).orElseThrow();

        ContractAmendment amendment = selection.toAmendment(DAY, "new information");

        assertThat(amendment.date()).isEqualTo(DAY);
        assertThat(amendment.newFocus()).contains(selection.agreedOn(DAY));
        assertThat(amendment.extraSessions()).isZero();
        assertThat(amendment.reason()).isEqualTo("new information");
    }

    @Test
    void aBlankAmendmentReasonIsRejected() {
        FocusSelection selection = FocusSelector.standard().select(RANKING).orElseThrow();

        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> selection.toAmendment(DAY, "  "))
                .satisfies(e -> assertThat(e.violations()).extracting(v -> v.path() + " " + v.rule())
                        .containsExactly("reason " + ModelRule.NOT_BLANK));
    }

    @Test
    void differsFromComparesTheAreasInOrder() {
        FocusSelection selection = FocusSelector.standard().select(RANKING).orElseThrow();
        Focus swapped = Focus.builder().primary(ProblemArea.ROLE_DISPUTE).addSecondary(ProblemArea.GRIEF).build();
        Focus same = Focus.builder().primary(ProblemArea.GRIEF).addSecondary(ProblemArea.ROLE_DISPUTE).build();

        assertThat(selection.differsFrom(swapped)).isTrue();
        assertThat(selection.differsFrom(same)).isFalse();
    }

    @Test
    void anOverrideWorksOnTheRankedIssuesOfItsAreas() {
        FocusSelection override = FocusSelection.override(RANKING, "clinical judgement", ProblemArea.ROLE_TRANSITION);

        assertThat(override.isOverride()).isTrue();
        assertThat(override.focus().areas()).containsExactly(ProblemArea.ROLE_TRANSITION);
        assertThat(override.focus().issues()).containsExactly(IssueId.of("i-3"));
        assertThat(override.focus().overrideReason()).contains("clinical judgement");
        assertThat(override.toString()).doesNotContain("clinical judgement");
        assertThat(override).isEqualTo(FocusSelection.override(RANKING, "clinical judgement", ProblemArea.ROLE_TRANSITION))
                .isNotEqualTo(FocusSelector.standard().select(RANKING).orElseThrow());
    }

    @Test
    void anOverrideWithABlankReasonOrRepeatedAreasIsRejectedWithEveryPath() {
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> FocusSelection.override(RANKING, " ", ProblemArea.GRIEF, ProblemArea.ROLE_DISPUTE,
                        ProblemArea.GRIEF))
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo("FocusSelection");
                    assertThat(e.violations()).extracting(v -> v.path() + " " + v.rule())
                            .containsExactly("reason " + ModelRule.NOT_BLANK, "secondary[1] " + ModelRule.DISTINCT);
                });
    }

    @Test
    void anOverrideOutsideTheProtocolIsRejected() {
        Ranking threeAreas = RankingPolicy.clinicalDefault()
                .rank(List.of(GRIEF), context(RankingScenarios.THREE_AREAS));

        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> FocusSelection.override(threeAreas, "reason", ProblemArea.INTERPERSONAL_DEFICITS))
                .satisfies(e -> assertThat(e.violations()).extracting(v -> v.path() + " " + v.rule())
                        .containsExactly("primary " + ModelRule.FOCUS_WITHIN_PROTOCOL));
    }

    @Test
    void nullsAreRejected() {
        FocusSelection selection = FocusSelector.standard().select(RANKING).orElseThrow();

        assertThatNullPointerException().isThrownBy(() -> FocusSelector.standard().select(null)).withMessage("ranking");
        assertThatNullPointerException().isThrownBy(() -> selection.agreedOn(null)).withMessage("date");
        assertThatNullPointerException().isThrownBy(() -> selection.toAmendment(DAY, null)).withMessage("reason");
        assertThatNullPointerException().isThrownBy(() -> selection.differsFrom(null)).withMessage("current");
        assertThatNullPointerException()
                .isThrownBy(() -> FocusSelection.override(RANKING, "r", ProblemArea.GRIEF, (ProblemArea) null))
                .withMessage("secondary[0]");
        assertThatNullPointerException().isThrownBy(() -> FocusSelection.override(RANKING, null, ProblemArea.GRIEF))
                .withMessage("reason");
    }
}
