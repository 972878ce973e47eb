package org.iptmodel.core.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Violation;

/** Checks of the rule contract shared by the policy builder and the rule factory. Package-private. */
final class RuleChecks {
    /** The identifier form of the core's ids ({@link ModelRule#ID_FORMAT}). */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private RuleChecks() {
    }

    static boolean isToken(String value) {
        return TOKEN.matcher(value).matches();
    }

    /**
     * Returns the violations of a rule's name, description and source; the paths are
     * {@code prefix + "name"} and so on, with a dot after a non-empty prefix.
     */
    static List<Violation> describe(String name, String description, String source, String prefix) {
        String at = prefix.isEmpty() ? "" : prefix + ".";
        List<Violation> violations = new ArrayList<>();
        if (name == null) {
            violations.add(new Violation(at + "name", ModelRule.REQUIRED, at + "name is required"));
        } else if (!isToken(name)) {
            violations.add(new Violation(at + "name", ModelRule.ID_FORMAT,
                    at + "name " + ModelRule.ID_FORMAT.description()));
        }
        blank(description, at + "description", violations);
        blank(source, at + "source", violations);
        return violations;
    }

    private static void blank(String text, String path, List<Violation> violations) {
        if (text == null) {
            violations.add(new Violation(path, ModelRule.REQUIRED, path + " is required"));
        } else if (text.isBlank()) {
            violations.add(new Violation(path, ModelRule.NOT_BLANK, path + " " + ModelRule.NOT_BLANK.description()));
        }
    }
}
