package dev.nextcall.adapters.google;

import com.google.api.services.calendar.model.Event;
import dev.nextcall.app.port.BookingGateway;
import dev.nextcall.app.port.BookingRequest;
import dev.nextcall.app.port.BookingResult;
import dev.nextcall.app.port.CalendarException;
import dev.nextcall.app.port.CancelRequest;
import dev.nextcall.app.port.CancelResult;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Books follow-ups into the rep's primary Google calendar, idempotent by our own event id: Google
 * answers a second insert of an id with 409 {@code duplicate}, which means an earlier attempt landed
 * (perhaps one whose answer was lost), so the event is fetched and reported as booked. Google sends the
 * invitations ({@code sendUpdates=all}) and, unless the rep has a meeting link of their own, creates a
 * Meet link. Cancelling deletes the event with notices to the guests; 404/410 mean it is already gone.
 *
 * <p>Offline, signed-out and retries-used-up are thrown as {@link CalendarException}s (the journal
 * records them); a definite refusal from Google is a {@link BookingResult.Failed} with Google's reason.
 */
public final class GoogleBookingGateway implements BookingGateway {

    /** Google's rule for client-chosen event ids: base32hex (a–v, 0–9), 5 to 1024 characters. */
    private static final Pattern EVENT_ID = Pattern.compile("[a-v0-9]{5,1024}");
    private static final String CALENDAR = GoogleCalendar.PRIMARY;

    private final GoogleConnection google;

    public GoogleBookingGateway(GoogleConnection google) {
        this.google = Objects.requireNonNull(google, "google");
    }

    @Override
    public BookingResult book(BookingRequest request) {
        if (!EVENT_ID.matcher(request.eventId()).matches()) {
            return new BookingResult.Failed("the event id " + request.eventId() + " is not one Google accepts"
                    + " (letters a–v and digits, 5 to 1024 of them)");
        }
        // A fresh conference request id per new booking; the retries below reuse it, as they should.
        Event event = EventMapper.toEvent(request, UUID.randomUUID().toString());
        try {
            Event created = google.execute("book the meeting", client -> client.events()
                    .insert(CALENDAR, event)
                    .setSendUpdates("all")
                    .setConferenceDataVersion(1)
                    .execute());
            google.wrote();
            return booked(created, request);
        } catch (ApiRefusal refusal) {
            if (refusal.status() == 409) {
                return alreadyThere(request);
            }
            return new BookingResult.Failed(refusal.describe());
        }
    }

    /** The id is taken: if it is this booking from an earlier attempt, that attempt landed. */
    private BookingResult alreadyThere(BookingRequest request) {
        Event existing;
        try {
            existing = get(request.eventId(), "look up the meeting booked earlier");
        } catch (ApiRefusal refusal) {
            return new BookingResult.Failed(refusal.gone()
                    ? "Google says the event id " + request.eventId() + " is taken, but has no such event"
                    : refusal.describe());
        }
        if (EventMapper.cancelled(existing)) {
            return new BookingResult.Failed("the meeting " + request.eventId() + " was cancelled in Google Calendar,"
                    + " and a cancelled meeting's id cannot be booked again; book it as a new meeting");
        }
        String callId = EventMapper.callIdOf(existing);
        if (!request.callId().isEmpty() && !callId.isEmpty() && !callId.equals(request.callId())) {
            return new BookingResult.Failed("the event id " + request.eventId()
                    + " is already used by a meeting for another call; book it as a new meeting");
        }
        google.wrote();
        return booked(existing, request);
    }

    private static BookingResult.Booked booked(Event event, BookingRequest request) {
        String link = EventMapper.joinLink(event);
        return new BookingResult.Booked(event.getId() == null ? request.eventId() : event.getId(),
                link.isEmpty() ? request.meetingLink() : link, "");
    }

    @Override
    public Optional<BookingResult.Booked> find(String eventId) {
        if (eventId == null || !EVENT_ID.matcher(eventId).matches()) {
            return Optional.empty();
        }
        try {
            Event event = get(eventId, "look up the meeting");
            if (EventMapper.cancelled(event)) {
                return Optional.empty();
            }
            return Optional.of(new BookingResult.Booked(eventId, EventMapper.joinLink(event), ""));
        } catch (ApiRefusal refusal) {
            if (refusal.gone()) {
                return Optional.empty();
            }
            throw refusal.toCalendarException();
        }
    }

    @Override
    public CancelResult cancel(CancelRequest request) {
        String eventId = request.eventId();
        if (!EVENT_ID.matcher(eventId).matches()) {
            return new CancelResult.Failed("the event id " + eventId + " is not a Google Calendar event id");
        }
        try {
            google.execute("cancel the meeting", client -> client.events()
                    .delete(CALENDAR, eventId)
                    .setSendUpdates("all")
                    .execute());
            google.wrote();
            return new CancelResult.Cancelled(eventId, "");
        } catch (ApiRefusal refusal) {
            if (refusal.gone()) {
                // 410 "deleted": cancelled before (perhaps by an attempt whose answer was lost); 404: never there.
                return new CancelResult.AlreadyGone(eventId);
            }
            return new CancelResult.Failed(refusal.describe());
        }
    }

    private Event get(String eventId, String what) throws ApiRefusal {
        return google.execute(what, client -> client.events().get(CALENDAR, eventId).execute());
    }
}
