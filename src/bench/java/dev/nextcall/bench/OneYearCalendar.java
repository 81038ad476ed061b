package dev.nextcall.bench;

import dev.nextcall.domain.Interval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A busy rep's year, made from a seed so every run and every machine measures the same input.
 *
 * <p>10,000 intervals a year is about 27 a day, far more than one person's meetings: it stands for a
 * calendar merged from several sources (own meetings, team calendar, duplicates of the same event
 * seen twice). Each weekday keeps zero to two free windows of an hour or an hour and a half inside
 * 09:00–17:00 so the finder has something to propose, as on a real busy calendar; everything else is
 * dense and overlapping. The list comes unsorted, as an adapter would hand it over.
 */
final class OneYearCalendar {

    private static final int[] WORK_MINUTES = {15, 30, 30, 30, 45, 60, 60, 60, 90, 120};
    private static final int[] AROUND_MINUTES = {15, 30, 45, 60, 90};

    private final Random random;
    private final ZoneId zone;
    private final List<LocalDate> days = new ArrayList<>();
    private final List<LocalDate> weekdays = new ArrayList<>();
    private final Map<LocalDate, List<Interval>> freeWindows = new HashMap<>();

    private OneYearCalendar(long seed, ZoneId zone, LocalDate first, LocalDate endExclusive) {
        this.random = new Random(seed);
        this.zone = zone;
        for (LocalDate d = first; d.isBefore(endExclusive); d = d.plusDays(1)) {
            days.add(d);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                weekdays.add(d);
            }
        }
    }

    /** Exactly {@code count} busy intervals between {@code first} and {@code endExclusive}, in {@code zone}. */
    static List<Interval> generate(long seed, ZoneId zone, LocalDate first, LocalDate endExclusive, int count) {
        return new OneYearCalendar(seed, zone, first, endExclusive).build(count);
    }

    private List<Interval> build(int count) {
        for (LocalDate d : weekdays) {
            double r = random.nextDouble();
            int windows = r < 0.35 ? 0 : r < 0.80 ? 1 : 2;
            List<Interval> free = new ArrayList<>();
            for (int i = 0; i < windows; i++) {
                LocalTime start = LocalTime.of(9, 0).plusMinutes(30L * random.nextInt(15));
                LocalTime end = start.plusMinutes(random.nextBoolean() ? 60 : 90);
                free.add(new Interval(at(d, start), at(d, end.isAfter(LocalTime.of(17, 0)) ? LocalTime.of(17, 0) : end)));
            }
            freeWindows.put(d, free);
        }

        List<Interval> busy = new ArrayList<>(count);
        // All-day-ish blocks: out of office, offsite, travel, half days. They ignore the free windows.
        int blocks = count / 250;
        for (int i = 0; i < blocks; i++) {
            busy.add(block());
        }
        while (busy.size() < count) {
            Interval candidate = meeting(busy, blocks);
            if (!hitsFreeWindow(candidate)) {
                busy.add(candidate);
            }
        }
        return busy;
    }

    private Interval block() {
        LocalDate d = pick(days);
        double r = random.nextDouble();
        if (r < 0.40) {
            return new Interval(d.atStartOfDay(zone).toInstant(), d.plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (r < 0.70) {
            return new Interval(at(d, LocalTime.of(8, 0)), at(d, LocalTime.of(18, 0)));
        }
        if (r < 0.85) {
            return new Interval(at(d, LocalTime.of(6, 0)), at(d.plusDays(1 + random.nextInt(2)), LocalTime.of(20, 0)));
        }
        return random.nextBoolean()
                ? new Interval(at(d, LocalTime.of(9, 0)), at(d, LocalTime.of(13, 0)))
                : new Interval(at(d, LocalTime.of(13, 0)), at(d, LocalTime.of(18, 0)));
    }

    private Interval meeting(List<Interval> busy, int blocks) {
        double r = random.nextDouble();
        if (r < 0.62) {
            // In working hours and a little past them: 08:00–18:30 starts on the quarter hour.
            LocalTime start = LocalTime.of(8, 0).plusMinutes(15L * random.nextInt(43));
            return Interval.of(at(pick(weekdays), start), minutes(WORK_MINUTES));
        }
        if (r < 0.75) {
            // Around working hours: early calls and evening calls with other zones.
            LocalTime start = random.nextBoolean()
                    ? LocalTime.of(6, 30).plusMinutes(15L * random.nextInt(10))
                    : LocalTime.of(17, 0).plusMinutes(15L * random.nextInt(16));
            return Interval.of(at(pick(weekdays), start), minutes(AROUND_MINUTES));
        }
        if (r < 0.87 && busy.size() > blocks) {
            // Double bookings and the same event from a second calendar: near a recent one, overlapping it.
            int recent = Math.min(200, busy.size() - blocks);
            Interval near = busy.get(busy.size() - 1 - random.nextInt(recent));
            return Interval.of(near.start().plus(Duration.ofMinutes(15L * (random.nextInt(5) - 2))),
                    Duration.ofMinutes(15L * (1 + random.nextInt(8))));
        }
        // Personal and team time on any day, weekends included.
        LocalTime start = LocalTime.of(7, 0).plusMinutes(30L * random.nextInt(29));
        return Interval.of(at(pick(days), start), Duration.ofMinutes(30L * (1 + random.nextInt(4))));
    }

    private boolean hitsFreeWindow(Interval candidate) {
        LocalDate d = candidate.start().atZone(zone).toLocalDate();
        for (LocalDate day : List.of(d.minusDays(1), d, d.plusDays(1))) {
            for (Interval free : freeWindows.getOrDefault(day, List.of())) {
                if (free.overlaps(candidate)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Duration minutes(int[] choices) {
        return Duration.ofMinutes(choices[random.nextInt(choices.length)]);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private Instant at(LocalDate d, LocalTime t) {
        return ZonedDateTime.of(d, t, zone).toInstant();
    }
}
