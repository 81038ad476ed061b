package dev.nextcall.adapters.sqlite;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How instants are stored: UTC text with exactly nine fraction digits, {@code 2025-03-04T09:30:00.000000000Z}.
 *
 * <p>Why text and not epoch millis: millis would drop the microseconds {@code Clock.systemUTC()} gives,
 * so a saved call would not read back equal to itself; and text stays readable for anyone who opens
 * history.db in the sqlite3 shell. Why a fixed width: {@link Instant#toString()} drops trailing zeros,
 * and then {@code "…:00Z"} sorts after {@code "…:00.5Z"}; with a fixed width, text order is time order,
 * so indexes and {@code >=} comparisons on these columns work as on numbers.
 */
final class InstantText {

    private static final DateTimeFormatter FIXED_WIDTH =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final Instant FIRST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant AFTER_LAST = Instant.parse("+10000-01-01T00:00:00Z");

    private InstantText() {
    }

    /** The stored form; only years 0000–9999 keep the fixed width, so others are refused. */
    static String format(Instant instant) {
        if (instant.isBefore(FIRST) || !instant.isBefore(AFTER_LAST)) {
            throw new IllegalArgumentException("the history stores times in the years 0000-9999 only: " + instant);
        }
        return FIXED_WIDTH.format(instant);
    }

    /** @throws DateTimeException when the text is not a stored instant */
    static Instant parse(String text) {
        return Instant.parse(text);
    }
}
