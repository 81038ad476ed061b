package dev.nextcall.domain.slot;

import dev.nextcall.domain.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The times a meeting may start: every {@code step} of wall-clock time from the start of each of the
 * rep's working ranges (as configured, before breaks, so lunch does not shift the afternoon's grid and
 * a rep can say "13:00" rather than "12:45"). The search walks it and {@code explain} asks whether a
 * time is on it; both live here so they cannot disagree.
 */
final class SlotGrid {

    private static final long NANOS_PER_DAY = Duration.ofDays(1).toNanos();

    private final ZoneId zone;
    private final Duration step;
    private final Duration length;

    SlotGrid(ZoneId zone, Duration step, Duration length) {
        this.zone = zone;
        this.step = step;
        this.length = length;
    }

    /**
     * Adds to {@code found}, in order, the slots of {@code range} on {@code date} that start at or after
     * {@code earliest}, end by {@code windowEnd} and are {@code allowed}, until {@code found} holds
     * {@code limit}.
     */
    void collect(LocalDate date, Span range, Instant earliest, Instant windowEnd, Predicate<Interval> allowed,
                 List<Interval> found, int limit) {
        long first = range.wall().start().toNanoOfDay();
        for (long wallNanos = first; wallNanos < NANOS_PER_DAY && found.size() < limit;
             wallNanos += step.toNanos()) {
            LocalTime wall = LocalTime.ofNanoOfDay(wallNanos);
            ZonedDateTime zoned = ZonedDateTime.of(date, wall, zone);
            // A time the clocks skip (spring forward) is not offered: java.time would move it later,
            // onto a time the grid reaches anyway, and the rep could not say it.
            if (!zoned.toLocalTime().equals(wall)) {
                continue;
            }
            Interval slot = Interval.of(zoned.toInstant(), length);
            if (slot.end().isAfter(range.end()) || slot.end().isAfter(windowEnd)) {
                return;
            }
            if (!slot.start().isBefore(earliest) && allowed.test(slot)) {
                found.add(slot);
            }
        }
    }

    /** The rep's range (before breaks) of {@code day} whose span holds the instant {@code start}. */
    Optional<Span> rangeHolding(Instant start, WorkingDay day) {
        return day.ranges().stream()
                .filter(r -> !start.isBefore(r.start()) && start.isBefore(r.end()))
                .findFirst();
    }

    /**
     * True when {@code start} is a time {@link #collect} walks: a whole number of steps after the start
     * of the range holding it, read on the wall clock of {@code day}, and in a fall-back overlap the
     * first of the two moments with that wall time (as {@link ZonedDateTime#of} picks it).
     */
    boolean isOnGrid(Instant start, WorkingDay day) {
        ZonedDateTime at = start.atZone(zone);
        if (!at.toLocalDate().equals(day.date())) {
            return false;
        }
        return rangeHolding(start, day).filter(range -> {
            long offset = at.toLocalTime().toNanoOfDay() - range.wall().start().toNanoOfDay();
            return offset >= 0 && offset % step.toNanos() == 0
                    && ZonedDateTime.of(day.date(), at.toLocalTime(), zone).toInstant().equals(start);
        }).isPresent();
    }

    /** The first two grid times of {@code range}, to show what the grid looks like: "09:00, 09:30". */
    List<LocalTime> firstTimes(Span range) {
        LocalTime start = range.wall().start();
        long second = start.toNanoOfDay() + step.toNanos();
        if (second >= NANOS_PER_DAY || !LocalTime.ofNanoOfDay(second).isBefore(range.wall().end())) {
            return List.of(start);
        }
        return List.of(start, LocalTime.ofNanoOfDay(second));
    }

    Duration step() {
        return step;
    }
}
