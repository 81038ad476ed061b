package dev.nextcall.domain.slot;

import dev.nextcall.domain.Interval;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One question to the slot finder.
 *
 * @param now          the present; minimum notice counts from here
 * @param from         where the search window starts (usually {@code now})
 * @param days         the window's length in days of the rep's calendar, counted from {@code from}
 * @param prospectZone the zone whose working hours the prospect keeps
 * @param busy         the rep's busy time; any order, may overlap
 */
public record SlotRequest(Instant now, Instant from, int days, ZoneId prospectZone, List<Interval> busy) {

    public SlotRequest {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(prospectZone, "prospectZone");
        busy = List.copyOf(busy);
        if (days < 1) {
            throw new IllegalArgumentException("the search window must be at least one day: " + days);
        }
    }
}
