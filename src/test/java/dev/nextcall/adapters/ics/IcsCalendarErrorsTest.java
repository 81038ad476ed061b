package dev.nextcall.adapters.ics;

import static dev.nextcall.adapters.ics.IcsTestFiles.at;
import static dev.nextcall.adapters.ics.IcsTestFiles.crlf;
import static dev.nextcall.adapters.ics.IcsTestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nextcall.app.port.CalendarException;
import dev.nextcall.domain.Interval;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken calendar is refused with a message that says which file, which line and what is wrong. */
class IcsCalendarErrorsTest {

    private static final Interval MARCH = new Interval(at("2024-03-01T00:00:00Z"), at("2024-04-01T00:00:00Z"));

    @TempDir
    Path folder;

    /** Line numbers below count from the BEGIN:VCALENDAR on line 1. */
    private static String calendarWith(String eventLines) {
        return crlf("""
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Google Inc//Google Calendar 70.9054//EN
                BEGIN:VEVENT
                UID:broken@example.com
                DTSTAMP:20240301T120000Z
                """ + eventLines + """
                END:VEVENT
                END:VCALENDAR
                """);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertReadingFails(String content) {
        Path file = write(folder, "calendar.ics", content);
        IcsCalendar calendar = new IcsCalendar(List.of(file), ZoneId.of("Europe/Berlin"));
        return assertThatThrownBy(() -> calendar.busy(MARCH)).isInstanceOf(CalendarException.class);
    }

    @Test
    void anUnknownTzidNamesFileLineAndZone() {
        assertReadingFails(calendarWith("""
                DTSTART;TZID=Mars/Olympus_Mons:20240305T090000
                DTEND;TZID=Mars/Olympus_Mons:20240305T100000
                """))
                .hasMessageStartingWith(folder.resolve("calendar.ics") + " line 7: ")
                .hasMessageContaining("unknown time zone 'Mars/Olympus_Mons'");
    }

    @Test
    void anInvalidDateNamesItsLine() {
        assertReadingFails(calendarWith("""
                DTSTART:20241305T090000Z
                DTEND:20241305T100000Z
                """))
                .hasMessageContaining("calendar.ics line 7: ")
                .hasMessageContaining("20241305T090000Z");
    }

    @Test
    void anInvalidDateWithTzidNamesItsLine() {
        assertReadingFails(calendarWith("""
                DTSTART;TZID=Europe/Berlin:20240305T090000
                DTEND;TZID=Europe/Berlin:20240332T100000
                """))
                .hasMessageContaining("calendar.ics line 8: ")
                .hasMessageContaining("20240332T100000");
    }

    @Test
    void anInvalidDurationNamesItsLine() {
        assertReadingFails(calendarWith("""
                DTSTART:20240305T090000Z
                DURATION:1 hour
                """))
                .hasMessageContaining("calendar.ics line 8: ")
                .hasMessageContaining("1 hour");
    }

    @Test
    void aFoldWithoutItsLeadingSpaceIsALineWithoutColon() {
        assertReadingFails(calendarWith("""
                DTSTART:20240305T090000Z
                DTEND:20240305T100000Z
                DESCRIPTION:Agenda: pricing, rollout plan and who signs
                the contract
                """))
                .hasMessageContaining("calendar.ics line 10: ")
                .hasMessageContaining("the contract");
    }

    @Test
    void aQuotedParameterThatSwallowsTheValueIsRefused() {
        assertReadingFails(calendarWith("""
                DTSTART;TZID="Europe/Berlin:20240305T090000"
                DTEND;TZID=Europe/Berlin:20240305T100000
                """))
                .hasMessageContaining("calendar.ics line 7: ")
                .hasMessageContaining("malformed parameter");
    }

    @Test
    void mismatchedEndIsRefused() {
        assertReadingFails(calendarWith("""
                DTSTART:20240305T090000Z
                END:VTODO
                """))
                .hasMessageContaining("calendar.ics line 8: ")
                .hasMessageContaining("VTODO");
    }

    @Test
    void contentOutsideTheCalendarIsRefused() {
        assertReadingFails("X-NOTE:exported by hand\r\n" + calendarWith("DTSTART:20240305T090000Z\n"))
                .hasMessageContaining("calendar.ics line 1: ");
    }

    @Test
    void aTruncatedFileIsRefusedAtItsLastLine() {
        assertReadingFails(crlf("""
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Google Inc//Google Calendar 70.9054//EN
                BEGIN:VEVENT
                UID:cut@example.com
                DTSTART:20240305T090000Z
                """))
                .hasMessageContaining("calendar.ics line 6: ");
    }

    @Test
    void lineNumbersCountFoldedAndBlankLines() {
        String content = crlf("""
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Apple Inc.//macOS 14.3//EN

                BEGIN:VEVENT
                UID:folded@example.com
                DESCRIPTION:A long description that an exporter folded over more than
                 one line\\, as RFC 5545 asks for long lines.
                DTSTAMP:20240301T120000Z
                DTSTART:2024-03-05
                END:VEVENT
                END:VCALENDAR
                """);

        assertReadingFails(content).hasMessageContaining("calendar.ics line 10: ");
    }

    @Test
    void aFileThatCannotBeReadIsNamed() throws Exception {
        Path notAFile = Files.createDirectory(folder.resolve("calendar.ics"));
        IcsCalendar calendar = new IcsCalendar(List.of(notAFile), ZoneId.of("Europe/Berlin"));

        assertThatThrownBy(() -> calendar.busy(MARCH))
                .isInstanceOf(CalendarException.class)
                .hasMessageStartingWith("could not read " + notAFile);
    }

    @Test
    void oneBrokenFileFailsTheWholeAnswerRatherThanGivingPartOfIt() {
        Path good = write(folder, "good.ics", calendarWith("DTSTART:20240305T090000Z\nDTEND:20240305T100000Z\n"));
        Path bad = write(folder, "bad.ics", calendarWith("DTSTART;TZID=Nowhere/Zone:20240305T090000\n"));
        IcsCalendar calendar = new IcsCalendar(List.of(good, bad), ZoneId.of("Europe/Berlin"));

        assertThatThrownBy(() -> calendar.events(MARCH))
                .isInstanceOf(CalendarException.class)
                .hasMessageContaining("bad.ics line 7");
    }

    @Test
    void aRepairedFileIsReadAgain() {
        Path file = write(folder, "calendar.ics", calendarWith("DTSTART;TZID=Nowhere/Zone:20240305T090000\n"));
        IcsCalendar calendar = new IcsCalendar(List.of(file), ZoneId.of("Europe/Berlin"));
        assertThatThrownBy(() -> calendar.busy(MARCH)).isInstanceOf(CalendarException.class);
        assertThatThrownBy(() -> calendar.busy(MARCH)).isInstanceOf(CalendarException.class);

        write(folder, "calendar.ics", calendarWith("DTSTART;TZID=Europe/Berlin:20240305T090000\nDURATION:PT1H\n"));

        assertThat(calendar.busy(MARCH)).containsExactly(new Interval(at("2024-03-05T08:00:00Z"), at("2024-03-05T09:00:00Z")));
    }
}
