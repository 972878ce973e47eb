package org.iptmodel.json;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The upgrade steps from older versions of the format: for each document type, a step from each
 * version {@code v} to {@code v + 1}, applied in turn to the parsed tree of an older document until
 * it has the current version, which is then read as usual.
 *
 * <p>Version 1 is the first version of the format, so {@link #standard()} holds no step yet. When
 * version 2 is defined, {@code standard()} gains a step from 1 to 2 for every document type, and
 * {@link FormatVersion#OLDEST} stays 1. Immutable and thread-safe.
 */
final class Migrations {
    private static final Migrations NONE = new Migrations(Map.of());

    private final Map<String, TreeMap<Integer, UnaryOperator<ObjectNode>>> steps;

    private Migrations(Map<String, TreeMap<Integer, UnaryOperator<ObjectNode>>> steps) {
        this.steps = steps;
    }

    /** No step: only the current version is read. */
    static Migrations none() {
        return NONE;
    }

    /** The steps of this release of the format: none, as version 1 is the first. */
    static Migrations standard() {
        return NONE;
    }

    /**
     * Returns a copy with a step that upgrades documents of type {@code document} from
     * {@code fromVersion} to {@code fromVersion + 1}. The step receives the tree with the header
     * and returns the upgraded tree; the header's version is set by the caller.
     */
    Migrations with(String document, int fromVersion, UnaryOperator<ObjectNode> step) {
        Objects.requireNonNull(step, "step");
        Map<String, TreeMap<Integer, UnaryOperator<ObjectNode>>> copy = new HashMap<>();
        steps.forEach((k, v) -> copy.put(k, new TreeMap<>(v)));
        copy.computeIfAbsent(document, k -> new TreeMap<>()).put(fromVersion, step);
        return new Migrations(copy);
    }

    /** Returns the oldest version of a document type that can be read. */
    int oldest(String document) {
        int oldest = FormatVersion.CURRENT;
        TreeMap<Integer, UnaryOperator<ObjectNode>> chain = steps.get(document);
        while (chain != null && chain.containsKey(oldest - 1)) {
            oldest--;
        }
        return Math.min(oldest, FormatVersion.OLDEST);
    }

    /** Whether a document of an older version can be upgraded to the current one. */
    boolean canMigrate(String document, int version) {
        TreeMap<Integer, UnaryOperator<ObjectNode>> chain = steps.get(document);
        if (chain == null || version >= FormatVersion.CURRENT) {
            return false;
        }
        for (int v = version; v < FormatVersion.CURRENT; v++) {
            if (!chain.containsKey(v)) {
                return false;
            }
        }
        return true;
    }

    /** Upgrades a tree of the given version to the current version, header first. */
    ObjectNode migrate(String document, int version, ObjectNode tree) {
        TreeMap<Integer, UnaryOperator<ObjectNode>> chain = steps.get(document);
        ObjectNode current = tree;
        for (int v = version; v < FormatVersion.CURRENT; v++) {
            current = chain.get(v).apply(current);
            current.put(Document.VERSION, v + 1);
        }
        ObjectNode ordered = current.objectNode();
        ordered.put(Document.SCHEMA, document);
        ordered.put(Document.VERSION, FormatVersion.CURRENT);
        for (Map.Entry<String, JsonNode> e : current.properties()) {
            if (!Document.SCHEMA.equals(e.getKey()) && !Document.VERSION.equals(e.getKey())) {
                ordered.set(e.getKey(), e.getValue());
            }
        }
        return ordered;
    }
}
