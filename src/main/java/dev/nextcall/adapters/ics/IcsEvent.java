package dev.nextcall.adapters.ics;

import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.domain.Interval;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One VEVENT read from a file, in java.time terms, with what the busy rules need to know about it.
 *
 * @param end           equals {@code start} for a DATE-TIME event without DTEND or DURATION
 * @param recurrenceId  set on an override of one instance of a series
 * @param startExcluded an EXDATE of the event removes its own DTSTART instance
 */
record IcsEvent(String uid, String summary, ZonedDateTime start, ZonedDateTime end, boolean allDay,
                boolean cancelled, Transparency transparency, List<Attendee> attendees,
                Optional<Instant> recurrenceId, int sequence, boolean startExcluded) {

    /** TRANSP as written; an absent TRANSP means different things for timed and all-day events. */
    enum Transparency { OPAQUE, TRANSPARENT, UNSPECIFIED }

    IcsEvent {
        Objects.requireNonNull(uid, "uid");
        summary = summary == null ? "" : summary;
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(transparency, "transparency");
        attendees = List.copyOf(attendees);
        Objects.requireNonNull(recurrenceId, "recurrenceId");
    }

    /** The time the event covers; empty when it has no length (or ends before it starts). */
    Optional<Interval> interval() {
        Instant s = start.toInstant();
        Instant e = end.toInstant();
        return e.isAfter(s) ? Optional.of(new Interval(s, e)) : Optional.empty();
    }

    /**
     * Busy unless cancelled. A timed event blocks time unless marked free; an all-day event only
     * when explicitly marked busy, so that holidays and birthdays do not block whole days.
     */
    boolean isBusy() {
        if (cancelled || interval().isEmpty()) {
            return false;
        }
        return allDay ? transparency == Transparency.OPAQUE : transparency != Transparency.TRANSPARENT;
    }

    /** A timed, busy event: something the rep attends, as opposed to a day marker. */
    boolean isMeeting() {
        return !allDay && isBusy();
    }

    boolean isOverride() {
        return recurrenceId.isPresent();
    }

    /** Only for events with an interval; callers filter with {@link #isMeeting()} first. */
    CalendarEvent toCalendarEvent() {
        Interval time = interval().orElseThrow(() -> new IllegalStateException("event " + uid + " has no length"));
        return new CalendarEvent(uid, summary, time, attendees);
    }
}
