package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.Bounds;
import org.iptmodel.core.Course;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.arbitraries.IptDomain;
import org.iptmodel.core.plan.Planner;
import org.iptmodel.core.ranking.RankingRules;

/**
 * The testkit forgets no type: every public type of ipt-core's exported packages, found by
 * scanning ipt-core's classes, has a public arbitrary in {@link IptArbitraries} (a method without
 * parameters returning {@code Arbitrary<Type>}, or {@link IptArbitraries#enumValues} for an enum)
 * and a provider in {@link IptDomain}, and each of them generates valid values: of the type,
 * equal to a copy rebuilt through the public API (records through their canonical constructor,
 * model values through their builder, both of which check every invariant), and without redacted
 * text in their {@code toString()} or message. The only types without an arbitrary are the
 * builders and the holders of constants, which have no instance.
 */
class TestkitCoverageTest {
    /** The packages ipt-core exports. */
    static final List<String> EXPORTED = List.of("org.iptmodel.core", "org.iptmodel.core.ranking",
            "org.iptmodel.core.plan", "org.iptmodel.core.report");
    /** The public types that have no instance, and why. */
    static final Map<Class<?>, String> WITHOUT_INSTANCES = Map.of(
            Bibliography.class, "holds the works of the bibliography as constants",
            Bounds.class, "holds the model's bounds as constants, with their checks",
            RankingRules.class, "holds the built-in ranking rules as constants");
    private static final int SAMPLES = 25;

    /** Every public type of the exported packages, nested ones included. */
    static List<Class<?>> publicTypes() {
        List<Class<?>> types = new ArrayList<>();
        EXPORTED.forEach(pkg -> types.addAll(ModelClasses.publicTypes(pkg)));
        return types;
    }

    /** A builder: a public nested class named Builder, which its enclosing type's builder() makes. */
    static boolean isBuilder(Class<?> type) {
        return type.getSimpleName().equals("Builder") && type.getEnclosingClass() != null;
    }

    /** The public types that have values: all but the builders and the holders of constants. */
    static List<Class<?>> valueTypes() {
        return publicTypes().stream().filter(t -> !isBuilder(t) && !WITHOUT_INSTANCES.containsKey(t)).toList();
    }

    @Example
    void theScannedPackagesAreThoseTheModuleExports() {
        Module module = Course.class.getModule();
        if (module.isNamed()) {
            assertThat(module.getDescriptor().exports()).extracting(ModuleDescriptor.Exports::source)
                    .containsExactlyInAnyOrderElementsOf(EXPORTED);
        }
        assertThat(valueTypes()).hasSizeGreaterThan(60).extracting(Class::getSimpleName)
                .contains("Course", "CourseId", "Reference", "Violation", "ProblemArea", "RankingPolicy", "Ranking",
                        "Choice", "Schedule", "ScheduleComparison", "AdherenceReport", "SafetyNotice",
                        "StartedTreatment");
    }

    @Example
    void everyPublicTypeHasAPublicArbitraryThatGeneratesValidValues() throws Exception {
        List<String> missing = new ArrayList<>();
        Map<String, Integer> checked = new LinkedHashMap<>();
        for (Class<?> type : valueTypes()) {
            Map<String, Arbitrary<?>> arbitraries = arbitrariesOf(type);
            if (arbitraries.isEmpty()) {
                missing.add(type.getName());
            }
            for (Map.Entry<String, Arbitrary<?>> entry : arbitraries.entrySet()) {
                for (Object value : sample(entry.getValue())) {
                    assertValid(type, value, entry.getKey());
                }
                checked.merge(type.getName(), 1, Integer::sum);
            }
        }
        assertThat(missing).as("public types without a public arbitrary in IptArbitraries").isEmpty();
        assertThat(checked).hasSameSizeAs(valueTypes());
    }

    @Example
    void theDomainProvidesEveryPublicType() {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : valueTypes()) {
            TypeUsage usage = TypeUsage.of(type);
            List<ArbitraryProvider> providers = new IptDomain().getArbitraryProviders().stream()
                    .filter(p -> p.canProvideFor(usage)).toList();
            if (providers.isEmpty()) {
                missing.add(type.getName());
            }
            for (ArbitraryProvider provider : providers) {
                for (Arbitrary<?> arbitrary : provider.provideFor(usage, subtype -> Set.of())) {
                    for (Object value : sample(arbitrary)) {
                        assertThat(value).as("a value IptDomain provides for %s", type.getName()).isInstanceOf(type);
                    }
                }
            }
        }
        assertThat(missing).as("public types IptDomain does not provide").isEmpty();
    }

    @Example
    void theTypesLeftOutHaveNoInstanceAndTheBuildersAreMadeByTheirTypes() throws Exception {
        for (Class<?> type : WITHOUT_INSTANCES.keySet()) {
            assertThat(type.getConstructors()).as(type.getName()).isEmpty();
            for (Class<?> other : publicTypes()) {
                for (Method method : other.getMethods()) {
                    assertThat(method.getReturnType()).as("%s returns a %s", method, type.getSimpleName())
                            .isNotEqualTo(type);
                }
                for (Field field : other.getFields()) {
                    assertThat(field.getType()).as("%s is a %s", field, type.getSimpleName()).isNotEqualTo(type);
                }
            }
        }
        for (Class<?> builder : publicTypes().stream().filter(TestkitCoverageTest::isBuilder).toList()) {
            Method make = builder.getEnclosingClass().getMethod("builder");
            assertThat(Modifier.isStatic(make.getModifiers())).as(make.toString()).isTrue();
            assertThat(make.getReturnType()).as(make.toString()).isEqualTo(builder);
        }
    }

    /** The public arbitraries of IptArbitraries for a type, by the name of the method that returns them. */
    private static Map<String, Arbitrary<?>> arbitrariesOf(Class<?> type) throws ReflectiveOperationException {
        Map<String, Arbitrary<?>> found = new LinkedHashMap<>();
        if (type.isEnum()) {
            found.put("enumValues(" + type.getSimpleName() + ")", enumValues(type));
            return found;
        }
        for (Method method : IptArbitraries.class.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0
                    && generates(method.getGenericReturnType(), type)) {
                found.put(method.getName() + "()", (Arbitrary<?>) method.invoke(null));
            }
        }
        return found;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Arbitrary<?> enumValues(Class<?> type) {
        return IptArbitraries.enumValues((Class) type);
    }

    private static boolean generates(Type returned, Class<?> type) {
        return returned instanceof ParameterizedType p && p.getRawType() == Arbitrary.class
                && p.getActualTypeArguments()[0] == type;
    }

    private static List<?> sample(Arbitrary<?> arbitrary) {
        return arbitrary.sampleStream().limit(SAMPLES).collect(Collectors.toList());
    }

    /**
     * A generated value is of its type, equal to itself and to a copy rebuilt through the public
     * API, and shows no redacted text.
     */
    private static void assertValid(Class<?> type, Object value, String from) throws Exception {
        assertThat(value).as("a value of %s", from).isInstanceOf(type);
        assertThat(value).as("a value of %s", from).isEqualTo(value);
        assertThat(value.hashCode()).as("the hash code of a value of %s", from).isEqualTo(value.hashCode());
        String shown = value instanceof Throwable t ? t.getMessage() : value.toString();
        assertThat(shown).as("what a value of %s shows", from).isNotNull().doesNotContain(IptArbitraries.REDACTION_MARKER);
        Optional<Object> copy = rebuilt(type, value);
        if (copy.isPresent()) {
            assertThat(copy.get()).as("a value of %s rebuilt through the public API", from).isEqualTo(value);
            assertThat(copy.get().hashCode()).as("the hash code of a rebuilt value of %s", from)
                    .isEqualTo(value.hashCode());
        }
        if (value instanceof Planner planner) {
            assertThat(planner.plan()).as("the schedule of a planner of %s", from).isNotNull();
        }
    }

    /**
     * A copy of the value made through the public API, which checks every invariant again: a
     * record through its canonical constructor, a model value through {@code builder().from(value)}.
     */
    private static Optional<Object> rebuilt(Class<?> type, Object value) throws Exception {
        try {
            if (type.isRecord()) {
                RecordComponent[] components = type.getRecordComponents();
                Object[] values = new Object[components.length];
                for (int i = 0; i < components.length; i++) {
                    values[i] = components[i].getAccessor().invoke(value);
                }
                Constructor<?> canonical = type.getConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                return Optional.of(canonical.newInstance(values));
            }
            Method builder;
            try {
                builder = type.getMethod("builder");
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
            Object b = builder.invoke(null);
            Method from;
            try {
                from = b.getClass().getMethod("from", type);
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
            Object filled = from.invoke(b, value);
            return Optional.of(filled.getClass().getMethod("build").invoke(filled));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
