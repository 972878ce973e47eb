package org.iptmodel.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.iptmodel.core.ranking.RankingFixtures.context;
import static org.iptmodel.core.ranking.RankingFixtures.issue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;

/**
 * The ranking finds repeated issue ids by their hash codes. Ids built from the blocks "Aa" and
 * "BB" all share one hash code, so runs of equal hashes, short and long, take both of the check's
 * paths; it reports exactly the repeats a plain map finds, each with its first occurrence, and distinct ids rank.
 */
class RepeatedIdProperties {

    private static final RankingContext CONTEXT = context(Protocol.standard());

    @Property(tries = 200)
    void collidingIdsAreToldApartAndEachRepeatIsReported(@ForAll @IntRange(min = 1, max = 64) int distinct,
            @ForAll @IntRange(min = 0, max = 20) int copies, @ForAll long seed) {
        Random random = new Random(seed);
        List<InterpersonalIssue> issues = new ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            issues.add(issue(collidingId(i), ProblemArea.ROLE_DISPUTE, OnsetLink.MAINTAINS_EPISODE));
        }
        for (int i = 0; i < copies; i++) {
            InterpersonalIssue copy = issues.get(random.nextInt(issues.size())).withDistress(random.nextInt(11));
            issues.add(random.nextInt(issues.size() + 1), copy);
        }
        List<String> expected = expectedRepeats(issues);

        if (expected.isEmpty()) {
            assertThat(RankingPolicy.clinicalDefault().rank(issues, CONTEXT).issues()).hasSize(issues.size());
        } else {
            assertThatExceptionOfType(InvalidModelException.class)
                    .isThrownBy(() -> RankingPolicy.clinicalDefault().rank(issues, CONTEXT))
                    .satisfies(e -> assertThat(e.violations()).extracting(v -> v.rule() + " " + v.message())
                            .containsExactlyElementsOf(expected));
        }
    }

    /** "i-" and six blocks of "Aa" or "BB", chosen by the bits of n: all have one hash code. */
    private static String collidingId(int n) {
        StringBuilder id = new StringBuilder("i-");
        for (int bit = 0; bit < 6; bit++) {
            id.append((n >> bit & 1) == 0 ? "Aa" : "BB");
        }
        return id.toString();
    }

    private static List<String> expectedRepeats(List<InterpersonalIssue> issues) {
        Map<String, Integer> first = new HashMap<>();
        List<String> repeats = new ArrayList<>();
        for (int i = 0; i < issues.size(); i++) {
            Integer earlier = first.putIfAbsent(issues.get(i).id().value(), i);
            if (earlier != null) {
                repeats.add(ModelRule.UNIQUE_IDS + " issues[" + i + "].id repeats the id of issues[" + earlier + "]");
            }
        }
        return repeats;
    }
}
