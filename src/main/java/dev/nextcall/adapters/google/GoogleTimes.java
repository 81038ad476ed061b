package dev.nextcall.adapters.google;

import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.model.EventDateTime;
import com.google.api.services.calendar.model.TimePeriod;
import dev.nextcall.domain.Interval;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Google's {@link DateTime}/{@link EventDateTime}/{@link TimePeriod} ↔ our {@link Instant} and
 * {@link Interval}. Every DateTime we send carries the real offset of the instant in its zone: a DateTime
 * built without one is UTC and is sent with {@code Z}, whatever {@code timeZone} says.
 */
final class GoogleTimes {

    private GoogleTimes() {
    }

    /** {@code 2025-06-02T10:30:00.000+02:00} for an instant in Europe/Zurich in summer. */
    static DateTime dateTime(Instant instant, ZoneId zone) {
        ZoneOffset offset = zone.getRules().getOffset(instant);
        return new DateTime(instant.toEpochMilli(), offset.getTotalSeconds() / 60);
    }

    /** {@code 2025-06-02T08:30:00.000Z}: for query bounds, where only the instant matters. */
    static DateTime utc(Instant instant) {
        return new DateTime(instant.toEpochMilli(), 0);
    }

    /**
     * A timed start or end: the local time with its offset, and the zone's IANA name so Google shows the
     * event in the rep's zone and keeps it there across DST. A bare offset has no name to give; the
     * offset in the time is enough then.
     */
    static EventDateTime eventTime(Instant instant, ZoneId zone) {
        EventDateTime time = new EventDateTime().setDateTime(dateTime(instant, zone));
        String name = zoneName(zone);
        if (name != null) {
            time.setTimeZone(name);
        }
        return time;
    }

    static String zoneName(ZoneId zone) {
        ZoneId normal = zone.normalized();
        if (normal.equals(ZoneOffset.UTC)) {
            return "UTC";
        }
        return normal instanceof ZoneOffset ? null : zone.getId();
    }

    static Instant instant(DateTime dateTime) {
        return Instant.ofEpochMilli(dateTime.getValue());
    }

    /** True for an all-day start or end ({@code date} set, no {@code dateTime}). */
    static boolean allDay(EventDateTime time) {
        return time != null && time.getDateTime() == null && time.getDate() != null;
    }

    /**
     * The span of a timed event; empty for an all-day one, one with a missing time, or one that ends
     * when it starts (Google allows zero-length events, our intervals do not).
     */
    static Optional<Interval> timed(EventDateTime start, EventDateTime end) {
        if (start == null || end == null || start.getDateTime() == null || end.getDateTime() == null) {
            return Optional.empty();
        }
        Instant from = instant(start.getDateTime());
        Instant to = instant(end.getDateTime());
        return from.isBefore(to) ? Optional.of(new Interval(from, to)) : Optional.empty();
    }

    /** A busy period; empty when it has no length. */
    static Optional<Interval> period(TimePeriod period) {
        if (period == null || period.getStart() == null || period.getEnd() == null) {
            return Optional.empty();
        }
        Instant from = instant(period.getStart());
        Instant to = instant(period.getEnd());
        return from.isBefore(to) ? Optional.of(new Interval(from, to)) : Optional.empty();
    }

    /** Parses a zone Google reported ({@code Events.timeZone}); empty when absent or unknown to Java. */
    static Optional<ZoneId> zone(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
