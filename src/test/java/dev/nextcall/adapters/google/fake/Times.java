package dev.nextcall.adapters.google.fake;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** RFC 3339 the way Google reads and writes it. */
final class Times {

    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    /** An RFC 3339 time that must carry an offset ({@code Z} or {@code ±hh:mm}); empty otherwise. */
    static Optional<Instant> parseWithOffset(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** How event times are rendered: in the calendar's (or the requested) zone, seconds, no millis. */
    static String inZone(Instant instant, ZoneId zone) {
        return WITH_OFFSET.format(instant.atZone(zone));
    }

    /** How {@code created}, {@code updated} and free/busy bounds are rendered: UTC with millis. */
    static String stamp(Instant instant) {
        return STAMP.format(instant);
    }

    static Optional<ZoneId> zone(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
