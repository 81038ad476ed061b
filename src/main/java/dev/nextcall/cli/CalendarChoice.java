package dev.nextcall.cli;

import dev.nextcall.app.port.CalendarSource;
import dev.nextcall.domain.history.CalendarKind;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/** Which calendar a command uses: files given with --ics, else --calendar, else the settings' choice. */
final class CalendarChoice {

    private CalendarChoice() {
    }

    /** The kind named by {@code --calendar local|google}, or the settings' when the option is absent. */
    static CalendarKind kind(CliContext context, String calendar, CommandLine commandLine) {
        if (calendar == null) {
            return context.configuredKind();
        }
        return switch (calendar.strip().toLowerCase(Locale.ROOT)) {
            case "local" -> CalendarKind.LOCAL;
            case "google" -> CalendarKind.GOOGLE;
            default -> throw new CommandLine.ParameterException(commandLine,
                    "--calendar must be local or google, not " + calendar);
        };
    }

    static CalendarSource pick(CliContext context, CalendarKind kind, List<String> icsFiles, ZoneId floatingZone) {
        if (icsFiles != null && !icsFiles.isEmpty()) {
            return context.calendarOf(icsFiles, floatingZone);
        }
        return context.calendar(kind);
    }
}
