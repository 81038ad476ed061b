package dev.nextcall.adapters.ics;

import static dev.nextcall.adapters.ics.IcsTestFiles.crlf;
import static dev.nextcall.adapters.ics.IcsTestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nextcall.app.port.CalendarException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Days off from calendars of all-day events: public holidays as Google publishes them, and leave. */
class IcsDaysOffTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Shaped like Google's public "Holidays in Germany" calendar: all-day, marked free. */
    private static final String HOLIDAYS = crlf("""
            BEGIN:VCALENDAR
            PRODID:-//Google Inc//Google Calendar 70.9054//EN
            VERSION:2.0
            CALSCALE:GREGORIAN
            METHOD:PUBLISH
            X-WR-CALNAME:Holidays in Germany
            X-WR-TIMEZONE:UTC
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20261225
            DTEND;VALUE=DATE:20261226
            DTSTAMP:20261101T000000Z
            UID:20261225_de@google.com
            CLASS:PUBLIC
            SUMMARY:Christmas Day
            TRANSP:TRANSPARENT
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20261226
            DTEND;VALUE=DATE:20261227
            DTSTAMP:20261101T000000Z
            UID:20261226_de@google.com
            SUMMARY:Boxing Day
            TRANSP:TRANSPARENT
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20270101
            DTSTAMP:20261101T000000Z
            UID:20270101_de@google.com
            SUMMARY:New Year's Day (no DTEND: one day)
            END:VEVENT
            END:VCALENDAR
            """);

    private static final String LEAVE = crlf("""
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Test//Leave//EN
            BEGIN:VEVENT
            UID:leave-1
            DTSTAMP:20261101T000000Z
            DTSTART;VALUE=DATE:20261228
            DTEND;VALUE=DATE:20261231
            SUMMARY:Leave
            END:VEVENT
            BEGIN:VEVENT
            UID:leave-cancelled
            DTSTAMP:20261101T000000Z
            DTSTART;VALUE=DATE:20261231
            DTEND;VALUE=DATE:20270101
            STATUS:CANCELLED
            SUMMARY:Leave (cancelled)
            END:VEVENT
            BEGIN:VEVENT
            UID:timed
            DTSTAMP:20261101T000000Z
            DTSTART:20261231T090000Z
            DTEND:20261231T100000Z
            SUMMARY:A meeting is not a day off
            END:VEVENT
            END:VCALENDAR
            """);

    @TempDir
    Path folder;

    @Test
    void allDayEventsAreDaysOffWhateverTheirTransparency() {
        IcsCalendar calendars = new IcsCalendar(List.of(write(folder, "holidays.ics", HOLIDAYS),
                write(folder, "leave.ics", LEAVE)), BERLIN);

        assertThat(calendars.daysOff(LocalDate.parse("2026-12-01"), LocalDate.parse("2027-01-31")))
                .containsExactly(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-26"),
                        LocalDate.parse("2026-12-28"), LocalDate.parse("2026-12-29"), LocalDate.parse("2026-12-30"),
                        LocalDate.parse("2027-01-01"));
    }

    @Test
    void theWindowIsHalfOpen() {
        IcsCalendar calendars = new IcsCalendar(List.of(write(folder, "leave.ics", LEAVE)), BERLIN);

        assertThat(calendars.daysOff(LocalDate.parse("2026-12-29"), LocalDate.parse("2026-12-30")))
                .containsExactly(LocalDate.parse("2026-12-29"));
    }

    @Test
    void aMissingCalendarHasNoDaysOffAndABrokenOneIsNamed() {
        assertThat(new IcsCalendar(List.of(folder.resolve("none.ics")), BERLIN)
                .daysOff(LocalDate.parse("2026-12-01"), LocalDate.parse("2027-01-01"))).isEmpty();

        Path broken = write(folder, "broken.ics", crlf("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\n"));
        assertThatThrownBy(() -> new IcsCalendar(List.of(broken), BERLIN)
                .daysOff(LocalDate.parse("2026-12-01"), LocalDate.parse("2027-01-01")))
                .isInstanceOf(CalendarException.class).hasMessageContaining("broken.ics");
    }
}
