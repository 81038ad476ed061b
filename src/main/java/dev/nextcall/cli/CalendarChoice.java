package dev.nextcall.cli;

import dev.nextcall.app.port.CalendarException;
import dev.nextcall.app.port.CalendarSource;
import java.time.ZoneId;
import java.util.List;

/** Which calendar a command reads: files given with --ics, else the configured one. */
final class CalendarChoice {

    private CalendarChoice() {
    }

    static CalendarSource pick(CliContext context, String calendar, List<String> icsFiles, ZoneId floatingZone) {
        if ("google".equals(calendar)) {
            throw new CalendarException("Google Calendar is not connected in this version; use the local calendar "
                    + "(--calendar local) or --ics FILE");
        }
        if (icsFiles != null && !icsFiles.isEmpty()) {
            return context.calendarOf(icsFiles, floatingZone);
        }
        return context.configuredCalendar();
    }
}
