package dev.nextcall.adapters.ics;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VTimeZone;

/**
 * VTIMEZONE definitions for invitations, from the tz data bundled with ical4j. An invitation
 * written with a TZID must carry the definition (RFC 5545 3.6.5) so that every client reads the
 * same wall-clock time. Not thread-safe; the gateway uses it under its own lock.
 */
final class InviteTimeZones {

    /** A VTIMEZONE as content lines, and the TZID it defines (ical4j may canonicalise, e.g. US/Central). */
    record Definition(String tzid, List<String> lines) {
        Definition {
            lines = List.copyOf(lines);
        }
    }

    /** Made at the first invitation: loading ical4j's zone registry is not worth doing before a booking. */
    private TimeZoneRegistry registry;

    /** Empty for fixed offsets and zones ical4j does not know; those invitations are written in UTC. */
    Optional<Definition> forZone(ZoneId zone) {
        if (zone instanceof ZoneOffset) {
            return Optional.empty();
        }
        if (registry == null) {
            registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        }
        TimeZone timeZone = registry.getTimeZone(zone.getId());
        if (timeZone == null) {
            return Optional.empty();
        }
        VTimeZone definition = timeZone.getVTimeZone();
        Optional<String> tzid = definition.getProperty(Property.TZID).map(Property::getValue);
        // ical4j's toString() gives escaped, unfolded CRLF lines; IcsText folds them with the rest.
        List<String> lines = Arrays.stream(definition.toString().split("\r\n|\n"))
                .filter(line -> !line.isEmpty())
                .toList();
        return tzid.map(id -> new Definition(id, lines));
    }
}
