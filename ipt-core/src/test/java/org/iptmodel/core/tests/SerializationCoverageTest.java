package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.NotSerializableException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.SerializationContract;
import org.iptmodel.core.plan.Planner;
import org.iptmodel.core.plan.ScheduleComparison;
import org.iptmodel.core.plan.SessionComparison;
import org.iptmodel.core.ranking.FocusSelection;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankedIssue;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.ranking.RankingRule;
import org.iptmodel.core.ranking.RankingRules;
import org.iptmodel.core.report.InstrumentOutcome;

/**
 * Java serialization forgets no type: every value the testkit generates for every public type of
 * ipt-core's exported packages is written and read back to an equal value, except the views listed
 * here, which are not serializable, and the values holding a ranking rule of the application's own
 * whose key function is not serializable (the testkit's), whose writing fails with a
 * {@link NotSerializableException} naming the rule.
 */
class SerializationCoverageTest {
    /** The public types that are views of another value, not serializable, and what to serialize instead. */
    static final Map<Class<?>, String> VIEWS = Map.of(
            RankedIssue.class, "an entry of a Ranking",
            FocusSelection.Choice.class, "a part of a FocusSelection",
            FocusSelection.Omission.class, "a part of a FocusSelection",
            InstrumentOutcome.class, "a part of an OutcomeReport, whose criteria classify it",
            ScheduleComparison.class, "the comparison of a Schedule with the sessions held",
            SessionComparison.class, "a part of a ScheduleComparison");
    private static final int SAMPLES = 25;

    @Example
    void everyValueOfEveryPublicTypeRoundTripsUnlessItIsAView() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Class<?> type : TestkitCoverageTest.valueTypes()) {
            if (VIEWS.containsKey(type)) {
                assertThat(Serializable.class.isAssignableFrom(type)).as(type.getName()).isFalse();
                continue;
            }
            if (!type.isInterface()) {
                assertThat(Serializable.class.isAssignableFrom(type)).as(type.getName()).isTrue();
            }
            for (Arbitrary<?> arbitrary : arbitrariesOf(type)) {
                for (Object value : arbitrary.sampleStream().limit(SAMPLES).collect(Collectors.toList())) {
                    roundTrips(type, value);
                }
            }
            checked.add(type.getSimpleName());
        }
        assertThat(checked).contains("Course", "Reference", "RankingPolicy", "Ranking", "FocusSelection",
                "Schedule", "Planner", "AdherenceReport", "OutcomeReport", "OutcomeCriteria", "StartedTreatment",
                "InvalidModelException", "ProblemArea");
    }

    private static void roundTrips(Class<?> type, Object value) {
        List<RankingRule> own = rulesOfItsOwn(value);
        if (!own.isEmpty()) {
            // the testkit's rules of their own have key functions that are not serializable
            try {
                SerializationContract.bytes(value);
                throw new AssertionError(type.getName() + " with a rule that is not serializable was written");
            } catch (UncheckedIOException e) {
                assertThat(e.getCause()).isInstanceOf(NotSerializableException.class);
                if (!(value instanceof RankingRule rule) || rule instanceof Serializable) {
                    // a policy's message, or a KeyedRankingRule's, names the rule; the JDK names any other class
                    assertThat(e.getCause()).hasMessageContaining("the ranking rule " + own.get(0).name())
                            .hasMessageContaining("is not Serializable");
                }
            }
            return;
        }
        Object back = SerializationContract.roundTrip(value);
        assertThat(back).as(type.getName()).isInstanceOf(type);
        if (value instanceof Throwable thrown) {
            assertThat(((Throwable) back).getMessage()).isEqualTo(thrown.getMessage());
        } else if (value instanceof Planner planner) {
            assertThat(((Planner) back).plan()).isEqualTo(planner.plan());
        } else {
            assertThat(back).as(type.getName()).isEqualTo(value).hasSameHashCodeAs(value);
        }
    }

    /** The rules of the value's policy, or the value, that are not built in. */
    private static List<RankingRule> rulesOfItsOwn(Object value) {
        List<RankingRule> rules = value instanceof RankingRule rule ? List.of(rule)
                : value instanceof RankingPolicy policy ? policy.rules()
                : value instanceof Ranking ranking ? ranking.policy().rules()
                : value instanceof FocusSelection selection ? selection.ranking().policy().rules()
                : List.of();
        return rules.stream().filter(r -> !RankingRules.all().contains(r) && !RankingRules.isPlaceholder(r)).toList();
    }

    /** The public arbitraries of IptArbitraries without parameters for the type, or its enum values. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Arbitrary<?>> arbitrariesOf(Class<?> type) throws ReflectiveOperationException {
        List<Arbitrary<?>> found = new ArrayList<>();
        if (type.isEnum()) {
            found.add(IptArbitraries.enumValues((Class) type));
            return found;
        }
        for (Method method : IptArbitraries.class.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0
                    && method.getGenericReturnType() instanceof ParameterizedType p
                    && p.getRawType() == Arbitrary.class && p.getActualTypeArguments()[0] == type) {
                found.add((Arbitrary<?>) method.invoke(null));
            }
        }
        assertThat(found).as("the arbitraries of " + type.getName()).isNotEmpty();
        return found;
    }
}
