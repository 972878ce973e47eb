package org.iptmodel.core.ranking;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.arbitraries.IptArbitraries;

/**
 * The ranking tests' cases, from the testkit's ranking contexts and issues, and the few rules and
 * protocols the example tests name. Every generated summary and alias carries {@link #SECRET}.
 */
final class RankingScenarios {
    /** Marks every generated piece of patient text. */
    static final String SECRET = IptArbitraries.REDACTION_MARKER;

    /** A protocol with Stuart's three areas: no interpersonal deficits. */
    static final Protocol THREE_AREAS = Protocol.builder()
            .from(Protocol.standard())
            .id("three-areas")
            .name("Three-area IPT")
            .problemAreas(EnumSet.of(ProblemArea.GRIEF, ProblemArea.ROLE_DISPUTE, ProblemArea.ROLE_TRANSITION))
            .build();

    private RankingScenarios() {
    }

    /** One case: the protocol, the inventory, the issues naming its people, and the episode onset. */
    record Scenario(Protocol protocol, InterpersonalInventory inventory, List<InterpersonalIssue> issues,
            Optional<LocalDate> onset) {

        RankingContext context() {
            RankingContext context = RankingContext.of(protocol, inventory);
            return onset.map(context::withEpisodeOnset).orElse(context);
        }

        @Override
        public String toString() {
            return "Scenario[protocol=" + protocol.id() + ", people=" + inventory.people().size() + ", issues="
                    + issues + ", onset=" + onset + "]";
        }
    }

    static Arbitrary<Scenario> scenarios() {
        return scenarios(12);
    }

    /** Scenarios of up to {@code maxIssues} issues, from {@link IptArbitraries#rankingIssues}. */
    static Arbitrary<Scenario> scenarios(int maxIssues) {
        return IptArbitraries.rankingContexts().flatMap(context -> IptArbitraries.rankingIssues(context, maxIssues)
                .map(issues -> new Scenario(context.protocol(), context.inventory(), issues, context.episodeOnset())));
    }

    static final RankingPolicy PRIORITY_ONLY = RankingPolicy.builder()
            .name("priority-only")
            .add(RankingRules.PATIENT_PRIORITY)
            .build();
}
