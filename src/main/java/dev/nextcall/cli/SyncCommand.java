package dev.nextcall.cli;

import com.google.gson.JsonObject;
import dev.nextcall.app.ReconcileBookings;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sync", description = "Settle bookings left pending by a crash: booked if the calendar has them, "
        + "failed (and said so) if not.")
final class SyncCommand implements Callable<Integer> {

    private final Supplier<CliContext> context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print JSON on stdout.")
    private boolean json;

    SyncCommand(Supplier<CliContext> context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ReconcileBookings.Settled settled = context.get().reconcile().reconcile();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonObject pending = new JsonObject();
            pending.addProperty("booked", settled.booked().size());
            pending.addProperty("failed", settled.failed().size());
            JsonObject result = new JsonObject();
            result.add("pending", pending);
            out.println(Json.print(result));
        } else if (settled.isEmpty()) {
            out.println("Nothing pending: the history agrees with the calendar.");
        } else {
            out.println(settled.booked().size() + " interrupted booking(s) found in the calendar and marked booked; "
                    + settled.failed().size() + " not in the calendar and marked failed.");
        }
        out.flush();
        return 0;
    }
}
