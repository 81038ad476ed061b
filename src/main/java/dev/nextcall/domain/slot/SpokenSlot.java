package dev.nextcall.domain.slot;

import dev.nextcall.domain.Interval;
import java.util.Objects;

/**
 * A proposed slot with the words a rep can read aloud.
 *
 * @param label  short text for the panel's button, e.g. "Tue 2 Dec · 10:00"
 * @param spoken the phrase to say, e.g. "Tuesday at 10:00", or "Tuesday 10:00 your time, 16:00 mine"
 *               when the prospect's clock differs
 * @param otherZoneLabel the same time in the rep's zone when the prospect is elsewhere; empty otherwise
 */
public record SpokenSlot(Interval slot, String label, String spoken, String otherZoneLabel) {

    public SpokenSlot {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(spoken, "spoken");
        otherZoneLabel = otherZoneLabel == null ? "" : otherZoneLabel;
    }
}
