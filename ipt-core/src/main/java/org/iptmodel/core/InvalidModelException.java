package org.iptmodel.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when a value of the model would break one of its rules.
 *
 * <p>This is the one unchecked exception of {@code org.iptmodel.core}. It lists every
 * {@link Violation} found, each with its field path and {@link ModelRule}. The message is built
 * from paths, rules, numbers and enum values only: it never contains patient text. A builder
 * that throws it has produced no object.
 *
 * <pre>{@code
 * try {
 *     Session.builder().number(0).date(date).phase(Phase.INITIAL).length(Duration.ofMinutes(50)).build();
 * } catch (InvalidModelException e) {
 *     e.violations(); // [number: must be at least 1]
 * }
 * }</pre>
 */
public final class InvalidModelException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The type whose value could not be built. */
    private final String type;
    /** The violations, never empty. */
    @SuppressWarnings("serial") // an unmodifiable List.copyOf list of Serializable records
    private final List<Violation> violations;

    /**
     * Creates an exception for the given type and violations.
     *
     * @param type the simple name of the type being built, not null
     * @param violations the violations, not empty
     */
    public InvalidModelException(String type, List<Violation> violations) {
        super(format(type, violations));
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    /**
     * Used by the generated builders when required attributes are missing. The generated
     * message names only the type and the attribute names, which are turned into violations.
     */
    InvalidModelException(String generatedMessage) {
        this(typeOf(generatedMessage), missing(generatedMessage));
    }

    private static String format(String type, List<Violation> violations) {
        Objects.requireNonNull(type, "type");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidModelException needs at least one violation");
        }
        StringBuilder sb = new StringBuilder("Invalid ").append(type).append(": ");
        for (int i = 0; i < violations.size(); i++) {
            if (i > 0) {
                sb.append("; ");
            }
            sb.append(violations.get(i));
        }
        return sb.toString();
    }

    private static String typeOf(String message) {
        String prefix = "Cannot build ";
        int start = message.startsWith(prefix) ? prefix.length() : 0;
        int end = message.indexOf(',', start);
        return end > start ? message.substring(start, end).trim() : "value";
    }

    private static List<Violation> missing(String message) {
        List<Violation> list = new ArrayList<>();
        int open = message.indexOf('[');
        int close = message.lastIndexOf(']');
        if (open >= 0 && close > open) {
            for (String name : message.substring(open + 1, close).split(",")) {
                String attribute = name.trim();
                if (!attribute.isEmpty()) {
                    list.add(new Violation(attribute, ModelRule.REQUIRED, attribute + " is required"));
                }
            }
        }
        if (list.isEmpty()) {
            list.add(new Violation("", ModelRule.REQUIRED, "a required attribute is missing"));
        }
        return list;
    }

    /**
     * Returns the simple name of the type that could not be built, for example {@code "Course"}.
     *
     * @return the type name, not null
     */
    public String type() {
        return type;
    }

    /**
     * Returns the broken rules, in the order they were found.
     *
     * @return the violations, unmodifiable and never empty
     */
    public List<Violation> violations() {
        return violations;
    }
}
