package dev.nextcall.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonArray;
import dev.nextcall.app.ReconcileBookings;
import dev.nextcall.app.SyncInvites;
import dev.nextcall.domain.history.NextStep;
import java.util.List;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sync", description = "Settle bookings left pending by a crash, and bring the prospects' replies "
        + "(accepted, tentative, declined) into the history; list the next steps that need you.")
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
        SyncInvites.Report replies = context.get().syncInvites().sync();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonObject pending = new JsonObject();
            pending.addProperty("booked", settled.booked().size());
            pending.addProperty("failed", settled.failed().size());
            JsonObject result = new JsonObject();
            result.add("pending", pending);
            result.add("changed", steps(replies.changed()));
            result.add("needsAttention", steps(replies.needsAttention()));
            out.println(Json.print(result));
        } else {
            out.println(settled.isEmpty() ? "Nothing pending: the history agrees with the calendar."
                    : settled.booked().size() + " interrupted booking(s) found in the calendar and marked booked; "
                            + settled.failed().size() + " not in the calendar and marked failed.");
            replies.changed().forEach(step -> out.println("Reply: " + Json.utc(step.time().start()) + " is now "
                    + step.status().name().toLowerCase()));
            replies.needsAttention().forEach(step -> out.println("Needs attention: " + Json.utc(step.time().start())
                    + " (" + step.status().name().toLowerCase() + ", call " + step.callId() + ")"));
        }
        out.flush();
        return 0;
    }

    private static JsonArray steps(List<NextStep> steps) {
        JsonArray list = Json.array();
        for (NextStep step : steps) {
            JsonObject o = Json.interval(step.time());
            o.addProperty("eventId", step.eventId());
            o.addProperty("callId", step.callId());
            o.addProperty("status", step.status().name().toLowerCase());
            list.add(o);
        }
        return list;
    }
}
