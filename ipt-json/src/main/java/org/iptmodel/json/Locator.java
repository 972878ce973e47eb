package org.iptmodel.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;

/**
 * Finds the line and column of JSON Pointers by scanning the source again once, skipping every
 * subtree off their paths. Used only after a read has failed, for problems found by the model's
 * invariants, whose place is known by pointer only. A pointer to an absent property resolves to
 * its nearest present ancestor. Refusing a document therefore costs about two parses, whatever
 * the number of its problems.
 */
final class Locator {
    private final Source source;
    private final ObjectMapper mapper;

    Locator(Source source, ObjectMapper mapper) {
        this.source = source;
        this.mapper = mapper;
    }

    /**
     * Returns, for each pointer that can be placed, {line, column} of the value at the pointer or
     * of its nearest present ancestor, in one scan of the source.
     */
    java.util.Map<String, int[]> locateAll(java.util.List<String> pointers) {
        java.util.Set<String> wanted = new java.util.HashSet<>();
        for (String pointer : pointers) {
            wanted.add(pointer);
            for (int slash = pointer.lastIndexOf('/'); slash >= 0; slash = pointer.lastIndexOf('/', slash - 1)) {
                wanted.add(pointer.substring(0, slash));
                if (slash == 0) {
                    break;
                }
            }
        }
        java.util.Map<String, int[]> found = new java.util.HashMap<>();
        try (JsonParser p = source.open(mapper)) {
            JsonToken t = p.nextToken();
            while (t != null) {
                if (t != JsonToken.PROPERTY_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                    String here = p.streamReadContext().pathAsPointer().toString();
                    if (wanted.contains(here)) {
                        int[] where = where(p.currentTokenLocation());
                        if (where != null) {
                            found.putIfAbsent(here, where);
                        }
                    } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                        p.skipChildren();
                    }
                }
                t = p.nextToken();
            }
        } catch (JacksonException e) {
            // what was found before the source broke off stands
        }
        java.util.Map<String, int[]> places = new java.util.HashMap<>();
        for (String pointer : pointers) {
            for (String at = pointer; at != null; at = at.isEmpty() ? null : at.substring(0, Math.max(0,
                    at.lastIndexOf('/')))) {
                int[] where = found.get(at);
                if (where != null) {
                    places.put(pointer, where);
                    break;
                }
            }
        }
        return places;
    }

    private static int[] where(TokenStreamLocation location) {
        return location.getLineNr() > 0 ? new int[] {location.getLineNr(), location.getColumnNr()} : null;
    }
}
