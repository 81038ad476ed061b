package dev.nextcall.domain.history;

import dev.nextcall.domain.call.Call;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the history knows about one call: the call (with its prospect as they were then, and
 * its notes), its next steps oldest first with their status trails, the follow-up actions, the rep's
 * reason for having no next step, and the suggested lines shown during it.
 *
 * @param mark null when the rep gave no reason
 */
public record CallDetail(Call call, List<TrackedStep> nextSteps, List<FollowUp> followUps, NoNextStepMark mark,
                         List<ShownLine> shownLines) {

    public CallDetail {
        Objects.requireNonNull(call, "call");
        nextSteps = List.copyOf(nextSteps);
        followUps = List.copyOf(followUps);
        shownLines = List.copyOf(shownLines);
        for (TrackedStep tracked : nextSteps) {
            if (!tracked.step().callId().equals(call.id())) {
                throw new IllegalArgumentException("next step " + tracked.step().eventId() + " belongs to call "
                        + tracked.step().callId() + ", not " + call.id());
            }
        }
    }

    /** The call as the review list shows it: with its latest next step. */
    public CallRecord record() {
        NextStep latest = nextSteps.isEmpty() ? null : nextSteps.get(nextSteps.size() - 1).step();
        return new CallRecord(call, latest, mark);
    }

    public Optional<NoNextStepMark> noNextStepMark() {
        return Optional.ofNullable(mark);
    }
}
