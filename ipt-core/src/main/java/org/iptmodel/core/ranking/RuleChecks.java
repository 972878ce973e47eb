package org.iptmodel.core.ranking;

import java.util.ArrayList;
import java.util.List;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Violation;
import org.iptmodel.core.internal.Identifiers;

/** Checks of the rule contract shared by the policy builder and the rule factory. Package-private. */
final class RuleChecks {
    private RuleChecks() {
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
        } else if (!Identifiers.isToken(name)) {
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
