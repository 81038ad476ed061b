package dev.nextcall.app.port;

import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.Interval;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What to put in the calendar. The event id is chosen by us before the call so that a retry of the
 * same request can be recognised and never makes a second event.
 *
 * @param zone        the zone the invite is written in (the rep's)
 * @param meetingLink the rep's meeting link; empty when none is set
 */
public record BookingRequest(String eventId, Interval time, ZoneId zone, String title, String description,
                             Attendee organizer, List<Attendee> attendees, String meetingLink) {

    public BookingRequest {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        Objects.requireNonNull(organizer, "organizer");
        attendees = List.copyOf(attendees);
        meetingLink = meetingLink == null ? "" : meetingLink;
    }
}
