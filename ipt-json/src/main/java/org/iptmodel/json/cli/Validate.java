package org.iptmodel.json.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.stream.Stream;
import org.iptmodel.core.Course;
import org.iptmodel.json.BadLine;
import org.iptmodel.json.DocumentCodec;
import org.iptmodel.json.IptJsonException;
import org.iptmodel.json.JsonProblem;
import org.iptmodel.json.ProblemKind;

/**
 * {@code validate [--ndjson] [--json] FILE...}: reads each file strictly, as the document type its
 * {@code "schema"} header names, and prints one line per problem: tab-separated text, or with
 * {@code --json} one JSON object.
 *
 * <p>Newline-delimited files (courses) are read in constant memory: each bad line is printed as it
 * is found. A summary goes to standard error, counting the files that cannot be read apart from the
 * documents. The exit code is 2 if a file cannot be read, else 1 if a document is invalid, else 0.
 */
final class Validate {
    private final boolean json;
    private final PrintStream out;
    private long documents;
    private long invalid;
    private long problems;
    private int files;
    private int unreadable;

    private Validate(boolean json, PrintStream out) {
        this.json = json;
        this.out = out;
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        if (options.operands().isEmpty()) {
            throw new UsageException(options.command(), "no FILE given");
        }
        Validate validate = new Validate(options.has("json"), out);
        for (String file : options.operands()) {
            boolean ndjson = options.has("ndjson") || file.endsWith(".ndjson");
            validate.files++;
            try {
                validate.file(options.command(), file, ndjson);
            } catch (Failure e) {
                out.flush();
                e.lines().forEach(err::println);
                validate.unreadable++;
            }
        }
        out.flush();
        err.println(Main.NAME + ": " + validate.summary());
        return validate.unreadable > 0 ? Main.USAGE : validate.invalid > 0 ? Main.INVALID : Main.OK;
    }

    private void file(Command command, String file, boolean ndjson) {
        try (Input input = Input.open(command, file)) {
            if (ndjson) {
                try (Stream<Course> courses = Inputs.JSON.course().readLines(input.stream(),
                        bad -> badLine(file, bad))) {
                    long good = courses.mapToLong(course -> 1).sum();
                    documents += good;
                }
                return;
            }
            Optional<Input.Header> header = input.header();
            Optional<DocumentCodec<?>> type = header.flatMap(h -> Inputs.type(h.schema()));
            if (header.isPresent() && type.isEmpty()) {
                // A "schema" the format does not know: not read further, and not quoted.
                documents++;
                invalid++;
                print(file, new Problem("/schema", header.get().line(), header.get().column(),
                        ProblemKind.INVALID_VALUE, Optional.empty(),
                        "must name a document type of the format: " + Inputs.typeNames()));
                return;
            }
            try {
                type.orElse(Inputs.JSON.course()).read(input.stream());
                documents++;
            } catch (IptJsonException e) {
                documents++;
                invalid(file, e);
            }
        } catch (UncheckedIOException e) {
            throw Failure.unreadable(Inputs.shown(file), e.getCause());
        }
    }

    private void badLine(String file, BadLine bad) {
        documents++;
        invalid(file, bad.error());
    }

    private void invalid(String file, IptJsonException e) {
        invalid++;
        for (JsonProblem problem : e.problems()) {
            print(file, Problem.of(problem));
        }
    }

    private void print(String file, Problem problem) {
        problems++;
        out.println(json ? problem.json(file) : problem.text(file));
    }

    private String summary() {
        return files + (files == 1 ? " file, " : " files, ") + documents
                + (documents == 1 ? " document, " : " documents, ") + invalid + " invalid, " + problems
                + (problems == 1 ? " problem, " : " problems, ") + unreadable + " unreadable";
    }
}
