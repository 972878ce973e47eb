package org.iptmodel.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.iptmodel.core.InvalidModelException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * The format of one object of the model: its properties in writing order, read into the model's
 * builder so that every invariant of the model holds for JSON input.
 *
 * <p>Definitions are built once, in static initialisers, with the fluent methods; after that an
 * instance is only read, so it is safe to share between threads.
 *
 * @param <T> the model type
 * @param <B> the builder type (a model builder, or a holder for values built by a factory)
 */
final class ObjectFormat<T, B> extends ValueFormat<T> {
    private final Supplier<B> builder;
    private final Function<B, T> build;
    private final List<Prop<T, B, ?>> props = new ArrayList<>();
    /**
     * The same properties as an array, for the loops that read and write every object: no list
     * call per property. Replaced as each property is added, while the format is built in a
     * static initializer; never changed after.
     */
    private Prop<T, B, ?>[] ordered = newArray(0);
    private final Map<String, Prop<T, B, ?>> byJson = new HashMap<>();
    private final Map<String, Prop<T, B, ?>> byJava = new HashMap<>();

    private ObjectFormat(Supplier<B> builder, Function<B, T> build) {
        this.builder = builder;
        this.build = build;
    }

    static <T, B> ObjectFormat<T, B> of(Supplier<B> builder, Function<B, T> build) {
        return new ObjectFormat<>(builder, build);
    }

    <V> ObjectFormat<T, B> required(String json, String java, ValueFormat<V> format, Function<T, V> get,
            BiConsumer<B, V> set) {
        return add(new Prop<>(Prop.Kind.REQUIRED, json, java, format, get, set, null, null, false, null));
    }

    <V> ObjectFormat<T, B> defaulted(String json, String java, ValueFormat<V> format, Function<T, V> get,
            BiConsumer<B, V> set, V absent) {
        return add(new Prop<>(Prop.Kind.DEFAULTED, json, java, format, get, set, absent, null, false, null));
    }

    <V> ObjectFormat<T, B> optional(String json, String java, ValueFormat<V> format, Function<T, Optional<V>> get,
            BiConsumer<B, V> set) {
        return add(new Prop<>(Prop.Kind.OPTIONAL, json, java, format, get, set, null, null, false, null));
    }

    <V> ObjectFormat<T, B> list(String json, String java, ValueFormat<V> format,
            Function<T, ? extends List<V>> get, BiConsumer<B, V> add, ArrayLimit limit) {
        return add(new Prop<>(Prop.Kind.LIST, json, java, format, get, add, null, limit, false, null));
    }

    <V> ObjectFormat<T, B> requiredList(String json, String java, ValueFormat<V> format,
            Function<T, ? extends List<V>> get, BiConsumer<B, V> add) {
        return add(new Prop<>(Prop.Kind.LIST, json, java, format, get, add, null, ArrayLimit.ITEMS, true, null));
    }

    <V extends Enum<V>> ObjectFormat<T, B> set(String json, String java, EnumFormat<V> format,
            Function<T, Set<V>> get, BiConsumer<B, V> add, boolean required) {
        return add(new Prop<>(Prop.Kind.SET, json, java, format, get, add, null, ArrayLimit.ITEMS, required, null));
    }

    /**
     * A value the model derives: always written; on reading, when present, it must equal the
     * value the model derives, else {@code disagreement} is reported at it.
     */
    <V> ObjectFormat<T, B> derived(String json, String java, ValueFormat<V> format, Function<T, V> get,
            String disagreement) {
        return add(new Prop<T, B, V>(Prop.Kind.DERIVED, json, java, format, get, null, null, null, false,
                disagreement));
    }

    private ObjectFormat<T, B> add(Prop<T, B, ?> prop) {
        if (props.size() == Long.SIZE) {
            throw new IllegalStateException("an object format holds at most 64 properties");
        }
        if (byJson.put(prop.json, prop) != null || byJava.put(prop.java, prop) != null) {
            throw new IllegalStateException("property defined twice: " + prop.json);
        }
        prop.bit = 1L << props.size();
        props.add(prop);
        Pointers.name(prop.json);
        ordered = props.toArray(newArray(props.size()));
        return this;
    }

    @SuppressWarnings("unchecked")
    private static <T, B> Prop<T, B, ?>[] newArray(int size) {
        return (Prop<T, B, ?>[]) new Prop<?, ?, ?>[size];
    }

    /** Returns the properties in writing order. */
    List<Prop<T, B, ?>> props() {
        return List.copyOf(props);
    }

    @Override
    boolean isScalar() {
        return false;
    }

    @Override
    Object read(Reading r, boolean optional) {
        JsonParser p = r.parser;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return r.wrongType("must be an object");
        }
        return readMembers(r, p.nextName(), false);
    }

    /**
     * Reads the members of an object whose start token has been read, starting at the property
     * {@code first} (null if the object has ended), up to and including its end token.
     *
     * @param document whether the object is a document, whose header names may not repeat
     */
    Object readMembers(Reading r, String first, boolean document) {
        JsonParser p = r.parser;
        TokenStreamContext context = p.streamReadContext();
        B b = builder.get();
        long seen = 0;
        long applied = 0;
        long failed = 0;
        boolean ok = true;
        Derived derived = null;
        for (String name = first; name != null; name = p.nextName()) {
            Prop<T, B, ?> prop = byJson.get(name);
            if (prop == null) {
                if (document && (Document.SCHEMA.equals(name) || Document.VERSION.equals(name))) {
                    r.fail(ProblemKind.SYNTAX, "repeats a property");
                    ok = false;
                } else if (!r.lenient) {
                    r.unknownProperty();
                    ok = false;
                }
                p.nextToken();
                p.skipChildren();
                continue;
            }
            if ((seen & prop.bit) != 0) {
                r.fail(ProblemKind.SYNTAX, "repeats a property");
                failed |= prop.bit;
                p.nextToken();
                p.skipChildren();
                continue;
            }
            seen |= prop.bit;
            JsonToken token = p.nextToken();
            if (token == JsonToken.VALUE_NULL) {
                if (!(r.lenient && !prop.isRequired())) {
                    r.fail(ProblemKind.WRONG_TYPE, "must not be null");
                    failed |= prop.bit;
                }
                continue;
            }
            if (prop.kind == Prop.Kind.DERIVED) {
                Object value = prop.format.read(r, true);
                if (value == Reading.FAILED) {
                    failed |= prop.bit;
                } else if (value != Reading.ABSENT) {
                    derived = Derived.add(derived, prop, value, r);
                }
                continue;
            }
            int result = prop.read(r, b);
            if (result == Prop.APPLIED) {
                applied |= prop.bit;
            } else if (result == Prop.FAILED) {
                failed |= prop.bit;
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw r.abort(ProblemKind.SYNTAX, "ends before the JSON text is complete");
        }
        for (Prop<T, B, ?> prop : ordered) {
            if ((applied & prop.bit) != 0 || (failed & prop.bit) != 0) {
                continue;
            }
            if (prop.isRequired()) {
                r.failAt(ProblemKind.MISSING, r.pointerHere() + "/" + prop.json, "is required");
                failed |= prop.bit;
            } else {
                prop.applyAbsent(b);
            }
        }
        if (!ok || failed != 0) {
            return Reading.FAILED;
        }
        T value;
        try {
            value = build.apply(b);
        } catch (InvalidModelException e) {
            r.violations(e, this, context);
            return Reading.FAILED;
        } catch (Disagreement e) {
            r.disagreements(e, this, context);
            return Reading.FAILED;
        }
        for (Derived d = derived; d != null; d = d.next) {
            if (!d.agrees(value)) {
                r.failAt(ProblemKind.INVALID_VALUE, d.pointer, d.location, d.prop.disagreement);
                ok = false;
            }
        }
        return ok ? value : Reading.FAILED;
    }

    /** A derived value read, to compare with the model's once the object is built. */
    private static final class Derived {
        final Prop<?, ?, ?> prop;
        final Object value;
        final String pointer;
        final TokenStreamLocation location;
        final Derived next;

        private Derived(Prop<?, ?, ?> prop, Object value, String pointer, TokenStreamLocation location, Derived next) {
            this.prop = prop;
            this.value = value;
            this.pointer = pointer;
            this.location = location;
            this.next = next;
        }

        static Derived add(Derived list, Prop<?, ?, ?> prop, Object value, Reading r) {
            return new Derived(prop, value, r.pointerHere(), r.parser.currentTokenLocation(), list);
        }

        @SuppressWarnings("unchecked")
        <T> boolean agrees(T built) {
            return ((Prop<T, ?, ?>) prop).agrees(built, value);
        }
    }

    @Override
    void write(JsonGenerator g, T value) {
        g.writeStartObject();
        writeMembers(g, value);
        g.writeEndObject();
    }

    /** Writes the properties of the value, without the object's start and end. */
    void writeMembers(JsonGenerator g, T value) {
        for (Prop<T, B, ?> prop : ordered) {
            prop.write(g, value);
        }
    }

    /**
     * Maps a violation path of the model ({@code sessions[3].date}) to a JSON Pointer suffix in
     * the format's names ({@code /sessions/3/date}), as deep as the format knows the path.
     */
    String pointerOf(String path) {
        StringBuilder pointer = new StringBuilder();
        ValueFormat<?> current = this;
        for (String segment : path.split("\\.")) {
            if (segment.isEmpty()) {
                continue;
            }
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            if (!(current instanceof ObjectFormat)) {
                break;
            }
            Prop<?, ?, ?> prop = ((ObjectFormat<?, ?>) current).byJava.get(name);
            if (prop == null) {
                break;
            }
            pointer.append('/').append(prop.json);
            current = prop.format;
            if (bracket >= 0) {
                if (!prop.isArray()) {
                    break;
                }
                int close = segment.indexOf(']', bracket);
                if (close < 0) {
                    break;
                }
                pointer.append('/').append(segment, bracket + 1, close);
                if (close != segment.length() - 1) {
                    break;
                }
            } else if (prop.isArray()) {
                current = null;
            }
        }
        return pointer.toString();
    }
}
