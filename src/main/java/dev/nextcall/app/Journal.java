package dev.nextcall.app;

import dev.nextcall.app.port.CallHistory;
import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.NextStep;
import dev.nextcall.domain.history.NextStepStatus;
import java.time.Clock;

/** The booking journal's two endings, shared by booking and by reconciling after a crash. */
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
}
