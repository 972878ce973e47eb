package org.iptmodel.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** JSON text held in memory, which can be parsed more than once (to locate problems). */
abstract class Source {
    private final long length;

    private Source(long length) {
        this.length = length;
    }

    abstract JsonParser open(JsonFactory factory);

    /** The length, in bytes or chars. */
    final long length() {
        return length;
    }

    static Source of(byte[] bytes, int offset, int length) {
        return new Source(length) {
            @Override
            JsonParser open(JsonFactory factory) {
                return factory.createParser(ObjectReadContext.empty(), bytes, offset, length);
            }
        };
    }

    static Source of(char[] chars, int offset, int length) {
        return new Source(length) {
            @Override
            JsonParser open(JsonFactory factory) {
                return factory.createParser(ObjectReadContext.empty(), chars, offset, length);
            }
        };
    }

    static Source of(String text) {
        return new Source(text.length()) {
            @Override
            JsonParser open(JsonFactory factory) {
                return factory.createParser(ObjectReadContext.empty(), text);
            }
        };
    }
}
