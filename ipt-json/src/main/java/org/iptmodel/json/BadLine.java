package org.iptmodel.json;

import java.io.Serializable;
import java.util.Objects;

/**
 * A line of a newline-delimited stream that could not be read, reported when a stream is read
 * with a handler for bad lines, or in a {@link LineResult}. It is serializable, its error with its
 * problems.
 *
 * <pre>{@code
 * List<BadLine> bad = new ArrayList<>();
 * try (Stream<Course> courses = IptJson.strict().course().readLines(path, bad::add)) {
 *     courses.forEach(this::analyse);
 * }
 * bad.forEach(b -> log.warn("{}", b)); // line 17: Invalid iptmodel JSON, 1 problem: ...
 * }</pre>
 *
 * @param line the line number in the stream, starting at 1
 * @param error why the line could not be read; its problems carry the same line number, not null
 * @serial exclude
 */
public record BadLine(long line, IptJsonException error) implements Serializable {
    private static final long serialVersionUID = 1L;


    /**
     * Creates a bad line.
     *
     * @param line the line number, at least 1
     * @param error the error, not null
     * @throws IllegalArgumentException if the line number is below 1
     */
    public BadLine {
        Objects.requireNonNull(error, "error");
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1, was " + line);
        }
    }

    /**
     * Returns the line number and the error's message, which never contains input text.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "line " + line + ": " + error.getMessage();
    }
}
