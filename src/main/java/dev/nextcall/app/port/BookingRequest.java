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
 * @param meetingLink the rep's meeting link; empty when none is set (a calendar that can create a video
 *                    meeting, such as Google Meet, then creates one)
 * @param callId      the call this meeting follows up, kept with the event so it can be traced back; may be empty
 */
public record BookingRequest(String eventId, Interval time, ZoneId zone, String title, String description,
                             Attendee organizer, List<Attendee> attendees, String meetingLink, String callId) {

    public BookingRequest {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        Objects.requireNonNull(organizer, "organizer");
        attendees = List.copyOf(attendees);
        meetingLink = meetingLink == null ? "" : meetingLink;
        callId = callId == null ? "" : callId;
    }

    /** A request not tied to a call in the history. */
    public BookingRequest(String eventId, Interval time, ZoneId zone, String title, String description,
                          Attendee organizer, List<Attendee> attendees, String meetingLink) {
        this(eventId, time, zone, title, description, organizer, attendees, meetingLink, "");
    }
}
