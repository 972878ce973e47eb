package org.iptmodel.json;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeType;
import tools.jackson.databind.node.ObjectNode;

/**
 * Breaks a valid document in one of the ways issue 5 lists, and says where. Uses a plain
 * Jackson tree, independent of the code under test.
 */
final class Mutator {
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    enum Kind {
        DELETE_PROPERTY,
        CHANGE_TYPE,
        OUT_OF_RANGE,
        UNKNOWN_PROPERTY,
        DUPLICATE_KEY,
        TRUNCATE,
        RANDOM_BYTES
    }

    /**
     * A broken document.
     *
     * @param kind how it was broken
     * @param bytes the document
     * @param pointer where it was broken, or null (truncation, random bytes)
     * @param marker text the mutation inserted, which no message may repeat, or null
     */
    record Mutant(Kind kind, byte[] bytes, String pointer, String marker) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** A value in the tree: its pointer, its parent and its key there. */
    private record Entry(String pointer, JsonNode node, JsonNode parent, String name, int index) {
    }

    private Mutator() {
    }

    static Mutant mutate(Kind kind, String json, Random random) {
        JsonNode root = MAPPER.readTree(json);
        List<Entry> entries = new ArrayList<>();
        collect(root, "", null, null, -1, entries);
        switch (kind) {
            case DELETE_PROPERTY: {
                Entry e = pick(entries, random, x -> x.name != null);
                ((ObjectNode) e.parent).remove(e.name);
                return new Mutant(kind, bytes(root), e.pointer, null);
            }
            case CHANGE_TYPE: {
                Entry e = pick(entries, random, x -> x.parent != null);
                String marker = null;
                JsonNode replacement;
                if (random.nextInt(5) == 0) {
                    replacement = MAPPER.nullNode();
                } else if (e.node.isString()) {
                    int n = 40_000_000 + random.nextInt(9_000_000);
                    marker = Integer.toString(n);
                    replacement = MAPPER.getNodeFactory().numberNode(n);
                } else if (e.node.isNumber() || e.node.isBoolean()) {
                    marker = "Zq" + random.nextInt(1_000_000) + "type";
                    replacement = MAPPER.getNodeFactory().stringNode(marker);
                } else if (e.node.isObject()) {
                    replacement = MAPPER.createArrayNode();
                } else {
                    replacement = MAPPER.createObjectNode();
                }
                replace(e, replacement);
                return new Mutant(kind, bytes(root), e.pointer, marker);
            }
            case OUT_OF_RANGE: {
                Entry e = pick(entries, random, x -> x.node.isString() || x.node.isInt());
                String marker;
                if (e.node.isInt()) {
                    int n = -(400_000 + random.nextInt(500_000));
                    marker = Integer.toString(n);
                    replace(e, MAPPER.getNodeFactory().numberNode(n));
                } else {
                    marker = "Zq~" + random.nextInt(1_000_000) + "!range";
                    replace(e, MAPPER.getNodeFactory().stringNode(marker));
                }
                return new Mutant(kind, bytes(root), e.pointer, marker);
            }
            case UNKNOWN_PROPERTY: {
                Entry e = pick(entries, random, x -> x.node.isObject());
                String marker = "zq_unknown_" + random.nextInt(1_000_000);
                ((ObjectNode) e.node).put(marker, "Zq" + marker);
                return new Mutant(kind, bytes(root), e.pointer, marker);
            }
            case DUPLICATE_KEY: {
                Entry e = pick(entries, random, x -> x.name != null);
                StringWriter out = new StringWriter();
                try (JsonGenerator g = MAPPER.createGenerator(out)) {
                    write(g, root, "", e.pointer);
                }
                return new Mutant(kind, out.toString().getBytes(StandardCharsets.UTF_8), e.pointer, null);
            }
            case TRUNCATE: {
                byte[] all = bytes(root);
                byte[] cut = java.util.Arrays.copyOf(all, random.nextInt(all.length));
                return new Mutant(kind, cut, null, null);
            }
            default: {
                byte[] all = bytes(root);
                if (random.nextBoolean()) {
                    byte[] noise = new byte[random.nextInt(200)];
                    random.nextBytes(noise);
                    return new Mutant(kind, noise, null, null);
                }
                for (int i = 1 + random.nextInt(4); i > 0; i--) {
                    all[random.nextInt(all.length)] = (byte) random.nextInt(256);
                }
                return new Mutant(kind, all, null, null);
            }
        }
    }

    private static byte[] bytes(JsonNode root) {
        return MAPPER.writeValueAsBytes(root);
    }

    private static Entry pick(List<Entry> entries, Random random, java.util.function.Predicate<Entry> filter) {
        List<Entry> candidates = entries.stream().filter(filter).toList();
        return candidates.get(random.nextInt(candidates.size()));
    }

    private static void replace(Entry e, JsonNode replacement) {
        if (e.parent instanceof ObjectNode) {
            ((ObjectNode) e.parent).set(e.name, replacement);
        } else {
            ((ArrayNode) e.parent).set(e.index, replacement);
        }
    }

    private static void collect(JsonNode node, String pointer, JsonNode parent, String name, int index,
            List<Entry> entries) {
        entries.add(new Entry(pointer, node, parent, name, index));
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                collect(member.getValue(), pointer + "/" + member.getKey(), node, member.getKey(), -1, entries);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, node, null, i, entries);
            }
        }
    }

    /** Writes the tree, writing the property at {@code duplicate} twice. */
    private static void write(JsonGenerator g, JsonNode node, String pointer, String duplicate) {
        if (node.getNodeType() == JsonNodeType.OBJECT) {
            g.writeStartObject();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String here = pointer + "/" + member.getKey();
                g.writeName(member.getKey());
                write(g, member.getValue(), here, duplicate);
                if (here.equals(duplicate)) {
                    g.writeName(member.getKey());
                    write(g, member.getValue(), here, duplicate);
                }
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (int i = 0; i < node.size(); i++) {
                write(g, node.get(i), pointer + "/" + i, duplicate);
            }
            g.writeEndArray();
        } else {
            g.writeTree(node);
        }
    }
}
