package org.iptmodel.json;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes documents to a newline-delimited stream (NDJSON): one compact document per line, each
 * line ended by {@code \n}. Memory does not grow with the number of documents written.
 *
 * <p>Obtain one from {@link DocumentCodec#lineWriter(OutputStream)} and close it when done.
 * Not thread-safe.
 *
 * @param <T> the type of the documents' values
 */
public final class LineWriter<T> implements Closeable, Flushable {
    /** The codec's writer of lines, which writes through the module's serializer. */
    private final ObjectWriter writer;
    private final JsonGenerator generator;
    private final OutputStream owned;
    private long count;
    private boolean closed;

    LineWriter(ObjectWriter writer, JsonGenerator generator, OutputStream owned) {
        this.writer = writer;
        this.generator = generator;
        this.owned = owned;
    }

    /**
     * Writes one document as the next line.
     *
     * @param value the value, not null
     * @throws IllegalStateException if the writer is closed
     * @throws UncheckedIOException if writing fails
     */
    public void write(T value) {
        Objects.requireNonNull(value, "value");
        if (closed) {
            throw new IllegalStateException("the line writer is closed");
        }
        try {
            writer.writeValue(generator, value);
            generator.writeRaw('\n');
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
        count++;
    }

    /**
     * Returns the number of documents written.
     *
     * @return the count, at least 0
     */
    public long count() {
        return count;
    }

    /**
     * Flushes the lines written so far to the underlying stream.
     *
     * @throws UncheckedIOException if flushing fails
     */
    @Override
    public void flush() {
        try {
            generator.flush();
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    /**
     * Flushes and closes the writer; closes the underlying stream only if this writer opened it
     * (a file). Closing twice has no effect.
     *
     * @throws UncheckedIOException if flushing or closing fails
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            generator.close();
            if (owned != null) {
                owned.close();
            }
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
