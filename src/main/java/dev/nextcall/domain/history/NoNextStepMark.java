package dev.nextcall.domain.history;

import java.time.Instant;
import java.util.Objects;

/**
 * The rep's word on why a call has no next step. It takes the call off the "without next step" list.
 *
 * @param text free words; required for {@link NoNextStepReason#OTHER}, optional otherwise
 * @param at   when the rep said it
 */
public record NoNextStepMark(NoNextStepReason reason, String text, Instant at) {

    public NoNextStepMark {
        Objects.requireNonNull(reason, "reason");
        text = text == null ? "" : text.strip();
        Objects.requireNonNull(at, "at");
        if (reason == NoNextStepReason.OTHER && text.isEmpty()) {
            throw new IllegalArgumentException("say in a few words why there is no next step");
        }
    }

    /** "Not a fit", or "Not a fit: budget frozen until Q3". */
    public String describe() {
        return text.isEmpty() ? reason.label() : reason.label() + ": " + text;
    }
}
