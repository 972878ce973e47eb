package org.iptmodel.json.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;

/**
 * Thrown when a command cannot produce its result from its input: a file that is not a valid
 * document ({@link Main#INVALID}) or a file that cannot be read ({@link Main#USAGE}). The tool
 * prints the lines to standard error and exits with the code. The lines never hold input text.
 */
final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final transient List<String> lines;

    private Failure(int exitCode, List<String> lines) {
        super("failure " + exitCode, null, false, false);
        this.exitCode = exitCode;
        this.lines = List.copyOf(lines);
    }

    /** An input file that is not a valid document: a first line, then one line per problem. */
    static Failure invalid(List<String> lines) {
        return new Failure(Main.INVALID, lines);
    }

    /** A file that cannot be read. */
    static Failure unreadable(String file, IOException cause) {
        return unreadable(file, reason(cause));
    }

    /** A file that cannot be read, and why. */
    static Failure unreadable(String file, String reason) {
        return new Failure(Main.USAGE, List.of(Main.NAME + ": cannot read " + file + ": " + reason));
    }

    /**
     * Says why a file cannot be read, without the exception's message (which may quote a path or
     * an operating system's text in any language).
     */
    static String reason(IOException cause) {
        if (cause instanceof NoSuchFileException) {
            return "no such file";
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        return cause.getClass().getSimpleName();
    }

    int exitCode() {
        return exitCode;
    }

    List<String> lines() {
        return lines;
    }
}
