package org.iptmodel.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;

/**
 * The spellings of an enum in the format: an explicit table from constants to lowercase
 * snake_case names, so that renaming or reordering a Java constant cannot change the format.
 * Sets of constants are written in the table's order.
 *
 * @param <E> the enum type
 */
final class EnumFormat<E extends Enum<E>> extends ValueFormat<E> {
    private static final Pattern SPELLING = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    private final Class<E> type;
    private final String noun;
    private final Map<String, E> byName;
    private final SerializedString[] names;
    private final int[] rank;
    /** Whether the table lists the constants in declaration order. */
    private final boolean ordinalOrder;
    /** The constants in the order the table lists them. */
    private final E[] tableOrder;

    private EnumFormat(Class<E> type, String noun, LinkedHashMap<E, String> table) {
        E[] constants = type.getEnumConstants();
        if (table.size() != constants.length) {
            throw new IllegalStateException("the format spells " + table.size() + " of the " + constants.length
                    + " constants of " + type.getSimpleName());
        }
        this.type = type;
        this.noun = noun;
        this.byName = new HashMap<>();
        this.names = new SerializedString[constants.length];
        this.rank = new int[constants.length];
        this.tableOrder = constants.clone();
        int i = 0;
        boolean ordinal = true;
        for (Map.Entry<E, String> entry : table.entrySet()) {
            String spelling = entry.getValue();
            if (!SPELLING.matcher(spelling).matches() || byName.put(spelling, entry.getKey()) != null) {
                throw new IllegalStateException("bad or repeated spelling for " + type.getSimpleName());
            }
            names[entry.getKey().ordinal()] = new SerializedString(spelling);
            rank[entry.getKey().ordinal()] = i;
            tableOrder[i] = entry.getKey();
            ordinal &= entry.getKey().ordinal() == i;
            i++;
        }
        this.ordinalOrder = ordinal;
    }

    /** Starts a table for the enum; {@code noun} names a value in messages ("problem area"). */
    static <E extends Enum<E>> Table<E> of(Class<E> type, String noun) {
        return new Table<>(type, noun);
    }

    /** Returns the spelling of a constant. */
    String spelling(E constant) {
        return names[constant.ordinal()].getValue();
    }

    /** Returns the spellings in table order. */
    List<String> spellings() {
        List<String> list = new ArrayList<>();
        for (E e : inTableOrder(List.of(type.getEnumConstants()))) {
            list.add(spelling(e));
        }
        return list;
    }

    Class<E> type() {
        return type;
    }

    /** What a value is called in messages, such as "problem area". */
    String noun() {
        return noun;
    }

    @Override
    Object read(Reading r, boolean optional) {
        if (r.parser.currentToken() != JsonToken.VALUE_STRING) {
            return r.wrongType("must be a string");
        }
        E value = byName.get(r.parser.getString());
        if (value != null) {
            return value;
        }
        if (optional && r.lenient) {
            return Reading.ABSENT;
        }
        return r.fail(ProblemKind.INVALID_VALUE, "is not a known " + noun);
    }

    @Override
    void write(JsonGenerator g, E value) {
        g.writeString(names[value.ordinal()]);
    }

    /** Orders constants as the table does; a collection already in that order is returned as is. */
    <X> Collection<X> inTableOrder(Collection<X> values) {
        if (values.size() < 2 || ordinalOrder && isInDeclarationOrder(values)) {
            return values;
        }
        List<X> sorted = new ArrayList<>(values);
        sorted.sort((a, b) -> Integer.compare(rank[((Enum<?>) a).ordinal()], rank[((Enum<?>) b).ordinal()]));
        return Collections.unmodifiableList(sorted);
    }

    private static boolean isInDeclarationOrder(Collection<?> values) {
        int previous = -1;
        for (Object value : values) {
            int ordinal = ((Enum<?>) value).ordinal();
            if (ordinal <= previous) {
                return false;
            }
            previous = ordinal;
        }
        return true;
    }

    /**
     * Writes the members of a set of constants in table order, as {@link #inTableOrder} then
     * {@link #write} would: by asking the set for each constant of the table, which neither
     * allocates an iterator nor sorts, and stopping once every member is written.
     */
    void writeMembers(JsonGenerator g, Set<?> values) {
        int left = values.size();
        for (int i = 0; left > 0 && i < tableOrder.length; i++) {
            if (values.contains(tableOrder[i])) {
                write(g, tableOrder[i]);
                left--;
            }
        }
    }

    /** Collects the spellings of an enum, in the order the format lists them. */
    static final class Table<E extends Enum<E>> {
        private final Class<E> type;
        private final String noun;
        private final LinkedHashMap<E, String> table = new LinkedHashMap<>();

        private Table(Class<E> type, String noun) {
            this.type = type;
            this.noun = noun;
        }

        Table<E> add(E constant, String spelling) {
            if (table.put(constant, spelling) != null) {
                throw new IllegalStateException("constant spelled twice: " + constant);
            }
            return this;
        }

        EnumFormat<E> build() {
            return new EnumFormat<>(type, noun, table);
        }
    }
}
