package org.iptmodel.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Finds the line and column of a JSON Pointer by scanning the source again, skipping every
 * subtree off the path. Used only after a read has failed, for problems found by the model's
 * invariants, whose place is known by pointer only. A pointer to an absent property resolves to
 * its nearest present ancestor.
 */
final class Locator {
    private final Source source;
    private final JsonFactory factory;

    Locator(Source source, JsonFactory factory) {
        this.source = source;
        this.factory = factory;
    }

    /** Returns {line, column} of the value at the pointer or its nearest ancestor, or null. */
    int[] locate(String pointer) {
        try (JsonParser p = source.open(factory)) {
            int[] best = null;
            JsonToken t = p.nextToken();
            while (t != null) {
                if (t != JsonToken.PROPERTY_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                    String here = p.streamReadContext().pathAsPointer().toString();
                    if (here.equals(pointer)) {
                        return where(p.currentTokenLocation());
                    }
                    if (pointer.startsWith(here + "/") || here.isEmpty()) {
                        best = where(p.currentTokenLocation());
                    } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                        p.skipChildren();
                    }
                }
                t = p.nextToken();
            }
            return best;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static int[] where(TokenStreamLocation location) {
        return location.getLineNr() > 0 ? new int[] {location.getLineNr(), location.getColumnNr()} : null;
    }
}
