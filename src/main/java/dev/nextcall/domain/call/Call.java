package dev.nextcall.domain.call;

import dev.nextcall.domain.Prospect;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One sales call on record. A call is saved when it starts (so a crash never loses it) with the
 * outcome {@link Outcome#UNRESOLVED}, and updated when it ends.
 *
 * @param ended when the call ended; {@code null} while it runs
 */
public record Call(String id, CallTiming timing, Instant ended, CallSource source, Prospect prospect,
                   Outcome outcome, String notes) {

    public Call {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(prospect, "prospect");
        Objects.requireNonNull(outcome, "outcome");
        notes = notes == null ? "" : notes;
    }

    public static Call started(String id, CallTiming timing, CallSource source, Prospect prospect) {
        return new Call(id, timing, null, source, prospect, Outcome.UNRESOLVED, "");
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(ended);
    }

    /** The phase at {@code now}: {@link CallPhase#ENDED} once the call has ended, else from its clock. */
    public CallPhase phaseAt(Instant now, PhaseRules rules) {
        return isRunning() ? timing.phaseAt(now, rules) : CallPhase.ENDED;
    }

    public boolean isRunning() {
        return ended == null;
    }

    public Call endedWith(Outcome newOutcome, Instant at) {
        return new Call(id, timing, at, source, prospect, newOutcome, notes);
    }

    public Call withOutcome(Outcome newOutcome) {
        return new Call(id, timing, ended, source, prospect, newOutcome, notes);
    }

    public Call withTiming(CallTiming newTiming) {
        return new Call(id, newTiming, ended, source, prospect, outcome, notes);
    }

    public Call withProspect(Prospect newProspect) {
        return new Call(id, timing, ended, source, newProspect, outcome, notes);
    }

    public Call withNotes(String newNotes) {
        return new Call(id, timing, ended, source, prospect, outcome, newNotes);
    }
}
