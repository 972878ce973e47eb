package org.iptmodel.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Reads JSON into a tree, with the same duplicate-property rule as the streaming reader. */
final class Trees {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Trees() {
    }

    /**
     * Reads the rest of a document whose header did not come first, from the property name the
     * parser is on, into a tree; a schema name already read comes first in it.
     *
     * @param name the property name the parser is on, or null at the end of the object
     * @param schema the value of a {@code "schema"} property read before, or null
     */
    static ObjectNode readFrom(Reading r, String name, String schema) {
        ObjectNode document = NODES.objectNode();
        if (schema != null) {
            document.put(Document.SCHEMA, schema);
        }
        JsonParser p = r.parser;
        for (String at = name; at != null; at = p.nextName()) {
            if (document.has(at)) {
                throw r.abort(ProblemKind.SYNTAX, "repeats a property");
            }
            p.nextToken();
            document.set(at, readValue(r));
        }
        return document;
    }

    private static void readMembers(Reading r, ObjectNode object) {
        JsonParser p = r.parser;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            if (object.has(name)) {
                throw r.abort(ProblemKind.SYNTAX, "repeats a property");
            }
            p.nextToken();
            object.set(name, readValue(r));
        }
    }

    private static JsonNode readValue(Reading r) {
        JsonParser p = r.parser;
        JsonToken t = p.currentToken();
        if (t == null) {
            throw r.abort(ProblemKind.SYNTAX, "ends before the JSON text is complete");
        }
        switch (t) {
            case START_OBJECT:
                ObjectNode object = NODES.objectNode();
                readMembers(r, object);
                return object;
            case START_ARRAY:
                ArrayNode array = NODES.arrayNode();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    if (e == null) {
                        throw r.abort(ProblemKind.SYNTAX, "ends before the JSON text is complete");
                    }
                    array.add(readValue(r));
                }
                return array;
            case VALUE_STRING:
                return NODES.stringNode(Scalars.string(r));
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.INT ? NODES.numberNode(p.getIntValue())
                        : NODES.numberNode(p.getDecimalValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            default:
                return NODES.nullNode();
        }
    }
}
