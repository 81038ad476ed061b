package dev.nextcall.adapters.ics;

import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * How long each instance of an event lasts, kept the way the busy rules apply it: nominal days on the
 * wall clock of the instance's zone, then an exact amount of time.
 * <ul>
 *   <li>DTEND: the exact difference DTEND - DTSTART, for every instance (of an all-day event: whole
 *       days, so each instance runs from local midnight to local midnight);</li>
 *   <li>DURATION: its days nominal ({@code P1D} across a DST change lasts 23 or 25 hours), its
 *       hours, minutes and seconds exact ({@code PT24H} is always 24 hours);</li>
 *   <li>neither: a DATE lasts one day, a DATE-TIME no time at all (RFC 5545 3.6.1).</li>
 * </ul>
 * A negative length (DTEND before DTSTART, a negative DURATION) is no length: the instance ends where it starts.
 */
record InstanceLength(long nominalDays, Duration exact) {

    static final InstanceLength NONE = new InstanceLength(0, Duration.ZERO);
    static final InstanceLength ONE_DAY = new InstanceLength(1, Duration.ZERO);

    InstanceLength {
        if (nominalDays < 0 || exact.isNegative()) {
            nominalDays = 0;
            exact = Duration.ZERO;
        }
    }

    static InstanceLength of(IcsDuration duration) {
        return duration.negative() ? NONE : new InstanceLength(duration.nominalDays(), duration.exact());
    }

    ZonedDateTime endFrom(ZonedDateTime start, boolean allDay) {
        if (allDay) {
            // From midnight, by dates: a day that starts at 01:00 (a gap at midnight) still ends at the next midnight.
            return start.toLocalDate().plusDays(nominalDays).atStartOfDay(start.getZone()).plus(exact);
        }
        return start.plusDays(nominalDays).plus(exact);
    }

    /** At least as long as any instance can be: a nominal day is taken as 26 hours to cover any DST shift. */
    Duration longest() {
        return Duration.ofHours(26).multipliedBy(nominalDays).plus(exact);
    }
}
