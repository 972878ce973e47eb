package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No method of the model accepts {@code null}: every public method and builder method with one
 * object parameter, called with {@code null}, throws {@link NullPointerException} (package
 * documentation, "Nulls").
 */
class NullRejectionTest {

    @Test
    void everyValueMethodRejectsNull() {
        List<String> accepted = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<Class<?>, Object> sample : Samples.all().entrySet()) {
            for (Method m : sample.getKey().getMethods()) {
                if (takesOneObject(m)) {
                    checked++;
                    check(accepted, m, Modifier.isStatic(m.getModifiers()) ? null : sample.getValue());
                }
            }
        }
        assertThat(checked).isGreaterThan(150);
        assertThat(accepted).as("methods that accept null").isEmpty();
    }

    @Test
    void everyBuilderMethodRejectsNull() throws ReflectiveOperationException {
        List<String> accepted = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : Samples.all().keySet()) {
            Method builder;
            try {
                builder = type.getMethod("builder");
            } catch (NoSuchMethodException e) {
                continue;
            }
            for (Method m : builder.getReturnType().getMethods()) {
                if (takesOneObject(m)) {
                    checked++;
                    check(accepted, m, builder.invoke(null));
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(accepted).as("builder methods that accept null").isEmpty();
    }

    @Test
    void everyStaticFactoryOfTheEnumsAndRecordsRejectsNull() {
        List<String> accepted = new ArrayList<>();
        for (Class<?> type : ModelClasses.publicTypes()) {
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()) && takesOneObject(m)) {
                    check(accepted, m, null);
                }
            }
        }
        assertThat(accepted).isEmpty();
    }

    private static boolean takesOneObject(Method m) {
        return m.getParameterCount() == 1 && !m.getParameterTypes()[0].isPrimitive()
                && m.getDeclaringClass().getPackageName().startsWith("org.iptmodel.core")
                && !m.getName().equals("equals");
    }

    private static void check(List<String> accepted, Method m, Object target) {
        try {
            m.setAccessible(true);
            m.invoke(target, new Object[] {null});
            accepted.add(m.toGenericString());
        } catch (InvocationTargetException e) {
            if (!(e.getCause() instanceof NullPointerException)) {
                accepted.add(m.toGenericString() + " threw " + e.getCause());
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
