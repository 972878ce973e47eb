package org.iptmodel.json;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Thrown when JSON input cannot be read as a document of the iptmodel format.
 *
 * <p>This is the one exception of {@code org.iptmodel.json}. It lists every {@link JsonProblem}
 * found (up to 100), each with its JSON Pointer, line, column, {@link ProblemKind} and a message.
 * When the model rejected a value, the problems name the {@link org.iptmodel.core.ModelRule} and
 * the {@link org.iptmodel.core.InvalidModelException} is the cause. Neither the message nor any
 * problem ever contains input text (Jackson's own messages quote input, so they are never copied
 * here, nor chained as causes). A read that throws this exception returns no object.
 *
 * <p>It extends Jackson's unchecked {@link DatabindException} (a {@link JacksonException}), so a
 * {@code JsonMapper} using {@link IptJsonModule} passes it through unchanged and
 * {@code catch (DatabindException e)} around {@code mapper.readValue(..)} catches it, as it catches
 * Jackson's own binding errors. What Jackson itself reports before the module is reached (a JSON
 * text that is not well-formed at the root, a mapper's own constraints) is Jackson's exception, whose
 * message may quote input; the module's readers turn every failure they meet into this exception.
 *
 * <pre>{@code
 * try {
 *     Course course = IptJson.strict().course().read(text);
 * } catch (IptJsonException e) {
 *     for (JsonProblem p : e.problems()) {
 *         log.warn("{} {} at line {}: {}", p.kind(), p.pointer(), p.line(), p.message());
 *     }
 * }
 * }</pre>
 */
public final class IptJsonException extends DatabindException {
    private static final long serialVersionUID = 1L;
    private static final int MESSAGE_PROBLEMS = 10;

    static {
        // the module's other packages (the FHIR bridge) refuse input with this exception too
        org.iptmodel.json.internal.Refusals.register((problems, cause) -> new IptJsonException(problems.stream()
                .map(p -> new JsonProblem(p.kind(), p.pointer(), -1, -1, p.rule(), p.message()))
                .collect(java.util.stream.Collectors.toList()), cause));
    }

    /**
     * The problems, never empty; serialized with the exception. Not final only so that
     * {@link #place} can place them in the source before the exception leaves the library.
     */
    @SuppressWarnings("serial") // an unmodifiable List.copyOf list of Serializable JsonProblems
    private List<JsonProblem> problems;
    /**
     * The indexes of the problems placed by pointer only (the model's invariants, a document put
     * in order), which a scan of the source may place exactly; null if none.
     */
    private transient BitSet unplaced;

    IptJsonException(List<JsonProblem> problems, Throwable cause) {
        this(problems, cause, null);
    }

    IptJsonException(List<JsonProblem> problems, Throwable cause, BitSet unplaced) {
        super((java.io.Closeable) null, null, cause);
        format(problems); // refuses an empty list
        this.problems = List.copyOf(problems);
        this.unplaced = unplaced == null || unplaced.isEmpty() ? null : unplaced;
    }

    /**
     * Places the problems of a read of a document held in memory, before the exception is
     * thrown to the application: the problems placed by pointer only get the line and column of
     * their value (or of its nearest present ancestor) in one scan of the source, and every
     * problem gets the line number {@code line} of a newline-delimited stream, if positive.
     *
     * @param locator the scanner of the source read, or null if it cannot be read again
     * @param line the line number of the document in its stream, or 0
     * @return this exception
     */
    IptJsonException place(Locator locator, long line) {
        if (unplaced == null && line <= 0) {
            return this;
        }
        Map<String, int[]> places = Map.of();
        if (locator != null && unplaced != null) {
            List<String> pointers = new ArrayList<>();
            unplaced.stream().forEach(i -> pointers.add(problems.get(i).pointer()));
            places = locator.locateAll(pointers);
        }
        List<JsonProblem> result = new ArrayList<>(problems.size());
        for (int i = 0; i < problems.size(); i++) {
            JsonProblem p = problems.get(i);
            int[] where = unplaced != null && unplaced.get(i) ? places.get(p.pointer()) : null;
            if (where != null) {
                p = p.at(where[0], where[1]);
            }
            if (line > 0) {
                p = p.at(line, p.column());
            }
            result.add(p);
        }
        problems = List.copyOf(result);
        unplaced = null;
        return this;
    }

    private static String format(List<JsonProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an IptJsonException needs at least one problem");
        }
        StringBuilder sb = new StringBuilder("Invalid iptmodel JSON, ").append(problems.size())
                .append(problems.size() == 1 ? " problem: " : " problems: ");
        for (int i = 0; i < problems.size() && i < MESSAGE_PROBLEMS; i++) {
            if (i > 0) {
                sb.append("; ");
            }
            sb.append(problems.get(i));
        }
        if (problems.size() > MESSAGE_PROBLEMS) {
            sb.append("; and ").append(problems.size() - MESSAGE_PROBLEMS).append(" more");
        }
        return sb.toString();
    }

    /**
     * Returns the problems, in the order they were found.
     *
     * @return the problems, unmodifiable, never empty
     */
    public List<JsonProblem> problems() {
        return problems;
    }

    /**
     * Returns the message: the number of problems and the first ten of them.
     *
     * @return the message, never containing input text, not null
     */
    @Override
    public String getMessage() {
        return getOriginalMessage();
    }

    /**
     * Returns the same text as {@link #getMessage()}, without Jackson's location suffix.
     *
     * @return the message, not null
     */
    @Override
    public String getOriginalMessage() {
        return format(problems);
    }
}
