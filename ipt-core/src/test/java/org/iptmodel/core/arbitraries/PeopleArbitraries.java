package org.iptmodel.core.arbitraries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.iptmodel.core.Amenability;
import org.iptmodel.core.ContactFrequency;
import org.iptmodel.core.DisputeStage;
import org.iptmodel.core.Focus;
import org.iptmodel.core.FocusBasis;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.RelationKind;
import org.iptmodel.core.Relationship;

/**
 * People, issues and foci. Package-private: use {@link IptArbitraries}.
 *
 * <p>References between values (an issue's people, a focus's issues and areas) are drawn as
 * indexes and resolved against the actual inventory, issues or protocol when the value is built,
 * so nothing is filtered.
 */
final class PeopleArbitraries {
    private static final Arbitrary<Integer> KEY = Arbitraries.integers().between(0, 10_000);
    private static final int MAX_PEOPLE = 6;

    static final Arbitrary<RelationshipPlan> RELATIONSHIP_PLANS = relationshipPlans();
    static final Arbitrary<InterpersonalInventory> INVENTORIES = inventories();
    static final Arbitrary<IssuePlan> ISSUE_PLANS = issuePlans();
    static final Arbitrary<List<IssuePlan>> ISSUE_PLAN_LISTS = Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(List.<IssuePlan>of())),
            Tuple.of(4, ISSUE_PLANS.list().ofMinSize(1).ofMaxSize(5).uniqueElements(IssuePlan::id)));
    static final Arbitrary<InterpersonalIssue> ISSUES = Combinators.combine(INVENTORIES, ISSUE_PLANS)
            .as((inventory, plan) -> plan.toIssue(inventory));
    static final Arbitrary<FocusPlan> FOCUS_PLANS = focusPlans();
    static final Arbitrary<Focus> FOCUSES = Combinators.combine(FOCUS_PLANS,
            IptArbitraries.issueIds().list().ofMaxSize(3).uniqueElements())
            .as((plan, ids) -> plan.toFocus(List.of(ProblemArea.values()), ProblemArea.values().length, ids));

    private PeopleArbitraries() {
    }

    // ---------------------------------------------------------------- relationships and inventories

    private static Arbitrary<RelationshipPlan> relationshipPlans() {
        // one list of texts, each given to one of the four kinds by two bits of a key: cheaper than four lists
        Arbitrary<List<List<String>>> aspects = Combinators.combine(IptArbitraries.redactedTexts().list().ofMaxSize(5),
                KEY).as((texts, kinds) -> {
                    List<List<String>> byKind = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                            new ArrayList<>());
                    for (int i = 0; i < texts.size(); i++) {
                        byKind.get((kinds >> (2 * i)) & 3).add(texts.get(i));
                    }
                    return byKind.stream().map(List::copyOf).toList();
                });
        Arbitrary<Optional<Optional<LocalDate>>> death = IptArbitraries.dates().optional(0.5).optional(0.15);
        return Combinators.combine(IptArbitraries.personIds(), IptArbitraries.redactedTexts(),
                Arbitraries.of(RelationKind.class), KEY, Arbitraries.of(ContactFrequency.class), death,
                Arbitraries.of(true, false), aspects).as(RelationshipPlan::new);
    }

    /** The choices behind a relationship; the closeness is resolved against the number of rings. */
    record RelationshipPlan(PersonId id, String alias, RelationKind relation, int closenessKey,
            ContactFrequency contact, Optional<Optional<LocalDate>> death, boolean changedNearOnset,
            List<List<String>> aspects) {

        Relationship toRelationship(int circleLevels) {
            Relationship.Builder b = Relationship.builder()
                    .id(id)
                    .alias(alias)
                    .relation(relation)
                    .closeness(1 + closenessKey % circleLevels)
                    .contact(contact)
                    .changedNearOnset(changedNearOnset)
                    .satisfyingAspects(aspects.get(0))
                    .unsatisfyingAspects(aspects.get(1))
                    .expectations(aspects.get(2))
                    .wishedChanges(aspects.get(3));
            death.ifPresent(date -> b.deceased(true).dateOfDeath(date));
            return b.build();
        }
    }

    private static Arbitrary<InterpersonalInventory> inventories() {
        Arbitrary<InterpersonalInventory> filled = Combinators.combine(
                Arbitraries.integers().between(1, InterpersonalInventory.MAX_CIRCLE_LEVELS).optional(0.7),
                RELATIONSHIP_PLANS.list().ofMaxSize(MAX_PEOPLE).uniqueElements(RelationshipPlan::id))
                .as((levels, plans) -> {
                    int rings = levels.orElse(InterpersonalInventory.DEFAULT_CIRCLE_LEVELS);
                    InterpersonalInventory.Builder b = InterpersonalInventory.builder()
                            .people(plans.stream().map(p -> p.toRelationship(rings)).toList());
                    levels.ifPresent(b::circleLevels);
                    return b.build();
                });
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(InterpersonalInventory.empty())), Tuple.of(4, filled));
    }

    // ---------------------------------------------------------------- issues

    private static Arbitrary<IssuePlan> issuePlans() {
        Arbitrary<Integer> priority = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.integers().between(1, 10)),
                Tuple.of(1, Arbitraries.integers().between(1, Integer.MAX_VALUE)));
        Arbitrary<IssueScores> scores = Combinators.combine(Arbitraries.of(OnsetLink.class),
                IptArbitraries.dates().optional(0.5), priority,
                Arbitraries.integers().between(0, InterpersonalIssue.MAX_DISTRESS), Arbitraries.of(Amenability.class))
                .as(IssueScores::new);
        return Combinators.combine(IptArbitraries.issueIds(), IptArbitraries.redactedTexts(),
                Arbitraries.of(ProblemArea.class), Arbitraries.of(DisputeStage.class).optional(0.7),
                Arbitraries.integers().between(0, MAX_PEOPLE - 1).list().ofMaxSize(3), scores)
                .as(IssuePlan::new);
    }

    private record IssueScores(OnsetLink onsetLink, Optional<LocalDate> began, int priority, int distress,
            Amenability amenability) {
    }

    /** The choices behind an issue; its people are indexes into the inventory. */
    record IssuePlan(IssueId id, String summary, ProblemArea area, Optional<DisputeStage> stage,
            List<Integer> personKeys, IssueScores scores) {

        InterpersonalIssue toIssue(InterpersonalInventory inventory) {
            List<Relationship> people = inventory.people();
            Set<PersonId> named = new LinkedHashSet<>();
            if (!people.isEmpty()) {
                for (int key : personKeys) {
                    named.add(people.get(key % people.size()).id());
                }
            }
            return InterpersonalIssue.builder()
                    .id(id)
                    .summary(summary)
                    .area(area)
                    .disputeStage(area == ProblemArea.ROLE_DISPUTE ? stage : Optional.empty())
                    .people(named)
                    .onsetLink(scores.onsetLink())
                    .began(scores.began())
                    .patientPriority(scores.priority())
                    .distress(scores.distress())
                    .amenability(scores.amenability())
                    .build();
        }
    }

    static List<InterpersonalIssue> toIssues(List<IssuePlan> plans, InterpersonalInventory inventory) {
        return plans.stream().map(p -> p.toIssue(inventory)).toList();
    }

    // ---------------------------------------------------------------- foci

    private static Arbitrary<FocusPlan> focusPlans() {
        Arbitrary<FocusBasis> basis = Arbitraries.frequency(
                Tuple.of(2, FocusBasis.RANKING), Tuple.of(1, FocusBasis.CLINICIAN_OVERRIDE));
        Arbitrary<List<Integer>> ranks = Arbitraries.shuffle(0, 1, 2, 3);
        return Combinators.combine(basis, ranks, KEY, Arbitraries.integers().between(0, 4).set().ofMaxSize(3),
                IptArbitraries.redactedTexts(), IptArbitraries.dates().optional(0.6)).as(FocusPlan::new);
    }

    /**
     * The choices behind a focus: the basis, an order of the problem areas, how many to take, which
     * issues (as indexes), the override reason and the agreement date.
     */
    record FocusPlan(FocusBasis basis, List<Integer> ranks, int countKey, Set<Integer> issueKeys, String reason,
            Optional<LocalDate> agreedOn) {

        /**
         * The focus over the given areas: at most {@code maxForRanking} of them when selected by
         * ranking, up to all for a clinician's override.
         */
        Focus toFocus(List<ProblemArea> areas, int maxForRanking, List<IssueId> issues) {
            List<ProblemArea> ordered = new ArrayList<>(areas);
            ordered.sort(Comparator.comparing(a -> ranks.get(a.ordinal())));
            boolean override = basis == FocusBasis.CLINICIAN_OVERRIDE;
            int most = override ? ordered.size() : Math.min(maxForRanking, ordered.size());
            int count = 1 + countKey % most;
            List<IssueId> chosen = new ArrayList<>();
            for (int i = 0; i < issues.size(); i++) {
                if (issueKeys.contains(i)) {
                    chosen.add(issues.get(i));
                }
            }
            Focus.Builder f = Focus.builder()
                    .primary(ordered.get(0))
                    .secondary(ordered.subList(1, count))
                    .issues(chosen)
                    .basis(basis)
                    .agreedOn(agreedOn);
            if (override) {
                f.overrideReason(reason);
            }
            return f.build();
        }
    }
}
