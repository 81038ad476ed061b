package dev.nextcall.adapters.ics;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

/**
 * ical4j gives DATE values as LocalDate, floating times as LocalDateTime, UTC as OffsetDateTime and
 * TZID times as ZonedDateTime; this places all of them on the timeline. Floating times and dates
 * are read in the rep's zone. Local times in a DST gap or overlap follow java.time's rules, which
 * match RFC 5545 3.3.5: a gap time uses the offset from before the gap, an overlap its first occurrence.
 */
final class IcsTimes {

    private IcsTimes() {
    }

    static ZonedDateTime toZoned(Temporal value, ZoneId floatingZone) {
        if (value instanceof ZonedDateTime zoned) {
            return zoned;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toZonedDateTime();
        }
        if (value instanceof Instant instant) {
            return instant.atZone(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(floatingZone);
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay(floatingZone);
        }
        throw new DateTimeException("unsupported date value " + value + " (" + value.getClass().getSimpleName() + ")");
    }
}
