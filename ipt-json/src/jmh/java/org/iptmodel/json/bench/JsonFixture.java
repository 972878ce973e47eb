package org.iptmodel.json.bench;

import java.nio.charset.StandardCharsets;
import org.iptmodel.core.Course;
import org.iptmodel.core.bench.CourseInputs;
import org.iptmodel.core.bench.Courses;
import org.iptmodel.json.IptJson;

/**
 * The course of the benchmarks (as ipt-core's build benchmark: 8 people, 6 issues, one PHQ-9 per
 * session, items on some), its compact JSON document, and the same document as plain records.
 */
public final class JsonFixture {
    /** The course. */
    public final Course course;
    /** Its document, compact UTF-8, as {@code IptJson.strict()} writes it. */
    public final byte[] bytes;
    /** The same document read into plain records. */
    public final PlainDoc.Course plain;

    private JsonFixture(int sessions) {
        course = Courses.withBuilders(CourseInputs.of(sessions));
        bytes = IptJson.strict().course().writeBytes(course);
        plain = PlainDoc.MAPPER.readValue(bytes, PlainDoc.Course.class);
        byte[] theirs = PlainDoc.MAPPER.writeValueAsBytes(plain);
        if (!PlainDoc.MAPPER.readValue(theirs, PlainDoc.Course.class).equals(plain) || theirs.length != bytes.length) {
            throw new IllegalStateException("the baseline writes another document:\n" + text() + "\n"
                    + new String(theirs, StandardCharsets.UTF_8));
        }
        if (!IptJson.strict().course().read(bytes).equals(course)) {
            throw new IllegalStateException("the course does not read back");
        }
    }

    /**
     * Returns the fixture of a course of the given number of sessions.
     *
     * @param sessions the number of sessions, at least 1
     * @return the fixture, not null
     */
    public static JsonFixture of(int sessions) {
        return new JsonFixture(sessions);
    }

    /**
     * Returns the document as text, for a look at it.
     *
     * @return the text
     */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
