package dev.nextcall.app;

import dev.nextcall.app.port.BookingGateway;
import dev.nextcall.app.port.CalendarException;
import dev.nextcall.app.port.CallHistory;
import dev.nextcall.app.port.CancelRequest;
import dev.nextcall.app.port.CancelResult;
import dev.nextcall.domain.history.NextStep;
import dev.nextcall.domain.history.NextStepStatus;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Undoes a booked next step: cancels the meeting in the calendar (which tells, or writes the notice
 * for, everyone invited) and records it in the journal. Only what the calendar confirms is recorded:
 * <ul>
 *   <li>cancelled, or already gone from the calendar: the next step is cancelled, and the call is
 *       without a next step again unless another meeting of it is still in the calendar;</li>
 *   <li>the calendar failed: the next step stays booked, and the rep gets the reason to retry.</li>
 * </ul>
 * Cancelling is idempotent by event id, so a retry after a crash or a double click is harmless.
 */
public final class CancelNextStep {

    /** The reason a next step cancelled here carries in the history. */
    public static final String BY_THE_REP = "cancelled by the rep";

    private final CallHistory history;
    private final BookingGateway gateway;
    private final Journal journal;

    public CancelNextStep(CallHistory history, BookingGateway gateway, Clock clock) {
        this.history = history;
        this.gateway = gateway;
        this.journal = new Journal(history, clock);
    }

    /** @param eventId the event id of the call's booked next step */
    public CancelOutcome cancel(String eventId) {
        Optional<NextStep> found = history.findNextStep(eventId);
        if (found.isEmpty()) {
            return new CancelOutcome.NotCancellable(eventId, "the history has no next step " + eventId);
        }
        NextStep step = found.get();
        Optional<String> refusal = refusalFor(step);
        if (refusal.isPresent()) {
            return new CancelOutcome.NotCancellable(eventId, refusal.get());
        }
        CancelResult result;
        try {
            result = gateway.cancel(new CancelRequest(eventId));
        } catch (CalendarException e) {
            return new CancelOutcome.Failed(step, e.getMessage());
        }
        if (result instanceof CancelResult.Cancelled cancelled) {
            return new CancelOutcome.Cancelled(journal.cancelled(step, BY_THE_REP), cancelled.invite());
        }
        if (result instanceof CancelResult.AlreadyGone) {
            return new CancelOutcome.AlreadyGone(journal.cancelled(step, BY_THE_REP));
        }
        return new CancelOutcome.Failed(step, ((CancelResult.Failed) result).reason());
    }

    /**
     * Why this next step has no meeting to cancel, if it has none. A declined meeting is still in
     * the rep's calendar, so it can be cancelled to free the time.
     */
    private static Optional<String> refusalFor(NextStep step) {
        if (step.status().isInCalendar() || step.status() == NextStepStatus.DECLINED) {
            return Optional.empty();
        }
        return Optional.of(switch (step.status()) {
            case PENDING -> "the meeting is not booked yet (the booking is in progress, or was interrupted and"
                    + " is settled at the next start or sync)";
            case CANCELLED -> "the meeting is already cancelled";
            case FAILED -> step.reason().isEmpty() ? "the meeting was never booked"
                    : "the meeting was never booked (" + step.reason() + ")";
            default -> "the meeting is " + step.status().name().toLowerCase(Locale.ROOT);
        });
    }
}
