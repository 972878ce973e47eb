package org.iptmodel.json.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options and operands of one command, parsed from the words after the command's name.
 *
 * <p>Options are long ({@code --name}); those that take a value accept {@code --name value} and
 * {@code --name=value}. {@code --help} and {@code -h} are known to every command. A word
 * {@code --} ends the options; a lone {@code -} is an operand. Options and operands may come in
 * any order. An unknown option, a missing value, a value given to an option without one and a
 * repeated option are usage errors.
 */
final class Options {
    private final Command command;
    private final Set<String> flags;
    private final Map<String, String> values;
    private final List<String> operands;

    private Options(Command command, Set<String> flags, Map<String, String> values, List<String> operands) {
        this.command = command;
        this.flags = flags;
        this.values = values;
        this.operands = operands;
    }

    static Options parse(Command command, List<String> words) {
        Set<String> flags = new HashSet<>();
        Map<String, String> values = new HashMap<>();
        List<String> operands = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (optionsEnded || word.equals("-") || !word.startsWith("-")) {
                operands.add(word);
                continue;
            }
            if (word.equals("--")) {
                optionsEnded = true;
                continue;
            }
            if (word.equals("-h") || word.equals("--help")) {
                flags.add("help");
                continue;
            }
            if (!word.startsWith("--") || word.length() == 2) {
                throw new UsageException(command, "unknown option " + word);
            }
            int equals = word.indexOf('=');
            String name = equals < 0 ? word.substring(2) : word.substring(2, equals);
            if (command.flags().contains(name)) {
                if (equals >= 0) {
                    throw new UsageException(command, "option --" + name + " takes no value");
                }
                if (!flags.add(name)) {
                    throw new UsageException(command, "option --" + name + " is given twice");
                }
            } else if (command.valued().contains(name)) {
                String value;
                if (equals >= 0) {
                    value = word.substring(equals + 1);
                } else if (i + 1 < words.size()) {
                    value = words.get(++i);
                } else {
                    throw new UsageException(command, "option --" + name + " needs a value");
                }
                if (values.putIfAbsent(name, value) != null) {
                    throw new UsageException(command, "option --" + name + " is given twice");
                }
            } else {
                throw new UsageException(command, "unknown option --" + name);
            }
        }
        return new Options(command, Set.copyOf(flags), Map.copyOf(values), List.copyOf(operands));
    }

    Command command() {
        return command;
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String required(String name) {
        return value(name).orElseThrow(() -> new UsageException(command, "option --" + name + " is required"));
    }

    List<String> operands() {
        return operands;
    }

    /** Returns the one operand of a command that takes exactly one file. */
    String file() {
        if (operands.size() != 1) {
            throw new UsageException(command, operands.isEmpty() ? "no FILE given" : "only one FILE is allowed");
        }
        return operands.get(0);
    }

    /** Fails unless there are no operands. */
    void noOperands() {
        if (!operands.isEmpty()) {
            throw new UsageException(command, "unexpected argument " + operands.get(0));
        }
    }
}
