package org.iptmodel.core.contracts;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * An attribute of a model type seen through its public API: its accessor and its {@code with*}
 * copy method. Package-private support for {@link WithCopyContract}.
 *
 * <p>The methods are called through public method handles on the public type, as compiled code
 * calls them, so no reflective access to the package is needed, on the class path or the module
 * path.
 */
final class Attribute {
    private final String name;
    private final MethodHandle getter;
    private final MethodHandle wither;

    private Attribute(String name, MethodHandle getter, MethodHandle wither) {
        this.name = name;
        this.getter = getter;
        this.wither = wither;
    }

    /**
     * Finds every attribute of a type that has an accessor and a {@code with*} method taking the
     * accessor's type (for lists and sets, an {@code Iterable}; for optionals, the optional).
     */
    static List<Attribute> of(Class<?> type) {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
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
                try {
                    attributes.add(new Attribute(name,
                            lookup.findVirtual(type, name, MethodType.methodType(getter.getReturnType())),
                            lookup.findVirtual(type, wither.getName(),
                                    MethodType.methodType(wither.getReturnType(), wither.getParameterTypes()))));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot call " + type.getName() + "." + wither.getName(), e);
                }
            }
        }
        attributes.sort(Comparator.comparing(Attribute::name));
        return attributes;
    }

    private static Class<?> boxed(Class<?> type) {
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

    private static Object invoke(MethodHandle handle, Object... arguments) {
        try {
            return handle.invokeWithArguments(arguments);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
