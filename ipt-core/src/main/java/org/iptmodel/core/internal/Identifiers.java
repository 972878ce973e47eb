package org.iptmodel.core.internal;

/**
 * The form of every identifier of the model ({@code ModelRule.ID_FORMAT}): ids, protocol ids,
 * instrument codes and ranking rule names. Not exported by the module.
 */
public final class Identifiers {
    /** The longest identifier. */
    private static final int MAX_LENGTH = 64;

    private Identifiers() {
    }

    /**
     * Checks whether the value matches {@code [A-Za-z0-9][A-Za-z0-9._:-]{0,63}}: by a loop over
     * the characters rather than a regular expression, since every id goes through it.
     *
     * @param value the text, not null
     * @return true if the text is an identifier
     */
    public static boolean isToken(String value) {
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
