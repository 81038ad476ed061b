package dev.nextcall.domain.history;

import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.call.Outcome;
import java.util.Objects;
import java.util.Optional;

/** A call as the history shows it: the call and its latest next step, if any. */
public record CallRecord(Call call, NextStep nextStep) {

    public CallRecord {
        Objects.requireNonNull(call, "call");
    }

    public Optional<NextStep> latestNextStep() {
        return Optional.ofNullable(nextStep);
    }

    /**
     * The definition the review view is built on: the outcome is unresolved or a promised follow-up,
     * or the booked next step was declined, cancelled or failed.
     */
    public boolean withoutNextStep() {
        if (call.outcome().lacksNextStep()) {
            return true;
        }
        // A call marked "no next step needed" is settled, even if an earlier invite was declined.
        return call.outcome() == Outcome.NEXT_STEP_BOOKED && nextStep != null && nextStep.status().isLost();
    }

    /** The latest next step is in the calendar and not turned down. */
    public boolean hasNextStepInCalendar() {
        return nextStep != null && nextStep.status().isInCalendar();
    }
}
