package dev.nextcall.app;

import dev.nextcall.app.port.CallHistory;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.domain.Prospect;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.call.CallSource;
import dev.nextcall.domain.call.CallTiming;
import dev.nextcall.domain.call.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Starts, changes and ends calls. Each change is saved at once, so the history is right even if the
 * app is closed mid-call.
 */
public final class TrackCall {

    private final CallHistory history;
    private final IdSource ids;
    private final Clock clock;

    public TrackCall(CallHistory history, IdSource ids, Clock clock) {
        this.history = history;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * A call started by hand, planned to last {@code plannedLength} from now. A prospect met before
     * keeps the zone the rep chose for them then.
     */
    public Call startManual(Duration plannedLength, Prospect prospect) {
        Call call = Call.started(ids.newCallId(), CallTiming.startingAt(clock.instant(), plannedLength),
                CallSource.manual(), remembered(prospect));
        history.saveCall(call);
        return call;
    }

    /** A call picked up from the calendar: it started with the event and ends when the event does. */
    public Call startFromCalendar(CalendarEvent event, Prospect prospect) {
        Instant now = clock.instant();
        Instant start = event.time().start().isAfter(now) ? now : event.time().start();
        Call call = Call.started(ids.newCallId(), new CallTiming(start, event.time().end()),
                CallSource.calendar(event.id()), remembered(prospect));
        history.saveCall(call);
        return call;
    }

    /**
     * A booking made outside a tracked call (from the command line): recorded as a call that has
     * already ended, so the history shows where the next step came from.
     */
    public Call recordOutsideCall(Prospect prospect) {
        Instant now = clock.instant();
        Call call = Call.started(ids.newCallId(), CallTiming.startingAt(now, Duration.ofMinutes(1)),
                CallSource.commandLine(), prospect).endedWith(Outcome.UNRESOLVED, now);
        history.saveCall(call);
        return call;
    }

    public Optional<Call> find(String callId) {
        return history.findCall(callId);
    }

    /** The rep tells which zone the prospect is in; remembered for their next calls. */
    public Call changeProspectZone(Call call, ZoneId zone) {
        Call changed = call.withProspect(call.prospect().withZone(zone));
        history.saveCall(changed);
        return changed;
    }

    private Prospect remembered(Prospect prospect) {
        return rememberedZone(prospect.email()).map(prospect::withZone).orElse(prospect);
    }

    /** The zone chosen for this prospect on their latest call, if they have been met before. */
    public Optional<ZoneId> rememberedZone(String email) {
        return email == null || email.isBlank() ? Optional.empty() : history.lastZoneOf(email);
    }

    public Call extend(Call call, Duration extra) {
        Call extended = call.withTiming(call.timing().extendedBy(extra));
        history.saveCall(extended);
        return extended;
    }

    /**
     * The rep wants to close now: the call is to end {@code wrapUpMargin} from now, so the wrap-up
     * starts at once. Saved, like an extension.
     */
    public Call wrapUpNow(Call call, Duration wrapUpMargin) {
        Call early = call.withTiming(call.timing().endingEarly(clock.instant(), wrapUpMargin));
        history.saveCall(early);
        return early;
    }

    public Call saveNotes(Call call, String notes) {
        Call changed = call.withNotes(notes);
        history.saveCall(changed);
        return changed;
    }

    /**
     * Ends the call now. A call whose next step is booked keeps that outcome whatever the rep clicked
     * last: the meeting is in the calendar.
     */
    public Call end(Call call, Outcome outcome) {
        boolean booked = history.nextStepsOf(call.id()).stream()
                .anyMatch(step -> step.status().isInCalendar());
        Call ended = call.endedWith(booked ? Outcome.NEXT_STEP_BOOKED : outcome, clock.instant());
        history.saveCall(ended);
        return ended;
    }

    /** The rep says this was not a sales call (a calendar event picked up by mistake): forget it. */
    public void dismiss(Call call) {
        history.deleteCall(call.id());
    }
}
