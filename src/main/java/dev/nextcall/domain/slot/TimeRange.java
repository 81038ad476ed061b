package dev.nextcall.domain.slot;

import java.time.LocalTime;
import java.util.Objects;

/** A span of wall-clock time within one day, {@code [start, end)}, e.g. 09:00–17:00. */
public record TimeRange(LocalTime start, LocalTime end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a working range must end after it starts: " + start + "–" + end);
        }
    }

    public static TimeRange of(String start, String end) {
        return new TimeRange(LocalTime.parse(start), LocalTime.parse(end));
    }

    /** True when {@code [from, to)} lies inside this range. */
    public boolean encloses(LocalTime from, LocalTime to) {
        return !from.isBefore(start) && !to.isAfter(end) && from.isBefore(to);
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
