package org.iptmodel.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.iptmodel.core.ranking.RankingFixtures.alive;
import static org.iptmodel.core.ranking.RankingFixtures.context;
import static org.iptmodel.core.ranking.RankingFixtures.course;
import static org.iptmodel.core.ranking.RankingFixtures.inventory;
import static org.iptmodel.core.ranking.RankingFixtures.issue;

import java.util.Arrays;
import java.util.List;
import org.iptmodel.core.Course;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.RelationKind;
import org.junit.jupiter.api.Test;

class RankingPolicyTest {

    @Test
    void clinicalDefaultExcludesDeficitsThenFollowsTheOnsetPriorityDistressAndAmenability() {
        RankingPolicy policy = RankingPolicy.clinicalDefault();

        assertThat(policy.name()).isEqualTo("clinical-default");
        assertThat(policy.rules()).containsExactly(RankingRules.ONSET_LINK, RankingRules.DEFICITS_BY_EXCLUSION,
                RankingRules.PATIENT_PRIORITY, RankingRules.DISTRESS, RankingRules.AMENABILITY);
        assertThat(policy).hasToString("RankingPolicy[clinical-default: onset-link, deficits-by-exclusion,"
                + " patient-priority, distress, amenability]");
    }

    @Test
    void briefMovesAmenabilityBeforeThePatientsPriority() {
        RankingPolicy policy = RankingPolicy.brief();

        assertThat(policy.name()).isEqualTo("brief");
        assertThat(policy.rules()).containsExactly(RankingRules.ONSET_LINK, RankingRules.DEFICITS_BY_EXCLUSION,
                RankingRules.AMENABILITY, RankingRules.PATIENT_PRIORITY, RankingRules.DISTRESS);
    }

    @Test
    void policiesAreEqualByNameAndRules() {
        RankingPolicy copy = RankingPolicy.builder().name("clinical-default")
                .addAll(RankingPolicy.clinicalDefault().rules()).build();
        RankingPolicy renamed = RankingPolicy.builder().name("other")
                .addAll(RankingPolicy.clinicalDefault().rules()).build();

        assertThat(copy).isEqualTo(RankingPolicy.clinicalDefault()).hasSameHashCodeAs(RankingPolicy.clinicalDefault());
        assertThat(renamed).isNotEqualTo(RankingPolicy.clinicalDefault());
        assertThat(RankingPolicy.brief()).isNotEqualTo(RankingPolicy.clinicalDefault());
    }

    @Test
    void rulesKeepTheOrderTheyWereAdded() {
        RankingPolicy policy = RankingPolicy.builder().name("clinic-a")
                .add(RankingRules.PATIENT_PRIORITY)
                .addAll(List.of(RankingRules.ONSET_LINK, RankingRules.ONSET_PROXIMITY))
                .build();

        assertThat(policy.rules()).containsExactly(RankingRules.PATIENT_PRIORITY, RankingRules.ONSET_LINK,
                RankingRules.ONSET_PROXIMITY);
    }

    @Test
    void buildWithoutNameOrRulesIsRejected() {
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> RankingPolicy.builder().build())
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo("RankingPolicy");
                    assertThat(e.violations()).extracting(v -> v.path() + " " + v.rule())
                            .containsExactly("name " + ModelRule.REQUIRED, "rules " + ModelRule.REQUIRED);
                });
    }

    @Test
    void buildWithTwoRulesOfOneNameIsRejected() {
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> RankingPolicy.builder().name("twice")
                        .add(RankingRules.ONSET_LINK)
                        .add(KeyedRankingRule.of("onset-link", "Another onset rule.", "test", (i, c) -> 0L))
                        .build())
                .satisfies(e -> assertThat(e.violations()).extracting(v -> v.path() + " " + v.rule())
                        .containsExactly("rules[1].name " + ModelRule.UNIQUE_IDS));
    }

    @Test
    void buildWithTheTieBreakAmongTheRulesIsRejected() {
        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> RankingPolicy.builder().name("ids").add(RankingRules.ISSUE_ID).build())
                .satisfies(e -> assertThat(e.violations()).extracting(v -> v.path() + " " + v.rule())
                        .containsExactly("rules[0].name " + ModelRule.UNIQUE_IDS));
    }

    @Test
    void buildWithARuleBreakingTheRuleContractIsRejectedWithEveryPath() {
        RankingRule broken = new RankingRule() {
            @Override
            public String name() {
                return "has spaces";
            }

            @Override
            public String description() {
                return " ";
            }

            @Override
            public String source() {
                return null;
            }

            @Override
            public int compare(InterpersonalIssue first, InterpersonalIssue second, RankingContext context) {
                return 0;
            }
        };

        assertThatExceptionOfType(InvalidModelException.class)
                .isThrownBy(() -> RankingPolicy.builder().name("broken").add(RankingRules.DISTRESS).add(broken).build())
                .satisfies(e -> assertThat(e.violations()).extracting(v -> v.path() + " " + v.rule())
                        .containsExactly("rules[1].name " + ModelRule.ID_FORMAT,
                                "rules[1].description " + ModelRule.NOT_BLANK,
                                "rules[1].source " + ModelRule.REQUIRED));
    }

    @Test
    void builderRejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> RankingPolicy.builder().name(null)).withMessage("name");
        assertThatNullPointerException().isThrownBy(() -> RankingPolicy.builder().add(null)).withMessage("rule");
        assertThatNullPointerException()
                .isThrownBy(() -> RankingPolicy.builder().addAll(Arrays.asList(RankingRules.DISTRESS, null)))
                .withMessage("rules[1]");
    }

    @Test
    void rankRejectsNulls() {
        RankingContext context = context(Protocol.standard());
        InterpersonalIssue issue = issue("i-1", ProblemArea.GRIEF, OnsetLink.NOT_LINKED);

        assertThatNullPointerException().isThrownBy(() -> RankingPolicy.brief().rank(null, context)).withMessage("issues");
        assertThatNullPointerException().isThrownBy(() -> RankingPolicy.brief().rank(List.of(issue), null))
                .withMessage("context");
        assertThatNullPointerException().isThrownBy(() -> RankingPolicy.brief().rank(Arrays.asList(issue, null), context))
                .withMessage("issues[1]");
        assertThatNullPointerException().isThrownBy(() -> RankingPolicy.brief().rank((Course) null))
                .withMessage("course");
    }

    @Test
    void rankingACourseRanksItsIssuesInItsContext() {
        InterpersonalIssue dispute = issue("i-1", ProblemArea.ROLE_DISPUTE, OnsetLink.MAINTAINS_EPISODE)
                .withPeople(PersonId.of("p-1"));
        InterpersonalIssue grief = issue("i-2", ProblemArea.GRIEF, OnsetLink.PRECIPITATED_ONSET);
        Course course = course(Protocol.standard(), RankingFixtures.START.minusDays(30),
                inventory(alive("p-1", RelationKind.PARTNER)), dispute, grief);

        Ranking ranking = RankingPolicy.clinicalDefault().rank(course);

        assertThat(ranking).isEqualTo(RankingPolicy.clinicalDefault().rank(course.issues(), RankingContext.of(course)));
        // a link to the onset and a link to the maintenance of the episode count alike: only the ids decide
        assertThat(ranking.issues()).containsExactly(dispute, grief);
        assertThat(ranking.at(1).isTieBreak()).isTrue();
        assertThat(ranking.flags()).containsExactly(new RankingFlag(RankingFlag.Code.TIED_BY_ID, dispute.id()),
                new RankingFlag(RankingFlag.Code.GRIEF_WITHOUT_DEATH, grief.id()),
                new RankingFlag(RankingFlag.Code.TIED_BY_ID, grief.id()));
        assertThat(ranking.policy()).isSameAs(RankingPolicy.clinicalDefault());
        assertThat(ranking.context()).isEqualTo(RankingContext.of(course));
    }

    @Test
    void rankingNoIssuesGivesAnEmptyRanking() {
        Ranking ranking = RankingPolicy.clinicalDefault().rank(List.of(), context(Protocol.standard()));

        assertThat(ranking.isEmpty()).isTrue();
        assertThat(ranking.size()).isZero();
        assertThat(ranking.flags()).isEmpty();
        assertThat(FocusSelector.standard().select(ranking)).isEmpty();
    }

    @Test
    void comparatorOrdersByTheFirstRuleThatSeparatesThenById() {
        RankingContext context = context(Protocol.standard());
        InterpersonalIssue a = issue("i-a", ProblemArea.ROLE_DISPUTE, OnsetLink.NOT_LINKED);
        InterpersonalIssue b = issue("i-b", ProblemArea.ROLE_DISPUTE, OnsetLink.NOT_LINKED);
        InterpersonalIssue linked = issue("i-z", ProblemArea.ROLE_DISPUTE, OnsetLink.PRECIPITATED_ONSET);

        assertThat(RankingPolicy.clinicalDefault().comparator(context).compare(a, b)).isNegative();
        assertThat(RankingPolicy.clinicalDefault().comparator(context).compare(linked, a)).isNegative();
        assertThat(RankingPolicy.clinicalDefault().comparator(context).compare(a, a)).isZero();
    }
}
