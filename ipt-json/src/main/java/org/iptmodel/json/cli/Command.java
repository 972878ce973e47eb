package org.iptmodel.json.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The commands of the tool, each with its options, synopsis and help text.
 */
enum Command {
    VALIDATE("validate", "[--ndjson] [--json] FILE...", Set.of("ndjson", "json"), Set.of(),
            "check documents of every type strictly; one line per problem",
            "Reads each FILE strictly as the document type its \"schema\" header names:\n"
            + "iptmodel/course, iptmodel/protocol, iptmodel/ranking, iptmodel/schedule,\n"
            + "iptmodel/adherence or iptmodel/outcomes (a file without that header is read as a\n"
            + "course). Prints one line per problem, tab-separated: FILE, JSON Pointer, line,\n"
            + "column, kind, message, and the model rule in brackets if the value breaks one.\n"
            + "Prints nothing for a valid file.\n"
            + "With --json, one JSON object per problem per line instead, with the properties\n"
            + "file, pointer, line, column, kind, rule (null if none) and message.\n"
            + "Lines and columns count from 1, -1 if unknown. No message quotes the input.\n"
            + "A FILE ending in .ndjson, or every FILE with --ndjson, is newline-delimited JSON:\n"
            + "one course per line, every bad line reported with its line number.\n"
            + "Standard error ends with a summary: files, documents, invalid documents, problems,\n"
            + "and files that cannot be read (missing, a directory, no permission), which are\n"
            + "reported one by one and are not counted as documents.\n"
            + "Exit code 2 if a FILE cannot be read, else 1 if a document is invalid, else 0.") {
        @Override
        int run(Options options, PrintStream out, PrintStream err) {
            return Validate.run(options, out, err);
        }
    },
    RANK("rank", "[--policy default|brief] [--json] FILE", Set.of("json"), Set.of("policy"),
            "rank the issues with the reason for each place, choose the focus",
            "Ranks the interpersonal issues of FILE, an iptmodel/course document (policy\n"
            + "clinical-default, or brief for brief IPT), prints each issue's position, id,\n"
            + "problem area, the rule that placed it above the next and why, the ranking's flags\n"
            + "and the focus the standard selector chooses, compared with the focus recorded in\n"
            + "the course. Safety flags come first.\n"
            + "With --json: only the ranking, as an iptmodel/ranking document on one line, which\n"
            + "IptJson.strict().ranking() reads back. Patient text is redacted: every free text\n"
            + "the document would hold (issue summaries; the inventory's aliases, aspects,\n"
            + "expectations and wished changes) is \"redacted\". The ranking looks at no text, so\n"
            + "the positions, reasons and flags are those of the course.") {
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
            "Prints the safety flags of FILE, an iptmodel/course document, first (review risk\n"
            + "with the patient) and its safety notices (suicidality items not recorded), then its\n"
            + "deviations from the protocol and the IPT manuals with their sources, then the\n"
            + "outcome per instrument: baseline, latest and best scores, change and class, and the\n"
            + "treatments started during the course.\n"
            + "With --json: the iptmodel/adherence and iptmodel/outcomes documents, one compact\n"
            + "document per line (newline-delimited JSON), each with the safety section first.") {
        @Override
        int run(Options options, PrintStream out, PrintStream err) {
            return Report.run(options, out);
        }
    },
    FHIR("fhir", "[--transaction] [--free-text] [--patient-system URI] FILE | --import BUNDLE --course FILE",
            Set.of("transaction", "free-text"), Set.of("patient-system", "import", "course"),
            "the course as a FHIR Bundle, or symptom scores imported from one",
            "Prints FILE, an iptmodel/course document, as a FHIR R4 Bundle (JSON): a\n"
            + "CarePlan, a Goal per focus area, an Encounter per session, an Observation per\n"
            + "score (PHQ-9 with its LOINC codes) and a Flag per safety flag. The patient is\n"
            + "referenced by identifier only (--patient-system URI, the clinic's system).\n"
            + "--transaction: a transaction Bundle of conditional creates. --free-text: include\n"
            + "the course's free text (notes, reasons, warning signs), left out by default.\n"
            + "With --import BUNDLE --course FILE: places the scores of BUNDLE (a FHIR Bundle or\n"
            + "array of resources) into the sessions of FILE held on their dates and prints the\n"
            + "course document; standard error lists the JSON Pointers of the resources skipped\n"
            + "and of the scores not placed. ipt-json/FHIR.md documents the mapping.") {
        @Override
        int run(Options options, PrintStream out, PrintStream err) {
            return Fhir.run(options, out, err);
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
    },
    HELP("help", "[COMMAND]", Set.of(), Set.of(),
            "a command's usage and options, or this list",
            "Prints the usage and options of COMMAND, or without COMMAND the list of commands\n"
            + "and the exit codes. '--help' or '-h' after any command does the same for it.") {
        @Override
        int run(Options options, PrintStream out, PrintStream err) {
            return Main.help(options, out);
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
