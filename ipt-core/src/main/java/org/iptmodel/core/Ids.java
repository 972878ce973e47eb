package org.iptmodel.core;

import java.util.List;
import java.util.Objects;

/** Validation shared by the identifier types. Package-private. */
final class Ids {
    /** The longest identifier. */
    private static final int MAX_LENGTH = 64;

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

    /**
     * Whether the value matches {@code [A-Za-z0-9][A-Za-z0-9._:-]{0,63}}: checked by a loop over
     * the characters rather than a regular expression, since every id goes through it.
     */
    static boolean isToken(String value) {
        int length = value.length();
        if (length == 0 || length > MAX_LENGTH || !isAsciiLetterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = value.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
