package org.iptmodel.json.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, and bad arguments: exit code 2, a message and a usage line on standard error, nothing on standard output. */
class UsageTest {
    private static final String GOLDEN = Cli.GOLDEN.resolve("course-ipt-standard.json").toString();

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void help_lists_every_command_on_standard_output_with_exit_code_0(String word) {
        Cli.Result result = Cli.run(word);

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.outLines().get(0)).isEqualTo("usage: iptmodel <command> [options] [FILE...]");
        for (Command command : Command.values()) {
            assertThat(result.outLines()).contains("  " + command.usageLine().substring("usage: ".length()));
        }
        assertThat(result.out()).contains("Exit codes: 0 success, 1 an input document is invalid, 2 bad arguments");
    }

    @ParameterizedTest
    @EnumSource(Command.class)
    void each_command_has_its_help_by_help_command_and_by_the_help_option(Command command) {
        Cli.Result byWord = Cli.run("help", command.word());
        Cli.Result byOption = Cli.run(command.word(), "--help");

        assertThat(byWord.exit()).isZero();
        assertThat(byWord.out()).startsWith(command.usageLine() + "\n\n").isEqualTo(byOption.out());
        assertThat(byOption.exit()).isZero();
        assertThat(byWord.err() + byOption.err()).isEmpty();
    }

    @Test
    void help_help_and_help_with_the_help_option_describe_the_help_command() {
        Cli.Result helpHelp = Cli.run("help", "help");

        assertThat(helpHelp.exit()).isZero();
        assertThat(helpHelp.out()).startsWith("usage: iptmodel help [COMMAND]\n\n");
        assertThat(Cli.run("help", "--help").out()).isEqualTo(helpHelp.out());
        assertThat(Cli.run("--help", "help").out()).isEqualTo(helpHelp.out());
        assertThat(Cli.run("-h", "rank").out()).isEqualTo(Cli.run("help", "rank").out());
    }

    @Test
    void the_help_names_the_exit_codes_and_the_redaction() {
        String help = Cli.run("help").out();

        assertThat(help).contains("  iptmodel help [COMMAND]\n", "A document of another type than the command reads is invalid",
                "a failure of the tool itself also exits with 2", "hold \"redacted\" in its place");
        assertThat(Cli.run("help", "rank").out()).contains("With --json", "\"redacted\"");
        assertThat(Cli.run("help", "validate").out()).contains("iptmodel/course, iptmodel/protocol, iptmodel/ranking,",
                "file, pointer, line, column, kind, rule (null if none) and message", "cannot be read");
    }

    @Test
    void a_defect_of_the_tool_gives_exit_code_2_and_its_class_name_only() {
        PrintStream broken = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                throw new IllegalStateException("secret detail");
            }
        });
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = Main.run(new String[] {"help"}, broken, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("iptmodel: internal error java.lang.IllegalStateException; please report it\n");
    }

    @Test
    void the_help_option_wins_over_missing_arguments() {
        assertThat(Cli.run("plan", "-h").exit()).isZero();
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(
                bad("no command given", "usage: iptmodel <command>"),
                bad("unknown command frobnicate", "usage: iptmodel <command>", "frobnicate"),
                bad("unknown command rnak", "usage: iptmodel <command>", "help", "rnak"),
                bad("help takes at most one COMMAND", "usage: iptmodel <command>", "help", "rank", "plan"),
                bad("unknown option --json", "usage: iptmodel help", "help", "--json"),
                bad("option --json is given twice", "usage: iptmodel rank", "rank", "--json", "--json", GOLDEN),
                bad("option --json takes no value", "usage: iptmodel validate", "validate", "--json=true", GOLDEN),
                bad("no FILE given", "usage: iptmodel validate", "validate"),
                bad("unknown option --strict", "usage: iptmodel validate", "validate", "--strict", GOLDEN),
                bad("option --ndjson takes no value", "usage: iptmodel validate", "validate", "--ndjson=yes", GOLDEN),
                bad("option --ndjson is given twice", "usage: iptmodel validate", "validate", "--ndjson", "--ndjson",
                        GOLDEN),
                bad("unknown option -x", "usage: iptmodel validate", "validate", "-x", GOLDEN),
                bad("no FILE given", "usage: iptmodel rank", "rank"),
                bad("only one FILE is allowed", "usage: iptmodel rank", "rank", GOLDEN, GOLDEN),
                bad("unknown policy fastest (default or brief)", "usage: iptmodel rank", "rank", "--policy", "fastest",
                        GOLDEN),
                bad("option --policy needs a value", "usage: iptmodel rank", "rank", GOLDEN, "--policy"),
                bad("option --policy is given twice", "usage: iptmodel rank", "rank", "--policy=brief", "--policy",
                        "brief", GOLDEN),
                bad("no FILE given", "usage: iptmodel report", "report"),
                bad("option --protocol is required", "usage: iptmodel plan", "plan", "--start", "2026-01-05"),
                bad("option --start is required", "usage: iptmodel plan", "plan", "--protocol", "ipt-standard"),
                bad("--start needs a date as YYYY-MM-DD, was '05/01/2026'", "usage: iptmodel plan", "plan",
                        "--protocol", "ipt-standard", "--start", "05/01/2026"),
                bad("unknown protocol ipt-x (one of ipt-standard, ipt-brief, ipt-a, ipt-g, ipt-g-depression, ipc, ipt-m,"
                        + " or a protocol document FILE.json)", "usage: iptmodel plan", "plan", "--protocol", "ipt-x", "--start",
                        "2026-01-05"),
                bad("--sessions needs a whole number, was 'twelve'", "usage: iptmodel plan", "plan", "--protocol",
                        "ipt-standard", "--start", "2026-01-05", "--sessions", "twelve"),
                bad("sessionCount must be between 1 and 10000 for this protocol, was 0", "usage: iptmodel plan",
                        "plan", "--protocol", "ipt-standard", "--start", "2026-01-05", "--sessions", "0"),
                bad("--cadence needs an ISO-8601 period such as P1W, was 'weekly'", "usage: iptmodel plan", "plan",
                        "--protocol", "ipt-standard", "--start", "2026-01-05", "--cadence", "weekly"),
                bad("--skip needs a date as YYYY-MM-DD, was ''", "usage: iptmodel plan", "plan", "--protocol",
                        "ipt-standard", "--start", "2026-01-05", "--skip", "2026-02-16,"),
                bad("protocol ipt-m has no acute phase: give --maintenance N", "usage: iptmodel plan", "plan",
                        "--protocol", "ipt-m", "--start", "2026-01-05"),
                bad("unexpected argument extra", "usage: iptmodel plan", "plan", "--protocol", "ipt-standard",
                        "--start", "2026-01-05", "extra"),
                bad("unexpected argument now", "usage: iptmodel demo", "demo", "now"));
    }

    private static Arguments bad(String message, String usage, String... args) {
        return Arguments.of(message, usage, args);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badArguments")
    void bad_arguments_give_exit_code_2_a_message_and_the_usage_line_on_standard_error(String message, String usage,
            String[] args) {
        Cli.Result result = Cli.run(args);

        assertThat(result.exit()).as(Arrays.toString(args)).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).hasSize(3);
        assertThat(result.errLines().get(0)).isEqualTo("iptmodel: " + message);
        assertThat(result.errLines().get(1)).startsWith(usage);
        assertThat(result.errLines().get(2)).isEqualTo("Try 'iptmodel help' for more information.");
    }

    @Test
    void a_file_that_does_not_exist_gives_exit_code_2_without_a_stack_trace() {
        Cli.Result result = Cli.run("rank", "no-such-course.json");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("iptmodel: cannot read no-such-course.json: no such file\n");
    }

    @Test
    void a_double_dash_ends_the_options() {
        Cli.Result result = Cli.run("validate", "--", "--help");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("iptmodel: cannot read --help: no such file\n");
    }
}
