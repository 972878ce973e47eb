package org.iptmodel.core.ranking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import org.iptmodel.core.Amenability;
import org.iptmodel.core.ContactFrequency;
import org.iptmodel.core.DisputeStage;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.RelationKind;
import org.iptmodel.core.Relationship;

/**
 * Generators for the ranking tests: inventories, issues naming people of the inventory, protocols
 * and policies. Every summary and alias carries {@link #SECRET}, so tests can check that no
 * explanation or message ever repeats patient text.
 */
final class RankingArbitraries {
    /** Marks every generated piece of patient text. */
    static final String SECRET = "Confidential-Zq7";

    static final LocalDate BASE = LocalDate.of(2024, 1, 1);

    /** A protocol with Stuart's three areas: no interpersonal deficits. */
    static final Protocol THREE_AREAS = Protocol.builder()
            .from(Protocol.standard())
            .id("three-areas")
            .name("Three-area IPT")
            .problemAreas(EnumSet.of(ProblemArea.GRIEF, ProblemArea.ROLE_DISPUTE, ProblemArea.ROLE_TRANSITION))
            .build();

    /** A protocol whose focus holds one area. */
    static final Protocol ONE_AREA = Protocol.builder()
            .from(Protocol.standard())
            .id("one-area")
            .name("One-area IPT")
            .maxFocalAreas(1)
            .build();

    /** A protocol whose focus may hold three areas. */
    static final Protocol THREE_FOCAL_AREAS = Protocol.builder()
            .from(Protocol.standard())
            .id("three-focal")
            .name("Wide-focus IPT")
            .maxFocalAreas(3)
            .build();

    private RankingArbitraries() {
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

    static Arbitrary<Protocol> protocols() {
        List<Protocol> all = new ArrayList<>(Protocol.catalogue());
        all.add(THREE_AREAS);
        all.add(ONE_AREA);
        all.add(THREE_FOCAL_AREAS);
        return Arbitraries.of(all);
    }

    static Arbitrary<Relationship> people() {
        Arbitrary<PersonId> ids = Arbitraries.integers().between(0, 9).map(n -> PersonId.of("p-" + n));
        Arbitrary<Optional<LocalDate>> deaths = Arbitraries.integers().between(0, 3000).map(BASE::plusDays)
                .optional(0.5);
        Arbitrary<Optional<Optional<LocalDate>>> death = deaths.optional(0.4);
        return Combinators.combine(ids, Arbitraries.of(RelationKind.class), Arbitraries.integers().between(1, 3),
                Arbitraries.of(ContactFrequency.class), death, Arbitraries.integers().between(0, 999))
                .as((id, relation, closeness, contact, deceased, n) -> Relationship.builder()
                        .id(id)
                        .alias(SECRET + " alias " + n)
                        .relation(relation)
                        .closeness(closeness)
                        .contact(contact)
                        .deceased(deceased.isPresent())
                        .dateOfDeath(deceased.flatMap(d -> d))
                        .addUnsatisfyingAspects(SECRET + " aspect " + n)
                        .build());
    }

    static Arbitrary<InterpersonalInventory> inventories() {
        return people().withoutEdgeCases().list().ofMaxSize(6).uniqueElements(Relationship::id)
                .map(list -> InterpersonalInventory.builder().addAllPeople(list).build());
    }

    /** Issues naming only the given people, with ids {@code i-0} to {@code i-999}. */
    static Arbitrary<InterpersonalIssue> issues(List<PersonId> available) {
        Arbitrary<IssueId> ids = Arbitraries.integers().between(0, 999).map(n -> IssueId.of("i-" + n));
        Arbitrary<List<PersonId>> people = available.isEmpty()
                ? Arbitraries.just(List.of())
                : Arbitraries.subsetOf(available).ofMaxSize(3).map(s -> s.stream().sorted().toList());
        Arbitrary<Optional<LocalDate>> began = Arbitraries.integers().between(0, 3650).map(BASE::plusDays).optional();
        return Combinators.combine(ids, Arbitraries.of(ProblemArea.class), people, Arbitraries.of(OnsetLink.class),
                began, Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 10),
                Arbitraries.of(Amenability.class))
                .as((id, area, who, link, start, priority, distress, amenability) -> InterpersonalIssue.builder()
                        .id(id)
                        .summary(SECRET + " summary of " + id)
                        .area(area)
                        .people(who)
                        .onsetLink(link)
                        .began(start)
                        .patientPriority(priority)
                        .distress(distress)
                        .amenability(amenability)
                        .build())
                .flatMap(issue -> issue.area() != ProblemArea.ROLE_DISPUTE
                        ? Arbitraries.just(issue)
                        : Arbitraries.of(DisputeStage.class).optional().map(issue::withDisputeStage));
    }

    static Arbitrary<Scenario> scenarios() {
        return scenarios(12);
    }

    /**
     * Scenarios of up to {@code maxIssues} issues. Edge cases of single issues and people are left
     * out: they would make most lists hold one element, which ranks trivially.
     */
    static Arbitrary<Scenario> scenarios(int maxIssues) {
        Arbitrary<Optional<LocalDate>> onsets = Arbitraries.integers().between(0, 3650).map(BASE::plusDays).optional();
        return inventories().flatMap(inventory -> {
            List<PersonId> ids = inventory.people().stream().map(Relationship::id).toList();
            return Combinators.combine(protocols(),
                    issues(ids).withoutEdgeCases().list().ofMaxSize(maxIssues).withSizeDistribution(RandomDistribution.uniform())
                            .uniqueElements(InterpersonalIssue::id), onsets)
                    .as((protocol, issues, onset) -> new Scenario(protocol, inventory, issues, onset));
        });
    }

    /** The built-in policies and custom ones: a comparison rule, a single rule, a rule that always ties. */
    static Arbitrary<RankingPolicy> policies() {
        return Arbitraries.of(RankingPolicy.clinicalDefault(), RankingPolicy.brief(), CUSTOM_WITH_COMPARISON,
                PRIORITY_ONLY, TIES_ONLY, WITH_PROXIMITY);
    }

    /** A rule written as a comparison: issues naming a person in an inner ring of the circle first. */
    static final RankingRule CLOSEST_PERSON = new RankingRule() {
        @Override
        public String name() {
            return "closest-person";
        }

        @Override
        public String description() {
            return "Issues naming a person in an inner ring of the closeness circle first.";
        }

        @Override
        public String source() {
            return "test rule";
        }

        @Override
        public int compare(InterpersonalIssue first, InterpersonalIssue second, RankingContext context) {
            return Integer.compare(innermost(first, context), innermost(second, context));
        }

        @Override
        public String toString() {
            return name();
        }
    };

    static int innermost(InterpersonalIssue issue, RankingContext context) {
        int ring = Integer.MAX_VALUE;
        for (PersonId id : issue.people()) {
            ring = Math.min(ring, context.person(id).orElseThrow().closeness());
        }
        return ring;
    }

    static final RankingPolicy CUSTOM_WITH_COMPARISON = RankingPolicy.builder()
            .name("custom-comparison")
            .add(CLOSEST_PERSON)
            .add(RankingRules.PATIENT_PRIORITY)
            .build();

    static final RankingPolicy PRIORITY_ONLY = RankingPolicy.builder()
            .name("priority-only")
            .add(RankingRules.PATIENT_PRIORITY)
            .build();

    static final RankingPolicy TIES_ONLY = RankingPolicy.builder()
            .name("ties-only")
            .add(KeyedRankingRule.of("constant", "Ties every pair.", "test rule", (issue, context) -> 0L))
            .build();

    static final RankingPolicy WITH_PROXIMITY = RankingPolicy.builder()
            .name("with-proximity")
            .addAll(RankingPolicy.clinicalDefault().rules())
            .add(RankingRules.ONSET_PROXIMITY)
            .build();
}
