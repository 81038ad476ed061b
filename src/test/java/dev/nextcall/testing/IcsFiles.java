package dev.nextcall.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Writes small, real .ics calendars for tests, the way calendar apps export them (CRLF, UTC times). */
public final class IcsFiles {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private IcsFiles() {
    }

    public static String calendar(String... events) {
        StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//EN\r\n");
        for (String event : events) {
            text.append(event);
        }
        return text.append("END:VCALENDAR\r\n").toString();
    }

    /** A timed meeting; each attendee is an e-mail address. */
    public static String event(String uid, String summary, Instant start, Instant end, String... attendees) {
        StringBuilder text = new StringBuilder("BEGIN:VEVENT\r\n")
                .append("UID:").append(uid).append("\r\n")
                .append("DTSTAMP:20260101T000000Z\r\n")
                .append("DTSTART:").append(UTC.format(start)).append("\r\n")
                .append("DTEND:").append(UTC.format(end)).append("\r\n")
                .append("SUMMARY:").append(summary).append("\r\n")
                .append("ORGANIZER:mailto:rep@example.com\r\n");
        for (String attendee : attendees) {
            text.append("ATTENDEE;CN=").append(attendee, 0, attendee.indexOf('@'))
                    .append(";PARTSTAT=ACCEPTED:mailto:").append(attendee).append("\r\n");
        }
        return text.append("END:VEVENT\r\n").toString();
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
