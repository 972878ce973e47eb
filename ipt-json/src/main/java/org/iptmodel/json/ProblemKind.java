package org.iptmodel.json;

/**
 * The kinds of problem a reader reports for JSON input.
 *
 * <p>The constants are stable: programs may switch on them.
 */
public enum ProblemKind {
    /**
     * The input is not well-formed JSON, ends early, holds content after the document, or repeats
     * a property within an object.
     */
    SYNTAX,
    /** A required property is absent. */
    MISSING,
    /**
     * An object holds a property that the format does not define (strict mode only). The problem's
     * pointer names the object; its line and column locate the property.
     */
    UNKNOWN_PROPERTY,
    /** A value has the wrong JSON type, for example a string where a number is required, or null. */
    WRONG_TYPE,
    /**
     * A value has the right JSON type but is not acceptable: an unknown enum spelling, a malformed
     * date or duration, an unsupported document version, or a value that breaks a rule of the
     * model (the problem then names the {@link org.iptmodel.core.ModelRule}).
     */
    INVALID_VALUE,
    /** The input exceeds one of the reader's {@link JsonLimits}. */
    LIMIT
}
