package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iptmodel.core.contracts.Rejections.assertRejected;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A builder whose required attributes are not all set throws {@link InvalidModelException} with one
 * {@link ModelRule#REQUIRED} violation per missing attribute, the path being the attribute's name.
 * The required attributes are the abstract accessors that are neither optional nor collections.
 */
class RequiredAttributesTest {

    /** The types built with a public {@code builder()}. */
    static Stream<Class<?>> builtTypes() {
        return Samples.all().keySet().stream().filter(t -> builderMethod(t).isPresent());
    }

    @ParameterizedTest
    @MethodSource("builtTypes")
    void anEmptyBuilderNamesEveryRequiredAttribute(Class<?> type) {
        List<String> required = required(type);
        Object builder = newBuilder(type);
        if (required.isEmpty()) {
            // an inventory needs nothing; a formulation needs an area, which its own check reports
            assertThat(type.getSimpleName()).isIn("InterpersonalInventory", "Formulation");
            return;
        }
        InvalidModelException e = assertRejected(() -> build(builder), required.get(0), ModelRule.REQUIRED);
        assertThat(e.type()).isEqualTo(type.getSimpleName());
        assertThat(e.violations()).extracting(Violation::rule).containsOnly(ModelRule.REQUIRED);
        assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrderElementsOf(required);
    }

    @ParameterizedTest
    @MethodSource("builtTypes")
    void eachMissingRequiredAttributeIsNamedAlone(Class<?> type) {
        Object sample = Samples.all().get(type);
        for (String missing : required(type)) {
            Object builder = newBuilder(type);
            for (String attribute : required(type)) {
                if (!attribute.equals(missing)) {
                    set(builder, attribute, get(sample, attribute));
                }
            }
            InvalidModelException e = assertRejected(() -> build(builder), missing, ModelRule.REQUIRED);
            assertThat(e.violations()).hasSize(1);
            assertThat(e.getMessage()).contains(missing);
        }
    }

    @ParameterizedTest
    @MethodSource("builtTypes")
    void aBuilderCopyingAValueBuildsAnEqualValue(Class<?> type) throws Exception {
        Object sample = Samples.all().get(type);
        Object builder = newBuilder(type);
        Method from = builder.getClass().getMethod("from", type);
        from.setAccessible(true);
        from.invoke(builder, sample);
        assertThat(build(builder)).isEqualTo(sample);
    }

    /** The names of the abstract accessors that are neither optional nor collections. */
    static List<String> required(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Method m : type.getDeclaredMethods()) {
            Class<?> r = m.getReturnType();
            if (Modifier.isAbstract(m.getModifiers()) && Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0
                    && r != Optional.class && r != OptionalInt.class && !Collection.class.isAssignableFrom(r)) {
                names.add(m.getName());
            }
        }
        return names;
    }

    private static Optional<Method> builderMethod(Class<?> type) {
        try {
            Method m = type.getMethod("builder");
            return Modifier.isStatic(m.getModifiers()) ? Optional.of(m) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    private static Object newBuilder(Class<?> type) {
        try {
            return builderMethod(type).orElseThrow().invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object build(Object builder) {
        try {
            Method build = builder.getClass().getMethod("build");
            build.setAccessible(true);
            return build.invoke(builder);
        } catch (InvocationTargetException e) {
            throw (RuntimeException) e.getCause();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object get(Object value, String attribute) {
        try {
            Method getter = value.getClass().getMethod(attribute);
            getter.setAccessible(true);
            return getter.invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Object builder, String attribute, Object value) {
        for (Method m : builder.getClass().getMethods()) {
            if (m.getName().equals(attribute) && m.getParameterCount() == 1
                    && (m.getParameterTypes()[0].isInstance(value) || m.getParameterTypes()[0] == int.class)) {
                try {
                    m.setAccessible(true);
                    m.invoke(builder, value);
                    return;
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("no setter " + attribute + " on " + builder.getClass());
    }
}
