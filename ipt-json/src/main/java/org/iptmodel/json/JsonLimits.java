package org.iptmodel.json;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamField;
import java.io.Serializable;
import java.util.Objects;

/**
 * The limits a reader enforces on JSON input, so that hostile or broken input ends in a
 * {@link ProblemKind#LIMIT} problem rather than an {@code OutOfMemoryError} or a hang.
 *
 * <p>The defaults are generous for clinical data and small enough to keep one document's memory
 * bounded:
 * <table>
 * <caption>Limits and their defaults</caption>
 * <tr><th>limit</th><th>default</th><th>why</th></tr>
 * <tr><td>{@link #maxDocumentLength()}</td><td>16 MiB (bytes, or chars for text input)</td>
 *     <td>a course of 10,000 sessions with notes stays far below</td></tr>
 * <tr><td>{@link #maxNestingDepth()}</td><td>32</td><td>the deepest value of the format is 8 levels
 *     deep</td></tr>
 * <tr><td>{@link #maxStringLength()}</td><td>1,048,576 chars</td><td>session notes are free text</td></tr>
 * <tr><td>{@link #maxSessions()}</td><td>10,000</td><td>the model bounds a contract's planned
 *     sessions, and the sessions of a plan, at 10,000</td></tr>
 * <tr><td>{@link #maxIssues()}</td><td>1,000</td><td>patients record a handful of issues</td></tr>
 * <tr><td>{@link #maxPeople()}</td><td>1,000</td><td>an interpersonal inventory holds a few dozen
 *     people</td></tr>
 * <tr><td>{@link #maxArrayItems()}</td><td>1,000</td><td>every other array: measurements, items,
 *     amendments, techniques, texts; the model bounds a contract's amendments and a plan's skipped
 *     dates at 1,000</td></tr>
 * </table>
 *
 * <p>Two further limits are fixed: a number may have at most 32 characters and a property name at
 * most 1,000. A reader reports at most 100 problems per document. Within a {@code JsonMapper} that
 * uses {@link IptJsonModule}, the document length, nesting depth and the fixed limits are those of
 * the mapper's own {@code StreamReadConstraints}; the string and item limits are always enforced.
 *
 * <pre>{@code
 * IptJson json = IptJson.strict().withLimits(JsonLimits.defaults().withMaxSessions(500));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonLimits implements Serializable {
    private static final long serialVersionUID = 1L;
    /** No field is serialized: the serialized form is a {@code SerialForm} ({@link #writeReplace()}). */
    private static final ObjectStreamField[] serialPersistentFields = {};

    /** The default maximum document length: 16 MiB. */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;
    /** The default maximum nesting depth of arrays and objects. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 32;
    /** The default maximum length of a string value, in chars. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;
    /** The default maximum number of sessions of a course. */
    public static final int DEFAULT_MAX_SESSIONS = 10_000;
    /** The default maximum number of issues of a course. */
    public static final int DEFAULT_MAX_ISSUES = 1_000;
    /** The default maximum number of people of an interpersonal inventory. */
    public static final int DEFAULT_MAX_PEOPLE = 1_000;
    /** The default maximum number of elements of any other array. */
    public static final int DEFAULT_MAX_ARRAY_ITEMS = 1_000;

    /** The fixed maximum number of characters of a number. */
    static final int MAX_NUMBER_LENGTH = 32;
    /** The fixed maximum number of characters of a property name. */
    static final int MAX_NAME_LENGTH = 1_000;
    /** The fixed maximum number of problems collected for one document. */
    static final int MAX_PROBLEMS = 100;

    private static final JsonLimits DEFAULTS = new JsonLimits(DEFAULT_MAX_DOCUMENT_LENGTH, DEFAULT_MAX_NESTING_DEPTH,
            DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_SESSIONS, DEFAULT_MAX_ISSUES, DEFAULT_MAX_PEOPLE,
            DEFAULT_MAX_ARRAY_ITEMS);

    private final long maxDocumentLength;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final int maxSessions;
    private final int maxIssues;
    private final int maxPeople;
    private final int maxArrayItems;

    private JsonLimits(long maxDocumentLength, int maxNestingDepth, int maxStringLength, int maxSessions,
            int maxIssues, int maxPeople, int maxArrayItems) {
        this.maxDocumentLength = maxDocumentLength;
        this.maxNestingDepth = maxNestingDepth;
        this.maxStringLength = maxStringLength;
        this.maxSessions = maxSessions;
        this.maxIssues = maxIssues;
        this.maxPeople = maxPeople;
        this.maxArrayItems = maxArrayItems;
    }

    /**
     * Returns the default limits.
     *
     * @return the defaults, not null
     */
    public static JsonLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the maximum length of a document, in bytes for byte input and chars for text input;
     * in a newline-delimited stream, of each line.
     *
     * @return the maximum, positive
     */
    public long maxDocumentLength() {
        return maxDocumentLength;
    }

    /**
     * Returns the maximum nesting depth of arrays and objects.
     *
     * @return the maximum, positive
     */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /**
     * Returns the maximum length of a string value, in chars.
     *
     * @return the maximum, positive
     */
    public int maxStringLength() {
        return maxStringLength;
    }

    /**
     * Returns the maximum number of sessions of a course.
     *
     * @return the maximum, positive
     */
    public int maxSessions() {
        return maxSessions;
    }

    /**
     * Returns the maximum number of issues of a course.
     *
     * @return the maximum, positive
     */
    public int maxIssues() {
        return maxIssues;
    }

    /**
     * Returns the maximum number of people of an interpersonal inventory.
     *
     * @return the maximum, positive
     */
    public int maxPeople() {
        return maxPeople;
    }

    /**
     * Returns the maximum number of elements of any array other than sessions, issues and people.
     *
     * @return the maximum, positive
     */
    public int maxArrayItems() {
        return maxArrayItems;
    }

    /**
     * Returns a copy with the given maximum document length.
     *
     * @param max the maximum, in bytes or chars, positive
     * @return the new limits, not null
     * @throws IllegalArgumentException if {@code max} is not positive
     */
    public JsonLimits withMaxDocumentLength(long max) {
        if (max <= 0) {
            throw new IllegalArgumentException("maxDocumentLength must be positive, was " + max);
        }
        return new JsonLimits(max, maxNestingDepth, maxStringLength, maxSessions, maxIssues, maxPeople, maxArrayItems);
    }

    /**
     * Returns a copy with the given maximum nesting depth.
     *
     * @param max the maximum, positive
     * @return the new limits, not null
     * @throws IllegalArgumentException if {@code max} is not positive
     */
    public JsonLimits withMaxNestingDepth(int max) {
        return new JsonLimits(maxDocumentLength, positive(max, "maxNestingDepth"), maxStringLength, maxSessions,
                maxIssues, maxPeople, maxArrayItems);
    }

    /**
     * Returns a copy with the given maximum string length.
     *
     * @param max the maximum, in chars, positive
     * @return the new limits, not null
     * @throws IllegalArgumentException if {@code max} is not positive
     */
    public JsonLimits withMaxStringLength(int max) {
        return new JsonLimits(maxDocumentLength, maxNestingDepth, positive(max, "maxStringLength"), maxSessions,
                maxIssues, maxPeople, maxArrayItems);
    }

    /**
     * Returns a copy with the given maximum number of sessions.
     *
     * @param max the maximum, positive
     * @return the new limits, not null
     * @throws IllegalArgumentException if {@code max} is not positive
     */
    public JsonLimits withMaxSessions(int max) {
        return new JsonLimits(maxDocumentLength, maxNestingDepth, maxStringLength, positive(max, "maxSessions"),
                maxIssues, maxPeople, maxArrayItems);
    }

    /**
     * Returns a copy with the given maximum number of issues.
     *
     * @param max the maximum, positive
     * @return the new limits, not null
     * @throws IllegalArgumentException if {@code max} is not positive
     */
    public JsonLimits withMaxIssues(int max) {
        return new JsonLimits(maxDocumentLength, maxNestingDepth, maxStringLength, maxSessions,
                positive(max, "maxIssues"), maxPeople, maxArrayItems);
    }

    /**
     * Returns a copy with the given maximum number of people.
     *
     * @param max the maximum, positive
     * @return the new limits, not null
     * @throws IllegalArgumentException if {@code max} is not positive
     */
    public JsonLimits withMaxPeople(int max) {
        return new JsonLimits(maxDocumentLength, maxNestingDepth, maxStringLength, maxSessions, maxIssues,
                positive(max, "maxPeople"), maxArrayItems);
    }

    /**
     * Returns a copy with the given maximum number of elements of other arrays.
     *
     * @param max the maximum, positive
     * @return the new limits, not null
     * @throws IllegalArgumentException if {@code max} is not positive
     */
    public JsonLimits withMaxArrayItems(int max) {
        return new JsonLimits(maxDocumentLength, maxNestingDepth, maxStringLength, maxSessions, maxIssues, maxPeople,
                positive(max, "maxArrayItems"));
    }

    private static int positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    int maxItems(ArrayLimit limit) {
        switch (limit) {
            case SESSIONS:
                return maxSessions;
            case ISSUES:
                return maxIssues;
            case PEOPLE:
                return maxPeople;
            default:
                return maxArrayItems;
        }
    }

    /**
     * Replaces these limits in a serialization stream by their values, which are read back through
     * the {@code with*} methods, so each is checked again.
     *
     * @return the serialized form, not null
     */
    Object writeReplace() {
        return SerialForm.of(this);
    }

    /**
     * Refuses a stream that holds this class without its serialized form.
     *
     * @param in the stream
     * @throws InvalidObjectException always
     */
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("proxy required");
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof JsonLimits)) {
            return false;
        }
        JsonLimits that = (JsonLimits) other;
        return maxDocumentLength == that.maxDocumentLength && maxNestingDepth == that.maxNestingDepth
                && maxStringLength == that.maxStringLength && maxSessions == that.maxSessions
                && maxIssues == that.maxIssues && maxPeople == that.maxPeople && maxArrayItems == that.maxArrayItems;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxDocumentLength, maxNestingDepth, maxStringLength, maxSessions, maxIssues, maxPeople,
                maxArrayItems);
    }

    @Override
    public String toString() {
        return "JsonLimits[maxDocumentLength=" + maxDocumentLength + ", maxNestingDepth=" + maxNestingDepth
                + ", maxStringLength=" + maxStringLength + ", maxSessions=" + maxSessions + ", maxIssues=" + maxIssues
                + ", maxPeople=" + maxPeople + ", maxArrayItems=" + maxArrayItems + "]";
    }
}
