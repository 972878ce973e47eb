package org.iptmodel.json.cli;

/**
 * Thrown when the command line is wrong: an unknown command or option, a missing or malformed
 * value, a file that cannot be opened. The tool prints the message and a usage line to standard
 * error and exits with {@link Main#USAGE}.
 */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The command whose usage line to print, or null for the tool's. */
    private final transient Command command;

    UsageException(Command command, String message) {
        super(message, null, false, false);
        this.command = command;
    }

    Command command() {
        return command;
    }
}
