package dev.nextcall.domain.slot;

import dev.nextcall.domain.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;

/**
 * A wall-clock range of one date ({@code wall}) placed on the timeline: {@code [start, end)}. Judging
 * slots against instants rather than wall-clock times keeps clock changes honest: a slot from 02:30
 * summer time to 02:00 winter time is a real half hour. A range the clocks skip entirely is empty
 * ({@code start == end}) and encloses and overlaps nothing.
 */
record Span(TimeRange wall, Instant start, Instant end) {

    static Span on(LocalDate date, TimeRange wall, ZoneId zone) {
        return new Span(wall, boundary(date, wall.start(), zone), boundary(date, wall.end(), zone));
    }

    boolean encloses(Interval slot) {
        return !slot.start().isBefore(start) && !slot.end().isAfter(end);
    }

    boolean overlaps(Interval slot) {
        return slot.start().isBefore(end) && start.isBefore(slot.end());
    }

    /**
     * The instant a wall-clock boundary falls on. {@link LocalTime#MAX} stands for 24:00, the end of
     * the day. A boundary the clocks skip is the moment they jump; in a fall-back overlap the earlier
     * offset wins, as it does for the slot grid.
     */
    static Instant boundary(LocalDate date, LocalTime time, ZoneId zone) {
        if (time.equals(LocalTime.MAX)) {
            return date.plusDays(1).atStartOfDay(zone).toInstant();
        }
        LocalDateTime local = date.atTime(time);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return local.atZone(zone).toInstant();
    }
}
