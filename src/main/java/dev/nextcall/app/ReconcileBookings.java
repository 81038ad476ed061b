package dev.nextcall.app;

import dev.nextcall.app.port.BookingGateway;
import dev.nextcall.app.port.CalendarException;
import dev.nextcall.app.port.CallHistory;
import dev.nextcall.domain.history.NextStep;
import dev.nextcall.domain.history.NextStepStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Settles booking intents left pending by a crash or a closed app: if the calendar has the event,
 * the next step is booked; if not, it failed before reaching the calendar, and the history says so.
 * Either way exactly one event or none exists, and the history agrees with the calendar.
 */
public final class ReconcileBookings {

    static final String INTERRUPTED = "the booking was interrupted before the calendar had it; nothing was booked";

    private final CallHistory history;
    private final BookingGateway gateway;
    private final Journal journal;

    public ReconcileBookings(CallHistory history, BookingGateway gateway, Clock clock) {
        this.history = history;
        this.gateway = gateway;
        this.journal = new Journal(history, clock);
    }

    /** What was settled: the next steps now booked and those now failed. */
    public record Settled(List<NextStep> booked, List<NextStep> failed) {
        public Settled {
            booked = List.copyOf(booked);
            failed = List.copyOf(failed);
        }

        public boolean isEmpty() {
            return booked.isEmpty() && failed.isEmpty();
        }
    }

    /**
     * @throws CalendarException when the calendar cannot be read; nothing is changed then, and the
     *                           intents stay pending for the next attempt
     */
    public Settled reconcile() {
        List<NextStep> booked = new ArrayList<>();
        List<NextStep> failed = new ArrayList<>();
        for (NextStep pending : history.nextStepsWithStatus(NextStepStatus.PENDING)) {
            if (gateway.find(pending.eventId()).isPresent()) {
                booked.add(journal.booked(pending));
            } else {
                failed.add(journal.failed(pending, INTERRUPTED));
            }
        }
        return new Settled(booked, failed);
    }
}
