package dev.nextcall.domain.history;

import java.util.List;
import java.util.Objects;

/** A next step with every status it has been in, oldest first (the booking journal's trail). */
public record TrackedStep(NextStep step, List<StatusChange> trail) {

    public TrackedStep {
        Objects.requireNonNull(step, "step");
        trail = List.copyOf(trail);
    }
}
