package dev.nextcall.adapters.ics;

import dev.nextcall.app.port.BookingRequest;
import dev.nextcall.domain.Attendee;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The iCalendar text of a booking: its VEVENT, an invitation document around it, and an empty
 * calendar to start calendar.ics with. Written by hand rather than through ical4j's outputter so
 * that the bytes are predictable and appending never touches anything else in the file.
 */
final class BookingEventText {

    static final String PRODID = "-//NextCall//NextCall//EN";

    private BookingEventText() {
    }

    /** Stable per event id, so that a retried booking is recognised in the calendar. */
    static String uidOf(String eventId) {
        return eventId + "@nextcall";
    }

    static List<String> vevent(BookingRequest request, Instant stamp, EventTimeFormat times) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + uidOf(request.eventId()));
        lines.add("DTSTAMP:" + EventTimeFormat.utcValue(stamp));
        lines.add(times.line("DTSTART", request.time().start()));
        lines.add(times.line("DTEND", request.time().end()));
        lines.add("SUMMARY:" + IcsText.escape(request.title()));
        if (!request.description().isEmpty()) {
            lines.add("DESCRIPTION:" + IcsText.escape(request.description()));
        }
        String link = request.meetingLink();
        if (!link.isEmpty()) {
            lines.add("LOCATION:" + IcsText.escape(link));
            // URL is a URI value: a link that is not one (e.g. "Zoom 123 456") goes only into LOCATION.
            if (isAbsoluteUri(link)) {
                lines.add("URL:" + link);
            }
        }
        lines.add("ORGANIZER" + commonName(request.organizer()) + ":" + mailto(request.organizer()));
        for (Attendee attendee : request.attendees()) {
            lines.add("ATTENDEE" + commonName(attendee) + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
                    + mailto(attendee));
        }
        lines.add("SEQUENCE:0");
        lines.add("STATUS:CONFIRMED");
        lines.add("TRANSP:OPAQUE");
        lines.add("END:VEVENT");
        return lines;
    }

    /** A METHOD:REQUEST document (RFC 5546) with the VTIMEZONE its times refer to, if any. */
    static byte[] invitation(BookingRequest request, Instant stamp, Optional<InviteTimeZones.Definition> zone) {
        List<String> lines = new ArrayList<>(header());
        lines.add("METHOD:REQUEST");
        zone.ifPresent(definition -> lines.addAll(definition.lines()));
        EventTimeFormat times = zone.map(d -> EventTimeFormat.zoned(d.tzid(), request.zone())).orElse(EventTimeFormat.utc());
        lines.addAll(vevent(request, stamp, times));
        lines.add("END:VCALENDAR");
        return bytes(lines);
    }

    static byte[] emptyCalendar() {
        List<String> lines = new ArrayList<>(header());
        lines.add("END:VCALENDAR");
        return bytes(lines);
    }

    static byte[] bytes(List<String> lines) {
        return IcsText.fold(lines).getBytes(StandardCharsets.UTF_8);
    }

    /** The address as a CAL-ADDRESS; empty when it cannot be one (the invitation would not parse). */
    static Optional<String> calAddress(Attendee person) {
        String address = "mailto:" + person.email();
        return isUri(address) ? Optional.of(address) : Optional.empty();
    }

    static List<String> header() {
        return List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + PRODID, "CALSCALE:GREGORIAN");
    }

    private static String mailto(Attendee person) {
        return calAddress(person).orElseThrow(() -> new IllegalArgumentException("not usable in a calendar: " + person.email()));
    }

    private static String commonName(Attendee person) {
        return person.name().isEmpty() ? "" : ";CN=" + IcsText.parameterValue(person.name());
    }

    private static boolean isAbsoluteUri(String text) {
        return isUri(text) && URI.create(text).isAbsolute();
    }

    private static boolean isUri(String text) {
        try {
            new URI(text);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
