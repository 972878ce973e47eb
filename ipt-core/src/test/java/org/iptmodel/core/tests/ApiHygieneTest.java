package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The public API of {@code org.iptmodel.core} never shows the generated {@code Immutable*} classes:
 * no public or protected constructor, method or field has such a parameter, return or field type,
 * generic type arguments included. The only exception is the documented "extending builder"
 * pattern: each public {@code X.Builder} extends the generated {@code ImmutableX.Builder}, whose
 * methods all return the public {@code X.Builder} (or {@code X} from {@code build()}).
 */
class ApiHygieneTest {

    @Test
    void theExportedPackageHasPublicTypes() {
        assertThat(ModelClasses.publicTypes()).hasSizeGreaterThan(40)
                .extracting(Class::getSimpleName).contains("Course", "Builder", "Protocol", "InvalidModelException");
    }

    @Test
    void noGeneratedClassIsPublic() {
        for (Class<?> type : ModelClasses.all()) {
            if (type.getSimpleName().startsWith("Immutable") || type.getSimpleName().startsWith("With")) {
                assertThat(Modifier.isPublic(type.getModifiers())).as(type.getName()).isFalse();
            }
        }
    }

    @Test
    void noPublicSignatureMentionsAnImmutableType() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : ModelClasses.publicTypes()) {
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (isVisible(c.getModifiers())) {
                    check(leaks, c.toGenericString(), c.getGenericParameterTypes());
                    check(leaks, c.toGenericString(), c.getGenericExceptionTypes());
                }
            }
            for (Method m : methods(type)) {
                check(leaks, m.toGenericString(), m.getGenericReturnType());
                check(leaks, m.toGenericString(), m.getGenericParameterTypes());
                check(leaks, m.toGenericString(), m.getGenericExceptionTypes());
                check(leaks, m.toGenericString(), m.getTypeParameters());
            }
            for (Field f : type.getDeclaredFields()) {
                if (isVisible(f.getModifiers())) {
                    check(leaks, f.toGenericString(), f.getGenericType());
                }
            }
            if (!isBuilder(type)) {
                check(leaks, type.getName() + " extends", type.getGenericSuperclass());
            }
            check(leaks, type.getName() + " implements", type.getGenericInterfaces());
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void theCheckRecognisesAGeneratedType() {
        List<String> leaks = new ArrayList<>();
        check(leaks, "Course.Builder extends", org.iptmodel.core.Course.Builder.class.getGenericSuperclass());
        assertThat(leaks).containsExactly("Course.Builder extends mentions ImmutableCourse");
    }

    @Test
    void everyBuilderMethodReturnsThePublicBuilderOrTheValue() {
        int builders = 0;
        for (Class<?> type : ModelClasses.publicTypes()) {
            if (!isBuilder(type)) {
                continue;
            }
            builders++;
            Class<?> value = type.getEnclosingClass();
            assertThat(type.getSuperclass().getSimpleName()).isEqualTo("Builder");
            assertThat(type.getSuperclass().getEnclosingClass().getSimpleName()).isEqualTo("Immutable" + value.getSimpleName());
            assertThat(Modifier.isFinal(type.getModifiers())).as(type.getName() + " is final").isTrue();
            for (Method m : type.getMethods()) {
                if (m.getDeclaringClass() == Object.class) {
                    continue;
                }
                Class<?> expected = m.getName().equals("build") ? value : type;
                assertThat(m.getReturnType()).as(m.toGenericString()).isEqualTo(expected);
            }
            Method builder = publicStatic(value, "builder");
            assertThat(builder.getReturnType()).as(value.getName() + ".builder()").isEqualTo(type);
        }
        assertThat(builders).isGreaterThanOrEqualTo(14);
    }

    @Test
    void everyWithCopyReturnsThePublicType() {
        for (Class<?> type : ModelClasses.publicTypes()) {
            for (Method m : type.getMethods()) {
                if (m.getName().startsWith("with") && !Modifier.isStatic(m.getModifiers())) {
                    assertThat(m.getReturnType()).as(m.toGenericString()).isEqualTo(type);
                }
            }
        }
    }

    private static Method publicStatic(Class<?> type, String name) {
        try {
            Method m = type.getMethod(name);
            assertThat(Modifier.isStatic(m.getModifiers())).isTrue();
            return m;
        } catch (NoSuchMethodException e) {
            throw new AssertionError(type.getName() + " has no " + name + "()", e);
        }
    }

    private static boolean isBuilder(Class<?> type) {
        return type.getSimpleName().equals("Builder") && type.getEnclosingClass() != null;
    }

    private static boolean isVisible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /** The public methods, inherited ones included, and the protected methods declared by the type. */
    private static List<Method> methods(Class<?> type) {
        List<Method> methods = new ArrayList<>(List.of(type.getMethods()));
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isProtected(m.getModifiers())) {
                methods.add(m);
            }
        }
        return methods;
    }

    private static void check(List<String> leaks, String where, Type... types) {
        for (Type t : types) {
            Set<String> names = new HashSet<>();
            collect(t, names, new HashSet<>());
            for (String name : names) {
                if (name.startsWith("Immutable")) {
                    leaks.add(where + " mentions " + name);
                }
            }
        }
    }

    private static void collect(Type type, Set<String> names, Set<Type> seen) {
        if (type == null || !seen.add(type)) {
            return;
        }
        if (type instanceof Class<?> c) {
            for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
                names.add(k.getSimpleName());
            }
            if (c.isArray()) {
                collect(c.getComponentType(), names, seen);
            }
        } else if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), names, seen);
            collect(p.getOwnerType(), names, seen);
            for (Type a : p.getActualTypeArguments()) {
                collect(a, names, seen);
            }
        } else if (type instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                collect(b, names, seen);
            }
            for (Type b : w.getLowerBounds()) {
                collect(b, names, seen);
            }
        } else if (type instanceof GenericArrayType a) {
            collect(a.getGenericComponentType(), names, seen);
        } else if (type instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) {
                collect(b, names, seen);
            }
        }
    }
}
