package dev.nextcall.adapters.ics;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.TimeZoneRegistry;

/**
 * Which zone a TZID names, in the order the busy rules give: the file's own VTIMEZONE of that TZID
 * (even when the name is also an IANA or Windows name: the file says what it means), otherwise the
 * IANA zone of that name from the JDK's time-zone data, backward links such as {@code US/Central}
 * included; nothing else. ical4j alone would also map Windows names without a VTIMEZONE to zones
 * of its choosing; a file that relies on that is refused rather than read with a guess.
 * One instance serves one parse, with that parse's registry.
 */
final class TimeZoneIds {

    private static final Set<String> IANA = ZoneId.getAvailableZoneIds();
    /** IANA zones of a fixed offset that the JDK keeps only among its short ids. */
    private static final Set<String> FIXED_SHORT_IDS = Set.of("EST", "MST", "HST");

    private final TimeZoneRegistry registry;
    private final Set<String> definedInFile;
    private final Map<String, Optional<ZoneId>> resolved = new HashMap<>();

    /**
     * @param registry      the registry the file was parsed with: it holds the file's VTIMEZONEs
     * @param definedInFile the TZIDs of those VTIMEZONEs
     */
    TimeZoneIds(TimeZoneRegistry registry, Set<String> definedInFile) {
        this.registry = registry;
        this.definedInFile = Set.copyOf(definedInFile);
    }

    Optional<ZoneId> zoneOf(String tzid) {
        return resolved.computeIfAbsent(tzid, this::resolve);
    }

    private Optional<ZoneId> resolve(String tzid) {
        if (definedInFile.contains(tzid)) {
            // ical4j turned the VTIMEZONE into java.time rules under an id of its own.
            return Optional.of(registry.getZoneId(tzid));
        }
        if (IANA.contains(tzid)) {
            return Optional.of(ZoneId.of(tzid));
        }
        if (FIXED_SHORT_IDS.contains(tzid)) {
            return Optional.of(ZoneId.of(tzid, ZoneId.SHORT_IDS));
        }
        return Optional.empty();
    }
}
