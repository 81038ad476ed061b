package dev.nextcall.adapters.ics;

import static dev.nextcall.adapters.ics.IcsTestFiles.at;
import static dev.nextcall.adapters.ics.IcsTestFiles.crlf;
import static dev.nextcall.adapters.ics.IcsTestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.Interval;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Busy time from hand-written calendars in the styles of Google, Outlook/Exchange and Apple. */
class IcsCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Interval MARCH = new Interval(at("2024-03-01T00:00:00Z"), at("2024-04-01T00:00:00Z"));

    @TempDir
    Path folder;

    private List<Interval> busy(String content, ZoneId floatingZone, Interval window) {
        Path file = write(folder, "calendar.ics", content);
        return new IcsCalendar(List.of(file), floatingZone).busy(window);
    }

    private List<Interval> busyInMarch(String content) {
        return busy(content, BERLIN, MARCH);
    }

    private static Interval interval(String start, String end) {
        return new Interval(at(start), at(end));
    }

    /** A calendar with the given VEVENT (and VTIMEZONE) text in Google's export envelope. */
    private static String google(String components) {
        return crlf("""
                BEGIN:VCALENDAR
                PRODID:-//Google Inc//Google Calendar 70.9054//EN
                VERSION:2.0
                CALSCALE:GREGORIAN
                METHOD:PUBLISH
                X-WR-CALNAME:rep@example.com
                X-WR-TIMEZONE:Europe/Berlin
                """ + components + """
                END:VCALENDAR
                """);
    }

    private static String timedEvent(String uid, String start, String end, String extra) {
        return "BEGIN:VEVENT\n"
                + "DTSTART:" + start + "\n"
                + "DTEND:" + end + "\n"
                + "DTSTAMP:20240301T120000Z\n"
                + "UID:" + uid + "\n"
                + extra
                + "SUMMARY:" + uid + "\n"
                + "END:VEVENT\n";
    }

    @Nested
    class TimeZones {

        @Test
        void utcTimesAreReadAsUtc() {
            String calendar = google("""
                    BEGIN:VEVENT
                    DTSTART:20240305T090000Z
                    DTEND:20240305T093000Z
                    DTSTAMP:20240301T120000Z
                    UID:4kq1s0c7m2b8@google.com
                    CREATED:20240301T115900Z
                    DESCRIPTION:
                    LAST-MODIFIED:20240301T120000Z
                    LOCATION:
                    SEQUENCE:0
                    STATUS:CONFIRMED
                    SUMMARY:Discovery call
                    TRANSP:OPAQUE
                    END:VEVENT
                    """);

            assertThat(busy(calendar, ZoneId.of("Asia/Tokyo"), MARCH))
                    .containsExactly(interval("2024-03-05T09:00:00Z", "2024-03-05T09:30:00Z"));
        }

        @Test
        void tzidUsesTheVtimezoneInTheFileOutlookStyle() {
            String calendar = crlf("""
                    BEGIN:VCALENDAR
                    PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
                    VERSION:2.0
                    METHOD:PUBLISH
                    X-MS-OLK-FORCEINSPECTOROPEN:TRUE
                    BEGIN:VTIMEZONE
                    TZID:W. Europe Standard Time
                    BEGIN:STANDARD
                    DTSTART:16011028T030000
                    RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
                    TZOFFSETFROM:+0200
                    TZOFFSETTO:+0100
                    END:STANDARD
                    BEGIN:DAYLIGHT
                    DTSTART:16010325T020000
                    RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
                    TZOFFSETFROM:+0100
                    TZOFFSETTO:+0200
                    END:DAYLIGHT
                    END:VTIMEZONE
                    BEGIN:VEVENT
                    CLASS:PUBLIC
                    CREATED:20240301T101500Z
                    DTEND;TZID="W. Europe Standard Time":20240305T110000
                    DTSTAMP:20240301T101500Z
                    DTSTART;TZID="W. Europe Standard Time":20240305T100000
                    LAST-MODIFIED:20240301T101500Z
                    PRIORITY:5
                    SEQUENCE:0
                    SUMMARY;LANGUAGE=en-us:Pipeline review
                    TRANSP:OPAQUE
                    UID:040000008200E00074C5B7101A82E00800000000D0F4A1B2C3D4DA01000000000000000
                    X-MICROSOFT-CDO-BUSYSTATUS:BUSY
                    END:VEVENT
                    BEGIN:VEVENT
                    DTSTART;TZID="W. Europe Standard Time":20240702T100000
                    DTEND;TZID="W. Europe Standard Time":20240702T110000
                    DTSTAMP:20240301T101500Z
                    SUMMARY;LANGUAGE=en-us:Summer review
                    UID:040000008200E00074C5B7101A82E00800000000D0F4A1B2C3D4DA01000000000000001
                    END:VEVENT
                    END:VCALENDAR
                    """);

            assertThat(busy(calendar, ZoneId.of("America/Chicago"), new Interval(at("2024-03-01T00:00:00Z"), at("2024-08-01T00:00:00Z"))))
                    .containsExactly(
                            interval("2024-03-05T09:00:00Z", "2024-03-05T10:00:00Z"),   // winter: +01:00
                            interval("2024-07-02T08:00:00Z", "2024-07-02T09:00:00Z"));  // summer: +02:00
        }

        @Test
        void aVtimezoneInTheFileWinsOverTheIanaZoneOfTheSameName() {
            String calendar = google("""
                    BEGIN:VTIMEZONE
                    TZID:Europe/Berlin
                    BEGIN:STANDARD
                    DTSTART:19700101T000000
                    TZOFFSETFROM:+0300
                    TZOFFSETTO:+0300
                    END:STANDARD
                    END:VTIMEZONE
                    BEGIN:VEVENT
                    DTSTART;TZID=Europe/Berlin:20240305T100000
                    DTEND;TZID=Europe/Berlin:20240305T110000
                    DTSTAMP:20240301T120000Z
                    UID:odd-definition@example.com
                    SUMMARY:Defined by the file
                    END:VEVENT
                    """);

            assertThat(busyInMarch(calendar)).containsExactly(interval("2024-03-05T07:00:00Z", "2024-03-05T08:00:00Z"));
        }

        @Test
        void ianaTzidWithoutVtimezoneIsResolvedIncludingBackwardLinks() {
            String calendar = google("""
                    BEGIN:VEVENT
                    DTSTART;TZID=America/New_York:20240305T090000
                    DTEND;TZID=America/New_York:20240305T100000
                    DTSTAMP:20240301T120000Z
                    UID:ny@example.com
                    SUMMARY:New York
                    END:VEVENT
                    BEGIN:VEVENT
                    DTSTART;TZID=US/Central:20240306T090000
                    DTEND;TZID=US/Central:20240306T093000
                    DTSTAMP:20240301T120000Z
                    UID:chicago@example.com
                    SUMMARY:Chicago
                    END:VEVENT
                    """);

            assertThat(busyInMarch(calendar)).containsExactly(
                    interval("2024-03-05T14:00:00Z", "2024-03-05T15:00:00Z"),
                    interval("2024-03-06T15:00:00Z", "2024-03-06T15:30:00Z"));
        }

        @Test
        void aLocalTimeInTheSpringGapUsesTheOffsetFromBeforeTheGap() {
            // 02:30 does not exist in New York on 10 March 2024; read with -05:00 it is 07:30Z.
            String calendar = google("""
                    BEGIN:VEVENT
                    DTSTART;TZID=America/New_York:20240310T023000
                    DTEND;TZID=America/New_York:20240310T040000
                    DTSTAMP:20240301T120000Z
                    UID:gap@example.com
                    SUMMARY:In the gap
                    END:VEVENT
                    """);

            assertThat(busyInMarch(calendar)).containsExactly(interval("2024-03-10T07:30:00Z", "2024-03-10T08:00:00Z"));
        }

        @Test
        void floatingTimesAreReadInTheFloatingZone() {
            String calendar = google(timedEvent("floating@example.com", "20240305T090000", "20240305T100000", ""));

            assertThat(busy(calendar, BERLIN, MARCH)).containsExactly(interval("2024-03-05T08:00:00Z", "2024-03-05T09:00:00Z"));
            assertThat(busy(calendar, ZoneId.of("America/New_York"), MARCH))
                    .containsExactly(interval("2024-03-05T14:00:00Z", "2024-03-05T15:00:00Z"));
        }
    }

    @Nested
    class WhatIsBusy {

        @Test
        void aTimedEventIsBusyUnlessTransparent() {
            String calendar = google(
                    timedEvent("no-transp@example.com", "20240305T090000Z", "20240305T100000Z", "")
                            + timedEvent("opaque@example.com", "20240305T120000Z", "20240305T130000Z", "TRANSP:OPAQUE\n")
                            + timedEvent("focus-time@example.com", "20240305T140000Z", "20240305T160000Z", "TRANSP:TRANSPARENT\n"));

            assertThat(busyInMarch(calendar)).containsExactly(
                    interval("2024-03-05T09:00:00Z", "2024-03-05T10:00:00Z"),
                    interval("2024-03-05T12:00:00Z", "2024-03-05T13:00:00Z"));
        }

        @Test
        void cancelledEventsAreFreeEvenWhenOpaque() {
            String calendar = google(
                    timedEvent("cancelled@example.com", "20240305T090000Z", "20240305T100000Z", "STATUS:CANCELLED\nTRANSP:OPAQUE\n")
                            + timedEvent("tentative@example.com", "20240305T110000Z", "20240305T120000Z", "STATUS:TENTATIVE\n"));

            assertThat(busyInMarch(calendar)).containsExactly(interval("2024-03-05T11:00:00Z", "2024-03-05T12:00:00Z"));
        }

        @Test
        void allDayEventsAreBusyOnlyWhenExplicitlyOpaque() {
            String calendar = crlf("""
                    BEGIN:VCALENDAR
                    METHOD:PUBLISH
                    VERSION:2.0
                    X-WR-CALNAME:Holidays
                    PRODID:-//Apple Inc.//macOS 14.3//EN
                    CALSCALE:GREGORIAN
                    BEGIN:VEVENT
                    UID:holiday-2024-03-08@apple.com
                    DTSTART;VALUE=DATE:20240308
                    DTEND;VALUE=DATE:20240309
                    SUMMARY:International Women's Day
                    DTSTAMP:20240101T000000Z
                    END:VEVENT
                    BEGIN:VEVENT
                    UID:birthday-anna@apple.com
                    DTSTART;VALUE=DATE:20240312
                    DTEND;VALUE=DATE:20240313
                    SUMMARY:Anna's birthday
                    TRANSP:TRANSPARENT
                    DTSTAMP:20240101T000000Z
                    END:VEVENT
                    BEGIN:VEVENT
                    UID:offsite@apple.com
                    DTSTART;VALUE=DATE:20240320
                    DTEND;VALUE=DATE:20240322
                    SUMMARY:Team offsite
                    TRANSP:OPAQUE
                    DTSTAMP:20240101T000000Z
                    END:VEVENT
                    BEGIN:VEVENT
                    UID:dentist@apple.com
                    DTSTART;VALUE=DATE:20240327
                    SUMMARY:Dentist (no end: one day)
                    TRANSP:OPAQUE
                    DTSTAMP:20240101T000000Z
                    END:VEVENT
                    END:VCALENDAR
                    """);

            // Local midnight to local midnight in the floating zone (Berlin: +01:00 in March until the 31st).
            assertThat(busyInMarch(calendar)).containsExactly(
                    interval("2024-03-19T23:00:00Z", "2024-03-21T23:00:00Z"),
                    interval("2024-03-26T23:00:00Z", "2024-03-27T23:00:00Z"));
        }

        @Test
        void aDateTimeWithoutEndOrDurationTakesNoTime() {
            String calendar = google("""
                    BEGIN:VEVENT
                    DTSTART:20240305T090000Z
                    DTSTAMP:20240301T120000Z
                    UID:reminder@example.com
                    SUMMARY:Send the proposal
                    END:VEVENT
                    """);

            assertThat(busyInMarch(calendar)).isEmpty();
        }

        @Test
        void eventsWithoutDtstartAndTimeZonesWithoutTzidAreIgnored() {
            String calendar = google("""
                    BEGIN:VTIMEZONE
                    BEGIN:STANDARD
                    DTSTART:19700101T000000
                    TZOFFSETFROM:+0100
                    TZOFFSETTO:+0100
                    END:STANDARD
                    END:VTIMEZONE
                    BEGIN:VEVENT
                    DTSTAMP:20240301T120000Z
                    UID:no-start@example.com
                    SUMMARY:Someday
                    END:VEVENT
                    """ + timedEvent("kept@example.com", "20240305T090000Z", "20240305T100000Z", ""));

            assertThat(busyInMarch(calendar)).containsExactly(interval("2024-03-05T09:00:00Z", "2024-03-05T10:00:00Z"));
        }
    }

    @Nested
    class Durations {

        private String withDuration(String duration) {
            // 30 March 2024, noon in Berlin (+01:00); the clocks go forward that night.
            return google("""
                    BEGIN:VEVENT
                    DTSTART;TZID=Europe/Berlin:20240330T120000
                    DURATION:%s
                    DTSTAMP:20240301T120000Z
                    UID:duration@example.com
                    SUMMARY:Across the DST change
                    END:VEVENT
                    """.formatted(duration));
        }

        @Test
        void hoursMinutesAndSecondsAreExact() {
            assertThat(busyInMarch(withDuration("PT45M"))).containsExactly(interval("2024-03-30T11:00:00Z", "2024-03-30T11:45:00Z"));
            assertThat(busyInMarch(withDuration("PT24H"))).containsExactly(interval("2024-03-30T11:00:00Z", "2024-03-31T11:00:00Z"));
        }

        @Test
        void daysAreNominalOnTheWallClock() {
            // Noon to noon across the spring change is 23 hours.
            assertThat(busyInMarch(withDuration("P1D"))).containsExactly(interval("2024-03-30T11:00:00Z", "2024-03-31T10:00:00Z"));
            assertThat(busyInMarch(withDuration("P1DT2H"))).containsExactly(interval("2024-03-30T11:00:00Z", "2024-03-31T12:00:00Z"));
        }

        @Test
        void weeksAreSevenNominalDays() {
            Interval april = new Interval(at("2024-03-01T00:00:00Z"), at("2024-05-01T00:00:00Z"));
            assertThat(busy(withDuration("P1W"), BERLIN, april)).containsExactly(interval("2024-03-30T11:00:00Z", "2024-04-06T10:00:00Z"));
        }

        @Test
        void anAllDayEventWithADurationRunsWholeDays() {
            String calendar = google("""
                    BEGIN:VEVENT
                    DTSTART;VALUE=DATE:20240311
                    DURATION:P3D
                    TRANSP:OPAQUE
                    DTSTAMP:20240301T120000Z
                    UID:trade-fair@example.com
                    SUMMARY:Trade fair
                    END:VEVENT
                    """);

            assertThat(busyInMarch(calendar)).containsExactly(interval("2024-03-10T23:00:00Z", "2024-03-13T23:00:00Z"));
        }
    }

    @Nested
    class Shape {

        @Test
        void busyTimeIsMergedClippedAndSorted() {
            String calendar = google(
                    timedEvent("late@example.com", "20240305T150000Z", "20240305T160000Z", "")
                            + timedEvent("early@example.com", "20240305T070000Z", "20240305T093000Z", "")
                            + timedEvent("overlapping@example.com", "20240305T090000Z", "20240305T100000Z", "")
                            + timedEvent("touching@example.com", "20240305T100000Z", "20240305T103000Z", "")
                            + timedEvent("outside@example.com", "20240306T090000Z", "20240306T100000Z", ""));
            Interval window = new Interval(at("2024-03-05T08:00:00Z"), at("2024-03-05T15:30:00Z"));

            assertThat(busy(calendar, BERLIN, window)).containsExactly(
                    interval("2024-03-05T08:00:00Z", "2024-03-05T10:30:00Z"),
                    interval("2024-03-05T15:00:00Z", "2024-03-05T15:30:00Z"));
        }

        @Test
        void busyTimeOfSeveralFilesIsMerged() {
            Path own = write(folder, "calendar.ics", google(timedEvent("a@example.com", "20240305T090000Z", "20240305T100000Z", "")));
            Path work = write(folder, "work.ics", google(timedEvent("b@example.com", "20240305T093000Z", "20240305T110000Z", "")));

            assertThat(new IcsCalendar(List.of(own, work), BERLIN).busy(MARCH))
                    .containsExactly(interval("2024-03-05T09:00:00Z", "2024-03-05T11:00:00Z"));
        }

        @Test
        void lfLineEndsLfFoldsAndBlankLinesAreTolerated() {
            String calendar = """
                    BEGIN:VCALENDAR
                    VERSION:2.0
                    PRODID:-//Apple Inc.//macOS 14.3//EN

                    BEGIN:VEVENT
                    UID:lf@example.com
                    DTSTART:20240305T090000Z
                    DTEND:20240305T1
                     00000Z
                    SUMMARY:Folded with LF only

                    END:VEVENT
                    END:VCALENDAR
                    """;

            assertThat(busyInMarch(calendar)).containsExactly(interval("2024-03-05T09:00:00Z", "2024-03-05T10:00:00Z"));
        }
    }

    @Nested
    class SeriesOnTheirFirstDay {

        @Test
        void aRecurringEventWithExdatesGivesItsFirstInstanceOnItsFirstDay() {
            String calendar = google("""
                    BEGIN:VEVENT
                    DTSTART;TZID=Europe/Berlin:20240304T100000
                    DTEND;TZID=Europe/Berlin:20240304T103000
                    RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=10
                    EXDATE;TZID=Europe/Berlin:20240311T100000,20240318T100000
                    DTSTAMP:20240301T120000Z
                    UID:weekly@google.com
                    SUMMARY:Weekly pipeline
                    END:VEVENT
                    """);

            assertThat(busy(calendar, BERLIN, new Interval(at("2024-03-04T00:00:00Z"), at("2024-03-05T00:00:00Z"))))
                    .containsExactly(interval("2024-03-04T09:00:00Z", "2024-03-04T09:30:00Z"));
        }

        @Test
        void anOverrideReplacesTheInstanceItNames() {
            String calendar = google("""
                    BEGIN:VEVENT
                    DTSTART:20240304T090000Z
                    DTEND:20240304T093000Z
                    RRULE:FREQ=DAILY;COUNT=5
                    DTSTAMP:20240301T120000Z
                    UID:daily@google.com
                    SUMMARY:Stand-up
                    END:VEVENT
                    BEGIN:VEVENT
                    DTSTART:20240304T130000Z
                    DTEND:20240304T140000Z
                    RECURRENCE-ID:20240304T090000Z
                    SEQUENCE:1
                    DTSTAMP:20240301T120000Z
                    UID:daily@google.com
                    SUMMARY:Stand-up (moved)
                    END:VEVENT
                    BEGIN:VEVENT
                    DTSTART:20240304T150000Z
                    DTEND:20240304T160000Z
                    RECURRENCE-ID:20240304T090000Z
                    SEQUENCE:0
                    DTSTAMP:20240301T110000Z
                    UID:daily@google.com
                    SUMMARY:Stand-up (older edit)
                    END:VEVENT
                    """);

            assertThat(busy(calendar, BERLIN, new Interval(at("2024-03-04T00:00:00Z"), at("2024-03-05T00:00:00Z"))))
                    .containsExactly(interval("2024-03-04T13:00:00Z", "2024-03-04T14:00:00Z"));
        }

        @Test
        void anExdateOfTheFirstInstanceRemovesIt() {
            String calendar = google("""
                    BEGIN:VEVENT
                    DTSTART;TZID=Europe/Berlin:20240304T100000
                    DTEND;TZID=Europe/Berlin:20240304T103000
                    RRULE:FREQ=WEEKLY;COUNT=3
                    EXDATE:20240304T090000Z
                    DTSTAMP:20240301T120000Z
                    UID:skipped-first@google.com
                    SUMMARY:Skipped this week
                    END:VEVENT
                    """);

            assertThat(busy(calendar, BERLIN, new Interval(at("2024-03-04T00:00:00Z"), at("2024-03-05T00:00:00Z")))).isEmpty();
        }
    }
}
