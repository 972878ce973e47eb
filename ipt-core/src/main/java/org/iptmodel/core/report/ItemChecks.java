package org.iptmodel.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Reference;
import org.iptmodel.core.Violation;
import org.iptmodel.core.internal.Identifiers;

/**
 * What a {@link SafetyFlag} and a {@link SafetyNotice} share: the works behind the review of a
 * suicidality item, and the checks of the session, instrument code and item they name.
 * Package-private.
 */
final class ItemChecks {
    /** The works that define the catalogue instruments' suicidality items. */
    static final List<Reference> REFERENCES = List.of(Bibliography.KROENKE_2001, Bibliography.BECK_1996,
            Bibliography.HAMILTON_1960);
    /** Why an item's response is reviewed on its own, in words. */
    static final String REVIEW = "Any response above 0 on a suicidality item is reviewed on its own, whatever the"
            + " total (Kroenke, Spitzer and Williams 2001, PHQ-9 item 9; Beck, Steer and Brown 1996, BDI-II item 9;"
            + " Hamilton 1960, item 3)";

    private ItemChecks() {
    }

    /**
     * Checks the entries of a report's safety section: not null, in session order. Each entry out
     * of order is a violation at {@code path[i]}, such as {@code safetyFlags[2]}.
     *
     * @param noun the entries in words, such as {@code "safety flags"}
     * @return a copy of the entries
     */
    static <T> List<T> inSessionOrder(List<T> entries, ToIntFunction<T> session, String path, String noun,
            List<Violation> violations) {
        Objects.requireNonNull(entries, path);
        for (int i = 0; i < entries.size(); i++) {
            Objects.requireNonNull(entries.get(i), path + "[" + i + "]");
            if (i > 0 && session.applyAsInt(entries.get(i)) < session.applyAsInt(entries.get(i - 1))) {
                violations.add(new Violation(path + "[" + i + "]", ModelRule.REPORT_ORDER,
                        noun + " must be in session order: session " + session.applyAsInt(entries.get(i))
                                + " follows session " + session.applyAsInt(entries.get(i - 1))));
            }
        }
        return List.copyOf(entries);
    }

    /**
     * Returns the violations of a session number, an instrument code and an item number: the
     * session and item at least 1, the code not blank and in identifier form.
     */
    static List<Violation> check(int session, String instrument, int item) {
        Objects.requireNonNull(instrument, "instrument");
        List<Violation> violations = new ArrayList<>();
        if (session < 1) {
            violations.add(new Violation("session", ModelRule.VALUE_IN_RANGE, "session must be at least 1"));
        }
        if (instrument.isBlank()) {
            violations.add(new Violation("instrument", ModelRule.NOT_BLANK, "instrument must not be blank"));
        } else if (!Identifiers.isToken(instrument)) {
            violations.add(new Violation("instrument", ModelRule.ID_FORMAT,
                    "instrument " + ModelRule.ID_FORMAT.description()));
        }
        if (item < 1) {
            violations.add(new Violation("item", ModelRule.VALUE_IN_RANGE, "item must be at least 1"));
        }
        return violations;
    }
}
