package dev.nextcall.adapters.google;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.model.ConferenceData;
import com.google.api.services.calendar.model.EntryPoint;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventAttendee;
import com.google.api.services.calendar.model.EventDateTime;
import dev.nextcall.app.port.BookingRequest;
import dev.nextcall.app.port.InviteReply;
import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.domain.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our booking → Google's event, and Google's events → what the panel and the reply poll need. */
class EventMapperTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Interval SLOT = Interval.of(Instant.parse("2025-06-03T13:00:00Z"), Duration.ofMinutes(30));
    private static final Attendee REP = new Attendee("Rita Rep", "rita@seller.example");
    private static final Attendee PROSPECT = new Attendee("Jane Doe", "jane@acme.example");

    private static BookingRequest request(String link) {
        return new BookingRequest("nc0123456789abcdef", SLOT, BERLIN, "Follow-up: Jane Doe",
                "Agreed follow-up actions:\nsend the offer", REP, List.of(PROSPECT), link, "call-42");
    }

    @Test
    void aBookingWithoutALinkOfTheRepsAsksGoogleForAMeetConference() {
        Event event = EventMapper.toEvent(request(""), "req-1");
        assertThat(event.getId()).isEqualTo("nc0123456789abcdef");
        assertThat(event.getSummary()).isEqualTo("Follow-up: Jane Doe");
        assertThat(event.getDescription()).isEqualTo("Agreed follow-up actions:\nsend the offer");
        assertThat(event.getLocation()).isNull();
        assertThat(event.getConferenceData().getCreateRequest().getRequestId()).isEqualTo("req-1");
        assertThat(event.getConferenceData().getCreateRequest().getConferenceSolutionKey().getType()).isEqualTo("hangoutsMeet");
        assertThat(event.getStart().getDateTime().toStringRfc3339()).isEqualTo("2025-06-03T15:00:00.000+02:00");
        assertThat(event.getStart().getTimeZone()).isEqualTo("Europe/Berlin");
        assertThat(event.getEnd().getDateTime().toStringRfc3339()).isEqualTo("2025-06-03T15:30:00.000+02:00");
        assertThat(event.getExtendedProperties().getPrivate()).containsExactly(Map.entry("nextcallCallId", "call-42"));
        assertThat(event.getAttendees()).singleElement().satisfies(a -> {
            assertThat(a.getEmail()).isEqualTo("jane@acme.example");
            assertThat(a.getDisplayName()).isEqualTo("Jane Doe");
            assertThat(a.getResponseStatus()).isEqualTo("needsAction");
        });
    }

    @Test
    void theRepsOwnLinkGoesIntoLocationAndDescriptionAndNoConferenceIsAskedFor() {
        Event event = EventMapper.toEvent(request("https://zoom.example/j/1"), "req-1");
        assertThat(event.getConferenceData()).isNull();
        assertThat(event.getLocation()).isEqualTo("https://zoom.example/j/1");
        assertThat(event.getDescription()).endsWith("\n\nJoin: https://zoom.example/j/1");
        BookingRequest alreadyThere = new BookingRequest("nc0123456789abcdef", SLOT, BERLIN, "", "Join: https://zoom.example/j/1",
                REP, List.of(PROSPECT), "https://zoom.example/j/1", "");
        Event plain = EventMapper.toEvent(alreadyThere, "req-2");
        assertThat(plain.getDescription()).isEqualTo("Join: https://zoom.example/j/1");
        assertThat(plain.getSummary()).isEqualTo("Follow-up");
        assertThat(plain.getExtendedProperties()).as("no call id, no property").isNull();
    }

    @Test
    void theJoinLinkIsMeetsThenTheVideoEntryPointThenTheRepsLink() {
        Event meet = new Event().setHangoutLink("https://meet.google.com/aaa-bbbb-ccc");
        assertThat(EventMapper.joinLink(meet)).isEqualTo("https://meet.google.com/aaa-bbbb-ccc");
        Event entry = new Event().setConferenceData(new ConferenceData().setEntryPoints(List.of(
                new EntryPoint().setEntryPointType("phone").setUri("tel:+1-555"),
                new EntryPoint().setEntryPointType("video").setUri("https://meet.google.com/xxx-yyyy-zzz"))));
        assertThat(EventMapper.joinLink(entry)).isEqualTo("https://meet.google.com/xxx-yyyy-zzz");
        assertThat(EventMapper.joinLink(new Event().setLocation("https://zoom.example/j/1"))).isEqualTo("https://zoom.example/j/1");
        assertThat(EventMapper.joinLink(new Event().setLocation("Room 4"))).isEmpty();
        assertThat(EventMapper.joinLink(new Event())).as("Meet still being created").isEmpty();
    }

    @Test
    void theCallIdComesBackFromThePrivateProperty() {
        assertThat(EventMapper.callIdOf(EventMapper.toEvent(request(""), "r"))).isEqualTo("call-42");
        assertThat(EventMapper.callIdOf(new Event())).isEmpty();
    }

    private static Event meeting() {
        List<EventAttendee> attendees = new ArrayList<>();
        attendees.add(new EventAttendee().setEmail("rita@seller.example").setSelf(true).setOrganizer(true)
                .setResponseStatus("accepted"));
        attendees.add(new EventAttendee().setEmail("jane@acme.example").setDisplayName("Jane Doe"));
        attendees.add(new EventAttendee().setEmail("room-4@resource.calendar.google.com").setResource(true));
        attendees.add(new EventAttendee().setEmail("cto@acme.example"));
        return new Event().setId("ev1").setSummary("Discovery call").setStatus("confirmed")
                .setStart(new EventDateTime().setDateTime(new DateTime("2025-06-03T15:00:00+02:00")).setTimeZone("Europe/Berlin"))
                .setEnd(new EventDateTime().setDateTime(new DateTime("2025-06-03T15:30:00+02:00")))
                .setAttendees(attendees);
    }

    @Test
    void aMeetingKeepsThePeopleOtherThanTheRepAndLeavesRoomsOut() {
        CalendarEvent event = EventMapper.toCalendarEvent(meeting()).orElseThrow();
        assertThat(event.id()).isEqualTo("ev1");
        assertThat(event.title()).isEqualTo("Discovery call");
        assertThat(event.time()).isEqualTo(SLOT);
        assertThat(event.attendees()).containsExactly(new Attendee("Jane Doe", "jane@acme.example"),
                Attendee.ofEmail("cto@acme.example"));
    }

    @Test
    void eventsTheRepIsNotInAreLeftOut() {
        assertThat(EventMapper.toCalendarEvent(meeting().setStatus("cancelled"))).as("cancelled").isEmpty();
        assertThat(EventMapper.toCalendarEvent(meeting().setTransparency("transparent"))).as("free").isEmpty();
        Event declined = meeting();
        declined.getAttendees().get(0).setResponseStatus("declined");
        assertThat(EventMapper.toCalendarEvent(declined)).as("declined by the rep").isEmpty();
        Event allDay = meeting().setStart(new EventDateTime().setDate(new DateTime("2025-06-03")))
                .setEnd(new EventDateTime().setDate(new DateTime("2025-06-04")));
        assertThat(EventMapper.toCalendarEvent(allDay)).as("all-day").isEmpty();
        Event someoneElseDeclined = meeting();
        someoneElseDeclined.getAttendees().get(1).setResponseStatus("declined");
        assertThat(EventMapper.toCalendarEvent(someoneElseDeclined)).as("a guest declining does not matter").isPresent();
    }

    @Test
    void anEventWithoutAttendeesIsStillAnEvent() {
        Event alone = meeting().setAttendees(null);
        assertThat(EventMapper.toCalendarEvent(alone).orElseThrow().attendees()).isEmpty();
    }

    @Test
    void theProspectsReplyIsFoundByAddressInAnyCase() {
        Event event = meeting();
        event.getAttendees().get(1).setResponseStatus("tentative");
        assertThat(EventMapper.replyOf(event, "Jane@ACME.example")).contains(InviteReply.TENTATIVE);
        assertThat(EventMapper.replyOf(event, "cto@acme.example")).as("no status yet").contains(InviteReply.NEEDS_ACTION);
        assertThat(EventMapper.replyOf(event, "nobody@acme.example")).isEmpty();
        assertThat(EventMapper.replyOf(meeting().setStatus("cancelled"), "jane@acme.example")).contains(InviteReply.GONE);
    }

    @Test
    void everyResponseStatusHasAReply() {
        assertThat(EventMapper.reply("accepted")).isEqualTo(InviteReply.ACCEPTED);
        assertThat(EventMapper.reply("declined")).isEqualTo(InviteReply.DECLINED);
        assertThat(EventMapper.reply("tentative")).isEqualTo(InviteReply.TENTATIVE);
        assertThat(EventMapper.reply("needsAction")).isEqualTo(InviteReply.NEEDS_ACTION);
        assertThat(EventMapper.reply("somethingNew")).isEqualTo(InviteReply.NEEDS_ACTION);
        assertThat(EventMapper.reply(null)).isEqualTo(InviteReply.NEEDS_ACTION);
    }
}
