package org.iptmodel.json;

import java.util.List;
import org.iptmodel.core.Course;
import org.iptmodel.core.Protocol;

/**
 * The document types of the format.
 *
 * <p>To add one: define its {@link ObjectFormat} (in {@link ModelFormats} or a class of its own),
 * add a constant here and to {@link #ALL}, add an accessor to {@link IptJson}, ship its schema
 * {@code schema/<name>-v1.schema.json}, and add golden files and a generator to the tests.
 * {@link IptJsonModule} registers every document of {@link #ALL}.
 */
final class Documents {
    static final Document<Course> COURSE = new Document<>("iptmodel/course", Course.class, ModelFormats.COURSE,
            "schema/course-v1.schema.json");
    static final Document<Protocol> PROTOCOL = new Document<>("iptmodel/protocol", Protocol.class,
            ModelFormats.PROTOCOL, "schema/protocol-v1.schema.json");

    static final List<Document<?>> ALL = List.of(COURSE, PROTOCOL);

    private Documents() {
    }
}
