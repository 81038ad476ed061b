package dev.nextcall.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.nextcall.domain.Prospect;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.domain.history.NextStep;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "history", description = "The call history, newest first.")
final class HistoryCommand implements Callable<Integer> {

    private static final List<String> CSV_HEADER = List.of("call_id", "started", "ended", "prospect_name",
            "prospect_email", "prospect_zone", "outcome", "next_step_start", "next_step_end", "next_step_status",
            "next_step_reason", "without_next_step", "notes");

    private final Supplier<CliContext> context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--without-next-step", description = "Only calls that ended without a next step.")
    private boolean withoutNextStep;

    @Option(names = "--awaiting-reply", description = "Only calls whose next step waits for the prospect's reply.")
    private boolean awaitingReply;

    @Option(names = "--since", paramLabel = "T", converter = Times.InstantConverter.class,
            description = "Only calls started at or after T.")
    private Instant since;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100000", description = "At most N calls.")
    private int limit;

    @ArgGroup(exclusive = true)
    private Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "Print JSON on stdout.")
        boolean json;

        @Option(names = "--csv", description = "Print CSV (RFC 4180, safe for spreadsheets) on stdout.")
        boolean csv;
    }

    HistoryCommand(Supplier<CliContext> context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        List<CallRecord> records = context.get().history().list(
                new HistoryQuery(withoutNextStep, awaitingReply, Optional.ofNullable(since), limit));
        PrintWriter out = spec.commandLine().getOut();
        if (format.json) {
            JsonArray calls = Json.array();
            records.forEach(r -> calls.add(toJson(r)));
            JsonObject result = new JsonObject();
            result.add("calls", calls);
            out.println(Json.print(result));
        } else if (format.csv) {
            out.print(Csv.row(CSV_HEADER));
            records.forEach(r -> out.print(Csv.row(csvCells(r))));
        } else {
            printTable(out, records, context.get().repZone());
        }
        out.flush();
        return 0;
    }

    private static JsonObject toJson(CallRecord record) {
        Call call = record.call();
        JsonObject o = new JsonObject();
        o.addProperty("id", call.id());
        o.addProperty("started", Json.utc(call.timing().start()));
        o.addProperty("plannedEnd", Json.utc(call.timing().plannedEnd()));
        o.addProperty("ended", call.endedAt().map(Json::utc).orElse(null));
        o.addProperty("source", call.source().kind().name().toLowerCase());
        Prospect p = call.prospect();
        JsonObject prospect = new JsonObject();
        prospect.addProperty("name", p.name());
        prospect.addProperty("email", p.email());
        prospect.addProperty("zone", p.zone().getId());
        o.add("prospect", prospect);
        o.addProperty("outcome", call.outcome().name().toLowerCase());
        o.addProperty("notes", call.notes());
        NextStep step = record.nextStep();
        if (step == null) {
            o.add("nextStep", null);
        } else {
            JsonObject s = Json.interval(step.time());
            s.addProperty("eventId", step.eventId());
            s.addProperty("calendar", step.calendar().name().toLowerCase());
            s.addProperty("status", step.status().name().toLowerCase());
            s.addProperty("reason", step.reason());
            o.add("nextStep", s);
        }
        o.addProperty("withoutNextStep", record.withoutNextStep());
        return o;
    }

    private static List<String> csvCells(CallRecord record) {
        Call call = record.call();
        NextStep step = record.nextStep();
        return List.of(call.id(), Json.utc(call.timing().start()), call.endedAt().map(Json::utc).orElse(""),
                call.prospect().name(), call.prospect().email(), call.prospect().zone().getId(),
                call.outcome().name().toLowerCase(),
                step == null ? "" : Json.utc(step.time().start()), step == null ? "" : Json.utc(step.time().end()),
                step == null ? "" : step.status().name().toLowerCase(), step == null ? "" : step.reason(),
                String.valueOf(record.withoutNextStep()), call.notes());
    }

    private static void printTable(PrintWriter out, List<CallRecord> records, ZoneId zone) {
        if (records.isEmpty()) {
            out.println("No calls.");
            return;
        }
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        for (CallRecord r : records) {
            Call call = r.call();
            String next = r.latestNextStep()
                    .map(s -> when.format(s.time().start().atZone(zone)) + " " + s.status().name().toLowerCase())
                    .orElse("-");
            out.printf("%s  %-28s  %-20s  next: %s%s%n", when.format(call.timing().start().atZone(zone)),
                    call.prospect().isKnown() ? call.prospect().displayName() : "(no prospect)",
                    call.outcome().name().toLowerCase(), next, r.withoutNextStep() ? "  [no next step]" : "");
        }
    }
}
