package dev.nextcall.app;

import dev.nextcall.app.port.HistoryException;
import dev.nextcall.app.port.HistoryReview;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.NoNextStepMark;
import dev.nextcall.domain.history.NoNextStepReason;
import java.time.Clock;

/**
 * The review's row action "mark why there is none": the rep says why a call ended without a next step,
 * which takes it off the "without next step" list (and out of "needs attention"). It can be taken back.
 */
public final class MarkNoNextStep {

    private final HistoryReview review;
    private final Clock clock;

    public MarkNoNextStep(HistoryReview review, Clock clock) {
        this.review = review;
        this.clock = clock;
    }

    /**
     * @param text free words; required for {@link NoNextStepReason#OTHER}
     * @throws IllegalArgumentException when the reason is OTHER and there is no text
     * @throws HistoryException         when the call is unknown, or has a next step in the calendar (then
     *                                  there is nothing to explain)
     */
    public NoNextStepMark mark(String callId, NoNextStepReason reason, String text) {
        NoNextStepMark mark = new NoNextStepMark(reason, text, clock.instant());
        CallRecord record = review.detail(callId)
                .orElseThrow(() -> new HistoryException("the call '" + callId + "' is not in the history", null))
                .record();
        if (!record.lacksNextStep()) {
            throw new HistoryException("the call with " + record.call().prospect().displayName()
                    + " has a next step, so there is no reason to give", null);
        }
        review.markNoNextStep(callId, mark);
        return mark;
    }

    /** Takes the reason back: the call is listed as without next step again. */
    public void takeBack(String callId) {
        review.clearNoNextStep(callId);
    }
}
