package dev.nextcall.adapters.ics;

import static dev.nextcall.adapters.ics.IcsTestFiles.at;
import static dev.nextcall.adapters.ics.IcsTestFiles.calendar;
import static dev.nextcall.adapters.ics.IcsTestFiles.event;
import static dev.nextcall.adapters.ics.IcsTestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.nextcall.app.port.CalendarException;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.domain.Interval;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Busy time of recurring events written by hand: the wall clock across DST, time zones of every
 * kind, instance lengths, multi-day and all-day series, and rules that never end.
 */
class IcsRecurringBusyTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Outlook's definition of Central European time, under its Windows name. */
    private static final String WINDOWS_BERLIN = """
            BEGIN:VTIMEZONE
            TZID:W. Europe Standard Time
            BEGIN:STANDARD
            DTSTART:16010101T030000
            TZOFFSETFROM:+0200
            TZOFFSETTO:+0100
            RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
            END:STANDARD
            BEGIN:DAYLIGHT
            DTSTART:16010101T020000
            TZOFFSETFROM:+0100
            TZOFFSETTO:+0200
            RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
            END:DAYLIGHT
            END:VTIMEZONE
            """;

    @TempDir
    Path folder;

    private IcsCalendar calendarOf(String components, ZoneId floatingZone) {
        return new IcsCalendar(List.of(write(folder, "calendar.ics", calendar(components))), floatingZone);
    }

    private List<Interval> busy(String components, ZoneId floatingZone, String from, String to) {
        return calendarOf(components, floatingZone).busy(window(from, to));
    }

    private List<Interval> instances(String components, ZoneId floatingZone, String from, String to) {
        return calendarOf(components, floatingZone).events(window(from, to)).stream().map(CalendarEvent::time).toList();
    }

    private static Interval window(String from, String to) {
        return new Interval(at(from), at(to));
    }

    private static Interval interval(String start, String end) {
        return window(start, end);
    }

    @Nested
    class WallClock {

        @Test
        void aWeeklyMeetingStaysAtTenLocalAcrossTheSpringChange() {
            String series = event("weekly@example.com", """
                    DTSTART;TZID=Europe/Berlin:20240318T100000
                    DTEND;TZID=Europe/Berlin:20240318T103000
                    RRULE:FREQ=WEEKLY;COUNT=4
                    """);

            assertThat(busy(series, BERLIN, "2024-03-01T00:00:00Z", "2024-05-01T00:00:00Z")).containsExactly(
                    interval("2024-03-18T09:00:00Z", "2024-03-18T09:30:00Z"),
                    interval("2024-03-25T09:00:00Z", "2024-03-25T09:30:00Z"),
                    interval("2024-04-01T08:00:00Z", "2024-04-01T08:30:00Z"),
                    interval("2024-04-08T08:00:00Z", "2024-04-08T08:30:00Z"));
        }

        @Test
        void aTimeInTheGapUsesTheOffsetBeforeItAndTheSeriesKeepsTheWrittenTime() {
            // 02:30 does not exist in New York on 10 March 2024: read with -05:00 it is 07:30Z. The next
            // days repeat 02:30 as written (06:30Z in summer time), not the 03:30 the gap moved it to.
            String series = event("gap@example.com", """
                    DTSTART;TZID=America/New_York:20240310T023000
                    DURATION:PT30M
                    RRULE:FREQ=DAILY;COUNT=3
                    """);

            assertThat(busy(series, NEW_YORK, "2024-03-09T00:00:00Z", "2024-03-14T00:00:00Z")).containsExactly(
                    interval("2024-03-10T07:30:00Z", "2024-03-10T08:00:00Z"),
                    interval("2024-03-11T06:30:00Z", "2024-03-11T07:00:00Z"),
                    interval("2024-03-12T06:30:00Z", "2024-03-12T07:00:00Z"));
        }

        @Test
        void aTimeThatOccursTwiceIsItsFirstOccurrence() {
            // 01:30 happens twice in New York on 3 November 2024; the first is still EDT (-04:00).
            String series = event("overlap@example.com", """
                    DTSTART;TZID=America/New_York:20241102T013000
                    DURATION:PT30M
                    RRULE:FREQ=DAILY;COUNT=2
                    """);

            assertThat(busy(series, NEW_YORK, "2024-11-01T00:00:00Z", "2024-11-05T00:00:00Z")).containsExactly(
                    interval("2024-11-02T05:30:00Z", "2024-11-02T06:00:00Z"),
                    interval("2024-11-03T05:30:00Z", "2024-11-03T06:00:00Z"));
        }
    }

    @Nested
    class TimeZones {

        @Test
        void aWindowsNamedVtimezoneInTheFile() {
            String series = WINDOWS_BERLIN + event("outlook@example.com", """
                    DTSTART;TZID="W. Europe Standard Time":20240325T100000
                    DTEND;TZID="W. Europe Standard Time":20240325T110000
                    RRULE:FREQ=WEEKLY;COUNT=2
                    """);

            assertThat(busy(series, NEW_YORK, "2024-03-01T00:00:00Z", "2024-05-01T00:00:00Z")).containsExactly(
                    interval("2024-03-25T09:00:00Z", "2024-03-25T10:00:00Z"),
                    interval("2024-04-01T08:00:00Z", "2024-04-01T09:00:00Z"));
        }

        @Test
        void anIanaTzidWithoutVtimezone() {
            String series = event("chicago@example.com", """
                    DTSTART;TZID=America/Chicago:20240304T090000
                    DTEND;TZID=America/Chicago:20240304T093000
                    RRULE:FREQ=WEEKLY;COUNT=2
                    """);

            assertThat(busy(series, BERLIN, "2024-03-01T00:00:00Z", "2024-04-01T00:00:00Z")).containsExactly(
                    interval("2024-03-04T15:00:00Z", "2024-03-04T15:30:00Z"),
                    interval("2024-03-11T14:00:00Z", "2024-03-11T14:30:00Z"));
        }

        @Test
        void aWindowsNameWithoutItsVtimezoneIsAnUnknownZone() {
            String series = event("no-definition@example.com", """
                    DTSTART;TZID=W. Europe Standard Time:20240325T100000
                    DTEND;TZID=W. Europe Standard Time:20240325T110000
                    RRULE:FREQ=WEEKLY;COUNT=2
                    """);

            assertThatThrownBy(() -> busy(series, BERLIN, "2024-03-01T00:00:00Z", "2024-05-01T00:00:00Z"))
                    .isInstanceOf(CalendarException.class)
                    .hasMessageContaining("calendar.ics line 7: DTSTART: unknown time zone 'W. Europe Standard Time'");
        }

        @Test
        void aFloatingSeriesRepeatsTheRepsWallClock() {
            String series = event("floating@example.com", """
                    DTSTART:20240304T090000
                    DTEND:20240304T093000
                    RRULE:FREQ=WEEKLY;COUNT=2
                    """);

            assertThat(busy(series, BERLIN, "2024-03-01T00:00:00Z", "2024-04-01T00:00:00Z")).containsExactly(
                    interval("2024-03-04T08:00:00Z", "2024-03-04T08:30:00Z"),
                    interval("2024-03-11T08:00:00Z", "2024-03-11T08:30:00Z"));
            // New York moves to summer time on 10 March; the wall clock stays at 09:00.
            assertThat(busy(series, NEW_YORK, "2024-03-01T00:00:00Z", "2024-04-01T00:00:00Z")).containsExactly(
                    interval("2024-03-04T14:00:00Z", "2024-03-04T14:30:00Z"),
                    interval("2024-03-11T13:00:00Z", "2024-03-11T13:30:00Z"));
        }

        @Test
        void aUtcSeriesStaysOnUtc() {
            String series = event("utc@example.com", """
                    DTSTART:20240325T090000Z
                    DTEND:20240325T093000Z
                    RRULE:FREQ=WEEKLY;COUNT=2
                    """);

            assertThat(busy(series, BERLIN, "2024-03-01T00:00:00Z", "2024-05-01T00:00:00Z")).containsExactly(
                    interval("2024-03-25T09:00:00Z", "2024-03-25T09:30:00Z"),
                    interval("2024-04-01T09:00:00Z", "2024-04-01T09:30:00Z"));
        }
    }

    @Nested
    class Lengths {

        @Test
        void durationDaysAreNominalForEachInstance() {
            // Noon to noon: 23 hours across the night of 31 March, 24 hours the next day.
            String series = event("p1d@example.com", """
                    DTSTART;TZID=Europe/Berlin:20240330T120000
                    DURATION:P1D
                    RRULE:FREQ=DAILY;COUNT=2
                    """);

            assertThat(instances(series, BERLIN, "2024-03-29T00:00:00Z", "2024-04-03T00:00:00Z")).containsExactly(
                    interval("2024-03-30T11:00:00Z", "2024-03-31T10:00:00Z"),
                    interval("2024-03-31T10:00:00Z", "2024-04-01T10:00:00Z"));
        }

        @Test
        void durationHoursAreExactForEachInstance() {
            String series = event("pt24h@example.com", """
                    DTSTART;TZID=Europe/Berlin:20240330T120000
                    DURATION:PT24H
                    RRULE:FREQ=DAILY;COUNT=2
                    """);

            assertThat(instances(series, BERLIN, "2024-03-29T00:00:00Z", "2024-04-03T00:00:00Z")).containsExactly(
                    interval("2024-03-30T11:00:00Z", "2024-03-31T11:00:00Z"),
                    interval("2024-03-31T10:00:00Z", "2024-04-01T10:00:00Z"));
        }

        @Test
        void dtendGivesEveryInstanceTheSameExactLength() {
            // DTSTART to DTEND spans the change: 23 exact hours, for every instance.
            String series = event("dtend@example.com", """
                    DTSTART;TZID=Europe/Berlin:20240330T120000
                    DTEND;TZID=Europe/Berlin:20240331T120000
                    RRULE:FREQ=DAILY;COUNT=3;INTERVAL=2
                    """);

            assertThat(instances(series, BERLIN, "2024-03-29T00:00:00Z", "2024-04-05T00:00:00Z")).containsExactly(
                    interval("2024-03-30T11:00:00Z", "2024-03-31T10:00:00Z"),
                    interval("2024-04-01T10:00:00Z", "2024-04-02T09:00:00Z"),
                    interval("2024-04-03T10:00:00Z", "2024-04-04T09:00:00Z"));
        }

        @Test
        void aWeekendLongInstanceThatStartedBeforeTheWindowIsClipped() {
            String series = event("on-call@example.com", """
                    DTSTART;TZID=Europe/Berlin:20240301T180000
                    DTEND;TZID=Europe/Berlin:20240304T080000
                    RRULE:FREQ=WEEKLY;COUNT=2
                    """);

            assertThat(busy(series, BERLIN, "2024-03-04T00:00:00Z", "2024-03-09T00:00:00Z")).containsExactly(
                    interval("2024-03-04T00:00:00Z", "2024-03-04T07:00:00Z"),
                    interval("2024-03-08T17:00:00Z", "2024-03-09T00:00:00Z"));
        }

        @Test
        void aTimedSeriesWithoutEndOrDurationTakesNoTime() {
            String series = event("reminder@example.com", """
                    DTSTART;TZID=Europe/Berlin:20240304T090000
                    RRULE:FREQ=DAILY;COUNT=5
                    """);

            assertThat(busy(series, BERLIN, "2024-03-01T00:00:00Z", "2024-04-01T00:00:00Z")).isEmpty();
        }
    }

    @Nested
    class AllDay {

        private static final String UNITY_DAY = event("unity-day@example.com", """
                DTSTART;VALUE=DATE:20201003
                DTEND;VALUE=DATE:20201004
                RRULE:FREQ=YEARLY
                SUMMARY:Day of German Unity
                """);

        @Test
        void aYearlyHolidayIsNotBusyButIsADayOffEveryYear() {
            IcsCalendar holidays = calendarOf(UNITY_DAY, BERLIN);

            assertThat(holidays.busy(window("2024-01-01T00:00:00Z", "2027-01-01T00:00:00Z"))).isEmpty();
            assertThat(holidays.daysOff(LocalDate.parse("2024-01-01"), LocalDate.parse("2027-01-01"))).containsExactly(
                    LocalDate.parse("2024-10-03"), LocalDate.parse("2025-10-03"), LocalDate.parse("2026-10-03"));
        }

        @Test
        void anOpaqueYearlySeriesIsBusyFromLocalMidnightToMidnight() {
            String opaque = UNITY_DAY.replace("SUMMARY:", "TRANSP:OPAQUE\nSUMMARY:");

            assertThat(busy(opaque, BERLIN, "2024-01-01T00:00:00Z", "2026-01-01T00:00:00Z")).containsExactly(
                    interval("2024-10-02T22:00:00Z", "2024-10-03T22:00:00Z"),
                    interval("2025-10-02T22:00:00Z", "2025-10-03T22:00:00Z"));
        }

        @Test
        void aMultiDayWeeklySeriesWithDateExdateAndDateOverride() {
            String trips = event("trips@example.com", """
                    DTSTART;VALUE=DATE:20240304
                    DTEND;VALUE=DATE:20240306
                    RRULE:FREQ=WEEKLY;COUNT=3
                    EXDATE;VALUE=DATE:20240311
                    TRANSP:OPAQUE
                    """) + event("trips@example.com", """
                    RECURRENCE-ID;VALUE=DATE:20240318
                    DTSTART;VALUE=DATE:20240320
                    DTEND;VALUE=DATE:20240321
                    TRANSP:OPAQUE
                    """);
            IcsCalendar calendar = calendarOf(trips, BERLIN);

            assertThat(calendar.busy(window("2024-03-01T00:00:00Z", "2024-04-01T00:00:00Z"))).containsExactly(
                    interval("2024-03-03T23:00:00Z", "2024-03-05T23:00:00Z"),
                    interval("2024-03-19T23:00:00Z", "2024-03-20T23:00:00Z"));
            assertThat(calendar.daysOff(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-04-01"))).containsExactly(
                    LocalDate.parse("2024-03-04"), LocalDate.parse("2024-03-05"), LocalDate.parse("2024-03-20"));
        }

        @Test
        void aUtcUntilOnADateSeriesIsComparedAsAnInstantAndIncluded() {
            // Exchange writes the last day's local midnight in UTC: 18 March 00:00 in Berlin.
            String series = event("exchange-allday@example.com", """
                    DTSTART;VALUE=DATE:20240304
                    DTEND;VALUE=DATE:20240305
                    RRULE:FREQ=WEEKLY;UNTIL=20240317T230000Z
                    TRANSP:OPAQUE
                    """);

            assertThat(calendarOf(series, BERLIN).daysOff(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-04-01")))
                    .containsExactly(LocalDate.parse("2024-03-04"), LocalDate.parse("2024-03-11"), LocalDate.parse("2024-03-18"));
        }
    }

    @Nested
    class Bounds {

        @Test
        void aRuleWithoutEndIsReadNearTheWindowDecadesLater() {
            String series = event("forever@example.com", """
                    DTSTART;TZID=Europe/Berlin:20000103T090000
                    DTEND;TZID=Europe/Berlin:20000103T091500
                    RRULE:FREQ=DAILY
                    """);

            assertThat(busy(series, BERLIN, "2044-06-01T00:00:00Z", "2044-06-02T00:00:00Z"))
                    .containsExactly(interval("2044-06-01T07:00:00Z", "2044-06-01T07:15:00Z"));
        }

        @Test
        void anEndlessPerSecondRuleOverAWeekIsBounded() {
            String series = event("every-second@example.com", """
                    DTSTART:19700101T000000Z
                    DURATION:PT1S
                    RRULE:FREQ=SECONDLY
                    """);

            List<Interval> busy = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> busy(series, BERLIN, "2024-03-04T00:00:00Z", "2024-03-11T00:00:00Z"));

            // A week has 604,800 seconds: the walk stops at its cap of a million steps, part-way through.
            assertThat(busy).hasSize(1);
            assertThat(busy.get(0).start()).isEqualTo(at("2024-03-04T00:00:00Z"));
        }

        @Test
        void aCountedRuleThatNeverMatchesEndsAtTheWindow() {
            // 30 February never comes; COUNT forces counting from 1970, the walk skips day by day.
            String series = event("never@example.com", """
                    DTSTART:19700101T000000Z
                    DURATION:PT1H
                    RRULE:FREQ=SECONDLY;COUNT=5;BYMONTH=2;BYMONTHDAY=30
                    """);

            List<Interval> busy = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> busy(series, BERLIN, "2024-03-04T00:00:00Z", "2024-03-11T00:00:00Z"));

            assertThat(busy).isEmpty();
        }

        @Test
        void aCountedRuleTooLongToWalkStopsAtTheCap() {
            // Every minute since 1970 with a COUNT of a billion: the window in 2024 is out of reach.
            String series = event("counted@example.com", """
                    DTSTART:19700101T000000Z
                    DURATION:PT1M
                    RRULE:FREQ=MINUTELY;COUNT=1000000000
                    """);

            List<Interval> busy = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> busy(series, BERLIN, "2024-03-04T00:00:00Z", "2024-03-05T00:00:00Z"));

            assertThat(busy).isEmpty();
        }
    }
}
