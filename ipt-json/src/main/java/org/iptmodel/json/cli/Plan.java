package org.iptmodel.json.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.Violation;
import org.iptmodel.core.plan.Planner;
import org.iptmodel.core.plan.Schedule;

/**
 * {@code plan --protocol NAME --start DATE [--sessions N] [--cadence PERIOD] [--skip DATE,...]
 * [--maintenance N]}: a planned schedule, printed as a pretty schedule document of the iptmodel
 * format ({@code "schema": "iptmodel/schedule"}), which {@code IptJson.strict().schedule()} reads
 * back.
 */
final class Plan {
    /** Short names of the catalogue protocols, after the factory methods of {@link Protocol}. */
    private static final Map<String, String> ALIASES = Map.of("standard", "ipt-standard", "brief", "ipt-brief",
            "adolescent", "ipt-a", "group", "ipt-g", "counselling", "ipc", "maintenance", "ipt-m");

    private Plan() {
    }

    static int run(Options options, PrintStream out) {
        options.noOperands();
        Command command = options.command();
        String name = options.required("protocol");
        LocalDate start = date(command, "--start", options.required("start"));
        Optional<Integer> sessions = options.value("sessions").map(v -> count(command, "--sessions", v));
        Optional<Period> cadence = options.value("cadence").map(v -> period(command, v));
        List<LocalDate> skipped = new ArrayList<>();
        options.value("skip").ifPresent(list -> {
            for (String date : list.split(",", -1)) {
                skipped.add(date(command, "--skip", date.trim()));
            }
        });
        Optional<Integer> maintenance = options.value("maintenance").map(v -> count(command, "--maintenance", v));
        Protocol protocol = protocol(command, name);
        if (!protocol.hasAcutePhase() && maintenance.orElse(0) == 0) {
            throw new UsageException(command, "protocol " + protocol.id()
                    + " has no acute phase: give --maintenance N");
        }
        Schedule schedule;
        try {
            Planner planner = Schedule.planner(protocol, start).withSkippedDates(skipped);
            if (sessions.isPresent()) {
                planner = planner.withSessionCount(sessions.get());
            }
            if (cadence.isPresent()) {
                planner = planner.withCadence(cadence.get());
            }
            if (maintenance.isPresent()) {
                planner = planner.withMaintenanceSessions(maintenance.get());
            }
            schedule = planner.plan();
        } catch (InvalidModelException e) {
            throw new UsageException(command, e.violations().stream().map(Violation::message)
                    .collect(Collectors.joining("; ")));
        }
        out.print(Inputs.JSON.withPrettyPrinting(true).schedule().write(schedule));
        return Main.OK;
    }

    /** A catalogue id, a short name, or a protocol document ending in {@code .json}. */
    static Protocol protocol(Command command, String name) {
        Optional<Protocol> known = Protocol.fromCatalogue(ALIASES.getOrDefault(name, name));
        if (known.isPresent()) {
            return known.get();
        }
        if (name.endsWith(".json")) {
            return Inputs.protocol(command, name);
        }
        throw new UsageException(command, "unknown protocol " + name + " (one of "
                + Protocol.catalogue().stream().map(Protocol::id).collect(Collectors.joining(", "))
                + ", or a protocol document FILE.json)");
    }

    private static LocalDate date(Command command, String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(command, option + " needs a date as YYYY-MM-DD, was '" + value + "'");
        }
    }

    private static int count(Command command, String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(command, option + " needs a whole number, was '" + value + "'");
        }
    }

    private static Period period(Command command, String value) {
        try {
            return Period.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(command, "--cadence needs an ISO-8601 period such as P1W, was '" + value + "'");
        }
    }
}
