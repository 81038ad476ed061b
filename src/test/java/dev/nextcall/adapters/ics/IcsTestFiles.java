package dev.nextcall.adapters.ics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Writing hand-made calendar texts for tests. */
final class IcsTestFiles {

    private IcsTestFiles() {
    }

    /** A text block with CRLF line ends, as RFC 5545 and most servers write them. */
    static String crlf(String text) {
        return text.replace("\n", "\r\n");
    }

    /** A VCALENDAR around {@code components} (text-block lines), with CRLF line ends. */
    static String calendar(String components) {
        return crlf("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//NextCall//Tests//EN\n" + components + "END:VCALENDAR\n");
    }

    /** One VEVENT of the given property lines (each ending in a line break), with the UID and DTSTAMP every VEVENT needs. */
    static String event(String uid, String lines) {
        return "BEGIN:VEVENT\nUID:" + uid + "\nDTSTAMP:20240101T000000Z\n" + lines + "END:VEVENT\n";
    }

    static Path write(Path folder, String name, String content) {
        try {
            return Files.write(folder.resolve(name), content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
