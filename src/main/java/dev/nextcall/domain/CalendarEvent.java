package dev.nextcall.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event (or one occurrence) on the rep's calendar, as the app needs it: when, what, and who.
 * Calendar adapters map their own types to this at the edge.
 */
public record CalendarEvent(String id, String title, Interval time, List<Attendee> attendees) {

    public CalendarEvent {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        Objects.requireNonNull(time, "time");
        attendees = List.copyOf(attendees);
    }

    /** The first attendee who is not the rep: on a sales call, that is the prospect. */
    public Optional<Attendee> firstOutsideAttendee(String repEmail) {
        return attendees.stream().filter(a -> !a.hasEmail(repEmail)).findFirst();
    }
}
