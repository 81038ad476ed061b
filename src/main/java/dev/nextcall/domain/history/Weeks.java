package dev.nextcall.domain.history;

import dev.nextcall.domain.Interval;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts calls into weeks that start on Monday in the rep's zone. Weeks are calendar weeks, so a week
 * with a daylight-saving change is 167 or 169 hours long and still one week.
 */
public final class Weeks {

    /** One call as the weekly number sees it. */
    public record Sample(Instant started, NextStepStatus latestStatus) {
    }

    private Weeks() {
    }

    /** The Monday of the week {@code instant} falls in, in {@code zone}. */
    public static LocalDate mondayOf(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * Every week that overlaps the window, oldest first, including weeks without calls (a chart needs the
     * gaps); samples outside the window are ignored.
     *
     * @param samples calls with the status of their latest next step (null when none)
     */
    public static List<WeekNumbers> tally(Interval window, ZoneId zone, Iterable<Sample> samples) {
        Map<LocalDate, int[]> weeks = new TreeMap<>();
        LocalDate last = mondayOf(window.end().minusNanos(1), zone);
        for (LocalDate monday = mondayOf(window.start(), zone); !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            weeks.put(monday, new int[3]);
        }
        for (Sample sample : samples) {
            if (!window.contains(sample.started())) {
                continue;
            }
            int[] counts = weeks.get(mondayOf(sample.started(), zone));
            counts[0]++;
            NextStepStatus status = sample.latestStatus();
            if (status != null && status.isInCalendar()) {
                counts[1]++;
                if (status == NextStepStatus.ACCEPTED) {
                    counts[2]++;
                }
            }
        }
        List<WeekNumbers> result = new ArrayList<>(weeks.size());
        weeks.forEach((monday, c) -> result.add(new WeekNumbers(monday, c[0], c[1], c[2])));
        return result;
    }

    /** Monday 00:00 of the week in {@code zone}, as an instant (start of day, so DST gaps are handled). */
    public static Instant start(LocalDate monday, ZoneId zone) {
        return monday.atStartOfDay(zone).toInstant();
    }
}
