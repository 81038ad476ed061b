package dev.nextcall.adapters.ics;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * How a booking writes DTSTART and DTEND: in UTC ({@code 20240305T140000Z}), or as local time with
 * a TZID whose VTIMEZONE travels in the same document.
 *
 * @param tzid the TZID to write; null for UTC
 * @param zone the zone whose wall clock the local times are read on
 */
record EventTimeFormat(String tzid, ZoneId zone) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    EventTimeFormat {
        Objects.requireNonNull(zone, "zone");
    }

    static EventTimeFormat utc() {
        return new EventTimeFormat(null, ZoneOffset.UTC);
    }

    static EventTimeFormat zoned(String tzid, ZoneId zone) {
        return new EventTimeFormat(Objects.requireNonNull(tzid, "tzid"), zone);
    }

    /** A whole content line, e.g. {@code DTSTART;TZID=Europe/Berlin:20240305T150000}. */
    String line(String property, Instant instant) {
        if (tzid == null) {
            return property + ":" + utcValue(instant);
        }
        return property + ";TZID=" + IcsText.parameterValue(tzid) + ":" + LOCAL.format(instant.atZone(zone));
    }

    static String utcValue(Instant instant) {
        return LOCAL.format(instant.atZone(ZoneOffset.UTC)) + "Z";
    }
}
