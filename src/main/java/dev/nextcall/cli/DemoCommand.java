package dev.nextcall.cli;

import com.google.gson.JsonObject;
import dev.nextcall.app.demo.FillDemo;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "demo", description = "Fills the data folder with a realistic demo history and calendar.")
final class DemoCommand implements Callable<Integer> {

    private final Supplier<CliContext> context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--calls", paramLabel = "N", defaultValue = "200", description = "How many calls (default 200).")
    private int calls;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The same seed gives the same history.")
    private long seed;

    @Option(names = "--force", description = "Write even if there is a history or calendar already"
            + " (calls are added, calendar.ics is kept aside).")
    private boolean force;

    @Option(names = "--json", description = "Print JSON on stdout.")
    private boolean json;

    DemoCommand(Supplier<CliContext> context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (calls < 0) {
            throw new ParameterException(spec.commandLine(), "--calls must not be negative");
        }
        long started = System.nanoTime();
        FillDemo.Filled filled = context.get().demo().fill(calls, seed, force);
        long millis = (System.nanoTime() - started) / 1_000_000;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonObject result = new JsonObject();
            result.addProperty("calls", filled.calls());
            result.addProperty("busyEvents", filled.busyEvents());
            result.addProperty("millis", millis);
            result.addProperty("calendarSetAside", filled.calendarSetAside().map(Object::toString).orElse(null));
            out.println(Json.print(result));
            out.flush();
            return 0;
        }
        out.printf("Wrote %d demo calls and %d busy events in %.1f s.%n", filled.calls(), filled.busyEvents(),
                millis / 1000.0);
        filled.calendarSetAside().ifPresent(path -> out.println("Your previous calendar is kept as " + path + "."));
        out.flush();
        return 0;
    }
}
