package org.iptmodel.json.cli;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * One input file, opened once and read once: its first bytes tell the document type by the
 * {@code "schema"} header, and {@link #stream()} gives all its bytes, those first ones included,
 * to a reader. Works on pipes and other files that can be read only once.
 */
final class Input implements Closeable {
    /** How many bytes are looked at for the header: far more than any document needs before it. */
    private static final int PREFIX = 64 * 1024;
    /** Reads no more than the header: a long string or deep nesting before it is not a header. */
    private static final JsonFactory HEADER = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(256).maxNameLength(256)
                    .maxNestingDepth(4).build())
            .build();

    private final InputStream in;
    private final byte[] prefix;
    private final int length;

    private Input(InputStream in, byte[] prefix, int length) {
        this.in = in;
        this.prefix = prefix;
        this.length = length;
    }

    /**
     * Opens a file and reads its first bytes.
     *
     * @throws UsageException if the word is not a file name
     * @throws Failure if the file cannot be read (exit code 2)
     */
    static Input open(Command command, String file) {
        Path path = Inputs.path(command, file);
        InputStream in;
        try {
            in = Files.newInputStream(path);
        } catch (IOException e) {
            throw Failure.unreadable(Inputs.shown(file), e);
        }
        try {
            byte[] prefix = in.readNBytes(PREFIX);
            return new Input(in, prefix, prefix.length);
        } catch (IOException | RuntimeException e) {
            close(in);
            throw e instanceof IOException io ? Failure.unreadable(Inputs.shown(file), io)
                    : Failure.unreadable(Inputs.shown(file), e.getClass().getSimpleName());
        }
    }

    /** All the file's bytes, from the first. Read it once. */
    InputStream stream() {
        return new SequenceInputStream(new ByteArrayInputStream(prefix, 0, length), in);
    }

    /**
     * The document type the file declares: the string value of a {@code "schema"} property of a
     * top-level object (first, as writers put it, or later among the bytes looked at), with where
     * that value is. Empty when there is none (the file is then read as a course, whose reader
     * reports what is wrong). The value is input text: print it only after checking it is a known
     * document type.
     */
    Optional<Header> header() {
        try (JsonParser p = HEADER.createParser(ObjectReadContext.empty(), prefix, 0, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                boolean schema = "schema".equals(p.currentName());
                JsonToken value = p.nextToken();
                if (schema) {
                    if (value != JsonToken.VALUE_STRING) {
                        return Optional.empty();
                    }
                    TokenStreamLocation at = p.currentTokenLocation();
                    return Optional.of(new Header(p.getString(), at.getLineNr(), at.getColumnNr()));
                }
                p.skipChildren();
            }
            return Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        close(in);
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the file was only read: nothing is lost
        }
    }

    /**
     * The {@code "schema"} value a document declares, and where: the line and the column, both
     * counted from 1, as a reader reports problems.
     */
    record Header(String schema, long line, int column) {
    }
}
