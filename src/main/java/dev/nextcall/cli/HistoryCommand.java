package dev.nextcall.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.nextcall.app.CallCsv;
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

    @Option(names = "--until", paramLabel = "T", converter = Times.InstantConverter.class,
            description = "Only calls started before T.")
    private Instant until;

    @Option(names = "--search", paramLabel = "S",
            description = "Only calls whose prospect name, e-mail or company contains S (any case).")
    private String search;

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
        HistoryQuery query = new HistoryQuery(withoutNextStep, awaitingReply, Optional.ofNullable(since), limit)
                .startedBetween(since, until).searching(search);
        List<CallRecord> records = context.get().history().list(query);
        PrintWriter out = spec.commandLine().getOut();
        if (format.json) {
            JsonArray calls = Json.array();
            records.forEach(r -> calls.add(toJson(r)));
            JsonObject result = new JsonObject();
            result.add("calls", calls);
            out.println(Json.print(result));
        } else if (format.csv) {
            CallCsv.write(records, out);
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
        prospect.addProperty("company", p.company());
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
        record.noNextStepMark().ifPresentOrElse(mark -> {
            JsonObject why = new JsonObject();
            why.addProperty("reason", mark.reason().name().toLowerCase());
            why.addProperty("note", mark.text());
            why.addProperty("at", Json.utc(mark.at()));
            o.add("noNextStep", why);
        }, () -> o.add("noNextStep", null));
        return o;
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
