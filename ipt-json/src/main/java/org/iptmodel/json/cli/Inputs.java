package org.iptmodel.json.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.iptmodel.core.Course;
import org.iptmodel.core.Protocol;
import org.iptmodel.json.DocumentCodec;
import org.iptmodel.json.IptJson;
import org.iptmodel.json.IptJsonException;
import org.iptmodel.json.JsonProblem;

/**
 * Reads the documents named on the command line, strictly, and describes their problems.
 */
final class Inputs {
    /** The reader of every input: strict, default limits. */
    static final IptJson JSON = IptJson.strict();

    private Inputs() {
    }

    /** Reads a course document, or fails with its problems (exit 1) or why it cannot be read (exit 2). */
    static Course course(Command command, String file) {
        return read(command, JSON.course(), file, "course");
    }

    /** Reads a protocol document, or fails as {@link #course}. */
    static Protocol protocol(Command command, String file) {
        return read(command, JSON.protocol(), file, "protocol");
    }

    private static <T> T read(Command command, DocumentCodec<T> codec, String file, String what) {
        Path path = path(command, file);
        try {
            return codec.read(path);
        } catch (IptJsonException e) {
            List<String> lines = new ArrayList<>();
            int count = e.problems().size();
            lines.add(Main.NAME + ": " + shown(file) + " is not a valid " + what + " document (" + count
                    + (count == 1 ? " problem" : " problems") + "):");
            for (JsonProblem problem : e.problems()) {
                lines.add(line(file, problem));
            }
            throw Failure.invalid(lines);
        } catch (UncheckedIOException e) {
            throw Failure.unreadable(shown(file), e.getCause());
        }
    }

    /** Turns a command-line word into a path, checking that it names a regular file. */
    static Path path(Command command, String file) {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new UsageException(command, "not a file name: " + shown(file));
        }
        if (Files.isDirectory(path)) {
            throw Failure.unreadable(shown(file), "is a directory");
        }
        return path;
    }

    /**
     * One problem as one line, tab-separated: the file, the JSON Pointer, the line, the column
     * (-1 when unknown), the kind and the message, followed by the model rule in brackets when
     * the model rejected the value. No field holds input text.
     */
    static String line(String file, JsonProblem problem) {
        StringBuilder sb = new StringBuilder(shown(file)).append('\t').append(problem.pointer())
                .append('\t').append(problem.line()).append('\t').append(problem.column())
                .append('\t').append(problem.kind()).append('\t').append(problem.message());
        problem.rule().ifPresent(rule -> sb.append(" [").append(rule.name()).append(']'));
        return sb.toString();
    }

    /** A file name as printed: control characters (tabs, line ends) become '?'. */
    static String shown(String file) {
        StringBuilder sb = new StringBuilder(file.length());
        file.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return sb.toString();
    }
}
