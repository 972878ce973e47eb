package org.iptmodel.core;

import java.io.Serializable;
import java.util.Objects;

/**
 * One broken rule: where it is broken and which rule it is.
 *
 * <p>The path is relative to the value being built, in the form {@code sessions[3].date}
 * (zero-based indexes); it is empty when the rule concerns the value as a whole (for example
 * {@link ModelRule#AMENDMENT_CHANGES}). The message is a plain sentence made only from the path,
 * the rule and numbers or enum values; it never repeats free text, aliases or notes.
 *
 * @param path the field path, empty for the value as a whole, never null
 * @param rule the rule broken, not null
 * @param message a sentence a developer understands at once, not null
 * @serial exclude
 */
public record Violation(String path, ModelRule rule, String message) implements Serializable {

    /**
     * Creates a violation.
     *
     * @param path the field path, not null
     * @param rule the rule broken, not null
     * @param message the sentence, not null
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns a copy whose path is nested under the given prefix.
     *
     * <p>{@code v.under("sessions[2]")} turns the path {@code date} into {@code sessions[2].date}.
     *
     * @param prefix the enclosing path, not null
     * @return the relocated violation, not null
     */
    public Violation under(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isEmpty()) {
            return this;
        }
        return new Violation(path.isEmpty() ? prefix : prefix + "." + path, rule, message);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
