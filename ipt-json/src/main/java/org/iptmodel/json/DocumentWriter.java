package org.iptmodel.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.io.SegmentedStringWriter;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.ByteArrayBuilder;

/**
 * Writes one document type of the format: single documents to strings, byte arrays, streams,
 * writers and files, and newline-delimited streams of documents (NDJSON, one compact document per
 * line).
 *
 * <p>Obtain one from {@link IptJson}. Every document type of the format can be read back too: its
 * accessor returns a {@link DocumentCodec}, the subclass of this class, for example
 * {@code IptJson.strict().course()}. This class holds the writing methods, so that code that only
 * writes can ask for no more.
 *
 * <pre>{@code
 * DocumentWriter<AdherenceReport> reports = IptJson.strict().withPrettyPrinting(true).adherence();
 * reports.write(AdherenceReport.of(course), Path.of("adherence.json"));
 * }</pre>
 *
 * <p>Writing is deterministic: equal values give equal bytes. Text is UTF-8. Methods taking a
 * stream or writer neither close it nor write beyond the document; methods taking a {@link Path}
 * open and close the file.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of the documents' values
 */
public sealed class DocumentWriter<T> permits DocumentCodec {
    final Document<T> document;
    final Settings settings;

    DocumentWriter(Document<T> document, Settings settings) {
        this.document = document;
        this.settings = settings;
    }

    /**
     * Returns the name of the document type, the value of every document's {@code "schema"}
     * property, such as {@code "iptmodel/course"}.
     *
     * @return the name, not null
     */
    public String name() {
        return document.name();
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of the current version of the document type.
     *
     * <p>The same text is in this module's jar, for example at
     * {@code org/iptmodel/json/schema/course-v1.schema.json}.
     *
     * @return the schema's JSON text, not null
     * @throws UncheckedIOException if the schema cannot be read from the jar
     */
    public String schema() {
        try (InputStream in = DocumentCodec.class.getResourceAsStream(document.schemaResource())) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + document.schemaResource()));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a document as JSON text.
     *
     * @param value the value, not null
     * @return the text, not null
     */
    public String write(T value) {
        Objects.requireNonNull(value, "value");
        // As Jackson's own writeValueAsString: segments from the factory's recycler pool, joined once.
        BufferRecycler recycler = settings.factory._getBufferRecycler();
        try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
            writeTo(settings.factory.createGenerator(settings.documentContext(), out), value);
            return out.getAndClear();
        } finally {
            recycler.releaseToPool();
        }
    }

    /**
     * Writes a document as UTF-8 bytes.
     *
     * @param value the value, not null
     * @return the bytes, not null
     */
    public byte[] writeBytes(T value) {
        Objects.requireNonNull(value, "value");
        // As Jackson's own writeValueAsBytes: segments from the factory's recycler pool, copied once.
        BufferRecycler recycler = settings.factory._getBufferRecycler();
        try (ByteArrayBuilder out = new ByteArrayBuilder(recycler)) {
            writeTo(settings.factory.createGenerator(settings.documentContext(), out, JsonEncoding.UTF8), value);
            return out.getClearAndRelease();
        } finally {
            recycler.releaseToPool();
        }
    }

    /**
     * Writes a document to a stream as UTF-8 bytes. The stream is flushed, not closed.
     *
     * @param value the value, not null
     * @param out the stream, not null
     * @throws UncheckedIOException if writing fails
     */
    public void write(T value, OutputStream out) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        writeTo(settings.factory.createGenerator(settings.documentContext(), out, JsonEncoding.UTF8), value);
    }

    /**
     * Writes a document to a writer. The writer is flushed, not closed.
     *
     * @param value the value, not null
     * @param out the writer, not null
     * @throws UncheckedIOException if writing fails
     */
    public void write(T value, Writer out) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        writeTo(settings.factory.createGenerator(settings.documentContext(), out), value);
    }

    /**
     * Writes a document to a file as UTF-8, replacing the file if it exists.
     *
     * @param value the value, not null
     * @param path the file, not null
     * @throws UncheckedIOException if writing fails
     */
    public void write(T value, Path path) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(path, "path");
        try (OutputStream out = Files.newOutputStream(path)) {
            write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeTo(JsonGenerator g, T value) {
        try (g) {
            document.write(g, value);
            if (settings.pretty) {
                g.writeRaw('\n');
            }
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    /**
     * Opens a writer of a newline-delimited stream (NDJSON): each value is written as one compact
     * document followed by {@code \n}. Closing the writer flushes {@code out} but does not close it.
     *
     * <pre>{@code
     * try (LineWriter<Course> lines = json.course().lineWriter(out)) {
     *     courses.forEach(lines::write);
     * }
     * }</pre>
     *
     * @param out the stream, written as UTF-8, not null
     * @return the writer, not null
     */
    public LineWriter<T> lineWriter(OutputStream out) {
        Objects.requireNonNull(out, "out");
        return new LineWriter<>(document, settings.factory.createGenerator(settings.linesContext(), out,
                JsonEncoding.UTF8), null);
    }

    /**
     * Opens a writer of a newline-delimited stream on a {@link Writer}. Otherwise as
     * {@link #lineWriter(OutputStream)}.
     *
     * @param out the writer, not null
     * @return the line writer, not null
     */
    public LineWriter<T> lineWriter(Writer out) {
        Objects.requireNonNull(out, "out");
        return new LineWriter<>(document, settings.factory.createGenerator(settings.linesContext(), out), null);
    }

    /**
     * Opens a writer of a newline-delimited UTF-8 file, replacing the file if it exists. Closing
     * the writer closes the file.
     *
     * @param path the file, not null
     * @return the line writer, not null
     * @throws UncheckedIOException if the file cannot be opened
     */
    public LineWriter<T> lineWriter(Path path) {
        Objects.requireNonNull(path, "path");
        OutputStream out;
        try {
            out = Files.newOutputStream(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LineWriter<>(document, settings.factory.createGenerator(settings.linesContext(), out,
                JsonEncoding.UTF8), out);
    }
}
