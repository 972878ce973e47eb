package org.iptmodel.json;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.iptmodel.core.ModelRule;

/**
 * One problem found in JSON input: where it is (a JSON Pointer, a line and a column), its kind,
 * and a message.
 *
 * <p>The pointer follows RFC 6901 and is relative to the root of the JSON text read, for example
 * {@code /sessions/3/date}; the empty string is the root itself. For an
 * {@link ProblemKind#UNKNOWN_PROPERTY} the pointer names the object that holds the unknown
 * property, never the property's name, which is input text.
 *
 * <p>No part of a problem ever repeats input text: the message is built only from the format's
 * own property names, rule descriptions and limits, so problems may be logged safely even when the
 * input holds clinical data.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonProblem implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The kind of problem. */
    private final ProblemKind kind;
    /** The JSON Pointer of the value concerned. */
    private final String pointer;
    /** The line, from 1, or -1 if unknown. */
    private final long line;
    /** The column, from 1, or -1 if unknown. */
    private final int column;
    /** The rule of the model broken, or null. */
    private final ModelRule rule;
    /** The message, without input text. */
    private final String message;

    JsonProblem(ProblemKind kind, String pointer, long line, int column, ModelRule rule, String message) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.line = line;
        this.column = column;
        this.rule = rule;
        this.message = Objects.requireNonNull(message, "message");
    }

    JsonProblem at(long newLine, int newColumn) {
        return new JsonProblem(kind, pointer, newLine, newColumn, rule, message);
    }

    /**
     * Returns the kind of problem.
     *
     * @return the kind, not null
     */
    public ProblemKind kind() {
        return kind;
    }

    /**
     * Returns the JSON Pointer (RFC 6901) of the value the problem concerns.
     *
     * <p>For a missing property it points where the property belongs; for an unknown property, to
     * the object holding it; for a syntax error, to the innermost value being read.
     *
     * @return the pointer, the empty string for the root, not null
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Returns the line of the input where the problem was found, starting at 1. In a
     * newline-delimited stream this is the line of the stream.
     *
     * @return the line, or -1 if unknown (for example within a document read from a tree by the module)
     */
    public long line() {
        return line;
    }

    /**
     * Returns the column of the input where the problem was found, starting at 1.
     *
     * @return the column, or -1 if unknown
     */
    public int column() {
        return column;
    }

    /**
     * Returns the rule of the model that the value breaks, for problems found by the model's
     * invariants.
     *
     * @return the rule, or empty for problems of the JSON itself
     */
    public Optional<ModelRule> rule() {
        return Optional.ofNullable(rule);
    }

    /**
     * Returns a sentence describing the problem, without the pointer and location. It never
     * contains input text.
     *
     * @return the message, not null
     */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof JsonProblem)) {
            return false;
        }
        JsonProblem that = (JsonProblem) other;
        return kind == that.kind && pointer.equals(that.pointer) && line == that.line && column == that.column
                && rule == that.rule && message.equals(that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, pointer, line, column, rule, message);
    }

    /**
     * Returns the problem as one line, for example
     * {@code MISSING at /sessions/3/date (line 41, column 7): is required}.
     *
     * @return the text, never containing input text, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(kind.name()).append(" at ");
        sb.append(pointer.isEmpty() ? "the document root" : pointer);
        if (line > 0) {
            sb.append(" (line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
            sb.append(')');
        }
        sb.append(": ").append(message);
        if (rule != null) {
            sb.append(" [").append(rule.name()).append(']');
        }
        return sb.toString();
    }
}
