package dev.nextcall.domain.slot;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The hours someone takes meetings, per weekday, in wall-clock time of their own zone. A weekday
 * without ranges is a day off.
 */
public final class WorkingHours {

    private final Map<DayOfWeek, List<TimeRange>> byDay;

    private WorkingHours(Map<DayOfWeek, List<TimeRange>> byDay) {
        this.byDay = byDay;
    }

    public static WorkingHours of(Map<DayOfWeek, List<TimeRange>> ranges) {
        Map<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
        ranges.forEach((day, list) -> {
            List<TimeRange> sorted = list.stream()
                    .sorted((a, b) -> a.start().compareTo(b.start())).toList();
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                    throw new IllegalArgumentException("working ranges overlap on " + day + ": "
                            + sorted.get(i - 1) + " and " + sorted.get(i));
                }
            }
            if (!sorted.isEmpty()) {
                copy.put(Objects.requireNonNull(day), sorted);
            }
        });
        return new WorkingHours(copy);
    }

    /** The same hours on each of the given days, none on the others. */
    public static WorkingHours sameEveryDay(TimeRange range, List<DayOfWeek> days) {
        Map<DayOfWeek, List<TimeRange>> map = new EnumMap<>(DayOfWeek.class);
        days.forEach(d -> map.put(d, List.of(range)));
        return of(map);
    }

    /** Monday to Friday, 09:00–17:00: the default for rep and prospect alike. */
    public static WorkingHours standard() {
        return sameEveryDay(new TimeRange(LocalTime.of(9, 0), LocalTime.of(17, 0)),
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY));
    }

    public List<TimeRange> on(DayOfWeek day) {
        return byDay.getOrDefault(day, List.of());
    }

    public Map<DayOfWeek, List<TimeRange>> asMap() {
        return Map.copyOf(byDay);
    }

    /** True when {@code [from, to)} on {@code day} falls inside one of that day's ranges. */
    public boolean covers(DayOfWeek day, LocalTime from, LocalTime to) {
        return on(day).stream().anyMatch(r -> r.encloses(from, to));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingHours other && byDay.equals(other.byDay);
    }

    @Override
    public int hashCode() {
        return byDay.hashCode();
    }

    @Override
    public String toString() {
        return "WorkingHours" + byDay;
    }
}
