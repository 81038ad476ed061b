package dev.nextcall.adapters.ics;

import static dev.nextcall.adapters.ics.IcsTestFiles.at;
import static dev.nextcall.adapters.ics.IcsTestFiles.calendar;
import static dev.nextcall.adapters.ics.IcsTestFiles.event;
import static dev.nextcall.adapters.ics.IcsTestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nextcall.app.port.CalendarException;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.domain.Interval;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recurrence set (RFC 5545 3.8.5) written by hand: RDATE and EXDATE in all their forms, and
 * RECURRENCE-ID overrides that move, change or cancel one instance.
 */
class IcsRecurrenceSetTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Interval MARCH = new Interval(at("2024-03-01T00:00:00Z"), at("2024-04-01T00:00:00Z"));

    @TempDir
    Path folder;

    private IcsCalendar calendarOf(String components) {
        return new IcsCalendar(List.of(write(folder, "calendar.ics", calendar(components))), BERLIN);
    }

    private List<Interval> busyInMarch(String components) {
        return calendarOf(components).busy(MARCH);
    }

    private static Interval interval(String start, String end) {
        return new Interval(at(start), at(end));
    }

    @Nested
    class ExtraDates {

        @Test
        void rdatesInEveryFormAddInstances() {
            String series = event("extra@example.com", """
                    DTSTART;TZID=Europe/Berlin:20240304T100000
                    DTEND;TZID=Europe/Berlin:20240304T103000
                    RDATE;TZID=Europe/Berlin:20240305T100000,20240306T140000
                    RDATE:20240307T120000Z
                    RDATE:20240308T080000
                    RDATE;VALUE=PERIOD:20240311T120000Z/20240311T150000Z
                    RDATE;VALUE=PERIOD:20240312T090000Z/PT2H
                    RDATE;TZID=Europe/Berlin;VALUE=PERIOD:20240313T100000/20240313T110000
                    RDATE;VALUE=DATE:20240314
                    """);

            assertThat(busyInMarch(series)).containsExactly(
                    interval("2024-03-04T09:00:00Z", "2024-03-04T09:30:00Z"),  // DTSTART is always an instance
                    interval("2024-03-05T09:00:00Z", "2024-03-05T09:30:00Z"),  // TZID list
                    interval("2024-03-06T13:00:00Z", "2024-03-06T13:30:00Z"),
                    interval("2024-03-07T12:00:00Z", "2024-03-07T12:30:00Z"),  // UTC
                    interval("2024-03-08T07:00:00Z", "2024-03-08T07:30:00Z"),  // floating, read in the rep's zone
                    interval("2024-03-11T12:00:00Z", "2024-03-11T15:00:00Z"),  // a PERIOD keeps its own length
                    interval("2024-03-12T09:00:00Z", "2024-03-12T11:00:00Z"),  // start/duration
                    interval("2024-03-13T09:00:00Z", "2024-03-13T10:00:00Z"),  // TZID applies to the period
                    interval("2024-03-14T09:00:00Z", "2024-03-14T09:30:00Z")); // a date: DTSTART's time that day
        }

        @Test
        void anRdateThatRepeatsARuleInstanceCountsOnce() {
            String series = event("twice@example.com", """
                    DTSTART;TZID=Europe/Berlin:20240304T100000
                    DTEND;TZID=Europe/Berlin:20240304T103000
                    RRULE:FREQ=DAILY;COUNT=2
                    RDATE:20240305T090000Z
                    """);

            assertThat(calendarOf(series).events(MARCH)).extracting(CalendarEvent::time).containsExactly(
                    interval("2024-03-04T09:00:00Z", "2024-03-04T09:30:00Z"),
                    interval("2024-03-05T09:00:00Z", "2024-03-05T09:30:00Z"));
        }

        @Test
        void aBrokenRdateNamesItsLine() {
            String series = event("bad-rdate@example.com", """
                    DTSTART:20240304T090000Z
                    DTEND:20240304T093000Z
                    RDATE:20240305T090000Z,20240399T090000Z
                    """);

            assertThatThrownBy(() -> busyInMarch(series))
                    .isInstanceOf(CalendarException.class)
                    .hasMessageContaining("calendar.ics line 9: ")
                    .hasMessageContaining("20240399T090000Z");
        }
    }

    @Nested
    class ExcludedDates {

        /** Daily 10:00-10:30 Berlin, 4 to 10 March; each line below removes one instance, written differently. */
        private static final String DAILY = """
                DTSTART;TZID=Europe/Berlin:20240304T100000
                DTEND;TZID=Europe/Berlin:20240304T103000
                RRULE:FREQ=DAILY;COUNT=7
                """;

        @Test
        void exdatesMatchByInstantWhateverZoneTheyAreWrittenIn() {
            String series = event("exdates@example.com", DAILY + """
                    EXDATE;TZID=Europe/Berlin:20240305T100000,20240306T100000
                    EXDATE:20240307T090000Z
                    EXDATE:20240308T100000
                    EXDATE;TZID=America/New_York:20240309T040000
                    EXDATE;TZID=Europe/Berlin:20240310T100100
                    """);

            // 9 March 04:00 in New York is 09:00Z, 10:00 in Berlin; 10:01 matches no instance.
            assertThat(busyInMarch(series)).containsExactly(
                    interval("2024-03-04T09:00:00Z", "2024-03-04T09:30:00Z"),
                    interval("2024-03-10T09:00:00Z", "2024-03-10T09:30:00Z"));
        }

        @Test
        void aDateExdateOnATimedSeriesRemovesThatLocalDay() {
            String series = event("date-exdate@example.com", """
                    DTSTART;TZID=Europe/Berlin:20240304T000000
                    DTEND;TZID=Europe/Berlin:20240304T003000
                    RRULE:FREQ=DAILY;COUNT=3
                    EXDATE;VALUE=DATE:20240305
                    """);

            // The 5 March instance is 4 March 23:00Z: the local date, not the UTC one, decides.
            assertThat(busyInMarch(series)).containsExactly(
                    interval("2024-03-03T23:00:00Z", "2024-03-03T23:30:00Z"),
                    interval("2024-03-05T23:00:00Z", "2024-03-05T23:30:00Z"));
        }

        @Test
        void exdatesDoNotExtendCount() {
            String series = event("count@example.com", DAILY + "EXDATE:20240305T090000Z,20240306T090000Z\n");

            assertThat(calendarOf(series).events(MARCH)).hasSize(5);
        }

        @Test
        void anExdateOfDtstartRemovesItEvenWithoutRule() {
            String single = event("single@example.com", """
                    DTSTART:20240304T090000Z
                    DTEND:20240304T093000Z
                    EXDATE:20240304T090000Z
                    """);

            assertThat(busyInMarch(single)).isEmpty();
        }
    }

    @Nested
    class Overrides {

        /** Daily stand-up 10:00-10:30 Berlin, 4 to 8 March. */
        private static final String MASTER = event("standup@example.com", """
                DTSTART;TZID=Europe/Berlin:20240304T100000
                DTEND;TZID=Europe/Berlin:20240304T103000
                RRULE:FREQ=DAILY;COUNT=5
                SUMMARY:Stand-up
                TRANSP:TRANSPARENT
                """);

        private static String override(String lines) {
            return event("standup@example.com", lines);
        }

        @Test
        void anOverrideMovesChangesOrCancelsOneInstanceAndInheritsNothing() {
            String calendar = MASTER
                    + override("""
                    RECURRENCE-ID;TZID=Europe/Berlin:20240304T100000
                    DTSTART;TZID=Europe/Berlin:20240304T150000
                    DTEND;TZID=Europe/Berlin:20240304T160000
                    SUMMARY:Stand-up (moved)
                    """)
                    + override("""
                    RECURRENCE-ID:20240305T090000Z
                    DTSTART;TZID=Europe/Berlin:20240305T100000
                    DTEND;TZID=Europe/Berlin:20240305T103000
                    STATUS:CANCELLED
                    """)
                    + override("""
                    RECURRENCE-ID;TZID=Europe/Berlin:20240306T100000
                    DTSTART;TZID=Europe/Berlin:20240306T100000
                    """);

            // The master is TRANSPARENT; the overrides say nothing, so they are busy. The 6 March one has
            // no DTEND of its own and takes no time, though the master's instances last half an hour.
            assertThat(busyInMarch(calendar.replace("TRANSP:TRANSPARENT\n", ""))).containsExactly(
                    interval("2024-03-04T14:00:00Z", "2024-03-04T15:00:00Z"),
                    interval("2024-03-07T09:00:00Z", "2024-03-07T09:30:00Z"),
                    interval("2024-03-08T09:00:00Z", "2024-03-08T09:30:00Z"));
            assertThat(busyInMarch(calendar)).containsExactly(interval("2024-03-04T14:00:00Z", "2024-03-04T15:00:00Z"));
        }

        @Test
        void theHighestSequenceWinsWhateverTheOrder() {
            String calendar = MASTER.replace("TRANSP:TRANSPARENT\n", "")
                    + override("""
                    RECURRENCE-ID;TZID=Europe/Berlin:20240308T100000
                    SEQUENCE:2
                    DTSTART;TZID=Europe/Berlin:20240308T120000
                    DTEND;TZID=Europe/Berlin:20240308T130000
                    """)
                    + override("""
                    RECURRENCE-ID;TZID=Europe/Berlin:20240308T100000
                    SEQUENCE:1
                    DTSTART;TZID=Europe/Berlin:20240308T160000
                    DTEND;TZID=Europe/Berlin:20240308T170000
                    """);

            assertThat(busyInMarch(calendar)).endsWith(interval("2024-03-08T11:00:00Z", "2024-03-08T12:00:00Z"))
                    .doesNotContain(interval("2024-03-08T15:00:00Z", "2024-03-08T16:00:00Z"));
        }

        @Test
        void anOverrideThatMatchesNoInstanceStandsAlone() {
            String calendar = MASTER.replace("TRANSP:TRANSPARENT\n", "") + override("""
                    RECURRENCE-ID;TZID=Europe/Berlin:20240311T100000
                    DTSTART;TZID=Europe/Berlin:20240311T100000
                    DTEND;TZID=Europe/Berlin:20240311T110000
                    """);

            assertThat(busyInMarch(calendar)).hasSize(6).endsWith(interval("2024-03-11T09:00:00Z", "2024-03-11T10:00:00Z"));
        }

        @Test
        void thisAndFutureChangesOnlyItsOwnInstance() {
            String calendar = MASTER.replace("TRANSP:TRANSPARENT\n", "") + override("""
                    RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Berlin:20240305T100000
                    DTSTART;TZID=Europe/Berlin:20240305T110000
                    DTEND;TZID=Europe/Berlin:20240305T113000
                    """);

            assertThat(busyInMarch(calendar)).containsExactly(
                    interval("2024-03-04T09:00:00Z", "2024-03-04T09:30:00Z"),
                    interval("2024-03-05T10:00:00Z", "2024-03-05T10:30:00Z"),
                    interval("2024-03-06T09:00:00Z", "2024-03-06T09:30:00Z"),
                    interval("2024-03-07T09:00:00Z", "2024-03-07T09:30:00Z"),
                    interval("2024-03-08T09:00:00Z", "2024-03-08T09:30:00Z"));
        }

        @Test
        void anOverrideOfAnotherUidOrInAnotherFileDoesNotApply() {
            Path own = write(folder, "calendar.ics", calendar(MASTER.replace("TRANSP:TRANSPARENT\n", "")));
            Path other = write(folder, "other.ics", calendar(event("someone-else@example.com", """
                    RECURRENCE-ID;TZID=Europe/Berlin:20240304T100000
                    DTSTART;TZID=Europe/Berlin:20240304T150000
                    DTEND;TZID=Europe/Berlin:20240304T153000
                    """) + override("""
                    RECURRENCE-ID;TZID=Europe/Berlin:20240305T100000
                    DTSTART;TZID=Europe/Berlin:20240305T150000
                    DTEND;TZID=Europe/Berlin:20240305T153000
                    """)));

            assertThat(new IcsCalendar(List.of(own, other), BERLIN).busy(new Interval(at("2024-03-04T00:00:00Z"), at("2024-03-06T00:00:00Z"))))
                    .containsExactly(
                            interval("2024-03-04T09:00:00Z", "2024-03-04T09:30:00Z"),
                            interval("2024-03-04T14:00:00Z", "2024-03-04T14:30:00Z"),
                            interval("2024-03-05T09:00:00Z", "2024-03-05T09:30:00Z"),
                            interval("2024-03-05T14:00:00Z", "2024-03-05T14:30:00Z"));
        }
    }
}
