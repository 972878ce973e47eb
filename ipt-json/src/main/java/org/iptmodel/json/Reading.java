package org.iptmodel.json;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.io.ContentReference;

/**
 * The state of one read: the parser, the module's settings (leniency, limits, registered ranking
 * rules), and the problems found so far. Not thread-safe; one per document.
 *
 * <p>Formats read the value at the parser's current token and return the value, {@link #FAILED}
 * (a problem was recorded and the value skipped) or {@link #ABSENT} (lenient mode dropped an
 * unknown optional value). Fatal problems (syntax, limits, the document header) throw
 * {@link Abort}.
 */
final class Reading {
    /** Returned by a format when the value could not be read; a problem has been recorded. */
    static final Object FAILED = new Object();
    /** Returned by a format when lenient mode ignores the value. */
    static final Object ABSENT = new Object();

    final JsonParser parser;
    final boolean lenient;
    final JsonLimits limits;
    /** The rules of the application's own that a ranking may name, besides the built-in ones. */
    final RegisteredRules rules;
    /**
     * The context in which the value read starts when it sits inside the application's own JSON
     * (read through the module), or null at the root: names above it are the application's.
     */
    private final TokenStreamContext base;
    private final List<JsonProblem> problems = new ArrayList<>(2);
    /** The indexes of the problems found by the model's invariants, whose location a re-scan may refine. */
    private final BitSet unplaced = new BitSet();
    private InvalidModelException cause;

    /** A reading of the value at the parser's position, with the settings of the module. */
    Reading(JsonParser parser, IptJsonModule module) {
        this(parser, module.isLenient(), module.limits(), module.registeredRules());
    }

    private Reading(JsonParser parser, boolean lenient, JsonLimits limits, RegisteredRules rules) {
        this.parser = parser;
        TokenStreamContext start = parser.streamReadContext();
        this.base = start == null || start.inRoot() ? null : start;
        this.lenient = lenient;
        this.limits = limits;
        this.rules = rules;
    }

    /** A reading with the same settings over another parser (a document put in order); see {@link #addAllPlaceable}. */
    Reading over(JsonParser other) {
        return new Reading(other, lenient, limits, rules);
    }

    /** Records a problem at the current token and returns {@link #FAILED}. */
    Object fail(ProblemKind kind, String message) {
        add(kind, pointerHere(), parser.currentTokenLocation(), null, message, true);
        return FAILED;
    }

    /** Records a wrong-type problem at the current token, skips the value and returns {@link #FAILED}. */
    Object wrongType(String message) {
        fail(ProblemKind.WRONG_TYPE, parser.currentToken() == JsonToken.VALUE_NULL
                ? "must not be null" : message);
        parser.skipChildren();
        return FAILED;
    }

    /** Records a problem at a given pointer and the current location. */
    void failAt(ProblemKind kind, String pointer, String message) {
        add(kind, pointer, parser.currentTokenLocation(), null, message, true);
    }

    /** Records a problem at a given pointer and location, found after the value was read. */
    void failAt(ProblemKind kind, String pointer, TokenStreamLocation location, String message) {
        add(kind, pointer, location, null, message, true);
    }

    /** Records a problem at the current token and stops reading. */
    Abort abort(ProblemKind kind, String message) {
        fail(kind, message);
        throw Abort.INSTANCE;
    }

    /** Records a problem at a given pointer and stops reading. */
    Abort abortAt(ProblemKind kind, String pointer, String message) {
        failAt(kind, pointer, message);
        throw Abort.INSTANCE;
    }

    /** Records an unknown property at the current property-name token: the pointer names the object. */
    void unknownProperty() {
        TokenStreamContext object = parser.streamReadContext();
        TokenStreamContext parent = object.getParent();
        String pointer = parent == null ? "" : Pointers.of(parent, base);
        add(ProblemKind.UNKNOWN_PROPERTY, pointer, parser.currentTokenLocation(), null,
                "holds a property that the format does not define", true);
    }

    /**
     * Records the violations of a model exception thrown while building the object that just
     * ended. Pointers are the object's pointer followed by each violation's path in format names.
     */
    void violations(InvalidModelException e, ObjectFormat<?, ?> format, TokenStreamContext objectContext) {
        if (cause == null) {
            cause = e;
        }
        String base = pointerHere();
        TokenStreamLocation start = objectContext.startLocation(ContentReference.unknown());
        for (Violation v : e.violations()) {
            add(ProblemKind.INVALID_VALUE, base + format.pointerOf(v.path()), start, v.rule(),
                    v.rule().description(), false);
        }
    }

    /**
     * Records the values of the object that just ended that break a rule of the format's own
     * ({@link Disagreement}); pointers as for {@link #violations}.
     */
    void disagreements(Disagreement e, ObjectFormat<?, ?> format, TokenStreamContext objectContext) {
        String base = pointerHere();
        TokenStreamLocation start = objectContext.startLocation(ContentReference.unknown());
        for (Disagreement.Place place : e.places()) {
            add(ProblemKind.INVALID_VALUE, base + format.pointerOf(place.path()), start, null, place.message(), false);
        }
    }

    /** Records a value rejected by a model factory (an identifier, a range) at the current token. */
    Object rejected(InvalidModelException e, String message) {
        if (cause == null) {
            cause = e;
        }
        ModelRule rule = e.violations().get(0).rule();
        add(ProblemKind.INVALID_VALUE, pointerHere(), parser.currentTokenLocation(), rule, message, true);
        return FAILED;
    }

    /** Records a Jackson exception (malformed input or a stream constraint) at the parser's position. */
    void jackson(JacksonException e) {
        ProblemKind kind = e instanceof StreamConstraintsException ? ProblemKind.LIMIT : ProblemKind.SYNTAX;
        String message;
        if (e instanceof StreamConstraintsException) {
            message = limitMessage(String.valueOf(e.getOriginalMessage()));
        } else if (e instanceof UnexpectedEndOfInputException) {
            message = "ends before the JSON text is complete";
        } else {
            message = "is not well-formed JSON";
        }
        TokenStreamLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String pointer;
        try {
            pointer = pointerHere();
        } catch (RuntimeException unavailable) {
            pointer = "";
        }
        add(kind, pointer, location, null, message, true);
    }

    /** Chooses one of our own sentences by the constraint Jackson names; never copies its text. */
    private static String limitMessage(String jacksonMessage) {
        if (jacksonMessage.contains("getMaxDocumentLength")) {
            return "exceeds the maximum document length";
        } else if (jacksonMessage.contains("getMaxNestingDepth")) {
            return "exceeds the maximum nesting depth";
        } else if (jacksonMessage.contains("getMaxStringLength")) {
            return "exceeds the maximum string length";
        } else if (jacksonMessage.contains("getMaxNumberLength")) {
            return "exceeds the maximum number length";
        } else if (jacksonMessage.contains("getMaxNameLength")) {
            return "exceeds the maximum property name length";
        }
        return "exceeds a limit of the reader";
    }

    /**
     * The JSON Pointer of the value at the current token (of the container, at a start or end
     * token), holding names of the format only ({@link Pointers}).
     */
    String pointerHere() {
        return Pointers.of(parser.streamReadContext(), base);
    }

    private void add(ProblemKind kind, String pointer, TokenStreamLocation location, ModelRule rule, String message,
            boolean exact) {
        long line = -1;
        int column = -1;
        if (location != null && location.getLineNr() > 0) {
            line = location.getLineNr();
            column = location.getColumnNr();
        }
        if (!exact) {
            unplaced.set(problems.size());
        }
        problems.add(new JsonProblem(kind, pointer, line, column, rule, message));
        if (problems.size() >= JsonLimits.MAX_PROBLEMS) {
            throw Abort.INSTANCE;
        }
    }

    /**
     * Records the problems of a read of the same document put in order (its header moved first):
     * their pointers are those of the input, so they are placed in it like the problems of the
     * model's invariants.
     */
    void addAllPlaceable(Reading other) {
        for (int i = 0; i < other.problems.size(); i++) {
            if (problems.size() >= JsonLimits.MAX_PROBLEMS) {
                break;
            }
            unplaced.set(problems.size());
            problems.add(other.problems.get(i).at(-1, -1));
        }
        if (cause == null) {
            cause = other.cause;
        }
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /**
     * Returns the exception for the problems found; the problems of the model's invariants can be
     * placed exactly by the reader of a source held in memory ({@link IptJsonException#place}).
     */
    IptJsonException exception() {
        return new IptJsonException(problems, cause, (BitSet) unplaced.clone());
    }

    /** Stops a read after a fatal problem. Carries no stack trace and no message. */
    static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Abort INSTANCE = new Abort();

        private Abort() {
            super(null, null, false, false);
        }
    }
}
