package org.iptmodel.json.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import org.iptmodel.core.Course;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.arbitraries.IptDomain;
import org.iptmodel.json.IptJson;

/**
 * For any valid course, {@code validate}, {@code rank} and {@code report} succeed and never print
 * its free text: every text the shared arbitraries generate starts with
 * {@link IptArbitraries#REDACTION_MARKER}.
 */
@Domain(IptDomain.class)
class CliRedactionProperties {

    @Property(tries = 100)
    void no_command_prints_the_free_text_of_a_course(@ForAll Course course) throws IOException {
        Path file = Files.createTempFile("course-", ".json");
        try {
            IptJson.strict().course().write(course, file);
            for (String command : new String[] {"validate", "rank", "report"}) {
                Cli.Result result = Cli.run(command, file.toString());

                assertThat(result.exit()).as(command + ": " + result.err()).isZero();
                assertThat(result.out() + result.err()).as(command).doesNotContain(IptArbitraries.REDACTION_MARKER);
            }
        } finally {
            Files.delete(file);
        }
    }
}
