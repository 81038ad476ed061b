package dev.nextcall.app;

import dev.nextcall.app.port.CallHistory;
import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.NextStep;
import dev.nextcall.domain.history.NextStepStatus;
import java.time.Clock;

/**
 * The booking journal's endings, shared by booking, by reconciling after a crash and by cancelling.
 */
final class Journal {

    private final CallHistory history;
    private final Clock clock;

    Journal(CallHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    /** The calendar has the event: the next step is booked and so is the call's outcome. */
    NextStep booked(NextStep pending) {
        NextStep done = pending.withStatus(NextStepStatus.BOOKED, "", clock.instant());
        history.saveNextStep(done);
        history.findCall(pending.callId())
                .map(call -> call.withOutcome(Outcome.NEXT_STEP_BOOKED))
                .ifPresent(history::saveCall);
        return done;
    }

    /** The calendar does not have it, and why; the intent stays on record. */
    NextStep failed(NextStep pending, String reason) {
        NextStep failed = pending.withStatus(NextStepStatus.FAILED, reason, clock.instant());
        history.saveNextStep(failed);
        return failed;
    }

    /**
     * The calendar no longer has the event: the next step is cancelled, and a call that counted as
     * booked only because of it is unresolved again, so the history lists it as without a next step.
     * Another of its next steps still in the calendar keeps the call booked; an outcome the rep chose
     * (follow-up promised, none needed) is theirs and stays.
     */
    NextStep cancelled(NextStep booked, String reason) {
        NextStep cancelled = booked.withStatus(NextStepStatus.CANCELLED, reason, clock.instant());
        history.saveNextStep(cancelled);
        boolean anotherInCalendar = history.nextStepsOf(booked.callId()).stream()
                .anyMatch(step -> !step.eventId().equals(booked.eventId()) && step.status().isInCalendar());
        history.findCall(booked.callId())
                .filter(call -> call.outcome() == Outcome.NEXT_STEP_BOOKED && !anotherInCalendar)
                .map(call -> call.withOutcome(Outcome.UNRESOLVED))
                .ifPresent(history::saveCall);
        return cancelled;
    }

    /**
     * The prospect answered. A declined meeting keeps the call's outcome as it was (the history lists
     * it as without a next step because the step is lost); an event deleted in the calendar is
     * cancelled as above.
     */
    NextStep replied(NextStep step, NextStepStatus status, String reason) {
        if (status == NextStepStatus.CANCELLED) {
            return cancelled(step, reason);
        }
        NextStep changed = step.withStatus(status, reason, clock.instant());
        history.saveNextStep(changed);
        return changed;
    }
}
