package org.iptmodel.core;

import java.util.List;
import java.util.Objects;
import org.iptmodel.core.internal.Identifiers;

/** Validation shared by the identifier types. Package-private. */
final class Ids {
    private Ids() {
    }

    static String token(String type, String value) {
        Objects.requireNonNull(value, "value");
        if (!isToken(value)) {
            throw new InvalidModelException(type, List.of(new Violation(
                    "value", ModelRule.ID_FORMAT, "value " + ModelRule.ID_FORMAT.description())));
        }
        return value;
    }

    /** Whether the value is an identifier ({@link Identifiers#isToken}). */
    static boolean isToken(String value) {
        return Identifiers.isToken(value);
    }
}
