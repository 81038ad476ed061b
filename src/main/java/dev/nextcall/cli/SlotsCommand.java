package dev.nextcall.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.nextcall.app.ProposeSlots;
import dev.nextcall.domain.slot.Explanation;
import dev.nextcall.domain.slot.RuleViolation;
import dev.nextcall.domain.slot.SpokenSlot;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "slots", description = "Propose times for the next call under your settings' rules.")
final class SlotsCommand implements Callable<Integer> {

    private final Supplier<CliContext> context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--calendar", paramLabel = "local|google",
            description = "Which calendar to read (default: the settings' calendar.source).")
    private String calendar;

    @Option(names = "--ics", arity = "1..*", paramLabel = "FILE", description = "Use these calendars instead.")
    private List<String> icsFiles;

    @Option(names = "--from", paramLabel = "T", converter = Times.InstantConverter.class,
            description = "Start the search here (default: now). Minimum notice still counts from now.")
    private Instant from;

    @Option(names = "--days", paramLabel = "N", description = "Length of the search window in days (default: the horizon).")
    private Integer days;

    @Option(names = "--duration", paramLabel = "MIN", description = "Meeting length in minutes (default: the settings').")
    private Integer duration;

    @Option(names = "--zone", paramLabel = "ZONE", converter = Times.ZoneConverter.class,
            description = "Your zone (default: the settings', else the system's).")
    private ZoneId zone;

    @Option(names = "--prospect-zone", paramLabel = "ZONE", converter = Times.ZoneConverter.class,
            description = "The prospect's zone (default: yours).")
    private ZoneId prospectZone;

    @Option(names = "--count", paramLabel = "N", description = "How many proposals (default: the settings').")
    private Integer count;

    @Option(names = "--page", paramLabel = "N", description = "More times: page N (from 2) lists the next "
            + "--count good times after the proposals, in time order.")
    private Integer page;

    @Option(names = "--explain", paramLabel = "T", converter = Times.InstantConverter.class,
            description = "Say why a meeting starting at T is or is not offered (which meeting, which rule).")
    private Instant explain;

    @Option(names = "--json", description = "Print JSON on stdout.")
    private boolean json;

    SlotsCommand(Supplier<CliContext> context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        validate();
        ZoneId repZone = zone != null ? zone : context.get().repZone();
        ProposeSlots propose = context.get().proposeSlots(
                CalendarChoice.pick(context.get(), CalendarChoice.kind(context.get(), calendar, spec.commandLine()),
                        icsFiles, repZone), repZone);
        ProposeSlots.Query query = new ProposeSlots.Query(Optional.ofNullable(from),
                Optional.ofNullable(days), Optional.ofNullable(duration).map(Duration::ofMinutes),
                Optional.ofNullable(prospectZone), Optional.ofNullable(count));
        PrintWriter out = spec.commandLine().getOut();
        if (explain != null) {
            Explanation why = propose.explain(query, explain);
            out.println(json ? Json.print(toJson(why)) : why.summary());
            out.flush();
            return 0;
        }
        ProposeSlots.Proposal proposal = page == null || page == 1 ? propose.propose(query)
                : propose.moreTimes(query, page - 1);
        if (json) {
            out.println(Json.print(toJson(proposal)));
        } else if (proposal.slots().isEmpty()) {
            out.println(page == null ? "No free time in that window under your rules." : "No more free times.");
        } else {
            int i = 1;
            for (SpokenSlot slot : proposal.slots()) {
                out.println(i++ + ". " + slot.spoken() + "   [" + Json.utc(slot.slot().start()) + "]");
            }
        }
        out.flush();
        return 0;
    }

    private static JsonObject toJson(Explanation why) {
        JsonObject o = Json.interval(why.slot());
        o.addProperty("offered", why.proposed());
        o.addProperty("free", why.free());
        o.addProperty("onGrid", why.onGrid());
        JsonArray reasons = Json.array();
        for (RuleViolation v : why.violations()) {
            JsonObject reason = new JsonObject();
            reason.addProperty("rule", v.rule().key());
            reason.addProperty("message", v.explanation());
            reasons.add(reason);
        }
        o.add("reasons", reasons);
        o.addProperty("summary", why.summary());
        JsonObject result = new JsonObject();
        result.add("explain", o);
        return result;
    }

    private void validate() {
        if (days != null && days < 1) {
            throw new ParameterException(spec.commandLine(), "--days must be at least 1");
        }
        if (duration != null && duration < 1) {
            throw new ParameterException(spec.commandLine(), "--duration must be at least 1 minute");
        }
        if (page != null && page < 1) {
            throw new ParameterException(spec.commandLine(), "--page counts from 1");
        }
        if (page != null && explain != null) {
            throw new ParameterException(spec.commandLine(), "--page and --explain do not go together");
        }
        if (count != null && count < 1) {
            throw new ParameterException(spec.commandLine(), "--count must be at least 1");
        }
    }

    private static JsonObject toJson(ProposeSlots.Proposal proposal) {
        JsonArray slots = Json.array();
        for (SpokenSlot slot : proposal.slots()) {
            JsonObject o = Json.interval(slot.slot());
            o.addProperty("label", slot.label());
            o.addProperty("spoken", slot.spoken());
            o.addProperty("repStart", slot.slot().start().atZone(proposal.repZone()).toOffsetDateTime().toString());
            o.addProperty("prospectStart",
                    slot.slot().start().atZone(proposal.prospectZone()).toOffsetDateTime().toString());
            slots.add(o);
        }
        JsonObject result = new JsonObject();
        result.add("slots", slots);
        result.addProperty("zone", proposal.repZone().getId());
        result.addProperty("prospectZone", proposal.prospectZone().getId());
        return result;
    }
}
