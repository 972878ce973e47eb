package org.iptmodel.core.contracts;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * An attribute of a model type seen through reflection: its accessor and its {@code with*} copy
 * method. Package-private support for {@link WithCopyContract}.
 */
final class Attribute {
    private final String name;
    private final Method getter;
    private final Method wither;

    private Attribute(String name, Method getter, Method wither) {
        this.name = name;
        this.getter = getter;
        this.wither = wither;
    }

    /**
     * Finds every attribute of a type that has an accessor and a {@code with*} method taking the
     * accessor's type (for lists and sets, an {@code Iterable}; for optionals, the optional).
     */
    static List<Attribute> of(Class<?> type) {
        List<Attribute> attributes = new ArrayList<>();
        for (Method wither : type.getMethods()) {
            if (!wither.getName().startsWith("with") || wither.getParameterCount() != 1
                    || wither.isVarArgs() || Modifier.isStatic(wither.getModifiers())) {
                continue;
            }
            String name = wither.getName().substring(4, 5).toLowerCase(Locale.ROOT) + wither.getName().substring(5);
            Method getter;
            try {
                getter = type.getMethod(name);
            } catch (NoSuchMethodException e) {
                continue;
            }
            if (boxed(wither.getParameterTypes()[0]).isAssignableFrom(boxed(getter.getReturnType()))) {
                wither.setAccessible(true);
                getter.setAccessible(true);
                attributes.add(new Attribute(name, getter, wither));
            }
        }
        attributes.sort(Comparator.comparing(Attribute::name));
        return attributes;
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        return type;
    }

    String name() {
        return name;
    }

    Object get(Object target) {
        return invoke(getter, target);
    }

    Object with(Object target, Object value) {
        return invoke(wither, target, value);
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
