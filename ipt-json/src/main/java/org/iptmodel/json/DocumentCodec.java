package org.iptmodel.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads and writes one document type of the format, such as courses: single documents from and
 * to strings, byte arrays, streams, readers and writers and files, and newline-delimited streams
 * of documents (NDJSON, one compact document per line).
 *
 * <p>Obtain one from {@link IptJson}, for example {@code IptJson.strict().course()}. Every read
 * either returns a valid value, built through the model's builders, or throws
 * {@link IptJsonException}; nothing partially read escapes. Writing is deterministic: equal values
 * give equal bytes. Text is UTF-8. Methods taking a stream, reader or writer neither close it nor
 * read beyond the document; methods taking a {@link Path} open and close the file.
 *
 * <pre>{@code
 * DocumentCodec<Course> courses = IptJson.strict().course();
 * String json = courses.write(course);
 * Course back = courses.read(json);          // equals course
 * }</pre>
 *
 * <p>A codec reads and writes through the one {@code JsonMapper} of its {@link IptJson}, which
 * holds the {@link IptJsonModule} of {@link IptJson#toModule()}: a document is written by the
 * module's serializer and read by the module's deserializer, found through that mapper, with its
 * deserialization context; so {@code json.course().read(bytes)} and
 * {@code mapper.readValue(bytes, Course.class)} for a mapper holding {@code json.toModule()} run
 * the same code with the same settings. The codec adds what a document held in memory allows: the
 * refusal of content after the document, problems of the model's invariants placed at their line
 * and column, line numbers of newline-delimited streams, and bounded reading of streams.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of the documents' values
 */
public final class DocumentCodec<T> {
    private static final byte[] NO_BYTES = {};

    final Document<T> document;
    private final IptJsonModule module;
    private final ObjectMapper mapper;
    /** The module's deserializer of the document type, as the mapper found it. */
    private final ValueDeserializer<Object> deserializer;
    /** The writer of single documents: compact or pretty. */
    private final ObjectWriter writer;
    /** The writer of newline-delimited streams: compact, no separator of its own, no flush per line. */
    private final ObjectWriter lines;

    DocumentCodec(Document<T> document, IptJsonModule module, ObjectMapper mapper, boolean pretty) {
        this.document = document;
        this.module = module;
        this.mapper = mapper;
        try (JsonParser p = mapper.createParser(NO_BYTES)) {
            DeserializationContext context = (DeserializationContext) p.objectReadContext();
            this.deserializer = context.findRootValueDeserializer(context.constructType(document.type()));
        }
        ObjectWriter compact = mapper.writerFor(document.type());
        this.writer = pretty ? compact.with(new IptPrettyPrinter()) : compact;
        this.lines = compact.without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE).withRootValueSeparator((String) null);
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
        return writer.writeValueAsString(value);
    }

    /**
     * Writes a document as UTF-8 bytes.
     *
     * @param value the value, not null
     * @return the bytes, not null
     */
    public byte[] writeBytes(T value) {
        Objects.requireNonNull(value, "value");
        return writer.writeValueAsBytes(value);
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
        try {
            writer.writeValue(out, value);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
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
        try {
            writer.writeValue(out, value);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
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
        return new LineWriter<>(lines, lines.createGenerator(out, JsonEncoding.UTF8), null);
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
        return new LineWriter<>(lines, lines.createGenerator(out), null);
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
        return new LineWriter<>(lines, lines.createGenerator(out, JsonEncoding.UTF8), out);
    }

    /**
     * Reads a document from JSON text.
     *
     * @param json the text, not null
     * @return the value, not null
     * @throws IptJsonException if the text is not a valid document of this type
     */
    public T read(String json) {
        Objects.requireNonNull(json, "json");
        return read(Source.of(json), 0);
    }

    /**
     * Reads a document from UTF-8 bytes (UTF-16 and UTF-32 are detected too).
     *
     * @param json the bytes, not null
     * @return the value, not null
     * @throws IptJsonException if the bytes are not a valid document of this type
     */
    public T read(byte[] json) {
        Objects.requireNonNull(json, "json");
        return read(Source.of(json, 0, json.length), 0);
    }

    /**
     * Reads a document from a range of UTF-8 bytes (UTF-16 and UTF-32 are detected too), parsed
     * where they are, without a copy: for a document held in a larger buffer, such as a record a
     * data engine read. Lines and columns of the problems count from the start of the range.
     *
     * <pre>{@code
     * Course course = IptJson.strict().course().read(buffer, start, end - start);
     * }</pre>
     *
     * @param bytes the buffer, not null
     * @param offset the index of the document's first byte in the buffer
     * @param length the number of bytes of the document
     * @return the value, not null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative, or the
     *         range goes beyond the buffer
     * @throws IptJsonException if the bytes are not a valid document of this type
     */
    public T read(byte[] bytes, int offset, int length) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.checkFromIndexSize(offset, length, bytes.length);
        return read(Source.of(bytes, offset, length), 0);
    }

    /**
     * Reads one line of a newline-delimited stream (NDJSON) from a range of UTF-8 bytes, parsed
     * where they are, and returns the value or the bad line, never throwing for bad input: for
     * data engines that split a dataset into lines themselves (a Spark text source gives each line
     * as the bytes of a buffer, with an offset and a length) and keep the good values apart from
     * the bad lines. The line number is the one the engine knows, or any number that identifies
     * the line; every problem of the bad line carries it. The range holds the document and may end
     * with the line's terminator ({@code \n} or {@code \r\n}); a line of whitespace only is a
     * bad line here (the {@code readLines} methods skip those). The {@link JsonLimits} apply to the
     * line as to a document.
     *
     * <pre>{@code
     * DocumentCodec<Course> courses = IptJson.strict().course();
     * LineResult<Course> result = courses.readLine(line.getBytes(), 0, line.getLength(), number);
     * result.value().ifPresentOrElse(this::analyse, () -> rejected.add(result.badLine().get()));
     * }</pre>
     *
     * @param bytes the buffer, not null
     * @param offset the index of the line's first byte in the buffer
     * @param length the number of bytes of the line
     * @param lineNumber the line's number, at least 1
     * @return the value read or the bad line, not null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative, or the
     *         range goes beyond the buffer
     * @throws IllegalArgumentException if {@code lineNumber} is below 1
     */
    public LineResult<T> readLine(byte[] bytes, int offset, int length, long lineNumber) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.checkFromIndexSize(offset, length, bytes.length);
        return readLine(Source.of(bytes, offset, length), lineNumber);
    }

    /**
     * Reads one line of a newline-delimited stream from a string and returns the value or the bad
     * line, never throwing for bad input; otherwise as {@link #readLine(byte[], int, int, long)}.
     *
     * @param line the line, not null
     * @param lineNumber the line's number, at least 1
     * @return the value read or the bad line, not null
     * @throws IllegalArgumentException if {@code lineNumber} is below 1
     */
    public LineResult<T> readLine(String line, long lineNumber) {
        Objects.requireNonNull(line, "line");
        return readLine(Source.of(line), lineNumber);
    }

    private LineResult<T> readLine(Source source, long lineNumber) {
        if (lineNumber < 1) {
            throw new IllegalArgumentException("lineNumber must be at least 1, was " + lineNumber);
        }
        try {
            return LineResult.of(lineNumber, read(source, lineNumber));
        } catch (IptJsonException e) {
            return LineResult.bad(new BadLine(lineNumber, e));
        }
    }

    /**
     * Reads a document from a stream of UTF-8 bytes, up to its end. The stream is not closed.
     *
     * @param in the stream, not null
     * @return the value, not null
     * @throws IptJsonException if the bytes are not a valid document of this type
     * @throws UncheckedIOException if reading the stream fails
     */
    public T read(InputStream in) {
        Objects.requireNonNull(in, "in");
        return readToEnd(byte[]::new, in::read, Source::of);
    }

    /**
     * Reads a document from a reader, up to its end. The reader is not closed.
     *
     * @param in the reader, not null
     * @return the value, not null
     * @throws IptJsonException if the text is not a valid document of this type
     * @throws UncheckedIOException if reading fails
     */
    public T read(Reader in) {
        Objects.requireNonNull(in, "in");
        return readToEnd(char[]::new, in::read, Source::of);
    }

    /**
     * Reads a document from a UTF-8 file.
     *
     * @param path the file, not null
     * @return the value, not null
     * @throws IptJsonException if the file is not a valid document of this type
     * @throws UncheckedIOException if the file cannot be read
     */
    public T read(Path path) {
        Objects.requireNonNull(path, "path");
        try (InputStream in = Files.newInputStream(path)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an input to its end into a growing array, within the document length limit, then the
     * document held in it: the bytes of a stream or the chars of a reader.
     */
    private <A> T readToEnd(IntFunction<A> newArray, Input<A> in, Held<A> held) {
        long max = module.limits().maxDocumentLength();
        int capacity = 8192;
        A buffer = newArray.apply(capacity);
        int length = 0;
        try {
            while (true) {
                if (length == capacity) {
                    if (length > max) {
                        throw tooLong(0);
                    }
                    capacity = (int) Math.min((long) length * 2, Integer.MAX_VALUE - 16);
                    A bigger = newArray.apply(capacity);
                    System.arraycopy(buffer, 0, bigger, 0, length);
                    buffer = bigger;
                }
                int n = in.read(buffer, length, capacity - length);
                if (n < 0) {
                    break;
                }
                length += n;
                if (length > max) {
                    throw tooLong(0);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(held.of(buffer, 0, length), 0);
    }

    /** An input that fills an array: an {@link InputStream} of bytes or a {@link Reader} of chars. */
    @FunctionalInterface
    private interface Input<A> {
        int read(A buffer, int offset, int length) throws IOException;
    }

    /** The text held in part of an array, as {@code Source.of(bytes, offset, length)}. */
    @FunctionalInterface
    private interface Held<A> {
        Source of(A array, int offset, int length);
    }

    /**
     * Reads one document held in memory; {@code line} > 0 reports every problem on that line. The
     * module's deserializer reads the document from the mapper's parser with the parser's
     * deserialization context, as {@code mapper.readValue} does; then nothing may follow it.
     */
    T read(Source source, long line) {
        if (source.length() > module.limits().maxDocumentLength()) {
            throw tooLong(line);
        }
        JsonParser p;
        try {
            p = source.open(mapper);
        } catch (JacksonException e) {
            throw new IptJsonException(List.of(new JsonProblem(ProblemKind.SYNTAX, "", line > 0 ? line : 1, 1,
                    null, "is not well-formed JSON")), null);
        }
        try (p) {
            Object value = deserializer.deserialize(p, (DeserializationContext) p.objectReadContext());
            requireEnd(p);
            return document.type().cast(value);
        } catch (IptJsonException e) {
            throw e.place(new Locator(source, mapper), line);
        }
    }

    /** Refuses content after the document. */
    private void requireEnd(JsonParser p) {
        JacksonException broken = null;
        try {
            if (p.nextToken() == null) {
                return;
            }
        } catch (JacksonException e) {
            broken = e;
        }
        Reading r = new Reading(p, module);
        if (broken == null) {
            r.failAt(ProblemKind.SYNTAX, "", "holds content after the document");
        } else {
            r.jackson(broken);
        }
        throw r.exception();
    }

    private static IptJsonException tooLong(long line) {
        return new IptJsonException(List.of(new JsonProblem(ProblemKind.LIMIT, "", line > 0 ? line : -1, -1, null,
                "exceeds the maximum document length")), null);
    }

    /**
     * Reads a newline-delimited stream of documents (NDJSON), lazily: one line is read when the
     * stream asks for the next value, so memory stays bounded however long the input. Blank lines
     * are skipped. The first bad line ends the stream with an {@link IptJsonException} whose
     * problems carry the line number.
     *
     * <p>The returned stream must be closed, which closes {@code in}:
     * <pre>{@code
     * try (Stream<Course> courses = json.course().readLines(in)) {
     *     long completed = courses.filter(c -> c.status() == CourseStatus.COMPLETED).count();
     * }
     * }</pre>
     *
     * @param in the UTF-8 stream, not null
     * @return the values, in order, not null
     */
    public Stream<T> readLines(InputStream in) {
        Objects.requireNonNull(in, "in");
        return lines(LineSource.of(in, module.limits().maxDocumentLength()), null);
    }

    /**
     * Reads a newline-delimited stream of documents, passing each bad line to {@code onBadLine}
     * and going on with the next line. Otherwise as {@link #readLines(InputStream)}.
     *
     * @param in the UTF-8 stream, not null
     * @param onBadLine receives each line that could not be read, not null
     * @return the values of the good lines, in order, not null
     */
    public Stream<T> readLines(InputStream in, Consumer<? super BadLine> onBadLine) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(onBadLine, "onBadLine");
        return lines(LineSource.of(in, module.limits().maxDocumentLength()), onBadLine);
    }

    /**
     * Reads a newline-delimited stream of documents from a reader. Otherwise as
     * {@link #readLines(InputStream)}; closing the stream closes {@code in}.
     *
     * @param in the reader, not null
     * @return the values, in order, not null
     */
    public Stream<T> readLines(Reader in) {
        Objects.requireNonNull(in, "in");
        return lines(LineSource.of(in, module.limits().maxDocumentLength()), null);
    }

    /**
     * Reads a newline-delimited stream of documents from a reader, passing each bad line to
     * {@code onBadLine} and going on. Otherwise as {@link #readLines(InputStream)}.
     *
     * @param in the reader, not null
     * @param onBadLine receives each line that could not be read, not null
     * @return the values of the good lines, in order, not null
     */
    public Stream<T> readLines(Reader in, Consumer<? super BadLine> onBadLine) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(onBadLine, "onBadLine");
        return lines(LineSource.of(in, module.limits().maxDocumentLength()), onBadLine);
    }

    /**
     * Reads a newline-delimited UTF-8 file of documents. Otherwise as
     * {@link #readLines(InputStream)}; closing the stream closes the file.
     *
     * @param path the file, not null
     * @return the values, in order, not null
     * @throws UncheckedIOException if the file cannot be opened
     */
    public Stream<T> readLines(Path path) {
        return readLines(open(path));
    }

    /**
     * Reads a newline-delimited UTF-8 file of documents, passing each bad line to
     * {@code onBadLine} and going on. Otherwise as {@link #readLines(InputStream)}.
     *
     * @param path the file, not null
     * @param onBadLine receives each line that could not be read, not null
     * @return the values of the good lines, in order, not null
     * @throws UncheckedIOException if the file cannot be opened
     */
    public Stream<T> readLines(Path path, Consumer<? super BadLine> onBadLine) {
        Objects.requireNonNull(onBadLine, "onBadLine");
        return readLines(open(path), onBadLine);
    }

    private static InputStream open(Path path) {
        Objects.requireNonNull(path, "path");
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Stream<T> lines(LineSource source, Consumer<? super BadLine> onBadLine) {
        Spliterator<T> lines = new Spliterators.AbstractSpliterator<T>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                while (true) {
                    try {
                        if (!source.next()) {
                            return false;
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    if (source.isBlank()) {
                        continue;
                    }
                    long line = source.number;
                    T value;
                    try {
                        if (source.tooLong) {
                            throw tooLong(line);
                        }
                        value = read(source.current(), line);
                    } catch (IptJsonException e) {
                        if (onBadLine == null) {
                            throw e;
                        }
                        onBadLine.accept(new BadLine(line, e));
                        continue;
                    }
                    action.accept(value);
                    return true;
                }
            }
        };
        return StreamSupport.stream(lines, false).onClose(() -> {
            try {
                source.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
