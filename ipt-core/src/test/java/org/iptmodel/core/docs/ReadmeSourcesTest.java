package org.iptmodel.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.Reference;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's Sources section equal to the bibliography: one bullet per work, in the order
 * of {@link Bibliography#all()}, each {@code `key`: citation}.
 */
class ReadmeSourcesTest {

    private static final Pattern BULLET = Pattern.compile("- `([^`]+)`: (.+)");

    @Test
    void sourcesListEveryWorkOfTheBibliographyInOrderWithItsCitation() throws IOException {
        List<String> expected = new ArrayList<>();
        for (Reference work : Bibliography.all()) {
            expected.add(work.key() + ": " + work.citation());
        }

        List<String> listed = new ArrayList<>();
        for (String line : sourcesSection().lines().toList()) {
            if (line.startsWith("- ")) {
                Matcher bullet = BULLET.matcher(line);
                assertThat(bullet.matches()).as("bullet of the form - `key`: citation: %s", line).isTrue();
                listed.add(bullet.group(1) + ": " + bullet.group(2));
            }
        }

        assertThat(listed).containsExactlyElementsOf(expected);
    }

    @Test
    void sourcesSayHowToLookAKeyUp() throws IOException {
        assertThat(sourcesSection()).contains("`Bibliography.find(key)`").contains("JSON documents");
    }

    /** The text between the {@code ## Sources} heading and the next second-level heading. */
    static String sourcesSection() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md")).replace("\r\n", "\n");
        int start = readme.indexOf("\n## Sources\n");
        assertThat(start).as("a ## Sources section in README.md").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        return end < 0 ? readme.substring(start) : readme.substring(start, end);
    }
}
