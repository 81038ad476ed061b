package dev.nextcall.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.nextcall.domain.Interval;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "busy", description = "Busy time of the given calendars in [from, to), merged and in UTC.")
final class BusyCommand implements Callable<Integer> {

    private final Supplier<CliContext> context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--ics", required = true, arity = "1..*", paramLabel = "FILE_OR_URL",
            description = "Calendar files (.ics) or http(s) iCal addresses.")
    private List<String> calendars;

    @Option(names = "--from", required = true, paramLabel = "T", converter = Times.InstantConverter.class,
            description = "Start of the window, ISO-8601 with offset or Z.")
    private Instant from;

    @Option(names = "--to", required = true, paramLabel = "T", converter = Times.InstantConverter.class,
            description = "End of the window (exclusive).")
    private Instant to;

    @Option(names = "--local-zone", paramLabel = "ZONE", converter = Times.ZoneConverter.class,
            description = "Zone for floating times (default: the system zone).")
    private ZoneId localZone;

    @Option(names = "--json", description = "Print JSON on stdout.")
    private boolean json;

    BusyCommand(Supplier<CliContext> context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!from.isBefore(to)) {
            throw new ParameterException(spec.commandLine(), "--from must be before --to");
        }
        ZoneId floating = localZone != null ? localZone : context.get().systemZone();
        List<Interval> busy = context.get().calendarOf(calendars, floating).busy(new Interval(from, to));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonArray list = Json.array();
            busy.forEach(b -> list.add(Json.interval(b)));
            JsonObject result = new JsonObject();
            result.add("busy", list);
            out.println(Json.print(result));
        } else if (busy.isEmpty()) {
            out.println("Free for the whole window.");
        } else {
            busy.forEach(b -> out.println(Json.utc(b.start()) + "  –  " + Json.utc(b.end())));
        }
        out.flush();
        return 0;
    }
}
