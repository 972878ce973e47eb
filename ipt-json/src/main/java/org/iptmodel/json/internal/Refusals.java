package org.iptmodel.json.internal;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

import org.iptmodel.core.ModelRule;
import org.iptmodel.json.IptJsonException;
import org.iptmodel.json.ProblemKind;

/**
 * Builds an {@link IptJsonException} for the module's packages other than {@code org.iptmodel.json},
 * whose constructors are not public. {@code IptJsonException} registers the factory when its class
 * is initialised. Not exported: no application can reach this class on the module path.
 */
public final class Refusals {
    private static volatile BiFunction<List<Problem>, Throwable, IptJsonException> factory;

    private Refusals() {
    }

    /**
     * One problem: kind, JSON Pointer and message, none of them holding input text.
     *
     * @param kind the kind, not null
     * @param pointer the JSON Pointer of the value concerned, made of format names and indexes only
     * @param rule the rule of the model broken, or null
     * @param message the message, without input text
     */
    public record Problem(ProblemKind kind, String pointer, ModelRule rule, String message) {
        /**
         * Checks the parts.
         *
         * @param kind the kind
         * @param pointer the pointer
         * @param rule the rule, or null
         * @param message the message
         */
        public Problem {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Registers the factory; called once, by {@code IptJsonException}, and refused to any other
     * caller.
     *
     * @param f the factory, not null
     * @throws IllegalCallerException if the caller is not {@code IptJsonException}
     */
    public static synchronized void register(BiFunction<List<Problem>, Throwable, IptJsonException> f) {
        // on the class path this class is reachable: only IptJsonException may register
        if (StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass()
                != IptJsonException.class) {
            throw new IllegalCallerException("only IptJsonException registers the factory");
        }
        if (factory != null) {
            throw new IllegalStateException("registered already");
        }
        factory = Objects.requireNonNull(f, "f");
    }

    /**
     * Returns the exception for the problems.
     *
     * @param problems the problems, not empty
     * @param cause the cause, or null; never an exception whose message quotes input
     * @return the exception, not null
     */
    public static IptJsonException exception(List<Problem> problems, Throwable cause) {
        if (factory == null) {
            try {
                Class.forName(IptJsonException.class.getName(), true, IptJsonException.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return factory.apply(List.copyOf(problems), cause);
    }
}
