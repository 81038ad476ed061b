package dev.nextcall.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A half-open span of time {@code [start, end)} on the timeline. Busy time, slots and calls are all
 * intervals; keeping them as instants means zone and DST questions are settled once, at the edges.
 */
public record Interval(Instant start, Instant end) implements Comparable<Interval> {

    private static final Comparator<Interval> ORDER =
            Comparator.comparing(Interval::start).thenComparing(Interval::end);

    public Interval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("interval must end after it starts: " + start + " .. " + end);
        }
    }

    public static Interval of(Instant start, Duration length) {
        return new Interval(start, start.plus(length));
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    /** True when the two intervals share at least one instant (touching intervals do not overlap). */
    public boolean overlaps(Interval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** This interval widened by the given amounts on each side; used for buffers around busy time. */
    public Interval widen(Duration before, Duration after) {
        return new Interval(start.minus(before), end.plus(after));
    }

    /**
     * Sorts and merges intervals that overlap or touch, so that callers can compare and clip busy
     * time without caring how the source split it.
     */
    public static List<Interval> merge(List<Interval> intervals) {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(ORDER);
        List<Interval> merged = new ArrayList<>();
        for (Interval next : sorted) {
            if (!merged.isEmpty()) {
                Interval last = merged.get(merged.size() - 1);
                if (!next.start.isAfter(last.end)) {
                    if (next.end.isAfter(last.end)) {
                        merged.set(merged.size() - 1, new Interval(last.start, next.end));
                    }
                    continue;
                }
            }
            merged.add(next);
        }
        return List.copyOf(merged);
    }

    /** The intervals cut to {@code window}, merged; parts outside the window are dropped. */
    public static List<Interval> clipAndMerge(List<Interval> intervals, Interval window) {
        List<Interval> clipped = new ArrayList<>();
        for (Interval interval : intervals) {
            if (interval.overlaps(window)) {
                Instant s = interval.start.isBefore(window.start) ? window.start : interval.start;
                Instant e = interval.end.isAfter(window.end) ? window.end : interval.end;
                clipped.add(new Interval(s, e));
            }
        }
        return merge(clipped);
    }

    @Override
    public int compareTo(Interval other) {
        return ORDER.compare(this, other);
    }
}
