package dev.nextcall.domain.slot;

import dev.nextcall.domain.Interval;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * One party's hours on one date of their own calendar, on the timeline.
 *
 * @param ranges     the working ranges as configured (before breaks are cut out)
 * @param breaks     the breaks of that date; empty for the prospect, whose breaks we do not know
 * @param overridden true when the date has its own hours instead of the weekday's
 */
record WorkingDay(LocalDate date, ZoneId zone, List<Span> ranges, List<Span> breaks, boolean overridden) {

    static WorkingDay rep(WorkingSchedule schedule, LocalDate date, ZoneId zone) {
        return new WorkingDay(date, zone, spans(schedule.beforeBreaks(date), date, zone),
                spans(schedule.breaks(), date, zone), schedule.hasOverride(date));
    }

    static WorkingDay prospect(WorkingHours hours, LocalDate date, ZoneId zone) {
        return new WorkingDay(date, zone, spans(hours.on(date.getDayOfWeek()), date, zone), List.of(), false);
    }

    boolean works() {
        return !ranges.isEmpty();
    }

    /** The one working range the slot lies in, if any: a slot may not straddle two ranges. */
    Optional<Span> rangeEnclosing(Interval slot) {
        for (Span range : ranges) {
            if (range.encloses(slot)) {
                return Optional.of(range);
            }
        }
        return Optional.empty();
    }

    Optional<Span> breakOverlapping(Interval slot) {
        for (Span pause : breaks) {
            if (pause.overlaps(slot)) {
                return Optional.of(pause);
            }
        }
        return Optional.empty();
    }

    private static List<Span> spans(List<TimeRange> ranges, LocalDate date, ZoneId zone) {
        return ranges.stream().map(r -> Span.on(date, r, zone)).toList();
    }
}
