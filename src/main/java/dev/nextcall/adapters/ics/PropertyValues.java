package dev.nextcall.adapters.ics;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;

/**
 * Reads the date values of one file's properties from their text (see {@link RawProperties}) and
 * places them on the timeline; anything wrong becomes a {@link MalformedIcsException} with the line
 * of the property.
 */
final class PropertyValues {

    /** A value as written and the zone it is read in: its TZID's, UTC, or the rep's zone for floating times and dates. */
    record Placed(WrittenTime written, ZoneId zone) {
        ZonedDateTime time() {
            return written.in(zone);
        }
    }

    private final IcsSource source;
    private final RawProperties raw;
    private final TimeZoneIds zones;
    private final ZoneId floatingZone;

    PropertyValues(IcsSource source, RawProperties raw, TimeZoneIds zones, ZoneId floatingZone) {
        this.source = source;
        this.raw = raw;
        this.zones = zones;
        this.floatingZone = floatingZone;
    }

    ZoneId floatingZone() {
        return floatingZone;
    }

    /** The value as the file writes it (unfolded). */
    String text(Property property) {
        return raw.of(property).map(RawProperties.Written::text).orElseGet(property::getValue);
    }

    /** A single DATE or DATE-TIME value (DTSTART, DTEND, RECURRENCE-ID). */
    Placed single(Property property) throws MalformedIcsException {
        return place(property, text(property));
    }

    /** The comma-separated values of an EXDATE or a plain RDATE. */
    List<Placed> list(Property property) throws MalformedIcsException {
        List<Placed> values = new ArrayList<>();
        for (String item : text(property).split(",")) {
            values.add(place(property, item));
        }
        return values;
    }

    /** Whether an RDATE holds periods ({@code VALUE=PERIOD}, or a value with a '/'). */
    boolean isPeriodList(Property property) {
        boolean declared = property.getParameter(Parameter.VALUE).map(Parameter::getValue).filter("PERIOD"::equalsIgnoreCase).isPresent();
        return declared || text(property).indexOf('/') >= 0;
    }

    /** The periods of an {@code RDATE;VALUE=PERIOD}: {@code start/end} or {@code start/duration}, both ends in the same zone. */
    List<IcsRecurrence.Instance> periods(Property property) throws MalformedIcsException {
        List<IcsRecurrence.Instance> periods = new ArrayList<>();
        for (String item : text(property).split(",")) {
            int slash = item.indexOf('/');
            if (slash < 0) {
                throw malformed(property, property.getName() + ": '" + item + "' is not a period (start/end or start/duration)", null);
            }
            ZonedDateTime start = place(property, item.substring(0, slash)).time();
            String second = item.substring(slash + 1).strip();
            ZonedDateTime end;
            if (second.startsWith("P") || second.startsWith("+P") || second.startsWith("-P")) {
                try {
                    end = InstanceLength.of(IcsDuration.parse(second)).endFrom(start, false);
                } catch (IllegalArgumentException e) {
                    throw malformed(property, property.getName() + ": " + e.getMessage(), e);
                }
            } else {
                end = place(property, second).time();
            }
            periods.add(new IcsRecurrence.Instance(start, Optional.of(end)));
        }
        return periods;
    }

    MalformedIcsException malformed(Property property, String problem, Throwable cause) {
        return new MalformedIcsException(lineOf(property), problem, cause);
    }

    /** The physical line of {@code property}: the n-th line of its name, as counted while parsing. */
    int lineOf(Property property) {
        Optional<RawProperties.Written> written = raw.of(property);
        if (written.isPresent()) {
            return source.lineOf(written.get().name(), written.get().ordinal(), written.get().text());
        }
        return source.lineOf(property.getName(), text(property));
    }

    private Placed place(Property property, String value) throws MalformedIcsException {
        WrittenTime written;
        try {
            written = WrittenTime.parse(value);
        } catch (DateTimeException e) {
            throw malformed(property, property.getName() + ": invalid date or date-time '" + value.strip() + "'", e);
        }
        return new Placed(written, zoneOf(property, written));
    }

    /** Dates are floating whatever TZID they carry; so is a local time without TZID. */
    private ZoneId zoneOf(Property property, WrittenTime written) throws MalformedIcsException {
        switch (written.form()) {
            case UTC:
                return ZoneOffset.UTC;
            case DATE:
                return floatingZone;
            default:
                break;
        }
        Optional<String> tzid = property.getParameter(Parameter.TZID).map(Parameter::getValue);
        if (tzid.isEmpty()) {
            return floatingZone;
        }
        try {
            return zones.zoneOf(tzid.get()).orElseThrow(() -> malformed(property, property.getName()
                    + ": unknown time zone '" + tzid.get() + "' (no VTIMEZONE of that TZID in the file and no IANA zone of that name)", null));
        } catch (DateTimeException e) {
            throw malformed(property, property.getName() + ": the VTIMEZONE '" + tzid.get() + "' cannot be used: " + e.getMessage(), e);
        }
    }
}
