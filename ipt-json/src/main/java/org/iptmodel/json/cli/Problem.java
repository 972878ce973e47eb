package org.iptmodel.json.cli;

import java.io.StringWriter;
import java.util.Optional;
import org.iptmodel.core.ModelRule;
import org.iptmodel.json.JsonProblem;
import org.iptmodel.json.ProblemKind;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * One problem of an input document, as the tool prints it: where (JSON Pointer, line, column),
 * what kind, the model rule if any, and a message. No field holds input text: the readers' messages
 * never quote the input, and the tool's own say only what is expected.
 *
 * @param pointer the JSON Pointer of the value, empty for the whole document
 * @param line the line, counted from 1 (in a newline-delimited file, the file's line), -1 if unknown
 * @param column the column, counted from 1, -1 if unknown
 * @param kind the kind
 * @param rule the name of the model rule the value breaks, if any
 * @param message what is wrong
 */
record Problem(String pointer, long line, int column, ProblemKind kind, Optional<String> rule, String message) {
    private static final JsonFactory JSON = new JsonFactory();

    static Problem of(JsonProblem problem) {
        return new Problem(problem.pointer(), problem.line(), problem.column(), problem.kind(),
                problem.rule().map(ModelRule::name), problem.message());
    }

    /**
     * The problem as one line, tab-separated: the file, the JSON Pointer, the line, the column, the
     * kind and the message, followed by the model rule in brackets when there is one.
     */
    String text(String file) {
        StringBuilder sb = new StringBuilder(Inputs.shown(file)).append('\t').append(pointer).append('\t')
                .append(line).append('\t').append(column).append('\t').append(kind).append('\t').append(message);
        rule.ifPresent(name -> sb.append(" [").append(name).append(']'));
        return sb.toString();
    }

    /**
     * The problem as one compact JSON object: {@code file}, {@code pointer}, {@code line},
     * {@code column}, {@code kind}, {@code rule} (null if none) and {@code message}, in that order.
     */
    String json(String file) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            g.writeStringProperty("file", file);
            g.writeStringProperty("pointer", pointer);
            g.writeNumberProperty("line", line);
            g.writeNumberProperty("column", column);
            g.writeStringProperty("kind", kind.name());
            g.writeName("rule");
            if (rule.isPresent()) {
                g.writeString(rule.get());
            } else {
                g.writeNull();
            }
            g.writeStringProperty("message", message);
            g.writeEndObject();
        }
        return out.toString();
    }
}
