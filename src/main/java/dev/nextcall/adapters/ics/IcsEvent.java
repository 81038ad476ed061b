package dev.nextcall.adapters.ics;

import dev.nextcall.domain.Attendee;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One VEVENT read from a file, in java.time terms: a single event, the master of a series, or an
 * override of one instance of a series (it has a RECURRENCE-ID). Its instances are
 * {@link IcsOccurrence}s; {@link IcsInstances} decides which of them stand.
 *
 * @param start        DTSTART on the timeline, in the event's zone (the TZID's, UTC, or the rep's
 *                     zone for floating times and dates; a date at its local midnight)
 * @param wallStart    DTSTART as written, on the wall clock of {@code start}'s zone: what a series repeats
 * @param recurrenceId set on an override: the instant of the instance it replaces
 */
record IcsEvent(String uid, String summary, ZonedDateTime start, LocalDateTime wallStart, InstanceLength length,
                boolean allDay, boolean cancelled, Transparency transparency, List<Attendee> attendees,
                Optional<Instant> recurrenceId, int sequence, IcsRecurrence recurrence) {

    /** TRANSP as written; an absent TRANSP means different things for timed and all-day events. */
    enum Transparency { OPAQUE, TRANSPARENT, UNSPECIFIED }

    IcsEvent {
        Objects.requireNonNull(uid, "uid");
        summary = summary == null ? "" : summary;
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(wallStart, "wallStart");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(transparency, "transparency");
        attendees = List.copyOf(attendees);
        Objects.requireNonNull(recurrenceId, "recurrenceId");
        Objects.requireNonNull(recurrence, "recurrence");
    }

    boolean isOverride() {
        return recurrenceId.isPresent();
    }

    /** A master with more instances than its DTSTART. */
    boolean repeats() {
        return !isOverride() && recurrence.repeats();
    }

    /** The instances of this event that may touch {@code [from, to)}; see {@link IcsRecurrence#instances}. */
    List<IcsRecurrence.Instance> instances(Instant from, Instant to) {
        return recurrence.instances(start, wallStart, allDay, from.minus(length.longest()), to);
    }

    /**
     * The occurrence that starts at {@code instance}. An instance of a series, and an override, is
     * identified by its UID and the instant of its RECURRENCE-ID, so that what the rep does with one
     * occurrence (dismiss it as not a sales call) does not apply to the others; a single event keeps its UID.
     */
    IcsOccurrence occurrence(IcsRecurrence.Instance instance) {
        ZonedDateTime end = instance.ownEnd().orElseGet(() -> length.endFrom(instance.start(), allDay));
        String id = uid;
        if (isOverride()) {
            id = uid + "#" + recurrenceId.get();
        } else if (recurrence.repeats()) {
            id = uid + "#" + instance.start().toInstant();
        }
        return new IcsOccurrence(id, summary, instance.start(), end, allDay, cancelled, transparency, attendees);
    }

    /** The DTSTART instance, for an event that does not repeat (or an override). */
    IcsOccurrence firstOccurrence() {
        return occurrence(new IcsRecurrence.Instance(start, Optional.empty()));
    }
}
