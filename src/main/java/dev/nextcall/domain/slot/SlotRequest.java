package dev.nextcall.domain.slot;

import dev.nextcall.domain.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One question to the slot finder.
 *
 * @param now            the present; minimum notice counts from here
 * @param from           where the search window starts (usually {@code now})
 * @param days           the window's length in days of the rep's calendar, counted from {@code from}
 * @param prospectZone   the zone whose working hours the prospect keeps
 * @param busy           the rep's busy time; any order, may overlap
 * @param meetingsPerDay how many meetings the rep already has on each date (rep's zone), for the daily cap
 * @param daysOff        dates (rep's zone) with no meetings at all: holidays, leave
 */
public record SlotRequest(Instant now, Instant from, int days, ZoneId prospectZone, List<Interval> busy,
                          Map<LocalDate, Integer> meetingsPerDay, Set<LocalDate> daysOff) {

    public SlotRequest {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(prospectZone, "prospectZone");
        busy = List.copyOf(busy);
        meetingsPerDay = Map.copyOf(meetingsPerDay);
        daysOff = Set.copyOf(daysOff);
        if (days < 1) {
            throw new IllegalArgumentException("the search window must be at least one day: " + days);
        }
    }

    /** A question with busy time only: no meeting counts, no days off. */
    public SlotRequest(Instant now, Instant from, int days, ZoneId prospectZone, List<Interval> busy) {
        this(now, from, days, prospectZone, busy, Map.of(), Set.of());
    }

    public int meetingsOn(LocalDate date) {
        return meetingsPerDay.getOrDefault(date, 0);
    }
}
