package dev.nextcall.app.port;

import java.util.Optional;

/**
 * Puts a follow-up meeting into a calendar and sends (or writes) the invitation; cancels it again.
 *
 * <p>Implementations must be idempotent by event id: booking a request whose id is already in the
 * calendar returns {@link BookingResult.Booked} without making a second event, and cancelling an
 * event that is no longer there (or already cancelled) returns {@link CancelResult.AlreadyGone}
 * without changing anything.
 */
public interface BookingGateway {

    BookingResult book(BookingRequest request);

    /**
     * The event with this id if the calendar has it and it is not cancelled. Used to reconcile an
     * intent whose booking was interrupted: if the event landed, the intent is done; if not, it can
     * be retried safely.
     */
    Optional<BookingResult.Booked> find(String eventId);

    /**
     * Cancels the meeting booked under the request's event id and tells (or writes the notice for)
     * everyone it invited. A cancelled event cannot be booked again under the same id: a new booking
     * gets a new id.
     */
    CancelResult cancel(CancelRequest request);
}
