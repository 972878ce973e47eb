package org.iptmodel.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.iptmodel.core.Protocol;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Near-miss documents: a valid document changed in one place, in one of the ways a person or a
 * program gets a document almost right (a value of another type, a whole number written {@code 12.0}
 * or {@code 12.5}, an impossible calendar date, blank text, a trailing newline, a period or
 * duration just beyond its bound, a property removed, added or unknown, a value taken from
 * another document of the same type). Every change can be made at every place it applies to:
 * {@link #all} lists them all, {@link #random} picks one. Works on a plain Jackson tree,
 * independent of the code under test.
 */
final class NearMisses {
    /** Stands for a number written as raw text, replaced after the tree is written. */
    private static final String RAW = "zq@raw@7f3c";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern DATE = Pattern.compile("[+-]?[0-9]{4,9}-[0-9]{2}-[0-9]{2}");
    private static final Pattern PERIOD = Pattern.compile("P[0-9][0-9YMWD]*");
    private static final Pattern DURATION = Pattern.compile("PT[0-9][0-9HMS.]*");

    enum Kind {
        CHANGE_TYPE,
        NULL,
        WHOLE_WITH_FRACTION,
        FRACTION,
        EXPONENT,
        OUT_OF_RANGE,
        IMPOSSIBLE_DATE,
        BLANK_TEXT,
        TRAILING_NEWLINE,
        PERIOD_BOUND,
        DURATION_BOUND,
        REMOVE_PROPERTY,
        UNKNOWN_PROPERTY,
        ADD_PROPERTY,
        OTHER_VALUE,
        FLIP_BOOLEAN,
        EMPTY_ARRAY,
        REPEAT_ELEMENT,
        REMOVE_ELEMENT
    }

    private static final String[] NUMBERS = {"-1", "0", "1", "2", "3", "11", "1001", "10001", "2147483647",
        "2147483648", "-2147483649"};
    private static final String[] DATES = {"%s-02-30", "%s-04-31", "%s-13-01", "%s-00-10", "%s-06-00",
        "2023-02-29", "1900-02-29", "2000-02-29", "2024-02-29", "2100-02-29", "1899-12-31", "10000-01-01",
        "+10000-02-29", "+10000-01-01", "9999-12-31", "1900-01-01"};
    private static final String[] PERIODS = {"P53W", "P52W", "P0W", "P0D", "P1Y1D", "P1Y", "P13M", "P12M", "P366D",
        "P365D", "P11M31D", "P11M30D", "P1M335D", "P1M334D", "P2Y", "P0Y0M0D", "P1W1D", "P1.5W", "P-1W"};
    private static final String[] DURATIONS = {"PT9H", "PT8H", "PT8H1M", "PT8H0.1S", "PT0S", "PT0M", "PT481M",
        "PT480M", "PT28801S", "PT28800S", "PT7H60M", "PT7H61M", "PT0.5S", "PT7H59M60S", "PT50M", "PT1H30M",
        "PT-5M", "PT1.5H", "P1D"};
    private static final String[] BLANKS = {"", " ", "\t\n ", "\u2003", "\u3000\u2028"};

    /**
     * A near-miss document.
     *
     * @param kind how it was made
     * @param pointer where
     * @param json its text
     */
    record Mutant(Kind kind, String pointer, String json) {
        @Override
        public String toString() {
            return kind + " at " + pointer;
        }
    }

    /** One change: its kind, the place, and which of the kind's variants. */
    private record Change(Kind kind, Entry entry, int variant) {
    }

    /** A value in the tree: its pointer, the pointer with array indices as {@code *}, its parent. */
    private record Entry(String pointer, String shape, JsonNode node, JsonNode parent, String name, int index) {
    }

    /**
     * Values seen in valid documents of each type, by the shape of their pointer
     * ({@code /sessions/*&#47;phase}): what a document of the type may hold at that place.
     */
    static final class Harvest {
        private final Map<String, List<JsonNode>> values = new LinkedHashMap<>();

        void add(String json) {
            List<Entry> entries = new ArrayList<>();
            collect(Mutator.MAPPER.readTree(json), "", "", null, null, -1, entries);
            for (Entry e : entries) {
                List<JsonNode> seen = values.computeIfAbsent(e.shape, s -> new ArrayList<>());
                if (seen.size() < 12 && !seen.contains(e.node)) {
                    seen.add(e.node);
                }
            }
        }

        List<JsonNode> at(String shape) {
            return values.getOrDefault(shape, List.of());
        }

        /** The names of the properties seen in objects of this shape. */
        List<String> names(String shape) {
            List<String> names = new ArrayList<>();
            String prefix = shape + "/";
            for (String s : values.keySet()) {
                if (s.startsWith(prefix) && s.indexOf('/', prefix.length()) < 0) {
                    names.add(s.substring(prefix.length()));
                }
            }
            return names;
        }
    }

    private NearMisses() {
    }

    /** Every near miss of the document. */
    static List<Mutant> all(String json, Harvest harvest) {
        List<Mutant> mutants = new ArrayList<>();
        for (Change change : changes(Mutator.MAPPER.readTree(json), harvest)) {
            mutants.add(make(json, change, harvest));
        }
        return mutants;
    }

    /** One near miss of the document, at random. */
    static Mutant random(String json, Harvest harvest, Random random) {
        List<Change> changes = changes(Mutator.MAPPER.readTree(json), harvest);
        return make(json, changes.get(random.nextInt(changes.size())), harvest);
    }

    private static List<Change> changes(JsonNode root, Harvest harvest) {
        List<Entry> entries = new ArrayList<>();
        collect(root, "", "", null, null, -1, entries);
        List<Change> changes = new ArrayList<>();
        for (Entry e : entries) {
            JsonNode n = e.node;
            if (e.parent != null) {
                changes.add(new Change(Kind.CHANGE_TYPE, e, 0));
                changes.add(new Change(Kind.NULL, e, 0));
                for (int i = 0; i < harvest.at(e.shape).size(); i++) {
                    if (!harvest.at(e.shape).get(i).equals(n)) {
                        changes.add(new Change(Kind.OTHER_VALUE, e, i));
                    }
                }
            }
            if (e.name != null) {
                changes.add(new Change(Kind.REMOVE_PROPERTY, e, 0));
            }
            if (n.isIntegralNumber()) {
                changes.add(new Change(Kind.WHOLE_WITH_FRACTION, e, 0));
                changes.add(new Change(Kind.FRACTION, e, 0));
                changes.add(new Change(Kind.EXPONENT, e, 0));
                for (int i = 0; i < NUMBERS.length + 2; i++) {
                    changes.add(new Change(Kind.OUT_OF_RANGE, e, i));
                }
            } else if (n.isString()) {
                String s = n.asString();
                for (int i = 0; i < BLANKS.length; i++) {
                    changes.add(new Change(Kind.BLANK_TEXT, e, i));
                }
                changes.add(new Change(Kind.TRAILING_NEWLINE, e, 0));
                changes.add(new Change(Kind.TRAILING_NEWLINE, e, 1));
                if (DATE.matcher(s).matches()) {
                    for (int i = 0; i < DATES.length; i++) {
                        changes.add(new Change(Kind.IMPOSSIBLE_DATE, e, i));
                    }
                } else if (DURATION.matcher(s).matches()) {
                    for (int i = 0; i < DURATIONS.length; i++) {
                        changes.add(new Change(Kind.DURATION_BOUND, e, i));
                    }
                } else if (PERIOD.matcher(s).matches()) {
                    for (int i = 0; i < PERIODS.length; i++) {
                        changes.add(new Change(Kind.PERIOD_BOUND, e, i));
                    }
                }
            } else if (n.isBoolean()) {
                changes.add(new Change(Kind.FLIP_BOOLEAN, e, 0));
            } else if (n.isObject()) {
                changes.add(new Change(Kind.UNKNOWN_PROPERTY, e, 0));
                List<String> names = harvest.names(e.shape);
                for (int i = 0; i < names.size(); i++) {
                    if (!n.has(names.get(i))) {
                        changes.add(new Change(Kind.ADD_PROPERTY, e, i));
                    }
                }
            } else if (n.isArray() && !n.isEmpty()) {
                changes.add(new Change(Kind.EMPTY_ARRAY, e, 0));
                changes.add(new Change(Kind.REPEAT_ELEMENT, e, 0));
                changes.add(new Change(Kind.REMOVE_ELEMENT, e, 0));
                changes.add(new Change(Kind.REMOVE_ELEMENT, e, n.size() - 1));
            }
        }
        return changes;
    }

    private static Mutant make(String json, Change change, Harvest harvest) {
        JsonNode root = Mutator.MAPPER.readTree(json);
        Entry e = find(root, change.entry.pointer);
        String raw = null;
        JsonNode n = e.node;
        switch (change.kind) {
            case CHANGE_TYPE:
                replace(root, e, n.isString() ? NODES.numberNode(12) : n.isNumber() || n.isBoolean()
                        ? NODES.stringNode(n.asString()) : n.isObject() ? NODES.arrayNode() : NODES.objectNode());
                break;
            case NULL:
                replace(root, e, NODES.nullNode());
                break;
            case OTHER_VALUE:
                replace(root, e, harvest.at(e.shape).get(change.variant).deepCopy());
                break;
            case REMOVE_PROPERTY:
                ((ObjectNode) e.parent).remove(e.name);
                break;
            case WHOLE_WITH_FRACTION:
                raw = n.asLong() + ".0";
                break;
            case FRACTION:
                raw = n.asLong() + ".5";
                break;
            case EXPONENT:
                raw = n.asLong() == 0 ? "0E0" : n.asLong() % 10 == 0 ? n.asLong() / 10 + "E1" : n.asLong() + "0e-1";
                break;
            case OUT_OF_RANGE:
                raw = change.variant < NUMBERS.length ? NUMBERS[change.variant]
                        : Long.toString(n.asLong() + (change.variant == NUMBERS.length ? 1 : -1));
                break;
            case BLANK_TEXT:
                replace(root, e, NODES.stringNode(BLANKS[change.variant]));
                break;
            case TRAILING_NEWLINE:
                replace(root, e, NODES.stringNode(n.asString() + (change.variant == 0 ? "\n" : "\r\n")));
                break;
            case IMPOSSIBLE_DATE:
                String year = n.asString().length() == 10 ? n.asString().substring(0, 4) : "2026";
                replace(root, e, NODES.stringNode(String.format(DATES[change.variant], year)));
                break;
            case PERIOD_BOUND:
                replace(root, e, NODES.stringNode(PERIODS[change.variant]));
                break;
            case DURATION_BOUND:
                replace(root, e, NODES.stringNode(DURATIONS[change.variant]));
                break;
            case FLIP_BOOLEAN:
                replace(root, e, NODES.booleanNode(!n.asBoolean()));
                break;
            case UNKNOWN_PROPERTY:
                ((ObjectNode) n).put("zq_unknown", 1);
                break;
            case ADD_PROPERTY:
                String name = harvest.names(e.shape).get(change.variant);
                ((ObjectNode) n).set(name, harvest.at(e.shape + "/" + name).get(0).deepCopy());
                break;
            case EMPTY_ARRAY:
                ((ArrayNode) n).removeAll();
                break;
            case REPEAT_ELEMENT:
                ((ArrayNode) n).add(n.get(0).deepCopy());
                break;
            default:
                ((ArrayNode) n).remove(change.variant);
                break;
        }
        if (raw != null) {
            replace(root, e, NODES.stringNode(RAW));
        }
        String text = Mutator.MAPPER.writeValueAsString(root);
        if (raw != null) {
            text = text.replace("\"" + RAW + "\"", raw);
        }
        return new Mutant(change.kind, e.pointer, text);
    }

    private static Entry find(JsonNode root, String pointer) {
        List<Entry> entries = new ArrayList<>();
        collect(root, "", "", null, null, -1, entries);
        for (Entry e : entries) {
            if (e.pointer.equals(pointer)) {
                return e;
            }
        }
        throw new IllegalStateException("no value at " + pointer);
    }

    private static void replace(JsonNode root, Entry e, JsonNode replacement) {
        if (e.parent instanceof ObjectNode) {
            ((ObjectNode) e.parent).set(e.name, replacement);
        } else {
            ((ArrayNode) e.parent).set(e.index, replacement);
        }
    }

    private static void collect(JsonNode node, String pointer, String shape, JsonNode parent, String name, int index,
            List<Entry> entries) {
        entries.add(new Entry(pointer, shape, node, parent, name, index));
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                collect(member.getValue(), pointer + "/" + member.getKey(), shape + "/" + member.getKey(), node,
                        member.getKey(), -1, entries);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, shape + "/*", node, null, i, entries);
            }
        }
    }

    /** The document type of a golden file, by the start of its name. */
    static Document<?> documentOf(String file) {
        for (Document<?> d : Documents.ALL) {
            if (file.startsWith(d.name().substring("iptmodel/".length()) + "-")) {
                return d;
            }
        }
        throw new IllegalArgumentException(file);
    }

    /** The golden files of the documents: one of each type per catalogue protocol, and the flags ranking. */
    static List<String> goldenFiles() {
        List<String> files = new ArrayList<>();
        for (Document<?> d : Documents.ALL) {
            for (Protocol p : Protocol.catalogue()) {
                files.add(d.name().substring("iptmodel/".length()) + "-" + p.id() + ".json");
            }
        }
        files.add("ranking-flags.json");
        return files;
    }
}
