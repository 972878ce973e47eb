package org.iptmodel.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** JSON text held in memory, which can be parsed more than once (to locate problems). */
abstract class Source {

    abstract JsonParser open(JsonFactory factory);

    /** The length, in bytes or chars. */
    abstract long length();

    static Source of(byte[] bytes, int offset, int length) {
        return new Source() {
            @Override
            JsonParser open(JsonFactory factory) {
                return factory.createParser(ObjectReadContext.empty(), bytes, offset, length);
            }

            @Override
            long length() {
                return length;
            }
        };
    }

    static Source of(char[] chars, int offset, int length) {
        return new Source() {
            @Override
            JsonParser open(JsonFactory factory) {
                return factory.createParser(ObjectReadContext.empty(), chars, offset, length);
            }

            @Override
            long length() {
                return length;
            }
        };
    }

    static Source of(String text) {
        return new Source() {
            @Override
            JsonParser open(JsonFactory factory) {
                return factory.createParser(ObjectReadContext.empty(), text);
            }

            @Override
            long length() {
                return text.length();
            }
        };
    }
}
