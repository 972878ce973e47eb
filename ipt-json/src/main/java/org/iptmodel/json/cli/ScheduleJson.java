package org.iptmodel.json.cli;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import org.iptmodel.core.plan.PlannedSession;
import org.iptmodel.core.plan.Schedule;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes a {@link Schedule} as pretty-printed JSON in the spellings of the iptmodel format
 * (snake_case names, lowercase enum values, ISO-8601 dates and periods, {@code P1W} for whole
 * weeks). The output is the command's own and has no document header: the iptmodel format does
 * not define a schedule document.
 *
 * <pre>{@code
 * {
 *   "protocol": "ipt-standard",
 *   "start": "2026-01-05",
 *   "cadence": "P1W",
 *   "acute_sessions": 16,
 *   "termination_notice": 12,
 *   "sessions": [
 *     {
 *       "number": 1,
 *       "date": "2026-01-05",
 *       "phase": "initial"
 *     },
 *     ...
 * }</pre>
 */
final class ScheduleJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(indenter)
                    .withArrayIndenter(indenter);
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private ScheduleJson() {
    }

    /** Returns the schedule as JSON text, ending with a line end. */
    static String of(Schedule schedule) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(PRETTY, text)) {
            g.writeStartObject();
            g.writeStringProperty("protocol", schedule.protocol().id());
            g.writeStringProperty("start", schedule.start().toString());
            g.writeStringProperty("cadence", period(schedule.cadence()));
            schedule.maintenanceCadence().ifPresent(p -> g.writeStringProperty("maintenance_cadence", period(p)));
            g.writeNumberProperty("acute_sessions", schedule.acuteSessionCount());
            g.writeNumberProperty("maintenance_sessions", schedule.maintenanceSessions().size());
            schedule.terminationNotice().ifPresent(n -> g.writeNumberProperty("termination_notice", n));
            if (!schedule.skippedDates().isEmpty()) {
                g.writeName("skipped_dates");
                g.writeStartArray();
                for (LocalDate date : schedule.skippedDates()) {
                    g.writeString(date.toString());
                }
                g.writeEndArray();
            }
            g.writeName("sessions");
            g.writeStartArray();
            for (PlannedSession session : schedule.sessions()) {
                g.writeStartObject();
                g.writeNumberProperty("number", session.number());
                g.writeStringProperty("date", session.date().toString());
                g.writeStringProperty("phase", session.phase().name().toLowerCase(Locale.ROOT));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return text + "\n";
    }

    /** A period as the iptmodel format writes it: {@code PnW} for whole weeks, else ISO-8601. */
    static String period(Period period) {
        if (period.getYears() == 0 && period.getMonths() == 0 && period.getDays() > 0 && period.getDays() % 7 == 0) {
            return "P" + period.getDays() / 7 + "W";
        }
        return period.toString();
    }
}
