package dev.nextcall.app;

import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.history.CalendarKind;
import java.util.Objects;

/**
 * Who books and how: the rep as organizer, their meeting link (may be empty) and which calendar the
 * bookings go to.
 */
public record BookingProfile(Attendee organizer, String meetingLink, CalendarKind calendar) {

    public BookingProfile {
        Objects.requireNonNull(organizer, "organizer");
        meetingLink = meetingLink == null ? "" : meetingLink.strip();
        Objects.requireNonNull(calendar, "calendar");
    }
}
