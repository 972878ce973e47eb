package org.iptmodel.core;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Validation shared by the identifier types. Package-private. */
final class Ids {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

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

    static boolean isToken(String value) {
        return TOKEN.matcher(value).matches();
    }
}
