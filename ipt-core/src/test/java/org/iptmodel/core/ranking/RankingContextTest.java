package org.iptmodel.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.iptmodel.core.ranking.RankingFixtures.alive;
import static org.iptmodel.core.ranking.RankingFixtures.course;
import static org.iptmodel.core.ranking.RankingFixtures.deceased;
import static org.iptmodel.core.ranking.RankingFixtures.inventory;

import java.time.LocalDate;
import org.iptmodel.core.Course;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.RelationKind;
import org.junit.jupiter.api.Test;

class RankingContextTest {
    private static final LocalDate ONSET = LocalDate.of(2025, 11, 17);
    private static final InterpersonalInventory PEOPLE = inventory(alive("p-1", RelationKind.PARTNER),
            deceased("p-2", RelationKind.PARENT, ONSET.minusDays(10)));

    @Test
    void aCourseGivesItsOnsetInventoryAndProtocol() {
        Course course = course(Protocol.brief(), ONSET, PEOPLE);

        RankingContext context = RankingContext.of(course);

        assertThat(context.episodeOnset()).contains(ONSET);
        assertThat(context.inventory()).isEqualTo(PEOPLE);
        assertThat(context.protocol()).isEqualTo(Protocol.brief());
    }

    @Test
    void aContextWithoutACourseHasNoOnsetUntilOneIsGiven() {
        RankingContext context = RankingContext.of(Protocol.standard(), PEOPLE);

        assertThat(context.episodeOnset()).isEmpty();
        assertThat(context.withEpisodeOnset(ONSET).episodeOnset()).contains(ONSET);
        assertThat(context.withInventory(InterpersonalInventory.empty()).inventory()).isEqualTo(InterpersonalInventory.empty());
        assertThat(context.withProtocol(Protocol.group()).protocol()).isEqualTo(Protocol.group());
        assertThat(context.withProtocol(Protocol.group()).inventory()).isEqualTo(PEOPLE);
    }

    @Test
    void peopleAreFoundByIdAndTheDeceasedAreKnown() {
        RankingContext context = RankingContext.of(Protocol.standard(), PEOPLE);

        assertThat(context.person(PersonId.of("p-1"))).contains(PEOPLE.people().get(0));
        assertThat(context.person(PersonId.of("p-9"))).isEmpty();
        assertThat(context.isDeceased(PersonId.of("p-2"))).isTrue();
        assertThat(context.isDeceased(PersonId.of("p-1"))).isFalse();
        assertThat(context.isDeceased(PersonId.of("p-9"))).isFalse();
    }

    @Test
    void contextsAreEqualByOnsetInventoryAndProtocol() {
        RankingContext context = RankingContext.of(Protocol.standard(), PEOPLE).withEpisodeOnset(ONSET);

        assertThat(RankingContext.of(course(Protocol.standard(), ONSET, PEOPLE))).isEqualTo(context)
                .hasSameHashCodeAs(context);
        assertThat(context.withEpisodeOnset(ONSET.plusDays(1))).isNotEqualTo(context);
        assertThat(RankingContext.of(Protocol.standard(), PEOPLE)).isNotEqualTo(context);
        assertThat(context.withInventory(InterpersonalInventory.empty())).isNotEqualTo(context);
        assertThat(context.withProtocol(Protocol.brief())).isNotEqualTo(context);
    }

    @Test
    void toStringShowsCountsAndIdsButNoAlias() {
        RankingContext context = RankingContext.of(Protocol.standard(), PEOPLE).withEpisodeOnset(ONSET);

        assertThat(context).hasToString("RankingContext[episodeOnset=2025-11-17, people=2, protocol=ipt-standard]");
        assertThat(RankingContext.of(Protocol.standard(), PEOPLE).toString()).contains("episodeOnset=unknown");
    }

    @Test
    void nullsAreRejected() {
        RankingContext context = RankingContext.of(Protocol.standard(), PEOPLE);

        assertThatNullPointerException().isThrownBy(() -> RankingContext.of(null)).withMessage("course");
        assertThatNullPointerException().isThrownBy(() -> RankingContext.of(null, PEOPLE)).withMessage("protocol");
        assertThatNullPointerException().isThrownBy(() -> RankingContext.of(Protocol.standard(), null))
                .withMessage("inventory");
        assertThatNullPointerException().isThrownBy(() -> context.withEpisodeOnset(null)).withMessage("onset");
        assertThatNullPointerException().isThrownBy(() -> context.person(null)).withMessage("id");
    }
}
