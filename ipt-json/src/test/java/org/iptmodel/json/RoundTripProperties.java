package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iptmodel.core.Course;
import org.iptmodel.core.Protocol;

/** Reading what was written gives the value back, through every input and output type. */
class RoundTripProperties {
    private static final IptJson STRICT = IptJson.strict();
    private static final IptJson PRETTY = IptJson.strict().withPrettyPrinting(true);

    @Provide
    Arbitrary<Course> courses() {
        return Generators.courses();
    }

    @Provide
    Arbitrary<Protocol> protocols() {
        return Generators.protocols();
    }

    @Property
    void a_course_reads_back_from_its_text(@ForAll("courses") Course course) {
        assertThat(STRICT.course().read(STRICT.course().write(course))).isEqualTo(course);
        assertThat(STRICT.course().read(PRETTY.course().write(course))).isEqualTo(course);
    }

    @Property(tries = 100)
    void a_course_reads_back_from_its_bytes_streams_and_writers(@ForAll("courses") Course course) {
        DocumentCodec<Course> codec = STRICT.course();
        assertThat(codec.read(codec.writeBytes(course))).isEqualTo(course);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        codec.write(course, bytes);
        assertThat(codec.read(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(course);
        StringWriter text = new StringWriter();
        codec.write(course, text);
        assertThat(codec.read(new StringReader(text.toString()))).isEqualTo(course);
    }

    @Property
    void a_protocol_reads_back(@ForAll("protocols") Protocol protocol) {
        assertThat(STRICT.protocol().read(STRICT.protocol().write(protocol))).isEqualTo(protocol);
        assertThat(STRICT.protocol().read(PRETTY.protocol().writeBytes(protocol))).isEqualTo(protocol);
    }

    @Property
    void writing_is_deterministic(@ForAll("courses") Course course) {
        String once = STRICT.course().write(course);
        assertThat(STRICT.course().write(course)).isEqualTo(once);
        assertThat(STRICT.course().write(STRICT.course().read(once))).isEqualTo(once);
        assertThat(new String(STRICT.course().writeBytes(course), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(once);
        String pretty = PRETTY.course().write(course);
        assertThat(PRETTY.course().write(PRETTY.course().read(pretty))).isEqualTo(pretty);
    }

    @Property
    void writing_a_protocol_is_deterministic(@ForAll("protocols") Protocol protocol) {
        String once = PRETTY.protocol().write(protocol);
        assertThat(PRETTY.protocol().write(protocol)).isEqualTo(once);
        assertThat(PRETTY.protocol().write(PRETTY.protocol().read(once))).isEqualTo(once);
        assertThat(STRICT.protocol().writeBytes(protocol)).isEqualTo(STRICT.protocol().writeBytes(
                STRICT.protocol().read(STRICT.protocol().write(protocol))));
    }

    @Property(tries = 100)
    void every_course_written_is_valid_by_the_schema(@ForAll("courses") Course course) {
        assertThat(Schemas.errors(Documents.COURSE, STRICT.course().write(course))).isEmpty();
    }

    @Property(tries = 100)
    void every_protocol_written_is_valid_by_the_schema(@ForAll("protocols") Protocol protocol) {
        assertThat(Schemas.errors(Documents.PROTOCOL, PRETTY.protocol().write(protocol))).isEmpty();
    }
}
