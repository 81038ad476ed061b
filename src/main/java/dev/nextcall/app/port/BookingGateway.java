package dev.nextcall.app.port;

import java.util.Optional;

/**
 * Puts a follow-up meeting into a calendar and sends (or writes) the invitation.
 *
 * <p>Implementations must be idempotent by event id: booking a request whose id is already in the
 * calendar returns {@link BookingResult.Booked} without making a second event.
 */
public interface BookingGateway {

    BookingResult book(BookingRequest request);

    /**
     * The event with this id if the calendar has it. Used to reconcile an intent whose booking was
     * interrupted: if the event landed, the intent is done; if not, it can be retried safely.
     */
    Optional<BookingResult.Booked> find(String eventId);
}
