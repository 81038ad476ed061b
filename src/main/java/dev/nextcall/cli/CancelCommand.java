package dev.nextcall.cli;

import com.google.gson.JsonObject;
import dev.nextcall.app.CancelOutcome;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "cancel", description = "Cancel a booked next step: the calendar frees the time, a cancel notice "
        + "(METHOD:CANCEL) is written to send, and the history lists the call as without a next step.")
final class CancelCommand implements Callable<Integer> {

    private final Supplier<CliContext> context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--event", required = true, paramLabel = "ID", description = "The event id that book printed.")
    private String eventId;

    @Option(names = "--json", description = "Print JSON on stdout.")
    private boolean json;

    CancelCommand(Supplier<CliContext> context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        CancelOutcome outcome = context.get().cancelling().cancel(eventId.strip());
        JsonObject result = new JsonObject();
        result.addProperty("eventId", eventId.strip());
        int exit = 0;
        if (outcome instanceof CancelOutcome.Cancelled cancelled) {
            result.addProperty("status", "cancelled");
            result.addProperty("invite", cancelled.invite());
        } else if (outcome instanceof CancelOutcome.AlreadyGone) {
            result.addProperty("status", "already-gone");
        } else {
            result.addProperty("status", "failed");
            result.addProperty("reason", outcome.message());
            spec.commandLine().getErr().println("nextcall cancel: " + outcome.message());
            spec.commandLine().getErr().flush();
            exit = 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.print(result));
        } else if (exit == 0) {
            out.println(outcome.message());
        }
        out.flush();
        return exit;
    }
}
