package org.iptmodel.json.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import org.iptmodel.core.Course;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.arbitraries.IptDomain;
import org.iptmodel.json.IptJson;

/**
 * For any valid course, {@code validate}, {@code rank} and {@code report}, with and without
 * {@code --json}, succeed and never print its free text: every text the shared arbitraries generate
 * starts with {@link IptArbitraries#REDACTION_MARKER}. The redacted ranking document reads back.
 */
@Domain(IptDomain.class)
class CliRedactionProperties {
    private static final String[][] COMMANDS = {{"validate"}, {"validate", "--json"}, {"rank"}, {"rank", "--json"},
        {"rank", "--policy", "brief", "--json"}, {"report"}, {"report", "--json"}};

    @Property(tries = 100)
    void no_command_prints_the_free_text_of_a_course(@ForAll Course course) throws IOException {
        Path file = Files.createTempFile("course-", ".json");
        try {
            IptJson.strict().course().write(course, file);
            for (String[] command : COMMANDS) {
                Cli.Result result = Cli.run(Stream.concat(Stream.of(command), Stream.of(file.toString()))
                        .toArray(String[]::new));

                String name = String.join(" ", command);
                assertThat(result.exit()).as(name + ": " + result.err()).isZero();
                assertThat(result.out() + result.err()).as(name).doesNotContain(IptArbitraries.REDACTION_MARKER);
            }
            IptJson.strict().ranking().read(Cli.run("rank", "--json", file.toString()).out());
        } finally {
            Files.delete(file);
        }
    }
}
