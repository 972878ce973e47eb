package org.iptmodel.core.internal;

import java.io.InvalidObjectException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The parts of a value in its serialized form, each checked for its type as it is taken: a stream
 * can hold any object at any place, and an unchecked list would let an element of the wrong type
 * into a value. Shared by the serialization proxies of every package of the model; not exported by
 * the module.
 */
public final class SerialParts {
    /** The message of the exception a value class throws when it is read without its proxy. */
    public static final String PROXY_REQUIRED = "proxy required";

    private final String what;
    private final Object[] parts;

    /**
     * Takes the parts of a value.
     *
     * @param what names the serialized value in messages, never with its content
     * @param parts the parts as read, possibly null
     */
    public SerialParts(String what, Object[] parts) {
        this.what = what;
        this.parts = parts;
    }

    /** Checks the number of parts. */
    public void count(int expected) throws InvalidObjectException {
        if (parts == null || parts.length != expected) {
            throw new InvalidObjectException(what + " must have " + expected + " parts, had "
                    + (parts == null ? "none" : Integer.toString(parts.length)));
        }
    }

    /** A part that must be present. */
    public <T> T get(int i, Class<T> type) throws InvalidObjectException {
        T value = nullable(i, type);
        if (value == null) {
            throw new InvalidObjectException(what + ": part " + i + " is missing");
        }
        return value;
    }

    /** A part that may be absent (null). */
    public <T> T nullable(int i, Class<T> type) throws InvalidObjectException {
        Object value = parts[i];
        if (value != null && !type.isInstance(value)) {
            throw new InvalidObjectException(what + ": part " + i + " must be a " + type.getSimpleName()
                    + ", was a " + value.getClass().getName());
        }
        return type.cast(value);
    }

    public <T> Optional<T> optional(int i, Class<T> type) throws InvalidObjectException {
        return Optional.ofNullable(nullable(i, type));
    }

    public int integer(int i) throws InvalidObjectException {
        return get(i, Integer.class);
    }

    public boolean bool(int i) throws InvalidObjectException {
        return get(i, Boolean.class);
    }

    /** A list part, copied, whose elements are all present and of the type. */
    public <T> List<T> list(int i, Class<T> type) throws InvalidObjectException {
        List<?> list = get(i, List.class);
        List<T> copy = new ArrayList<>(list.size());
        for (int j = 0; j < list.size(); j++) {
            Object element = list.get(j);
            if (!type.isInstance(element)) {
                throw new InvalidObjectException(what + ": element " + j + " of part " + i + " must be a "
                        + type.getSimpleName());
            }
            copy.add(type.cast(element));
        }
        return copy;
    }

    /** A part that is a list of lists, each copied, whose elements are all present and of the type. */
    public <T> List<List<T>> lists(int i, Class<T> type) throws InvalidObjectException {
        List<?> outer = get(i, List.class);
        List<List<T>> copy = new ArrayList<>(outer.size());
        for (int j = 0; j < outer.size(); j++) {
            if (!(outer.get(j) instanceof List<?> inner)) {
                throw new InvalidObjectException(what + ": element " + j + " of part " + i + " must be a list");
            }
            List<T> elements = new ArrayList<>(inner.size());
            for (Object element : inner) {
                if (!type.isInstance(element)) {
                    throw new InvalidObjectException(what + ": an element of element " + j + " of part " + i
                            + " must be a " + type.getSimpleName());
                }
                elements.add(type.cast(element));
            }
            copy.add(elements);
        }
        return copy;
    }

    /** The exception for parts the value's factory refused, with the reason as its cause. */
    public InvalidObjectException invalid(RuntimeException cause) {
        InvalidObjectException e = new InvalidObjectException(what + " does not make a valid value: "
                + cause.getClass().getSimpleName());
        e.initCause(cause);
        return e;
    }

    /**
     * Returns the exception of a value class read without its proxy.
     *
     * @return the exception, not null
     */
    public static InvalidObjectException proxyRequired() {
        return new InvalidObjectException(PROXY_REQUIRED);
    }

    /**
     * Copies a collection into a serializable list.
     *
     * @param values the values, not null
     * @param <T> the type of the values
     * @return the copy, not null
     */
    public static <T> ArrayList<T> list(Collection<? extends T> values) {
        return new ArrayList<>(values);
    }

    /**
     * Returns the value, or null if absent.
     *
     * @param value the optional value, not null
     * @param <T> the type of the value
     * @return the value or null
     */
    public static <T> T orNull(Optional<T> value) {
        return value.orElse(null);
    }

    /**
     * Returns the value, or null if absent.
     *
     * @param value the optional value, not null
     * @return the value or null
     */
    public static Integer orNull(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }
}
