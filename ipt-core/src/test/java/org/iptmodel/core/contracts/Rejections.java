package org.iptmodel.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Violation;
import org.iptmodel.core.arbitraries.IptArbitraries;

/**
 * Assertions that an invalid value is rejected as documented: with an {@link InvalidModelException}
 * whose violations name the expected field path and {@link ModelRule}, and whose message, paths
 * and violation messages show no patient text.
 *
 * <pre>{@code
 * Rejections.assertRejected(
 *         () -> Session.builder().from(session).number(0).build(),
 *         () -> session.withNumber(0),
 *         "number", ModelRule.VALUE_IN_RANGE);
 * }</pre>
 */
public final class Rejections {

    private Rejections() {
    }

    /**
     * Asserts that the code throws an {@link InvalidModelException} with, among its violations, one
     * at {@code path} breaking {@code rule}, and no patient text: neither
     * {@link IptArbitraries#REDACTION_MARKER} nor any of {@code secrets}.
     *
     * @param code the code that builds the invalid value, not null
     * @param path the expected field path, not null
     * @param rule the expected rule, not null
     * @param secrets redacted texts the invalid value holds, not null
     * @return the exception, not null
     */
    public static InvalidModelException assertRejected(ThrowingCallable code, String path, ModelRule rule,
            String... secrets) {
        InvalidModelException[] thrown = new InvalidModelException[1];
        assertThatExceptionOfType(InvalidModelException.class).isThrownBy(code).satisfies(e -> {
            assertThat(e.violations()).extracting(Violation::path, Violation::rule).contains(tuple(path, rule));
            assertShowsNoPatientText(e, secrets);
            thrown[0] = e;
        });
        return thrown[0];
    }

    /**
     * Asserts that the builder path and the {@code with*} path both reject the invalid value with
     * a violation at {@code path} breaking {@code rule}, without patient text.
     *
     * @param viaBuilder the code that builds the invalid value with a builder, not null
     * @param viaWith the code that makes it with a {@code with*} copy, not null
     * @param path the expected field path, not null
     * @param rule the expected rule, not null
     * @param secrets redacted texts the invalid value holds, not null
     */
    public static void assertRejected(ThrowingCallable viaBuilder, ThrowingCallable viaWith, String path,
            ModelRule rule, String... secrets) {
        assertRejected(viaBuilder, path, rule, secrets);
        assertRejected(viaWith, path, rule, secrets);
    }

    /**
     * Asserts that the code throws an {@link InvalidModelException} with exactly one violation, at
     * {@code path} breaking {@code rule}, and without patient text.
     *
     * @param code the code that builds the invalid value, not null
     * @param path the expected field path, not null
     * @param rule the expected rule, not null
     * @return the exception, not null
     */
    public static InvalidModelException assertRejectedOnly(ThrowingCallable code, String path, ModelRule rule) {
        InvalidModelException e = assertRejected(code, path, rule);
        assertThat(e.violations()).extracting(Violation::path, Violation::rule).containsExactly(tuple(path, rule));
        return e;
    }

    /**
     * Asserts that an exception shows no patient text: neither
     * {@link IptArbitraries#REDACTION_MARKER} nor any of {@code secrets}, in its message, paths or
     * violation messages.
     *
     * @param e the exception, not null
     * @param secrets redacted texts, not null
     */
    public static void assertShowsNoPatientText(InvalidModelException e, String... secrets) {
        List<String> shown = new java.util.ArrayList<>();
        shown.add(String.valueOf(e.getMessage()));
        shown.add(e.toString());
        for (Violation v : e.violations()) {
            shown.add(v.path());
            shown.add(v.message());
            shown.add(v.toString());
        }
        for (String text : shown) {
            assertThat(text).doesNotContain(IptArbitraries.REDACTION_MARKER);
            for (String secret : secrets) {
                assertThat(text).doesNotContain(secret);
            }
        }
    }
}
