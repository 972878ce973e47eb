package org.iptmodel.json.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.iptmodel.core.Course;
import org.iptmodel.json.IptJson;

/**
 * The bundled sample course: a fictional course of standard IPT in progress, a course document
 * in this package's resources ({@value #RESOURCE}).
 *
 * <p>Nine of sixteen weekly sessions held: three initial sessions with the interpersonal
 * inventory, four issues, the focus agreed at session 3 and an accepted formulation, then the
 * middle phase, one week missed; PHQ-9 item responses every four sessions (IPT Institute
 * training) and a HAM-D-17 total at baseline; item 9 of the baseline PHQ-9 is above 0, so every
 * report shows a safety flag. Its text is invented and belongs to no patient.
 */
final class SampleCourse {
    /** The resource's name, relative to this class. */
    static final String RESOURCE = "sample-course.json";

    private SampleCourse() {
    }

    /** Returns the resource's bytes, exactly as bundled. */
    static byte[] bytes() {
        try (InputStream in = SampleCourse.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample course " + RESOURCE + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the sample strictly, as any input is read. */
    static Course course() {
        return IptJson.strict().course().read(bytes());
    }
}
