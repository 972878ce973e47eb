package org.iptmodel.json.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The commands of the tool, each with its options, synopsis and help text.
 */
enum Command {
    VALIDATE("validate", "[--ndjson] FILE...", Set.of("ndjson"), Set.of(),
            "check course documents strictly; one line per problem",
            "Reads each course document strictly and prints one line per problem, tab-separated:\n"
            + "FILE, JSON Pointer, line, column, kind, message. Prints nothing for a valid file.\n"
            + "A FILE ending in .ndjson, or every FILE with --ndjson, is newline-delimited JSON:\n"
            + "one course per line, every bad line reported with its line number.\n"
            + "Exit code 1 if any document is invalid.") {
        @Override
        int run(Options options, PrintStream out, PrintStream err) {
            return Validate.run(options, out, err);
        }
    },
    RANK("rank", "[--policy default|brief] FILE", Set.of(), Set.of("policy"),
            "rank the issues with the reason for each place, choose the focus",
            "Ranks the course's interpersonal issues (policy clinical-default, or brief for\n"
            + "brief IPT), prints each issue's position, id, problem area, the rule that placed it\n"
            + "above the next and why, the ranking's flags and the focus the standard selector\n"
            + "chooses, compared with the focus recorded in the course. Safety flags come first.") {
        @Override
        int run(Options options, PrintStream out, PrintStream err) {
            return Rank.run(options, out);
        }
    },
    PLAN("plan", "--protocol NAME --start DATE [--sessions N] [--cadence PERIOD] [--skip DATE,...]"
            + " [--maintenance N]",
            Set.of(), Set.of("protocol", "start", "sessions", "cadence", "skip", "maintenance"),
            "plan a schedule, printed as JSON",
            "Plans a schedule and prints it as an iptmodel/schedule document (JSON), which\n"
            + "IptJson.strict().schedule() reads back. NAME is a catalogue protocol (ipt-standard,\n"
            + "ipt-brief, ipt-a, ipt-g, ipt-g-depression, ipc, ipt-m) or a protocol document\n"
            + "FILE.json. DATE is YYYY-MM-DD, PERIOD ISO-8601 (P1W). --sessions sets the\n"
            + "number of acute sessions\n"
            + "(default: the protocol's maximum), --skip moves sessions off those dates,\n"
            + "--maintenance adds maintenance sessions (required for ipt-m).") {
        @Override
        int run(Options options, PrintStream out, PrintStream err) {
            return Plan.run(options, out);
        }
    },
    REPORT("report", "[--json] FILE", Set.of("json"), Set.of(),
            "safety flags and notices first, then adherence deviations and outcomes",
            "Prints the course's safety flags first (review risk with the patient) and its safety\n"
            + "notices (suicidality items not recorded), then its deviations from the protocol and\n"
            + "the IPT manuals with their sources, then the outcome per instrument: baseline, latest\n"
            + "and best scores, change and class, and the treatments started during the course.\n"
            + "With --json: the iptmodel/adherence and iptmodel/outcomes documents, one compact\n"
            + "document per line (newline-delimited JSON), each with the safety section first.") {
        @Override
        int run(Options options, PrintStream out, PrintStream err) {
            return Report.run(options, out);
        }
    },
    DEMO("demo", "", Set.of(), Set.of(),
            "all of the above on a bundled, fictional sample course",
            "Runs the main job on a bundled, fictional standard-IPT course: ranks its issues,\n"
            + "chooses the focus, plans the schedule and compares it with the sessions held,\n"
            + "reports safety flags, adherence and outcomes, and prints the course as JSON.") {
        @Override
        int run(Options options, PrintStream out, PrintStream err) {
            return Demo.run(options, out);
        }
    };

    private final String word;
    private final String synopsis;
    private final Set<String> flags;
    private final Set<String> valued;
    private final String summary;
    private final String description;

    Command(String word, String synopsis, Set<String> flags, Set<String> valued, String summary, String description) {
        this.word = word;
        this.synopsis = synopsis;
        this.flags = flags;
        this.valued = valued;
        this.summary = summary;
        this.description = description;
    }

    /** Runs the command; returns the exit code. */
    abstract int run(Options options, PrintStream out, PrintStream err);

    /** Finds a command by the word that names it on the command line. */
    static Optional<Command> of(String word) {
        return Arrays.stream(values()).filter(c -> c.word.equals(word)).findFirst();
    }

    String word() {
        return word;
    }

    /** The options that take no value, without their leading dashes. */
    Set<String> flags() {
        return flags;
    }

    /** The options that take a value, without their leading dashes. */
    Set<String> valued() {
        return valued;
    }

    /** What the command does, in a few words. */
    String summary() {
        return summary;
    }

    /** The one-line usage, such as {@code usage: iptmodel rank [--policy default|brief] FILE}. */
    String usageLine() {
        return "usage: " + Main.NAME + " " + word + (synopsis.isEmpty() ? "" : " " + synopsis);
    }

    /** The command's help: the usage line and the description. */
    String help() {
        return usageLine() + "\n\n" + description + "\n";
    }
}
