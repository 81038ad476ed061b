package dev.nextcall.adapters.ics;

import static dev.nextcall.adapters.ics.IcsTestFiles.at;
import static dev.nextcall.adapters.ics.IcsTestFiles.crlf;
import static dev.nextcall.adapters.ics.IcsTestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.Interval;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are missing, change, or are read from several threads. */
class IcsCalendarFilesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Interval MARCH = new Interval(at("2024-03-01T00:00:00Z"), at("2024-04-01T00:00:00Z"));

    @TempDir
    Path folder;

    private static String oneEvent(String start, String end) {
        return crlf("""
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//NextCall//NextCall//EN
                BEGIN:VEVENT
                UID:only@example.com
                DTSTAMP:20240301T120000Z
                DTSTART:%s
                DTEND:%s
                SUMMARY:Call
                END:VEVENT
                END:VCALENDAR
                """.formatted(start, end));
    }

    private static Interval interval(String start, String end) {
        return new Interval(at(start), at(end));
    }

    @Test
    void aMissingFileIsAnEmptyCalendar() {
        IcsCalendar calendar = new IcsCalendar(List.of(folder.resolve("calendar.ics")), BERLIN);

        assertThat(calendar.busy(MARCH)).isEmpty();
        assertThat(calendar.events(MARCH)).isEmpty();
    }

    @Test
    void aFileThatAppearsLaterIsRead() {
        Path file = folder.resolve("calendar.ics");
        IcsCalendar calendar = new IcsCalendar(List.of(file), BERLIN);
        assertThat(calendar.busy(MARCH)).isEmpty();

        write(folder, "calendar.ics", oneEvent("20240305T090000Z", "20240305T100000Z"));

        assertThat(calendar.busy(MARCH)).containsExactly(interval("2024-03-05T09:00:00Z", "2024-03-05T10:00:00Z"));
    }

    @Test
    void anEmptyFileIsAnEmptyCalendar() {
        Path file = write(folder, "calendar.ics", "");

        assertThat(new IcsCalendar(List.of(file), BERLIN).busy(MARCH)).isEmpty();
    }

    @Test
    void aChangedFileIsReadAgain() throws Exception {
        Path file = write(folder, "calendar.ics", oneEvent("20240305T090000Z", "20240305T100000Z"));
        IcsCalendar calendar = new IcsCalendar(List.of(file), BERLIN);
        assertThat(calendar.busy(MARCH)).containsExactly(interval("2024-03-05T09:00:00Z", "2024-03-05T10:00:00Z"));

        write(folder, "calendar.ics", oneEvent("20240306T090000Z", "20240306T103000Z") + "\r\n");
        Files.setLastModifiedTime(file, FileTime.from(at("2030-01-01T00:00:00Z")));

        assertThat(calendar.busy(MARCH)).containsExactly(interval("2024-03-06T09:00:00Z", "2024-03-06T10:30:00Z"));
    }

    @Test
    void anUnchangedFileIsNotParsedAgain() throws Exception {
        // Same size and modification time: the cache cannot tell the versions apart, which shows it is used.
        Path file = write(folder, "calendar.ics", oneEvent("20240305T090000Z", "20240305T100000Z"));
        FileTime stamp = FileTime.from(at("2024-03-01T12:00:00Z"));
        Files.setLastModifiedTime(file, stamp);
        IcsCalendar calendar = new IcsCalendar(List.of(file), BERLIN);
        assertThat(calendar.busy(MARCH)).containsExactly(interval("2024-03-05T09:00:00Z", "2024-03-05T10:00:00Z"));

        write(folder, "calendar.ics", oneEvent("20240307T090000Z", "20240307T100000Z"));
        Files.setLastModifiedTime(file, stamp);
        assertThat(calendar.busy(MARCH)).containsExactly(interval("2024-03-05T09:00:00Z", "2024-03-05T10:00:00Z"));

        Files.setLastModifiedTime(file, FileTime.from(at("2024-03-01T12:00:01Z")));
        assertThat(calendar.busy(MARCH)).containsExactly(interval("2024-03-07T09:00:00Z", "2024-03-07T10:00:00Z"));
    }

    @Test
    void concurrentCallersAllSeeTheWholeCalendar() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int day = 4; day <= 8; day++) {
            files.add(write(folder, "day" + day + ".ics", oneEvent("2024030" + day + "T090000Z", "2024030" + day + "T100000Z")));
        }
        IcsCalendar calendar = new IcsCalendar(files, BERLIN);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Interval>>> answers = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                answers.add(pool.submit(() -> calendar.busy(MARCH)));
            }
            for (Future<List<Interval>> answer : answers) {
                assertThat(answer.get()).hasSize(5);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void timesInAZoneOfTheFilesOwnVtimezoneStayReadableAfterGarbageCollection() throws Exception {
        // ical4j holds the rules of such zones only weakly; a cached parse must keep them alive.
        Path file = IcsTestFiles.write(folder, "calendar.ics", IcsTestFiles.calendar("""
                BEGIN:VTIMEZONE
                TZID:Custom/Berlin
                BEGIN:STANDARD
                DTSTART:19701025T030000
                RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
                TZOFFSETFROM:+0200
                TZOFFSETTO:+0100
                END:STANDARD
                BEGIN:DAYLIGHT
                DTSTART:19700329T020000
                RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
                TZOFFSETFROM:+0100
                TZOFFSETTO:+0200
                END:DAYLIGHT
                END:VTIMEZONE
                """ + IcsTestFiles.event("weekly@example.com", """
                DTSTART;TZID=Custom/Berlin:20240304T100000
                DTEND;TZID=Custom/Berlin:20240304T103000
                RRULE:FREQ=WEEKLY
                """)));
        IcsCalendar calendar = new IcsCalendar(List.of(file), BERLIN);
        assertThat(calendar.busy(MARCH)).hasSize(4);

        for (int round = 0; round < 5; round++) {
            System.gc();
            // Other parses take the ids that collected registries give back.
            new IcsCalendar(List.of(IcsTestFiles.write(folder, "other" + round + ".ics", IcsTestFiles.calendar("""
                    BEGIN:VTIMEZONE
                    TZID:Custom/Berlin
                    BEGIN:STANDARD
                    DTSTART:19700101T000000
                    TZOFFSETFROM:+0900
                    TZOFFSETTO:+0900
                    END:STANDARD
                    END:VTIMEZONE
                    """ + IcsTestFiles.event("other@example.com", "DTSTART;TZID=Custom/Berlin:20240304T100000\nDURATION:PT1H\n")))),
                    BERLIN).busy(MARCH);
            Thread.sleep(20);
        }

        assertThat(calendar.busy(new Interval(at("2024-07-01T00:00:00Z"), at("2024-07-02T00:00:00Z"))))
                .containsExactly(new Interval(at("2024-07-01T08:00:00Z"), at("2024-07-01T08:30:00Z")));
    }
}
