package org.iptmodel.json.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.iptmodel.core.Course;
import org.iptmodel.json.BadLine;
import org.iptmodel.json.IptJsonException;
import org.iptmodel.json.JsonProblem;

/**
 * {@code validate [--ndjson] FILE...}: reads each file strictly and prints one line per problem.
 *
 * <p>Newline-delimited files are read in constant memory: each bad line is printed as it is
 * found. A summary goes to standard error. The exit code is 2 if a file cannot be read, else 1 if
 * a document is invalid, else 0.
 */
final class Validate {
    private long documents;
    private long invalid;
    private long problems;
    private int files;
    private boolean unreadable;

    private Validate() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        if (options.operands().isEmpty()) {
            throw new UsageException(options.command(), "no FILE given");
        }
        Validate validate = new Validate();
        for (String file : options.operands()) {
            boolean ndjson = options.has("ndjson") || file.endsWith(".ndjson");
            try {
                validate.file(options.command(), file, ndjson, out);
            } catch (Failure e) {
                e.lines().forEach(err::println);
                validate.unreadable = true;
            }
        }
        err.println(Main.NAME + ": " + validate.summary());
        return validate.unreadable ? Main.USAGE : validate.invalid > 0 ? Main.INVALID : Main.OK;
    }

    private void file(Command command, String file, boolean ndjson, PrintStream out) {
        Path path = Inputs.path(command, file);
        try {
            if (ndjson) {
                try (Stream<Course> courses = Inputs.JSON.course().readLines(path, bad -> badLine(file, bad, out))) {
                    long good = courses.mapToLong(course -> 1).sum();
                    documents += good;
                }
            } else {
                documents++;
                try {
                    Inputs.JSON.course().read(path);
                } catch (IptJsonException e) {
                    invalid(file, e, out);
                }
            }
            files++;
        } catch (UncheckedIOException e) {
            throw Failure.unreadable(Inputs.shown(file), e.getCause());
        }
    }

    private void badLine(String file, BadLine bad, PrintStream out) {
        documents++;
        invalid(file, bad.error(), out);
    }

    private void invalid(String file, IptJsonException e, PrintStream out) {
        invalid++;
        for (JsonProblem problem : e.problems()) {
            problems++;
            out.println(Inputs.line(file, problem));
        }
    }

    private String summary() {
        return files + (files == 1 ? " file, " : " files, ") + documents
                + (documents == 1 ? " document, " : " documents, ") + invalid + " invalid, " + problems
                + (problems == 1 ? " problem" : " problems");
    }
}
