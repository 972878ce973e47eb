package org.iptmodel.json.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
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
    /** Every document type of the format, by the codec that reads it. */
    static final List<DocumentCodec<?>> TYPES = List.of(JSON.course(), JSON.protocol(), JSON.ranking(),
            JSON.schedule(), JSON.adherence(), JSON.outcomes());

    private Inputs() {
    }

    /** The codec of the document type of that {@code "schema"} name, if it is one of the format's. */
    static Optional<DocumentCodec<?>> type(String schema) {
        return TYPES.stream().filter(codec -> codec.name().equals(schema)).findFirst();
    }

    /** The names of every document type, such as {@code iptmodel/course, iptmodel/protocol, ...}. */
    static String typeNames() {
        return TYPES.stream().map(DocumentCodec::name).collect(Collectors.joining(", "));
    }

    /**
     * Reads a course document, or fails with its problems (exit 1), with the type of a document of
     * another type (exit 1) or with why it cannot be read (exit 2).
     */
    static Course course(Command command, String file) {
        return read(command, JSON.course(), file);
    }

    /** Reads a protocol document, or fails as {@link #course}. */
    static Protocol protocol(Command command, String file) {
        return read(command, JSON.protocol(), file);
    }

    private static <T> T read(Command command, DocumentCodec<T> codec, String file) {
        try (Input input = Input.open(command, file)) {
            Optional<DocumentCodec<?>> declared = input.header().flatMap(header -> type(header.schema()));
            if (declared.isPresent() && declared.get() != codec) {
                throw Failure.invalid(List.of(Main.NAME + ": " + shown(file) + " is an " + declared.get().name()
                        + " document; " + command.word() + " reads " + codec.name() + " documents"));
            }
            return codec.read(input.stream());
        } catch (IptJsonException e) {
            throw invalid(file, "a valid " + what(codec) + " document", e);
        } catch (UncheckedIOException e) {
            throw Failure.unreadable(shown(file), e.getCause());
        }
    }

    /**
     * The failure (exit 1) for a file whose problems an {@link IptJsonException} lists: a line
     * saying that the file is not {@code what}, then one line per problem.
     */
    static Failure invalid(String file, String what, IptJsonException e) {
        List<String> lines = new ArrayList<>();
        int count = e.problems().size();
        lines.add(Main.NAME + ": " + shown(file) + " is not " + what + " (" + count
                + (count == 1 ? " problem" : " problems") + "):");
        for (JsonProblem problem : e.problems()) {
            lines.add(Problem.of(problem).text(file));
        }
        return Failure.invalid(lines);
    }

    /** A document type in a few words: {@code course} for {@code iptmodel/course}. */
    static String what(DocumentCodec<?> codec) {
        return codec.name().substring(codec.name().indexOf('/') + 1);
    }

    /** Turns a command-line word into a path, checking that it names a file, not a directory. */
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

    /** A file name as printed: control characters (tabs, line ends) become '?'. */
    static String shown(String file) {
        StringBuilder sb = new StringBuilder(file.length());
        file.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return sb.toString();
    }
}
