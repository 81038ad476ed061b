package dev.nextcall.app.port;

import java.util.Objects;

/**
 * Which booked meeting to cancel. The event id is the one the booking was made under; a calendar
 * tells everyone invited that the meeting is off (or writes the notice for the rep to send).
 */
public record CancelRequest(String eventId) {

    public CancelRequest {
        Objects.requireNonNull(eventId, "eventId");
    }
}
