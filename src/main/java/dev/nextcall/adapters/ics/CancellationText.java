package dev.nextcall.adapters.ics;

import dev.nextcall.domain.Interval;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The METHOD:CANCEL notice (RFC 5546 3.2.5) for one of our events, built from what calendar.ics
 * says about it: the same UID, ORGANIZER and ATTENDEE lines as the event (copied as written, so
 * every client matches them to the meeting it has), a higher SEQUENCE, STATUS:CANCELLED, a fresh
 * DTSTAMP, and its times in the invitation's zone with that zone's VTIMEZONE.
 */
final class CancellationText {

    private static final DateTimeFormatter UTC_VALUE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter LOCAL_VALUE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private CancellationText() {
    }

    /** There is somebody to tell: the event names its organizer and at least one attendee. */
    static boolean hasAnyoneToTell(CalendarFileText.StoredEvent stored) {
        return stored.event().first("ORGANIZER").isPresent() && !stored.event().all("ATTENDEE").isEmpty();
    }

    /**
     * @param times     when the meeting is; empty leaves DTSTART and DTEND out, which RFC 5546 allows
     *                  in a CANCEL (the UID names the meeting)
     * @param zone      the VTIMEZONE the booking's invitation used; empty to write the times in UTC
     * @param wallClock the zone whose wall clock {@code zone}'s TZID names
     */
    static byte[] notice(CalendarFileText.StoredEvent stored, Optional<Interval> times, int sequence, Instant stamp,
                         Optional<InviteTimeZones.Definition> zone, ZoneId wallClock) {
        CalendarLines.Component event = stored.event();
        EventTimeFormat format = zone.map(d -> EventTimeFormat.zoned(d.tzid(), wallClock)).orElse(EventTimeFormat.utc());

        List<String> lines = new ArrayList<>(BookingEventText.header());
        lines.add("METHOD:CANCEL");
        if (times.isPresent()) {
            zone.ifPresent(definition -> lines.addAll(definition.lines()));
        }
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + IcsText.escape(stored.uid()));
        lines.add("DTSTAMP:" + EventTimeFormat.utcValue(stamp));
        times.ifPresent(interval -> {
            lines.add(format.line("DTSTART", interval.start()));
            lines.add(format.line("DTEND", interval.end()));
        });
        event.first("SUMMARY").ifPresent(summary -> lines.add(summary.text()));
        event.first("ORGANIZER").ifPresent(organizer -> lines.add(organizer.text()));
        event.all("ATTENDEE").forEach(attendee -> lines.add(attendee.text()));
        lines.add("SEQUENCE:" + sequence);
        lines.add("STATUS:CANCELLED");
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        return BookingEventText.bytes(lines);
    }

    /**
     * The event's DTSTART and DTEND as instants, when they are written the way we and most programs
     * write them: in UTC ({@code 20240305T140000Z}) or as local time with a TZID that names an IANA
     * zone. Empty for anything else (a floating or all-day time, a Windows zone name); the notice then
     * takes the times of the booking's invitation.
     */
    static Optional<Interval> timesOf(CalendarLines.Component event) {
        Optional<Instant> start = event.first("DTSTART").flatMap(CancellationText::instant);
        Optional<Instant> end = event.first("DTEND").flatMap(CancellationText::instant);
        if (start.isEmpty() || end.isEmpty() || !start.get().isBefore(end.get())) {
            return Optional.empty();
        }
        return Optional.of(new Interval(start.get(), end.get()));
    }

    private static Optional<Instant> instant(CalendarLines.Property property) {
        String value = property.value().strip();
        Optional<String> tzid = property.parameter("TZID");
        try {
            if (value.endsWith("Z") && tzid.isEmpty()) {
                return Optional.of(LocalDateTime.parse(value, UTC_VALUE).toInstant(ZoneOffset.UTC));
            }
            if (tzid.isPresent()) {
                return Optional.of(LocalDateTime.parse(value, LOCAL_VALUE).atZone(ZoneId.of(tzid.get())).toInstant());
            }
        } catch (DateTimeException e) {
            // Not a date-time, or not a zone Java knows: not one of the forms above.
        }
        return Optional.empty();
    }
}
