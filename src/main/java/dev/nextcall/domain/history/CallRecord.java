package dev.nextcall.domain.history;

import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.call.Outcome;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A call as the history shows it: the call, its latest next step, and why the rep says there is none.
 *
 * @param nextStep the latest next step, or null
 * @param mark     the rep's reason for having no next step, or null when none was given
 */
public record CallRecord(Call call, NextStep nextStep, NoNextStepMark mark) {

    public CallRecord {
        Objects.requireNonNull(call, "call");
    }

    public CallRecord(Call call, NextStep nextStep) {
        this(call, nextStep, null);
    }

    public Optional<NextStep> latestNextStep() {
        return Optional.ofNullable(nextStep);
    }

    public Optional<NoNextStepMark> noNextStepMark() {
        return Optional.ofNullable(mark);
    }

    /**
     * The definition the review view is built on: the outcome is unresolved or a promised follow-up,
     * or the booked next step was declined, cancelled or failed; and the rep has not said why there is
     * none. The SQL filter is written from the same parts ({@code HistorySql}), and a test on seeded
     * random histories checks that the two agree.
     */
    public boolean withoutNextStep() {
        return mark == null && lacksNextStep();
    }

    /** Like {@link #withoutNextStep()}, whether or not the rep has said why. */
    public boolean lacksNextStep() {
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

    /**
     * The pre-filter of "needs attention" (see {@link HistoryQuery#sentBy()}): no reason marked, and the
     * latest next step was declined, or is still only booked and was sent at or before {@code sentBy}.
     */
    public boolean mayNeedAttention(Instant sentBy) {
        if (mark != null || nextStep == null) {
            return false;
        }
        return nextStep.status() == NextStepStatus.DECLINED
                || nextStep.status() == NextStepStatus.BOOKED && !nextStep.updated().isAfter(sentBy);
    }

    /** Exactly "needs attention": the pre-filter and the working-day rule of {@code deadline}. */
    public boolean needsAttention(ReplyDeadline deadline, Instant now) {
        return mark == null && nextStep != null && deadline.needsAttention(nextStep, now);
    }

    public CallRecord withMark(NoNextStepMark newMark) {
        return new CallRecord(call, nextStep, newMark);
    }
}
