package dev.nextcall.adapters.ics;

import static dev.nextcall.adapters.ics.IcsTestFiles.at;
import static dev.nextcall.adapters.ics.IcsTestFiles.calendar;
import static dev.nextcall.adapters.ics.IcsTestFiles.event;
import static dev.nextcall.adapters.ics.IcsTestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.app.LookAtCalendar;
import dev.nextcall.app.port.CalendarHealth;
import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.domain.Interval;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recurring meetings as the call panel sees them: each instance with its own time and id. */
class IcsRecurringEventsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String REP = "rita@seller.example";

    /** Mondays 10:00-11:00 Berlin with a prospect, since January, without end; one instance moved, one cancelled. */
    private static final String WEEKLY_DEMO = event("demo@example.com", """
            DTSTART;TZID=Europe/Berlin:20240108T100000
            DTEND;TZID=Europe/Berlin:20240108T110000
            RRULE:FREQ=WEEKLY;BYDAY=MO
            SUMMARY:Weekly demo
            ORGANIZER:mailto:rita@seller.example
            ATTENDEE;CN=Rita Rep:mailto:rita@seller.example
            ATTENDEE;CN=Jane Doe:mailto:jane@acme.example
            """) + event("demo@example.com", """
            RECURRENCE-ID;TZID=Europe/Berlin:20240617T100000
            DTSTART;TZID=Europe/Berlin:20240618T140000
            DTEND;TZID=Europe/Berlin:20240618T143000
            SUMMARY:Weekly demo (moved to Tuesday)
            ATTENDEE;CN=Bob Buyer:mailto:bob@acme.example
            """) + event("demo@example.com", """
            RECURRENCE-ID;TZID=Europe/Berlin:20240624T100000
            DTSTART;TZID=Europe/Berlin:20240624T100000
            DTEND;TZID=Europe/Berlin:20240624T110000
            STATUS:CANCELLED
            """);

    @TempDir
    Path folder;

    private IcsCalendar demoCalendar() {
        return new IcsCalendar(List.of(write(folder, "calendar.ics", calendar(WEEKLY_DEMO))), BERLIN);
    }

    private static Interval interval(String start, String end) {
        return new Interval(at(start), at(end));
    }

    @Test
    void theInstanceHappeningNowIsTheCallInProgressWithItsOwnTimeAndAttendees() {
        Instant now = at("2024-06-10T08:20:00Z"); // Monday 10:20 in Berlin, summer time
        LookAtCalendar look = new LookAtCalendar(demoCalendar(), CalendarHealth.NONE, () -> REP,
                Clock.fixed(now, ZoneOffset.UTC));

        LookAtCalendar.Glance glance = look.look();

        assertThat(glance.inProgress()).hasValueSatisfying(call -> {
            assertThat(call.title()).isEqualTo("Weekly demo");
            assertThat(call.time()).isEqualTo(interval("2024-06-10T08:00:00Z", "2024-06-10T09:00:00Z"));
            assertThat(call.id()).isEqualTo("demo@example.com#2024-06-10T08:00:00Z");
            assertThat(look.prospectOf(call)).contains(new Attendee("Jane Doe", "jane@acme.example"));
        });
    }

    @Test
    void eachInstanceHasItsOwnIdAndAMovedOneKeepsTheIdOfTheInstanceItReplaces() {
        List<CalendarEvent> june = demoCalendar().events(interval("2024-06-01T00:00:00Z", "2024-07-01T00:00:00Z"));

        // Mondays 3, 10, 17 (moved to Tuesday 18) and 24 June (cancelled, so no meeting).
        assertThat(june).extracting(CalendarEvent::id).containsExactly(
                "demo@example.com#2024-06-03T08:00:00Z",
                "demo@example.com#2024-06-10T08:00:00Z",
                "demo@example.com#2024-06-17T08:00:00Z");
        CalendarEvent moved = june.get(2);
        assertThat(moved.time()).isEqualTo(interval("2024-06-18T12:00:00Z", "2024-06-18T12:30:00Z"));
        assertThat(moved.title()).isEqualTo("Weekly demo (moved to Tuesday)");
        // An override inherits nothing: its attendees are its own.
        assertThat(moved.attendees()).containsExactly(new Attendee("Bob Buyer", "bob@acme.example"));
    }

    @Test
    void aWindowInsideAnInstanceFindsIt() {
        List<CalendarEvent> now = demoCalendar().events(interval("2024-06-10T08:59:00Z", "2024-06-10T08:59:30Z"));

        assertThat(now).extracting(CalendarEvent::time).containsExactly(interval("2024-06-10T08:00:00Z", "2024-06-10T09:00:00Z"));
    }
}
