package dev.nextcall.domain.slot;

import dev.nextcall.domain.Interval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Random rules and requests for {@link SlotFinderRandomizedTest}, and oracles that judge a slot without
 * the finder's own arithmetic (minute-by-minute wall-clock probes, the grid recounted from scratch).
 *
 * <p>Working hours include night and all-day variants so that clock changes fall inside them, and "now"
 * is often placed just before a clock change. Breaks stay clear of the hours the clocks repeat in
 * autumn (01:00–04:00 in these zones): there the finder reads a wall-clock time as its first moment, as
 * for the grid, while a wall-clock probe would see both.
 */
final class SlotScenarios {

    static final List<ZoneId> ZONES = Stream.of("Europe/Berlin", "America/New_York", "Asia/Kolkata",
            "America/St_Johns", "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Chatham", "UTC")
            .map(ZoneId::of).toList();

    /** Clock changes in 2026 of the zones above (UTC instants). */
    static final List<Instant> CLOCK_CHANGES = Stream.of(
            "2026-03-29T01:00:00Z", "2026-10-25T01:00:00Z",   // Europe/Berlin
            "2026-03-08T07:00:00Z", "2026-11-01T06:00:00Z",   // America/New_York
            "2026-03-08T05:30:00Z", "2026-11-01T04:30:00Z",   // America/St_Johns
            "2026-04-04T15:00:00Z", "2026-10-03T15:30:00Z",   // Australia/Lord_Howe
            "2026-04-04T14:00:00Z", "2026-09-26T14:00:00Z")   // Pacific/Chatham
            .map(Instant::parse).toList();

    static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    static final List<WorkingHours> HOURS = List.of(
            WorkingHours.standard(),
            WorkingHours.sameEveryDay(new TimeRange(LocalTime.MIDNIGHT, LocalTime.MAX), List.of(DayOfWeek.values())),
            WorkingHours.sameEveryDay(TimeRange.of("00:00", "06:00"), List.of(DayOfWeek.values())),
            WorkingHours.of(Map.of(
                    DayOfWeek.MONDAY, List.of(TimeRange.of("08:00", "12:00"), TimeRange.of("13:00", "18:30")),
                    DayOfWeek.WEDNESDAY, List.of(TimeRange.of("07:45", "11:15")),
                    DayOfWeek.SATURDAY, List.of(TimeRange.of("10:00", "14:00"), TimeRange.of("20:00", "23:30")),
                    DayOfWeek.SUNDAY, List.of(TimeRange.of("01:30", "03:15")))),
            WorkingHours.sameEveryDay(TimeRange.of("09:00", "17:00"), WEEKDAYS.subList(0, 2)));

    static final List<TimeRange> BREAKS = List.of(TimeRange.of("12:00", "13:00"), TimeRange.of("10:15", "10:45"),
            TimeRange.of("15:00", "15:20"), TimeRange.of("04:00", "04:30"), TimeRange.of("23:00", "23:45"),
            TimeRange.of("09:00", "09:30"));

    /** Hours a date override may give: none, a half day, split days, the evening to midnight. */
    static final List<List<TimeRange>> OVERRIDES = List.of(List.of(),
            List.of(TimeRange.of("09:00", "12:00")),
            List.of(TimeRange.of("13:00", "15:30")),
            List.of(TimeRange.of("00:00", "02:00"), new TimeRange(LocalTime.of(22, 0), LocalTime.MAX)),
            List.of(TimeRange.of("08:00", "10:00"), TimeRange.of("10:30", "11:00")));

    static final List<Integer> LENGTH_MINUTES = List.of(15, 20, 30, 45, 60, 90);
    static final List<Integer> STEP_MINUTES = List.of(5, 10, 15, 20, 30, 45, 60);
    static final List<Integer> MARGIN_MINUTES = List.of(0, 0, 15, 30, 30, 45, 60, 120, 480);
    static final Instant FIRST_NOW = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant LAST_NOW = Instant.parse("2026-12-31T00:00:00Z");

    private SlotScenarios() {
    }

    record Scenario(SlotRules rules, SlotRequest request) {

        SlotFinder finder() {
            return new SlotFinder(rules);
        }

        ZoneId repZone() {
            return rules.repZone();
        }

        ZoneId prospectZone() {
            return request.prospectZone();
        }

        Instant windowEnd() {
            return request.from().atZone(repZone()).plusDays(request.days()).toInstant();
        }

        Instant horizonEnd() {
            return request.now().atZone(repZone()).plusDays(rules.horizonDays()).toInstant();
        }

        LocalDate repDate(Interval slot) {
            return slot.start().atZone(repZone()).toLocalDate();
        }

        /** The rep's ranges of {@code date} as configured, read straight from the rules. */
        List<TimeRange> repRanges(LocalDate date) {
            WorkingSchedule schedule = rules.repSchedule();
            return schedule.dateOverrides().containsKey(date) ? schedule.dateOverrides().get(date)
                    : schedule.weekly().on(date.getDayOfWeek());
        }

        List<TimeRange> prospectRanges(LocalDate date) {
            return rules.prospectHours().on(date.getDayOfWeek());
        }

        /**
         * What check() may say about a slot the finder offered: nothing, except HORIZON exactly when
         * the slot ends after now + horizon, since the search window is the caller's and may reach
         * past it.
         */
        List<RuleViolation.Rule> bookingRulesBroken(Interval offered) {
            return offered.end().isAfter(horizonEnd()) ? List.of(RuleViolation.Rule.HORIZON) : List.of();
        }

        /**
         * Whether the slot starts within the comfort margin of the start of its working range or ends
         * within it of the end, for the rep or the prospect.
         */
        boolean atEdge(Interval slot) {
            return nearAnEnd(slot, repZone(), repRanges(repDate(slot)))
                    || nearAnEnd(slot, prospectZone(), prospectRanges(slot.start().atZone(prospectZone()).toLocalDate()));
        }

        private boolean nearAnEnd(Interval slot, ZoneId zone, List<TimeRange> ranges) {
            LocalDate date = slot.start().atZone(zone).toLocalDate();
            Duration margin = rules.comfortMargin();
            for (TimeRange range : ranges) {
                Instant start = boundary(date, range.start(), zone);
                Instant end = boundary(date, range.end(), zone);
                if (!slot.start().isBefore(start) && !slot.end().isAfter(end)) {
                    return slot.start().isBefore(start.plus(margin)) || slot.end().isAfter(end.minus(margin));
                }
            }
            return false;
        }
    }

    // ---- generators --------------------------------------------------------------------------

    static Scenario scenario(Random random) {
        Instant now = now(random);
        ZoneId repZone = pick(random, ZONES);
        LocalDate today = now.atZone(repZone).toLocalDate();
        WorkingSchedule schedule = new WorkingSchedule(pick(random, HOURS), breaks(random), overrides(random, today));
        int cap = random.nextBoolean() ? 0 : between(random, 1, 5);
        SlotRules rules = new SlotRules(repZone, schedule, pick(random, HOURS),
                Duration.ofMinutes(pick(random, LENGTH_MINUTES)), Duration.ofMinutes(pick(random, STEP_MINUTES)),
                buffer(random), buffer(random), Duration.ofMinutes(between(random, 0, 360)),
                between(random, 1, 21), between(random, 1, 5), cap, Duration.ofMinutes(pick(random, MARGIN_MINUTES)));
        Instant from = now.plus(Duration.ofMinutes(between(random, -2 * 24 * 60, 20 * 24 * 60)));
        int days = between(random, 1, 21);
        return new Scenario(rules, new SlotRequest(now, from, days, pick(random, ZONES), busy(random, now),
                meetingCounts(random, today), daysOff(random, today)));
    }

    /** Any time in 2026 or, as often, up to five days before one of the clock changes. */
    private static Instant now(Random random) {
        if (random.nextBoolean()) {
            return Instant.ofEpochSecond(between(random, FIRST_NOW.getEpochSecond(), LAST_NOW.getEpochSecond()));
        }
        return pick(random, CLOCK_CHANGES).minus(Duration.ofMinutes(between(random, 0, 5 * 24 * 60)));
    }

    /** Up to 40 busy intervals from a day before now to 25 days after, each up to 12 hours long. */
    private static List<Interval> busy(Random random, Instant now) {
        int size = between(random, 0, 40);
        List<Interval> busy = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            long start = between(random, -24 * 60, 25 * 24 * 60);
            long length = between(random, 1, 12 * 60);
            busy.add(Interval.of(now.plus(Duration.ofMinutes(start)), Duration.ofMinutes(length)));
        }
        return busy;
    }

    private static List<TimeRange> breaks(Random random) {
        List<TimeRange> chosen = new ArrayList<>();
        int count = between(random, 0, 2);
        for (int i = 0; i < count; i++) {
            chosen.add(pick(random, BREAKS));
        }
        return chosen;
    }

    private static Map<LocalDate, List<TimeRange>> overrides(Random random, LocalDate today) {
        Map<LocalDate, List<TimeRange>> overrides = new HashMap<>();
        int count = between(random, 0, 4);
        for (int i = 0; i < count; i++) {
            overrides.put(today.plusDays(between(random, -1, 25)), pick(random, OVERRIDES));
        }
        return overrides;
    }

    private static Map<LocalDate, Integer> meetingCounts(Random random, LocalDate today) {
        Map<LocalDate, Integer> counts = new HashMap<>();
        for (int d = -1; d <= 25; d++) {
            if (random.nextInt(3) == 0) {
                counts.put(today.plusDays(d), between(random, 0, 5));
            }
        }
        return counts;
    }

    private static Set<LocalDate> daysOff(Random random, LocalDate today) {
        Set<LocalDate> off = new HashSet<>();
        for (int d = -1; d <= 25; d++) {
            if (random.nextInt(8) == 0) {
                off.add(today.plusDays(d));
            }
        }
        return off;
    }

    private static Duration buffer(Random random) {
        return Duration.ofMinutes(5L * between(random, 0, 9));
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Uniform in [min, max], with the bounds themselves mixed in more often (about one in ten). */
    static int between(Random random, int min, int max) {
        return (int) between(random, (long) min, (long) max);
    }

    static long between(Random random, long min, long max) {
        int roll = random.nextInt(20);
        if (roll == 0) {
            return min;
        }
        if (roll == 1) {
            return max;
        }
        return random.nextLong(min, max + 1);
    }

    // ---- oracles ---------------------------------------------------------------------------------

    /**
     * Independent of the finder's own arithmetic: every minute of the meeting, read on the wall clock
     * of {@code zone}, falls on the day it starts and inside one and the same of that day's ranges.
     */
    static boolean inside(List<TimeRange> ranges, ZoneId zone, Interval slot) {
        LocalDate day = slot.start().atZone(zone).toLocalDate();
        List<ZonedDateTime> probes = probes(slot, zone);
        return ranges.stream().anyMatch(range -> probes.stream().allMatch(wall -> {
            LocalTime time = wall.toLocalTime();
            // LocalTime.MAX stands for 24:00, so the day's last nanosecond is inside it.
            boolean beforeEnd = time.isBefore(range.end()) || range.end().equals(LocalTime.MAX);
            return wall.toLocalDate().equals(day) && !time.isBefore(range.start()) && beforeEnd;
        }));
    }

    /** True when some minute of the meeting, on the rep's wall clock, falls in one of the breaks. */
    static boolean touchesABreak(List<TimeRange> breaks, ZoneId zone, Interval slot) {
        return probes(slot, zone).stream().anyMatch(wall -> breaks.stream().anyMatch(b ->
                !wall.toLocalTime().isBefore(b.start()) && wall.toLocalTime().isBefore(b.end())));
    }

    /**
     * Whether {@code start} is on the step grid of the rep's range it starts in: before the range's end,
     * a whole number of steps of wall-clock time after its start and, where autumn repeats that
     * wall-clock time, its first moment.
     */
    static boolean onGrid(Scenario s, Instant start) {
        ZonedDateTime wall = start.atZone(s.repZone());
        long step = s.rules().step().toNanos();
        for (TimeRange range : s.repRanges(wall.toLocalDate())) {
            long offset = wall.toLocalTime().toNanoOfDay() - range.start().toNanoOfDay();
            Optional<ZoneOffset> first = s.repZone().getRules().getValidOffsets(wall.toLocalDateTime()).stream().findFirst();
            boolean beforeEnd = wall.toLocalTime().isBefore(range.end()) || range.end().equals(LocalTime.MAX);
            if (offset >= 0 && offset % step == 0 && beforeEnd && first.isPresent()
                    && wall.toLocalDateTime().toInstant(first.get()).equals(start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The documented meaning of a wall-clock boundary: 24:00 is the next midnight, a time the clocks
     * skip is the moment they jump, and a repeated time is its first moment.
     */
    static Instant boundary(LocalDate date, LocalTime time, ZoneId zone) {
        if (time.equals(LocalTime.MAX)) {
            return date.plusDays(1).atStartOfDay(zone).toInstant();
        }
        LocalDateTime local = date.atTime(time);
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            return zone.getRules().getTransition(local).getInstant();
        }
        return local.toInstant(offsets.get(0));
    }

    private static List<ZonedDateTime> probes(Interval slot, ZoneId zone) {
        List<ZonedDateTime> probes = new ArrayList<>();
        for (Instant t = slot.start(); t.isBefore(slot.end()); t = t.plus(Duration.ofMinutes(1))) {
            probes.add(t.atZone(zone));
        }
        probes.add(slot.end().minusNanos(1).atZone(zone));
        return probes;
    }
}
