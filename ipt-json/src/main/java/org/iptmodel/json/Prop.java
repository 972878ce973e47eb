package org.iptmodel.json;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.io.SerializedString;

/**
 * One property of an object of the format: its JSON name, the model attribute it holds, how it is
 * written (always, when present, when not empty) and what its absence means.
 *
 * @param <T> the model type
 * @param <B> the builder type
 * @param <V> the value type (the element type for arrays)
 */
final class Prop<T, B, V> {
    static final int APPLIED = 0;
    static final int SKIPPED = 1;
    static final int FAILED = 2;

    enum Kind {
        /** Always written; must be present. */
        REQUIRED,
        /** Always written; when absent the format's default applies. */
        DEFAULTED,
        /** Written when present; absent means empty. */
        OPTIONAL,
        /** An array written when not empty; absent means empty unless required. */
        LIST,
        /** An array of distinct enum values, written in the enum table's order. */
        SET,
        /**
         * A value the model derives from the others: always written; when present on reading it
         * must equal the derived value; when absent the model derives it.
         */
        DERIVED
    }

    final Kind kind;
    final String json;
    final SerializedString name;
    final String java;
    final ValueFormat<V> format;
    private final Function<T, ?> get;
    private final BiConsumer<B, V> set;
    /** For DEFAULTED: the value set when absent, or null to leave the model's derivation. */
    private final V absent;
    private final ArrayLimit limit;
    /** For LIST: whether the array must be present. */
    final boolean required;
    /** For DERIVED: the message when the value read disagrees with the derived one. */
    final String disagreement;
    long bit;

    Prop(Kind kind, String json, String java, ValueFormat<V> format, Function<T, ?> get, BiConsumer<B, V> set,
            V absent, ArrayLimit limit, boolean required, String disagreement) {
        this.kind = kind;
        this.json = json;
        this.name = new SerializedString(json);
        this.java = java;
        this.format = format;
        this.get = get;
        this.set = set;
        this.absent = absent;
        this.limit = limit;
        this.required = required;
        this.disagreement = disagreement;
    }

    /** Whether the derived value of {@code built} agrees with the value read. */
    boolean agrees(T built, Object read) {
        return get.apply(built).equals(read);
    }

    boolean isRequired() {
        return kind == Kind.REQUIRED || required;
    }

    boolean isArray() {
        return kind == Kind.LIST || kind == Kind.SET;
    }

    /** Applies the format's default for an absent DEFAULTED property. */
    void applyAbsent(B builder) {
        if (kind == Kind.DEFAULTED && absent != null) {
            set.accept(builder, absent);
        }
    }

    /** Reads the value at the current (non-null) token into the builder. */
    @SuppressWarnings("unchecked")
    int read(Reading r, B builder) {
        if (isArray()) {
            return readArray(r, builder);
        }
        boolean optional = kind != Kind.REQUIRED;
        Object value = format.read(r, optional);
        if (value == Reading.FAILED) {
            return FAILED;
        }
        if (value == Reading.ABSENT) {
            return SKIPPED;
        }
        set.accept(builder, (V) value);
        return APPLIED;
    }

    @SuppressWarnings("unchecked")
    private int readArray(Reading r, B builder) {
        JsonParser p = r.parser;
        if (p.currentToken() != JsonToken.START_ARRAY) {
            r.wrongType("must be an array");
            return FAILED;
        }
        int max = r.limits.maxItems(limit);
        int count = 0;
        boolean ok = true;
        Set<Object> seen = kind == Kind.SET ? new HashSet<>() : null;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == null) {
                throw r.abort(ProblemKind.SYNTAX, "ends before the JSON text is complete");
            }
            if (count == max) {
                throw r.abort(ProblemKind.LIMIT, "exceeds the limit of " + max + " " + limit.noun());
            }
            count++;
            if (t == JsonToken.VALUE_NULL) {
                r.fail(ProblemKind.WRONG_TYPE, "must not be null");
                ok = false;
                continue;
            }
            Object value = format.read(r, true);
            if (value == Reading.FAILED) {
                ok = false;
            } else if (value != Reading.ABSENT) {
                if (seen != null && !seen.add(value)) {
                    if (!r.lenient) {
                        r.fail(ProblemKind.INVALID_VALUE, "repeats an earlier value");
                        ok = false;
                    }
                } else if (ok) {
                    set.accept(builder, (V) value);
                }
            }
        }
        return ok ? APPLIED : FAILED;
    }

    /** Writes the property's name and starts its array, inline when it holds scalars. */
    private void startArray(JsonGenerator g) {
        g.writeName(name);
        if (format.isScalar()) {
            PrettyPrinter printer = g.getPrettyPrinter();
            if (printer instanceof IptPrettyPrinter) {
                ((IptPrettyPrinter) printer).inlineNextArray();
            }
        }
        g.writeStartArray();
    }

    /** Writes the property of the value, unless the format omits it. */
    @SuppressWarnings("unchecked")
    void write(JsonGenerator g, T value) {
        Object attribute = get.apply(value);
        switch (kind) {
            case REQUIRED:
            case DEFAULTED:
            case DERIVED:
                g.writeName(name);
                format.write(g, (V) attribute);
                break;
            case OPTIONAL:
                Optional<V> optional = (Optional<V>) attribute;
                if (optional.isPresent()) {
                    g.writeName(name);
                    format.write(g, optional.get());
                }
                break;
            case SET:
                Set<?> members = (Set<?>) attribute;
                if (!members.isEmpty()) {
                    startArray(g);
                    ((EnumFormat<?>) format).writeMembers(g, members);
                    g.writeEndArray();
                }
                break;
            default:
                // Cast to List only, never to another interface: the JVM remembers one interface
                // per class as a fast path for casts and checks, and alternating interfaces on
                // the same list class would defeat it on every property (JDK-8180450).
                List<V> list = (List<V>) attribute;
                if (!list.isEmpty()) {
                    startArray(g);
                    for (int i = 0; i < list.size(); i++) {
                        format.write(g, list.get(i));
                    }
                    g.writeEndArray();
                }
                break;
        }
    }
}
