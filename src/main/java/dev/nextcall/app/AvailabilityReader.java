package dev.nextcall.app;

import dev.nextcall.app.port.CalendarSource;
import dev.nextcall.app.port.DaysOffSource;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.domain.Interval;
import dev.nextcall.domain.slot.SlotRequest;
import dev.nextcall.domain.slot.SlotRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what the slot rules need from the calendars for one window: busy time (with room for the
 * buffers), how many meetings each day already has (for the daily cap) and the days off. Proposing
 * and booking read it the same way, so a time offered is judged by the same facts when it is booked.
 */
public final class AvailabilityReader {

    private final CalendarSource calendar;
    private final DaysOffSource daysOff;

    public AvailabilityReader(CalendarSource calendar, DaysOffSource daysOff) {
        this.calendar = calendar;
        this.daysOff = daysOff;
    }

    /**
     * @param from start of the search window
     * @param days length of the window in the rep's days
     */
    public SlotRequest read(SlotRules rules, Instant now, Instant from, int days, ZoneId prospectZone) {
        ZoneId zone = rules.repZone();
        Instant windowEnd = from.atZone(zone).plusDays(days).toInstant();
        // Busy time just outside the window still matters once buffers widen it.
        Interval window = new Interval(from, windowEnd).widen(rules.bufferAfter(), rules.bufferBefore());
        List<Interval> busy = calendar.busy(window);
        Map<LocalDate, Integer> perDay = rules.dailyCap() > 0 ? meetingsPerDay(window, zone) : Map.of();
        LocalDate firstDay = from.atZone(zone).toLocalDate();
        LocalDate lastDay = windowEnd.atZone(zone).toLocalDate().plusDays(1);
        Set<LocalDate> off = daysOff.daysOff(firstDay, lastDay);
        return new SlotRequest(now, from, days, prospectZone, busy, perDay, off);
    }

    /** Meetings counted on the rep's date they start on. */
    private Map<LocalDate, Integer> meetingsPerDay(Interval window, ZoneId zone) {
        Map<LocalDate, Integer> counts = new HashMap<>();
        for (CalendarEvent event : calendar.events(window)) {
            counts.merge(event.time().start().atZone(zone).toLocalDate(), 1, Integer::sum);
        }
        return counts;
    }
}
