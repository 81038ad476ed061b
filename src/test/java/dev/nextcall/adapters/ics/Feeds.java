package dev.nextcall.adapters.ics;

import static dev.nextcall.adapters.ics.IcsTestFiles.crlf;

import dev.nextcall.domain.Interval;
import java.time.Instant;

/** Calendar texts for subscription tests: one busy hour each, so a test can tell which copy counts. */
final class Feeds {

    static final Interval MARCH = new Interval(Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-04-01T00:00:00Z"));

    private Feeds() {
    }

    /** A calendar with one meeting, {@code start} to {@code end} (UTC, "20240305T090000Z"). */
    static String meeting(String uid, String start, String end) {
        return crlf("""
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//NextCall tests//EN
                BEGIN:VEVENT
                UID:%s
                DTSTAMP:20240301T000000Z
                DTSTART:%s
                DTEND:%s
                SUMMARY:Meeting %s
                END:VEVENT
                END:VCALENDAR
                """.formatted(uid, start, end, uid));
    }

    /** A calendar whose line 7 holds a date that does not exist (month 13). */
    static String malformedAtLine7() {
        return crlf("""
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//NextCall tests//EN
                BEGIN:VEVENT
                UID:broken@example.com
                DTSTAMP:20240301T000000Z
                DTSTART:20241305T090000Z
                DTEND:20241305T100000Z
                END:VEVENT
                END:VCALENDAR
                """);
    }

    static Interval utc(String start, String end) {
        return new Interval(Instant.parse(start), Instant.parse(end));
    }
}
