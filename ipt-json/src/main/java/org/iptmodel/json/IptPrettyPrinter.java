package org.iptmodel.json;

import java.util.BitSet;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.Instantiatable;

/**
 * The indentation of pretty-printed documents: two spaces, {@code "name": value}, one property
 * or array element per line, except arrays of scalars (enum spellings, numbers, texts, ids), which
 * stay on one line: {@code ["exploratory", "clarification"]}. Line ends are always {@code \n},
 * whatever the platform, and a document ends with one. Not thread-safe: the instance given to an
 * {@code ObjectWriter} is a blueprint, of which each generator gets its own copy
 * ({@link #createInstance()}).
 */
final class IptPrettyPrinter implements PrettyPrinter, Instantiatable<IptPrettyPrinter> {
    private static final String INDENT = "  ";

    private int depth;
    private final BitSet inline = new BitSet();
    private boolean inlineNext;

    /** Prints the next array on one line. */
    void inlineNextArray() {
        inlineNext = true;
    }

    private void newLine(JsonGenerator g) {
        g.writeRaw('\n');
        for (int i = 0; i < depth; i++) {
            g.writeRaw(INDENT);
        }
    }

    @Override
    public IptPrettyPrinter createInstance() {
        return new IptPrettyPrinter();
    }

    /** Writes nothing: every document already ends with {@code \n}. */
    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
        // each root value ends its own line
    }

    @Override
    public void writeStartObject(JsonGenerator g) {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {
        newLine(g);
    }

    @Override
    public void writeObjectNameValueSeparator(JsonGenerator g) {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) {
        g.writeRaw(',');
        newLine(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) {
        depth--;
        if (entries > 0) {
            newLine(g);
        }
        g.writeRaw('}');
        if (depth == 0) {
            g.writeRaw('\n');
        }
    }

    @Override
    public void writeStartArray(JsonGenerator g) {
        inline.set(depth, inlineNext);
        inlineNext = false;
        depth++;
        g.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
        if (!inline.get(depth - 1)) {
            newLine(g);
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) {
        g.writeRaw(',');
        if (inline.get(depth - 1)) {
            g.writeRaw(' ');
        } else {
            newLine(g);
        }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) {
        depth--;
        if (values > 0 && !inline.get(depth)) {
            newLine(g);
        }
        g.writeRaw(']');
    }
}
