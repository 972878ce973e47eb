package org.iptmodel.core.report;

import java.util.List;
import org.iptmodel.core.Reference;

/**
 * One entry of a report: a {@link SafetyFlag} or a {@link Deviation}.
 *
 * <p>Entries hold numbers, codes and enum values only, never free text from the course.
 */
public sealed interface ReportEntry permits SafetyFlag, Deviation {

    /**
     * Returns how urgently the entry asks for attention.
     *
     * @return the severity, not null
     */
    ReportSeverity severity();

    /**
     * Returns the numbers of the sessions involved.
     *
     * @return the session numbers, ascending, unmodifiable; empty when the entry concerns the
     *     course as a whole
     */
    List<Integer> sessions();

    /**
     * Returns the clinical source of the guidance, as a citation.
     *
     * @return the citation, not blank
     */
    String source();

    /**
     * Returns the works the guidance follows, entries of {@link org.iptmodel.core.Bibliography}.
     *
     * @return the references, unmodifiable, not empty
     */
    List<Reference> references();

    /**
     * Returns a sentence describing the entry, made of numbers, codes and enum values.
     *
     * @return the sentence, not blank
     */
    String message();
}
