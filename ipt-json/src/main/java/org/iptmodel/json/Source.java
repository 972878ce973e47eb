package org.iptmodel.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectMapper;

/**
 * JSON text held in memory, which can be parsed more than once (to locate problems). Parsers are
 * made by the mapper, so that their read context is the mapper's deserialization context.
 */
abstract class Source {
    private final long length;

    private Source(long length) {
        this.length = length;
    }

    abstract JsonParser open(ObjectMapper mapper);

    /** The length, in bytes or chars. */
    final long length() {
        return length;
    }

    static Source of(byte[] bytes, int offset, int length) {
        return new Source(length) {
            @Override
            JsonParser open(ObjectMapper mapper) {
                return mapper.createParser(bytes, offset, length);
            }
        };
    }

    static Source of(char[] chars, int offset, int length) {
        return new Source(length) {
            @Override
            JsonParser open(ObjectMapper mapper) {
                return mapper.createParser(chars, offset, length);
            }
        };
    }

    static Source of(String text) {
        return new Source(text.length()) {
            @Override
            JsonParser open(ObjectMapper mapper) {
                return mapper.createParser(text);
            }
        };
    }
}
