package dev.nextcall.adapters.ics;

import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.domain.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One instance of an event on the timeline: a single event, one instance of a series, or an override.
 *
 * @param id  identifies this instance among all the calendar's (see {@link IcsEvent#occurrence})
 * @param end equals {@code start} for a DATE-TIME event without DTEND or DURATION
 */
record IcsOccurrence(String id, String summary, ZonedDateTime start, ZonedDateTime end, boolean allDay,
                     boolean cancelled, IcsEvent.Transparency transparency, List<Attendee> attendees) {

    /** The time the instance covers; empty when it has no length. */
    Optional<Interval> interval() {
        Instant s = start.toInstant();
        Instant e = end.toInstant();
        return e.isAfter(s) ? Optional.of(new Interval(s, e)) : Optional.empty();
    }

    /** Overlaps {@code window}, or, having no length, starts inside it. */
    boolean touches(Interval window) {
        return interval().map(window::overlaps).orElseGet(() -> window.contains(start.toInstant()));
    }

    /**
     * Busy unless cancelled. A timed instance blocks time unless marked free; an all-day one only
     * when explicitly marked busy, so that holidays and birthdays do not block whole days.
     */
    boolean isBusy() {
        if (cancelled || interval().isEmpty()) {
            return false;
        }
        return allDay ? transparency == IcsEvent.Transparency.OPAQUE : transparency != IcsEvent.Transparency.TRANSPARENT;
    }

    /** A timed, busy instance: something the rep attends, as opposed to a day marker. */
    boolean isMeeting() {
        return !allDay && isBusy();
    }

    /** The first local date an all-day instance covers. */
    LocalDate firstDay() {
        return start.toLocalDate();
    }

    /** The day after the last local date an all-day instance covers; one day when its end is not after its start. */
    LocalDate endDay() {
        LocalDate last = end.toLocalDate();
        return last.isAfter(firstDay()) ? last : firstDay().plusDays(1);
    }

    /** Only for instances with an interval; callers filter with {@link #isMeeting()} first. */
    CalendarEvent toCalendarEvent() {
        Interval time = interval().orElseThrow(() -> new IllegalStateException("event " + id + " has no length"));
        return new CalendarEvent(id, summary, time, attendees);
    }
}
