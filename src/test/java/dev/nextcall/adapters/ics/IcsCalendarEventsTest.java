package dev.nextcall.adapters.ics;

import static dev.nextcall.adapters.ics.IcsTestFiles.at;
import static dev.nextcall.adapters.ics.IcsTestFiles.crlf;
import static dev.nextcall.adapters.ics.IcsTestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.domain.Interval;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The meetings on the calendar, as the call panel sees them. */
class IcsCalendarEventsTest {

    private static final Interval TUESDAY = new Interval(at("2024-03-05T00:00:00Z"), at("2024-03-06T00:00:00Z"));

    @TempDir
    Path folder;

    private static final String CALENDAR = crlf("""
            BEGIN:VCALENDAR
            PRODID:-//Google Inc//Google Calendar 70.9054//EN
            VERSION:2.0
            CALSCALE:GREGORIAN
            METHOD:PUBLISH
            BEGIN:VEVENT
            DTSTART:20240305T140000Z
            DTEND:20240305T143000Z
            DTSTAMP:20240301T120000Z
            ORGANIZER;CN=Rita Rep:mailto:rita@seller.example
            UID:demo-acme@google.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Doe, Jane";X-NUM-GUESTS=0:mailto:jane.doe@acme.example
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;X-NUM-GUESTS=0:MAILTO:Bob@Acme.example
            ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Room 4:urn:uuid:6f1c9a52-3d1e-4d7e-9c55-1d3b9d2f0a11
            ATTENDEE;CN=Bob again:mailto:bob@acme.example
            SUMMARY:Demo\\, part 2
            STATUS:CONFIRMED
            TRANSP:OPAQUE
            END:VEVENT
            BEGIN:VEVENT
            DTSTART:20240305T090000Z
            DTEND:20240305T093000Z
            DTSTAMP:20240301T120000Z
            ORGANIZER;CN=Rita Rep:mailto:rita@seller.example
            UID:internal@google.com
            ATTENDEE;CN=Rita Rep;PARTSTAT=ACCEPTED:mailto:rita@seller.example
            ATTENDEE;CN=Sam Sales;PARTSTAT=ACCEPTED:mailto:sam@seller.example
            SUMMARY:Pipeline sync
            END:VEVENT
            BEGIN:VEVENT
            DTSTART:20240304T230000Z
            DTEND:20240305T010000Z
            DTSTAMP:20240301T120000Z
            UID:late-night@google.com
            SUMMARY:Starts the day before
            END:VEVENT
            BEGIN:VEVENT
            DTSTART:20240305T110000Z
            DTEND:20240305T120000Z
            DTSTAMP:20240301T120000Z
            UID:cancelled@google.com
            STATUS:CANCELLED
            SUMMARY:Cancelled call
            END:VEVENT
            BEGIN:VEVENT
            DTSTART:20240305T120000Z
            DTEND:20240305T130000Z
            DTSTAMP:20240301T120000Z
            UID:lunch@google.com
            TRANSP:TRANSPARENT
            SUMMARY:Lunch (free)
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20240305
            DTEND;VALUE=DATE:20240306
            DTSTAMP:20240301T120000Z
            UID:conference@google.com
            TRANSP:OPAQUE
            SUMMARY:Conference day
            END:VEVENT
            BEGIN:VEVENT
            DTSTART:20240306T090000Z
            DTEND:20240306T100000Z
            DTSTAMP:20240301T120000Z
            UID:tomorrow@google.com
            SUMMARY:Tomorrow
            END:VEVENT
            END:VCALENDAR
            """);

    private List<CalendarEvent> eventsOnTuesday() {
        Path file = write(folder, "calendar.ics", CALENDAR);
        return new IcsCalendar(List.of(file), ZoneId.of("UTC")).events(TUESDAY);
    }

    @Test
    void timedBusyEventsOverlappingTheWindowSortedByStart() {
        assertThat(eventsOnTuesday()).extracting(CalendarEvent::id)
                .containsExactly("late-night@google.com", "internal@google.com", "demo-acme@google.com");
    }

    @Test
    void anEventKeepsItsWholeTimeEvenWhenItStartsBeforeTheWindow() {
        assertThat(eventsOnTuesday().get(0).time())
                .isEqualTo(new Interval(at("2024-03-04T23:00:00Z"), at("2024-03-05T01:00:00Z")));
    }

    @Test
    void titleIsTheUnescapedSummary() {
        assertThat(eventsOnTuesday()).extracting(CalendarEvent::title)
                .containsExactly("Starts the day before", "Pipeline sync", "Demo, part 2");
    }

    @Test
    void attendeesAreTheEmailAttendeesWithTheirNamesOnceEachWithoutTheOrganizer() {
        CalendarEvent demo = eventsOnTuesday().get(2);

        assertThat(demo.attendees()).containsExactly(
                new Attendee("Doe, Jane", "jane.doe@acme.example"),
                new Attendee("", "Bob@Acme.example"));
        assertThat(demo.firstOutsideAttendee("rita@seller.example")).contains(new Attendee("Doe, Jane", "jane.doe@acme.example"));
    }

    @Test
    void theOrganizerCountsWhenAlsoListedAsAttendee() {
        CalendarEvent internal = eventsOnTuesday().get(1);

        assertThat(internal.attendees()).extracting(Attendee::email)
                .containsExactly("rita@seller.example", "sam@seller.example");
    }
}
