package org.iptmodel.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.iptmodel.core.ranking.RankingFixtures.alive;
import static org.iptmodel.core.ranking.RankingFixtures.context;
import static org.iptmodel.core.ranking.RankingFixtures.deceased;
import static org.iptmodel.core.ranking.RankingFixtures.issue;

import java.time.LocalDate;
import java.util.List;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.RelationKind;
import org.junit.jupiter.api.Test;

class RankingTest {
    private static final RankingContext CONTEXT = context(Protocol.standard());
    private static final InterpersonalIssue A = issue("i-a", ProblemArea.ROLE_TRANSITION, OnsetLink.PRECIPITATED_ONSET);
    private static final InterpersonalIssue B = issue("i-b", ProblemArea.ROLE_TRANSITION, OnsetLink.PRECIPITATED_ONSET);
    private static final InterpersonalIssue C = issue("i-c", ProblemArea.ROLE_TRANSITION, OnsetLink.NOT_LINKED);

    @Test
    void eachEntryNamesTheRuleThatSeparatesItFromTheNext() {
        Ranking ranking = RankingPolicy.clinicalDefault().rank(List.of(C, B, A), CONTEXT);

        assertThat(ranking.issues()).containsExactly(A, B, C);
        assertThat(ranking.at(1).decidedBy()).containsSame(RankingRules.ISSUE_ID);
        assertThat(ranking.at(1).isTieBreak()).isTrue();
        assertThat(ranking.at(1).reason()).isEqualTo("issue-id: every rule of the policy ties");
        assertThat(ranking.at(2).decidedBy()).containsSame(RankingRules.ONSET_LINK);
        assertThat(ranking.at(2).isTieBreak()).isFalse();
        assertThat(ranking.at(2).reason()).isEqualTo("onset-link: precipitated_onset before not_linked");
        assertThat(ranking.at(3).decidedBy()).isEmpty();
        assertThat(ranking.at(3).reason()).isEqualTo("last of 3");
    }

    @Test
    void aRankingPrintsPositionsIdsAreasAndReasonsOnly() {
        Ranking ranking = RankingPolicy.clinicalDefault().rank(List.of(A, C), CONTEXT);

        assertThat(ranking.at(1)).hasToString("1. i-a ROLE_TRANSITION (onset-link: precipitated_onset before not_linked)");
        assertThat(ranking.toString()).startsWith("Ranking[policy=clinical-default, entries=[1. i-a")
                .doesNotContain("what the patient said");
    }

    @Test
    void findLocatesAnIssueById() {
        Ranking ranking = RankingPolicy.clinicalDefault().rank(List.of(C, A), CONTEXT);

        assertThat(ranking.find(IssueId.of("i-c")).orElseThrow().position()).isEqualTo(2);
        assertThat(ranking.find(IssueId.of("i-x"))).isEmpty();
    }

    @Test
    void aPositionOutsideTheRankingIsRejected() {
        Ranking ranking = RankingPolicy.clinicalDefault().rank(List.of(A, B), CONTEXT);

        for (int position : new int[] {0, 3, -1}) {
            assertThatExceptionOfType(InvalidModelException.class)
                    .isThrownBy(() -> ranking.at(position))
                    .satisfies(e -> assertThat(e.violations()).extracting(v -> v.path() + " " + v.rule())
                            .containsExactly("position " + ModelRule.VALUE_IN_RANGE));
        }
    }

    @Test
    void everyRepeatedIdAndUnknownPersonIsReportedAtOnce() {
        InterpersonalIssue stranger = C.withPeople(PersonId.of("p-1"), PersonId.of("p-x"));

        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> RankingPolicy.clinicalDefault().rank(List.of(A, stranger, A.withDistress(1)),
                        context(Protocol.standard(), alive("p-1", RelationKind.FRIEND))))
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo("Ranking");
                    assertThat(e.violations()).extracting(v -> v.path() + " " + v.rule())
                            .containsExactly("issues[1].people[1] " + ModelRule.KNOWN_PERSON,
                                    "issues[2].id " + ModelRule.UNIQUE_IDS);
                    assertThat(e.getMessage()).doesNotContain("what the patient said").doesNotContain("alias");
                });
    }

    @Test
    void griefNamingADeceasedPersonIsNotFlagged() {
        LocalDate died = LocalDate.of(2025, 10, 1);
        InterpersonalIssue grief = issue("i-1", ProblemArea.GRIEF, OnsetLink.PRECIPITATED_ONSET)
                .withPeople(PersonId.of("p-alive"), PersonId.of("p-dead"));
        RankingContext context = context(Protocol.standard(), alive("p-alive", RelationKind.PARENT),
                deceased("p-dead", RelationKind.PARENT, died));

        assertThat(RankingPolicy.clinicalDefault().rank(List.of(grief), context).flags()).isEmpty();
    }

    @Test
    void griefNamingNobodyOrOnlyTheLivingIsFlaggedWithItsSource() {
        InterpersonalIssue nobody = issue("i-1", ProblemArea.GRIEF, OnsetLink.PRECIPITATED_ONSET).withPatientPriority(2);
        InterpersonalIssue living = issue("i-2", ProblemArea.GRIEF, OnsetLink.PRECIPITATED_ONSET)
                .withPeople(PersonId.of("p-1"));
        RankingContext context = context(Protocol.standard(), alive("p-1", RelationKind.PARENT));

        Ranking ranking = RankingPolicy.clinicalDefault().rank(List.of(nobody, living), context);

        assertThat(ranking.flags()).containsExactly(
                new RankingFlag(RankingFlag.Code.GRIEF_WITHOUT_DEATH, IssueId.of("i-2")),
                new RankingFlag(RankingFlag.Code.GRIEF_WITHOUT_DEATH, IssueId.of("i-1")));
        RankingFlag flag = ranking.flags().get(0);
        assertThat(flag.source()).isEqualTo(RankingFlag.Code.GRIEF_WITHOUT_DEATH.source()).contains("Weissman");
        assertThat(flag.references()).containsExactly(org.iptmodel.core.Bibliography.WEISSMAN_2018,
                org.iptmodel.core.Bibliography.STUART_2012);
        assertThat(flag.message())
                .isEqualTo("GRIEF_WITHOUT_DEATH: issue i-2 is classed GRIEF but none of its people is recorded as deceased");
        assertThat(RankingFlag.Code.AREA_OUTSIDE_PROTOCOL.source()).isNotBlank();
    }

    @Test
    void rankingsAreEqualByPolicyContextEntriesAndFlags() {
        Ranking ranking = RankingPolicy.clinicalDefault().rank(List.of(A, B), CONTEXT);

        assertThat(RankingPolicy.clinicalDefault().rank(List.of(B, A), CONTEXT))
                .isEqualTo(ranking).hasSameHashCodeAs(ranking);
        assertThat(RankingPolicy.brief().rank(List.of(A, B), CONTEXT)).isNotEqualTo(ranking);
        assertThat(RankingPolicy.clinicalDefault().rank(List.of(A, B), CONTEXT.withProtocol(Protocol.brief())))
                .isNotEqualTo(ranking);
        assertThat(RankingPolicy.clinicalDefault().rank(List.of(A), CONTEXT)).isNotEqualTo(ranking);
        assertThat(ranking.at(1)).isEqualTo(RankingPolicy.clinicalDefault().rank(List.of(A, B), CONTEXT).at(1))
                .isNotEqualTo(ranking.at(2));
    }

    @Test
    void theRankingsListsCannotBeModified() {
        Ranking ranking = RankingPolicy.clinicalDefault().rank(List.of(A, B), CONTEXT);

        assertThat(ranking.entries()).isUnmodifiable();
        assertThat(ranking.issues()).isUnmodifiable();
        assertThat(ranking.flags()).isUnmodifiable();
    }
}
