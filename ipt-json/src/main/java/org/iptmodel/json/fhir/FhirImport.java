package org.iptmodel.json.fhir;

import java.util.List;
import java.util.Objects;

import org.iptmodel.core.Course;

/**
 * What an import of symptom scores from FHIR did: the course with the scores placed into its
 * sessions, how many were placed, and where in the input the resources are that were skipped or
 * could not be placed.
 *
 * <p>Positions are JSON Pointers (RFC 6901) into the input, made only of FHIR element names and
 * array indexes, such as {@code /entry/4/resource}: they never hold input text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FhirImport {
    private final Course course;
    private final int imported;
    private final List<String> skipped;
    private final List<String> unplaced;

    FhirImport(Course course, int imported, List<String> skipped, List<String> unplaced) {
        this.course = Objects.requireNonNull(course, "course");
        this.imported = imported;
        this.skipped = List.copyOf(skipped);
        this.unplaced = List.copyOf(unplaced);
    }

    /**
     * Returns the course with the imported measurements added to its sessions; otherwise the
     * course given.
     *
     * @return the course, not null
     */
    public Course course() {
        return course;
    }

    /**
     * Returns the number of measurements placed into sessions.
     *
     * @return the count, at least 0
     */
    public int imported() {
        return imported;
    }

    /**
     * Returns the positions of the resources skipped: resources other than observations,
     * observations without a known instrument code, and observations entered in error or
     * cancelled.
     *
     * @return JSON Pointers into the input, in input order, unmodifiable
     */
    public List<String> skipped() {
        return skipped;
    }

    /**
     * Returns the positions of the scores that could not be placed: no session of the course was
     * held on their date, or that session holds a score on the same instrument already.
     *
     * @return JSON Pointers into the input, in input order, unmodifiable
     */
    public List<String> unplaced() {
        return unplaced;
    }

    /**
     * Returns a summary of counts, without input text.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "FhirImport[imported=" + imported + ", skipped=" + skipped.size() + ", unplaced=" + unplaced.size()
                + "]";
    }
}
