package org.iptmodel.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.TreeTraversingParser;

/**
 * A top-level document type of the format: its name ({@code "iptmodel/course"}), the Java type it
 * holds, the object format of its body and its JSON Schema.
 *
 * <p>A document is an object with a {@code "schema"} property (the name) and a {@code "version"};
 * the body's properties follow. Writers put the header first, and a document in that order is read
 * as a stream; property order is free in JSON (RFC 8259), so a document whose header comes later
 * (as tools that sort keys write it) is buffered as a tree, put in order and read from the tree,
 * its problems placed in the input by pointer.
 *
 * @param <T> the Java type
 */
final class Document<T> {
    static final String SCHEMA = "schema";
    static final String VERSION = "version";
    private static final SerializedString SCHEMA_NAME = new SerializedString(SCHEMA);
    private static final SerializedString VERSION_NAME = new SerializedString(VERSION);

    private final String name;
    private final Class<T> type;
    private final ObjectFormat<T, ?> body;
    private final String schemaResource;

    Document(String name, Class<T> type, ObjectFormat<T, ?> body, String schemaResource) {
        this.name = name;
        this.type = type;
        this.body = body;
        this.schemaResource = schemaResource;
    }

    /** The document's name, the value of its {@code "schema"} property. */
    String name() {
        return name;
    }

    Class<T> type() {
        return type;
    }

    ObjectFormat<T, ?> body() {
        return body;
    }

    /** The resource name of the JSON Schema of the current version, relative to this package. */
    String schemaResource() {
        return schemaResource;
    }

    void write(JsonGenerator g, T value) {
        g.writeStartObject();
        g.writeName(SCHEMA_NAME);
        g.writeString(name);
        g.writeName(VERSION_NAME);
        g.writeNumber(FormatVersion.CURRENT);
        body.writeMembers(g, value);
        g.writeEndObject();
    }

    /**
     * Reads a document whose first token is the parser's current token.
     *
     * @return the value, or {@link Reading#FAILED} with the problems recorded in {@code r}
     */
    Object read(Reading r) {
        JsonParser p = r.parser;
        JsonToken t = p.currentToken();
        if (t == null) {
            // no token has a location: report the end of the (empty or blank) input
            r.failAt(ProblemKind.SYNTAX, "", p.currentLocation(), "holds no JSON value");
            throw Reading.Abort.INSTANCE;
        }
        if (t != JsonToken.START_OBJECT) {
            r.wrongType("must be an object");
            throw Reading.Abort.INSTANCE;
        }
        TokenStreamContext parent = p.streamReadContext().getParent();
        String base = r.pointerHere();
        String first = p.nextName();
        if (!SCHEMA.equals(first)) {
            return readReordered(r, parent, base, Trees.readFrom(r, first, null));
        }
        p.nextToken();
        String declared = Scalars.string(r);
        if (declared == null) {
            throw Reading.Abort.INSTANCE;
        }
        if (!name.equals(declared)) {
            throw r.abort(ProblemKind.INVALID_VALUE, "must be \"" + name + "\"");
        }
        String second = p.nextName();
        if (SCHEMA.equals(second)) {
            throw r.abort(ProblemKind.SYNTAX, "repeats a property");
        }
        if (!VERSION.equals(second)) {
            return readReordered(r, parent, base, Trees.readFrom(r, second, declared));
        }
        p.nextToken();
        Object v = Scalars.INT.read(r, false);
        if (v == Reading.FAILED) {
            throw Reading.Abort.INSTANCE;
        }
        int version = (Integer) v;
        if (version == FormatVersion.CURRENT || version > FormatVersion.CURRENT && r.lenient) {
            return body.readMembers(r, p.nextName(), true);
        }
        throw r.abort(ProblemKind.INVALID_VALUE, "is not a version this reader supports ("
                + FormatVersion.OLDEST + " to " + FormatVersion.CURRENT + ")");
    }

    /**
     * Reads a document whose header does not come first: the object, buffered as a tree, is put
     * in the writers' order (schema, version, then the rest as it came) and read from the tree;
     * the problems found keep their pointers and are placed in the input by them.
     */
    private Object readReordered(Reading r, TokenStreamContext parent, String base,
            ObjectNode tree) {
        if (!tree.has(SCHEMA)) {
            throw r.abortAt(ProblemKind.MISSING, base + "/" + SCHEMA, "is required");
        }
        if (!tree.has(VERSION)) {
            throw r.abortAt(ProblemKind.MISSING, base + "/" + VERSION, "is required");
        }
        ObjectNode ordered = tree.objectNode();
        ordered.set(SCHEMA, tree.get(SCHEMA));
        ordered.set(VERSION, tree.get(VERSION));
        tree.properties().forEach(e -> {
            if (!SCHEMA.equals(e.getKey()) && !VERSION.equals(e.getKey())) {
                ordered.set(e.getKey(), e.getValue());
            }
        });
        try (JsonParser tp = new TreeTraversingParser(ordered, r.parser.objectReadContext(), parent)) {
            tp.nextToken();
            Reading reordered = r.over(tp);
            try {
                return read(reordered);
            } catch (Reading.Abort abort) {
                return Reading.FAILED;
            } finally {
                r.addAllPlaceable(reordered);
            }
        }
    }
}
