package dev.nextcall.adapters.google;

import com.google.api.services.calendar.model.ConferenceData;
import com.google.api.services.calendar.model.ConferenceSolutionKey;
import com.google.api.services.calendar.model.CreateConferenceRequest;
import com.google.api.services.calendar.model.EntryPoint;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventAttendee;
import dev.nextcall.app.port.BookingRequest;
import dev.nextcall.app.port.InviteReply;
import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.domain.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Google {@link Event} ↔ our booking request, calendar event and invite reply. Stateless. */
final class EventMapper {

    /** The private extended property that ties an event to the call it follows up. */
    static final String CALL_ID_PROPERTY = "nextcallCallId";

    private EventMapper() {
    }

    /**
     * The event to insert for a booking. With no meeting link of the rep's, Google is asked to create
     * a Meet conference ({@code conferenceRequestId} must be fresh per new request, and the insert must
     * be sent with {@code conferenceDataVersion=1}); with one, it goes into the location and description.
     *
     * @param conferenceRequestId a new id for the Meet request; ignored when the rep has a link
     */
    static Event toEvent(BookingRequest request, String conferenceRequestId) {
        Event event = new Event()
                .setId(request.eventId())
                .setSummary(request.title().isEmpty() ? "Follow-up" : request.title())
                .setStart(GoogleTimes.eventTime(request.time().start(), request.zone()))
                .setEnd(GoogleTimes.eventTime(request.time().end(), request.zone()))
                .setAttendees(attendees(request.attendees()));
        String description = request.description();
        if (request.meetingLink().isEmpty()) {
            event.setConferenceData(new ConferenceData().setCreateRequest(new CreateConferenceRequest()
                    .setRequestId(conferenceRequestId)
                    .setConferenceSolutionKey(new ConferenceSolutionKey().setType("hangoutsMeet"))));
        } else {
            event.setLocation(request.meetingLink());
            if (!description.contains(request.meetingLink())) {
                description = description.isEmpty() ? "Join: " + request.meetingLink()
                        : description + "\n\nJoin: " + request.meetingLink();
            }
        }
        if (!description.isEmpty()) {
            event.setDescription(description);
        }
        if (!request.callId().isEmpty()) {
            event.setExtendedProperties(new Event.ExtendedProperties().setPrivate(Map.of(CALL_ID_PROPERTY, request.callId())));
        }
        return event;
    }

    private static List<EventAttendee> attendees(List<Attendee> attendees) {
        List<EventAttendee> list = new ArrayList<>();
        for (Attendee a : attendees) {
            EventAttendee attendee = new EventAttendee().setEmail(a.email()).setResponseStatus("needsAction");
            if (!a.name().isEmpty()) {
                attendee.setDisplayName(a.name());
            }
            list.add(attendee);
        }
        return list;
    }

    static boolean cancelled(Event event) {
        return "cancelled".equals(event.getStatus());
    }

    /** The call id we stored with the event, or empty. */
    static String callIdOf(Event event) {
        Event.ExtendedProperties properties = event.getExtendedProperties();
        if (properties == null || properties.getPrivate() == null) {
            return "";
        }
        String value = properties.getPrivate().get(CALL_ID_PROPERTY);
        return value == null ? "" : value;
    }

    /**
     * How to join: the Meet link ({@code hangoutLink}, else the conference's video entry point), else the
     * rep's own link (the location), else empty (a Meet link still being created).
     */
    static String joinLink(Event event) {
        if (event.getHangoutLink() != null && !event.getHangoutLink().isEmpty()) {
            return event.getHangoutLink();
        }
        ConferenceData conference = event.getConferenceData();
        if (conference != null && conference.getEntryPoints() != null) {
            for (EntryPoint entry : conference.getEntryPoints()) {
                if ("video".equals(entry.getEntryPointType()) && entry.getUri() != null) {
                    return entry.getUri();
                }
            }
        }
        String location = event.getLocation();
        if (location != null && (location.startsWith("https://") || location.startsWith("http://"))) {
            return location;
        }
        return "";
    }

    /**
     * The event as the panel needs it, or empty when it is not a meeting the rep is in: cancelled,
     * declined by the rep, free ("transparent"), all-day, or without a length. Attendees are the other
     * people: the rep ({@code self}) and resources (rooms) are left out.
     */
    static Optional<CalendarEvent> toCalendarEvent(Event event) {
        if (cancelled(event) || "transparent".equals(event.getTransparency())
                || GoogleTimes.allDay(event.getStart()) || declinedBySelf(event)) {
            return Optional.empty();
        }
        Optional<Interval> time = GoogleTimes.timed(event.getStart(), event.getEnd());
        if (time.isEmpty()) {
            return Optional.empty();
        }
        List<Attendee> people = new ArrayList<>();
        if (event.getAttendees() != null) {
            for (EventAttendee a : event.getAttendees()) {
                if (Boolean.TRUE.equals(a.getSelf()) || Boolean.TRUE.equals(a.getResource())
                        || a.getEmail() == null || !a.getEmail().contains("@")) {
                    continue;
                }
                people.add(new Attendee(a.getDisplayName(), a.getEmail()));
            }
        }
        return Optional.of(new CalendarEvent(event.getId(), event.getSummary(), time.get(), people));
    }

    private static boolean declinedBySelf(Event event) {
        return event.getAttendees() != null && event.getAttendees().stream()
                .anyMatch(a -> Boolean.TRUE.equals(a.getSelf()) && "declined".equals(a.getResponseStatus()));
    }

    /**
     * The prospect's reply: {@link InviteReply#GONE} for a cancelled event; empty when the address is not
     * among the attendees (the calendar cannot tell).
     */
    static Optional<InviteReply> replyOf(Event event, String email) {
        if (cancelled(event)) {
            return Optional.of(InviteReply.GONE);
        }
        if (event.getAttendees() == null || email == null) {
            return Optional.empty();
        }
        String wanted = email.strip().toLowerCase(Locale.ROOT);
        return event.getAttendees().stream()
                .filter(a -> a.getEmail() != null && a.getEmail().strip().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst()
                .map(a -> reply(a.getResponseStatus()));
    }

    static InviteReply reply(String responseStatus) {
        if (responseStatus == null) {
            return InviteReply.NEEDS_ACTION;
        }
        return switch (responseStatus) {
            case "accepted" -> InviteReply.ACCEPTED;
            case "tentative" -> InviteReply.TENTATIVE;
            case "declined" -> InviteReply.DECLINED;
            default -> InviteReply.NEEDS_ACTION;
        };
    }
}
