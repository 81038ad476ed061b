package dev.nextcall.app.port;

import java.util.Objects;

/** What a calendar said to a booking: it is in (perhaps from an earlier attempt), or why not. */
public sealed interface BookingResult {

    /**
     * @param link   where the meeting happens or how to join it (may be empty)
     * @param invite where the invitation went: a file path for the local calendar, empty when the
     *               calendar sent it itself
     */
    record Booked(String eventId, String link, String invite) implements BookingResult {
        public Booked {
            Objects.requireNonNull(eventId, "eventId");
            link = link == null ? "" : link;
            invite = invite == null ? "" : invite;
        }
    }

    record Failed(String reason) implements BookingResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
