package org.iptmodel.json.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseStatus;
import org.iptmodel.core.Protocol;
import org.iptmodel.json.BadLine;
import org.iptmodel.json.IptJson;
import org.iptmodel.json.IptJsonModule;
import org.iptmodel.json.LineWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the README's JSON examples honest: every region between {@code README-BEGIN} and
 * {@code README-END} below is a Java block of the README, verbatim, and runs here.
 */
class ReadmeJsonExamplesTest {

    @TempDir
    Path dir;

    private static Course sampleCourse() throws IOException {
        return IptJson.strict().course().read(Path.of("src/test/resources/golden/course-ipt-standard.json"));
    }

    @Test
    void readAndWriteRun() throws IOException {
        Course course = sampleCourse();
        Path brief = dir.resolve("brief.json");

        // README-BEGIN json
        IptJson json = IptJson.strict();                   // or IptJson.lenient(); immutable, thread-safe
        String text = json.course().write(course);         // {"schema":"iptmodel/course","version":1,...}
        Course back = json.course().read(text);            // equal to course
        json.protocol().write(Protocol.brief(), brief);
        // README-END

        assertThat(back).isEqualTo(course);
        assertThat(text).startsWith("{\"schema\":\"iptmodel/course\",\"version\":1");
        assertThat(json.protocol().read(brief)).isEqualTo(Protocol.brief());
    }

    @Test
    void datasetsRun() throws IOException {
        IptJson json = IptJson.strict();
        Course course = sampleCourse();
        Path dataset = dir.resolve("courses.ndjson");
        Path copy = dir.resolve("copy.ndjson");
        Files.writeString(dataset, json.course().write(course) + "\n{\"schema\":\"iptmodel/course\"}\n"
                + json.course().write(course) + "\n");

        // README-BEGIN ndjson
        List<BadLine> bad = new ArrayList<>();
        try (Stream<Course> courses = json.course().readLines(dataset, bad::add);
             LineWriter<Course> out = json.course().lineWriter(copy)) {
            courses.filter(c -> c.status() == CourseStatus.COMPLETED).forEach(out::write);
        }
        bad.forEach(System.err::println);                  // line number and problems, never input text
        // README-END

        assertThat(bad).singleElement().satisfies(b -> assertThat(b.toString()).contains("2"));
        long expected = course.status() == CourseStatus.COMPLETED ? 2 : 0;
        try (Stream<Course> written = json.course().readLines(copy)) {
            assertThat(written.count()).isEqualTo(expected);
        }
    }

    @Test
    void ownMapperRuns() throws IOException {
        Course course = sampleCourse();

        // README-BEGIN mapper
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new IptJsonModule())            // or .findAndAddModules()
                .build();
        Course read = mapper.readValue(mapper.writeValueAsString(course), Course.class);
        // README-END

        assertThat(read).isEqualTo(course);
    }

    @Test
    void everyRegionIsAJavaBlockOfTheReadme() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        List<String> blocks = new ArrayList<>();
        while (block.find()) {
            blocks.add(normalise(block.group(1)));
        }
        Matcher region = Pattern.compile("// README-BEGIN [a-z-]+\\n(.*?)\\n[ ]*// README-END", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("src/test/java/org/iptmodel/json/docs/ReadmeJsonExamplesTest.java")));
        int regions = 0;
        while (region.find()) {
            regions++;
            assertThat(blocks).contains(normalise(region.group(1)));
        }
        assertThat(regions).isEqualTo(3);
    }

    private static String normalise(String code) {
        List<String> lines = code.lines().collect(Collectors.toList());
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n")).strip();
    }
}
