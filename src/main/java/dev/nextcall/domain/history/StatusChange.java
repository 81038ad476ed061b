package dev.nextcall.domain.history;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a next step's status trail (the booking journal): the status it entered, why, and when
 * ({@link NextStep#updated()} of the save that changed it).
 */
public record StatusChange(String eventId, NextStepStatus status, String reason, Instant at) {

    public StatusChange {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(at, "at");
    }
}
