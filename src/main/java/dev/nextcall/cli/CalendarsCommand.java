package dev.nextcall.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.nextcall.app.port.CalendarDirectory.CalendarInfo;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "calendars", description = "The Google calendars NextCall knows of, and which count as busy "
        + "(choose them with calendar.googleCalendars in settings.json).")
final class CalendarsCommand implements Callable<Integer> {

    private final Supplier<CliContext> context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print JSON on stdout.")
    private boolean json;

    CalendarsCommand(Supplier<CliContext> context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<CalendarInfo> calendars = context.get().googleCalendars().calendars();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonArray list = Json.array();
            for (CalendarInfo c : calendars) {
                JsonObject o = new JsonObject();
                o.addProperty("id", c.id());
                o.addProperty("name", c.name());
                o.addProperty("primary", c.primary());
                o.addProperty("zone", c.zone().map(ZoneId::getId).orElse(null));
                o.addProperty("busy", c.busy());
                o.addProperty("problem", c.problem());
                list.add(o);
            }
            JsonObject result = new JsonObject();
            result.add("calendars", list);
            out.println(Json.print(result));
        } else {
            for (CalendarInfo c : calendars) {
                out.printf("%s %-40s %-24s %s%s%n", c.busy() ? "busy" : "    ", c.id(),
                        c.zone().map(ZoneId::getId).orElse("?"), c.name() + (c.primary() ? " (primary)" : ""),
                        c.problem().isEmpty() ? "" : "  — " + c.problem());
            }
        }
        out.flush();
        return 0;
    }
}
