package org.iptmodel.json.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code iptmodel} command-line tool, for researchers and integrators who have documents in
 * the iptmodel JSON format.
 *
 * <p>Commands:
 * <ul>
 * <li>{@code validate [--ndjson] [--json] FILE...} reads each document strictly, as the type its
 *     {@code "schema"} header names (course, protocol, ranking, schedule, adherence, outcomes),
 *     and prints one line per problem: tab-separated file, JSON Pointer, line, column, kind and
 *     message, or with {@code --json} one JSON object. Files ending in {@code .ndjson} (or all
 *     with {@code --ndjson}) hold one course per line.</li>
 * <li>{@code rank [--policy default|brief] [--json] FILE} ranks the course's issues, explains
 *     each position by the deciding rule, lists the ranking's flags and chooses the focus; with
 *     {@code --json}, prints the ranking as an {@code iptmodel/ranking} document whose free text
 *     is redacted.</li>
 * <li>{@code plan --protocol NAME --start DATE [--sessions N] [--cadence PERIOD]
 *     [--skip DATE,...] [--maintenance N]} prints a planned schedule as an
 *     {@code iptmodel/schedule} document.</li>
 * <li>{@code report [--json] FILE} prints the safety flags first, then the deviations from the
 *     protocol and the outcome per instrument; with {@code --json}, the {@code iptmodel/adherence}
 *     and {@code iptmodel/outcomes} documents, one per line.</li>
 * <li>{@code fhir [--transaction] [--free-text] [--patient-system URI] FILE} prints the course as
 *     a FHIR Bundle; {@code fhir --import BUNDLE --course FILE} prints the course document with
 *     the symptom scores of a FHIR Bundle placed into its sessions.</li>
 * <li>{@code demo} runs all of this on a bundled, fictional sample course and prints it as
 *     JSON.</li>
 * <li>{@code help [COMMAND]}, {@code --help}: usage.</li>
 * </ul>
 *
 * <p>Results go to standard output and nothing else does; diagnostics go to standard error.
 * Exit codes: {@value #OK} success, {@value #INVALID} an input document is invalid (a document of
 * another type than the command reads included), {@value #USAGE} bad arguments or a file that
 * cannot be read; a defect of the tool also gives {@value #USAGE}, and no other code is used. The
 * tool never prints patient text (summaries, aliases, notes, reasons), only identifiers, enum
 * values, numbers and dates, and {@code "redacted"} in place of text in the documents it writes,
 * except in the course JSON that {@code demo} prints from its fictional sample, the course document
 * that {@code fhir --import} prints (the user's own, with the imported scores) and a bundle of
 * {@code fhir --free-text}, which asks for the course's free text.
 *
 * <p>The build makes an executable jar with the dependencies, {@code ipt-json/target/iptmodel-cli.jar}:
 * <pre>{@code
 * java -jar ipt-json/target/iptmodel-cli.jar demo
 * java -jar ipt-json/target/iptmodel-cli.jar validate ipt-json/src/test/resources/golden/course-ipc.json
 * }</pre>
 * or from a program or test:
 * <pre>{@code
 * int exit = Main.run(new String[] {"rank", "course.json"}, System.out, System.err);
 * }</pre>
 */
public final class Main {
    /** The tool's name in messages and usage lines. */
    static final String NAME = "iptmodel";
    /** The exit code of success. */
    static final int OK = 0;
    /** The exit code when an input document is invalid, or not of the type the command reads. */
    static final int INVALID = 1;
    /** The exit code of bad arguments, of a file that cannot be read, and of a defect of the tool. */
    static final int USAGE = 2;

    private Main() {
    }

    /**
     * Runs the tool with the JVM's standard streams (standard output as UTF-8) and exits with
     * the command's exit code when it is not 0.
     *
     * @param args the command and its arguments, not null
     */
    public static void main(String[] args) {
        int code;
        try {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            code = run(args, out, err);
        } catch (Throwable e) {
            System.err.println(NAME + ": internal error " + e.getClass().getName() + "; please report it");
            code = USAGE;
        }
        if (code != OK) {
            System.exit(code);
        }
    }

    /**
     * Runs one command and returns its exit code, writing the result to {@code out} and
     * diagnostics to {@code err}. Never throws for bad arguments or bad input: they give the exit
     * codes {@value #USAGE} and {@value #INVALID}, nor for a defect of the tool, which it reports as
     * an internal error with the code {@value #USAGE}.
     *
     * <pre>{@code
     * ByteArrayOutputStream out = new ByteArrayOutputStream();
     * int exit = Main.run(new String[] {"validate", "a.json", "b.json"},
     *         new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
     * // exit is 1 if a file is invalid; out holds one line per problem
     * }</pre>
     *
     * @param args the command and its arguments, not null, without null elements
     * @param out where the result goes, not null
     * @param err where diagnostics go, not null
     * @return the exit code: 0 success, 1 invalid input, 2 bad arguments, an unreadable file or a
     *     defect of the tool
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        List<String> words = List.of(args);
        try {
            if (words.isEmpty()) {
                throw new UsageException(null, "no command given");
            }
            // '--help' and '-h' in place of a command are the command 'help'
            String first = words.get(0).equals("--help") || words.get(0).equals("-h") ? "help" : words.get(0);
            Command command = Command.of(first)
                    .orElseThrow(() -> new UsageException(null, "unknown command " + first));
            Options options = Options.parse(command, words.subList(1, words.size()));
            if (options.has("help")) {
                out.print(command.help());
                return OK;
            }
            return command.run(options, out, err);
        } catch (UsageException e) {
            err.println(NAME + ": " + e.getMessage());
            err.println(e.command() == null ? usageLine() : e.command().usageLine());
            err.println("Try '" + NAME + " help' for more information.");
            return USAGE;
        } catch (Failure e) {
            e.lines().forEach(err::println);
            return e.exitCode();
        } catch (Throwable e) {
            // A defect, or the JVM out of memory: named without its message, which might quote input.
            err.println(NAME + ": internal error " + e.getClass().getName() + "; please report it");
            return USAGE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** {@code help [COMMAND]}: the tool's usage, or a command's. */
    static int help(Options options, PrintStream out) {
        List<String> words = options.operands();
        if (words.size() > 1) {
            throw new UsageException(null, "help takes at most one COMMAND");
        }
        if (words.isEmpty()) {
            out.print(usage());
            return OK;
        }
        Optional<Command> command = Command.of(words.get(0));
        out.print(command.orElseThrow(() -> new UsageException(null, "unknown command " + words.get(0))).help());
        return OK;
    }

    static String usageLine() {
        return "usage: " + NAME + " <command> [options] [FILE...]";
    }

    /** The tool's help: every command's usage line and what it does. */
    static String usage() {
        StringBuilder sb = new StringBuilder(usageLine()).append("\n\n");
        sb.append("Works on documents of the iptmodel JSON format (ipt-json/FORMAT.md).\n\n");
        sb.append("Commands:\n");
        for (Command command : Command.values()) {
            sb.append("  ").append(command.usageLine().substring("usage: ".length())).append('\n');
            sb.append("      ").append(command.summary()).append('\n');
        }
        sb.append('\n');
        sb.append("Exit codes: 0 success, 1 an input document is invalid, 2 bad arguments or a file\n");
        sb.append("that cannot be read. A document of another type than the command reads is invalid\n");
        sb.append("for it; a failure of the tool itself also exits with 2. Results go to standard\n");
        sb.append("output, diagnostics to standard error.\n");
        sb.append("Patient text (summaries, aliases, notes, reasons) is never printed: the documents\n");
        sb.append("that rank --json writes hold \"redacted\" in its place. The one exception is the\n");
        sb.append("course JSON that demo prints from its fictional sample.\n");
        sb.append("Run '").append(NAME).append(" help COMMAND' for a command's options.\n");
        return sb.toString();
    }
}
