package dev.nextcall.domain.slot;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * When someone takes meetings, day by day: the weekly hours, minus breaks that apply every day (lunch),
 * replaced on particular dates by other hours or none (a half day before a holiday, a day off).
 *
 * @param weekly        the usual hours per weekday
 * @param breaks        wall-clock spans taken out of every working day
 * @param dateOverrides dates with other hours; an empty list means no meetings that day (breaks still apply)
 */
public record WorkingSchedule(WorkingHours weekly, List<TimeRange> breaks, Map<LocalDate, List<TimeRange>> dateOverrides) {

    public WorkingSchedule {
        Objects.requireNonNull(weekly, "weekly");
        breaks = List.copyOf(breaks);
        Map<LocalDate, List<TimeRange>> sorted = new TreeMap<>();
        dateOverrides.forEach((date, ranges) -> sorted.put(Objects.requireNonNull(date), sortedDisjoint(ranges, date)));
        dateOverrides = Collections.unmodifiableMap(sorted);
    }

    /** The weekly hours alone: no breaks, no exceptions. */
    public static WorkingSchedule of(WorkingHours weekly) {
        return new WorkingSchedule(weekly, List.of(), Map.of());
    }

    public static WorkingSchedule standard() {
        return of(WorkingHours.standard());
    }

    /** The hours that hold on {@code date}: the override or the weekday's hours, with the breaks cut out. */
    public List<TimeRange> on(LocalDate date) {
        List<TimeRange> result = new ArrayList<>(beforeBreaks(date));
        for (TimeRange pause : breaks) {
            result = cut(result, pause);
        }
        return List.copyOf(result);
    }

    /**
     * The working ranges of {@code date} as configured, before breaks are cut out: the date's override if
     * it has one, else the weekday's hours. The slot grid and "early or late in the day" count from these.
     */
    public List<TimeRange> beforeBreaks(LocalDate date) {
        return hasOverride(date) ? dateOverrides.get(date) : weekly.on(date.getDayOfWeek());
    }

    /** True when {@code date} has its own hours (possibly none) instead of the weekday's. */
    public boolean hasOverride(LocalDate date) {
        return dateOverrides.containsKey(date);
    }

    /** The break that covers part of {@code [from, to)} on a working day, if any. */
    public Optional<TimeRange> breakOverlapping(LocalTime from, LocalTime to) {
        return breaks.stream().filter(b -> from.isBefore(b.end()) && b.start().isBefore(to)).findFirst();
    }

    public WorkingSchedule withOverride(LocalDate date, List<TimeRange> ranges) {
        Map<LocalDate, List<TimeRange>> changed = new TreeMap<>(dateOverrides);
        changed.put(date, ranges);
        return new WorkingSchedule(weekly, breaks, changed);
    }

    public WorkingSchedule withBreaks(List<TimeRange> newBreaks) {
        return new WorkingSchedule(weekly, newBreaks, dateOverrides);
    }

    private static List<TimeRange> cut(List<TimeRange> ranges, TimeRange pause) {
        List<TimeRange> out = new ArrayList<>();
        for (TimeRange r : ranges) {
            if (!pause.start().isBefore(r.end()) || !r.start().isBefore(pause.end())) {
                out.add(r);
                continue;
            }
            if (r.start().isBefore(pause.start())) {
                out.add(new TimeRange(r.start(), pause.start()));
            }
            if (pause.end().isBefore(r.end())) {
                out.add(new TimeRange(pause.end(), r.end()));
            }
        }
        return out;
    }

    private static List<TimeRange> sortedDisjoint(List<TimeRange> ranges, LocalDate date) {
        List<TimeRange> sorted = ranges.stream().sorted(Comparator.comparing(TimeRange::start)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                throw new IllegalArgumentException("working ranges overlap on " + date + ": "
                        + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        return sorted;
    }
}
