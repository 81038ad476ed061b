package dev.nextcall.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.nextcall.app.BookNextStep;
import dev.nextcall.app.BookingOutcome;
import dev.nextcall.app.TrackCall;
import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.Interval;
import dev.nextcall.domain.Prospect;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.history.CalendarKind;
import dev.nextcall.domain.slot.RuleViolation;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "book", description = "Book the next call: checks every rule against now, as a click in the panel does, "
        + "and records the next step in the history.")
final class BookCommand implements Callable<Integer> {

    private final Supplier<CliContext> context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--start", required = true, paramLabel = "T", converter = Times.InstantConverter.class,
            description = "Start time, ISO-8601 with offset or Z.")
    private Instant start;

    @Option(names = "--duration", paramLabel = "MIN", description = "Length in minutes (default: the settings').")
    private Integer duration;

    @Option(names = "--attendee", required = true, paramLabel = "EMAIL", description = "The prospect's e-mail address.")
    private String attendee;

    @Option(names = "--name", paramLabel = "NAME", description = "The prospect's name, for the invite.")
    private String name;

    @Option(names = "--title", paramLabel = "S", description = "Event title (default: \"Follow-up: <prospect>\").")
    private String title;

    @Option(names = "--notes", paramLabel = "S", description = "Agreed follow-up actions, written into the invite.")
    private String notes;

    @Option(names = "--calendar", paramLabel = "local|google",
            description = "Where to book (default: the settings' calendar.source).")
    private String calendar;

    @Option(names = "--prospect-zone", paramLabel = "ZONE", converter = Times.ZoneConverter.class,
            description = "The prospect's zone, for their working hours (default: the one remembered for them, "
                    + "else yours).")
    private ZoneId prospectZone;

    @Option(names = "--call", paramLabel = "ID", description = "Attach the next step to this call from the history.")
    private String callId;

    @Option(names = "--json", description = "Print JSON on stdout.")
    private boolean json;

    BookCommand(Supplier<CliContext> context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Attendee who = parseAttendee();
        CalendarKind kind = CalendarChoice.kind(context.get(), calendar, spec.commandLine());
        int minutes = duration != null ? duration : context.get().settings().availability().meetingMinutes();
        if (minutes < 1) {
            throw new ParameterException(spec.commandLine(), "--duration must be at least 1 minute");
        }
        ZoneId repZone = context.get().repZone();
        TrackCall calls = context.get().calls();
        // A prospect met before keeps the zone chosen for them then, unless the command says otherwise.
        ZoneId theirZone = prospectZone != null ? prospectZone : calls.rememberedZone(who.email()).orElse(repZone);
        Prospect prospect = new Prospect(who.name(), who.email(), "", theirZone);
        boolean madeHere = callId == null;
        Call call = madeHere ? calls.recordOutsideCall(prospect)
                : calls.find(callId).orElseThrow(() ->
                        new ParameterException(spec.commandLine(), "no call with id " + callId + " in the history"));
        BookNextStep booking = context.get().booking(repZone, kind);
        BookingOutcome outcome = booking.book(new BookNextStep.Intent(call.id(),
                Interval.of(start, Duration.ofMinutes(minutes)), prospect, title, notes));
        if (outcome instanceof BookingOutcome.Refused && madeHere) {
            calls.dismiss(call); // nothing was attempted at the calendar: leave no trace of a call
        }
        return report(outcome);
    }

    private Attendee parseAttendee() {
        try {
            return new Attendee(name, attendee);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--attendee: " + e.getMessage());
        }
    }

    private int report(BookingOutcome outcome) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JsonObject result = new JsonObject();
        int exit;
        if (outcome instanceof BookingOutcome.Booked booked) {
            result.addProperty("status", "booked");
            result.addProperty("eventId", booked.nextStep().eventId());
            result.addProperty("start", Json.utc(booked.nextStep().time().start()));
            result.addProperty("end", Json.utc(booked.nextStep().time().end()));
            result.addProperty("link", booked.link());
            result.addProperty("invite", booked.invite());
            result.addProperty("callId", booked.nextStep().callId());
            if (!json) {
                out.println("Booked " + Json.utc(booked.nextStep().time().start()) + " (event "
                        + booked.nextStep().eventId() + ")"
                        + (booked.invite().isEmpty() ? "" : "; invite written to " + booked.invite()));
            }
            exit = 0;
        } else if (outcome instanceof BookingOutcome.Refused refused) {
            result.addProperty("status", "refused");
            JsonArray reasons = Json.array();
            for (RuleViolation v : refused.violations()) {
                JsonObject reason = new JsonObject();
                reason.addProperty("rule", v.rule().key());
                reason.addProperty("message", v.explanation());
                reasons.add(reason);
            }
            result.add("reasons", reasons);
            err.println("nextcall book: " + refused.message());
            exit = 1;
        } else {
            BookingOutcome.Failed failed = (BookingOutcome.Failed) outcome;
            result.addProperty("status", "failed");
            result.addProperty("reason", failed.reason());
            result.addProperty("eventId", failed.nextStep().eventId());
            err.println("nextcall book: " + failed.message());
            exit = 1;
        }
        if (json) {
            out.println(Json.print(result));
        }
        out.flush();
        err.flush();
        return exit;
    }
}
