package dev.nextcall.adapters.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Plain FREQ/INTERVAL/COUNT/UNTIL series against a reference that simply adds INTERVAL units to
 * DTSTART on the wall clock (skipping dates that do not exist, such as 31 April), in random zones,
 * over random windows. Each case has its own fixed seed, named when it fails, so a failure can be
 * replayed alone: {@code new Random(seed)}.
 */
class RecurrenceRandomizedTest {

    private static final long FIRST_SEED = 20_241_127L;
    private static final int CASES = 3_000;
    private static final String[] FREQUENCIES = {"MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"};
    private static final ZoneId[] ZONES = {ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
            ZoneId.of("Australia/Sydney"), ZoneId.of("Asia/Kolkata"), ZoneOffset.UTC, ZoneId.of("America/Santiago")};
    private static final DateTimeFormatter UTC_VALUE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    @Test
    void expansionMatchesTheReferenceOnRandomSeries() {
        for (int i = 0; i < CASES; i++) {
            long seed = FIRST_SEED + i;
            Case c = Case.random(new Random(seed));

            assertThat(expanded(c)).as("seed %d: DTSTART %s in %s, RRULE %s, window %s .. %s", seed, c.start, c.zone, c.rule, c.from, c.to)
                    .isEqualTo(reference(c));
        }
    }

    private record Case(LocalDateTime start, ZoneId zone, String frequency, int interval, Integer count, Instant until,
                        String rule, Instant from, Instant to) {

        static Case random(Random random) {
            ZoneId zone = ZONES[random.nextInt(ZONES.length)];
            String frequency = FREQUENCIES[random.nextInt(FREQUENCIES.length)];
            // Days 28 to 31 and 29 February are where months and years skip; 02:00-03:00 is where DST gaps are.
            int day = random.nextBoolean() ? 28 + random.nextInt(4) : 1 + random.nextInt(28);
            int month = 1 + random.nextInt(12);
            int year = 1995 + random.nextInt(40);
            day = Math.min(day, YearMonth.of(year, month).lengthOfMonth());
            LocalDateTime start = LocalDateTime.of(year, month, day, random.nextInt(5) == 0 ? 2 : random.nextInt(24),
                    random.nextInt(4) * 15);
            int interval = 1 + random.nextInt(random.nextBoolean() ? 3 : 40);
            Integer count = random.nextInt(3) == 0 ? 1 + random.nextInt(60) : null;
            ZonedDateTime zonedStart = ZonedDateTime.ofLocal(start, zone, null);
            long spanMinutes = switch (frequency) {
                case "MINUTELY" -> 60L * 24 * 3;
                case "HOURLY" -> 60L * 24 * 40;
                case "DAILY", "WEEKLY" -> 60L * 24 * 365 * 3;
                default -> 60L * 24 * 365 * 60;
            };
            Instant until = random.nextInt(3) == 0
                    ? zonedStart.toInstant().plusSeconds(60 * (long) random.nextInt((int) Math.min(spanMinutes, Integer.MAX_VALUE)))
                    : null;
            String rule = "FREQ=" + frequency + ";INTERVAL=" + interval
                    + (count != null ? ";COUNT=" + count : "")
                    + (until != null ? ";UNTIL=" + UTC_VALUE.format(until.atZone(ZoneOffset.UTC)) : "");
            // A window anywhere from before DTSTART to far after it, so that the jump to the window is exercised.
            Instant from = zonedStart.toInstant().plusSeconds(60 * (random.nextLong() % spanMinutes));
            Instant to = from.plusSeconds(60 * (1 + (long) random.nextInt((int) Math.min(spanMinutes / 4, Integer.MAX_VALUE))));
            return new Case(start, zone, frequency, interval, count, until, rule, from, to);
        }
    }

    private static Set<Instant> expanded(Case c) {
        ZonedDateTime start = ZonedDateTime.ofLocal(c.start, c.zone, null);
        IcsRecurrence recurrence = new IcsRecurrence(List.of(RecurrenceRule.parse(c.rule)), List.of(), Set.of(), Set.of());
        Set<Instant> instants = new TreeSet<>();
        for (IcsRecurrence.Instance instance : recurrence.instances(start, c.start, false, c.from, c.to)) {
            Instant instant = instance.start().toInstant();
            if (!instant.isBefore(c.from) && instant.isBefore(c.to)) {
                instants.add(instant);
            }
        }
        return instants;
    }

    /** DTSTART + n x INTERVAL units on the wall clock; a date that does not exist is no instance and not counted. */
    private static Set<Instant> reference(Case c) {
        Set<Instant> instants = new TreeSet<>();
        int produced = 0;
        for (long n = 0; ; n++) {
            LocalDateTime wall = step(c, n * c.interval);
            if (wall == null) {
                continue;
            }
            Instant instant = ZonedDateTime.ofLocal(wall, c.zone, null).toInstant();
            boolean first = n == 0;
            if (!first && (c.until != null && instant.isAfter(c.until) || c.count != null && produced >= c.count)) {
                return instants;
            }
            if (!instant.isBefore(c.to)) {
                return instants;
            }
            produced++;
            if (!instant.isBefore(c.from)) {
                instants.add(instant);
            }
        }
    }

    private static LocalDateTime step(Case c, long units) {
        LocalDateTime start = c.start;
        return switch (c.frequency) {
            case "MINUTELY" -> start.plusMinutes(units);
            case "HOURLY" -> start.plusHours(units);
            case "DAILY" -> start.plusDays(units);
            case "WEEKLY" -> start.plusWeeks(units);
            case "MONTHLY" -> onDay(YearMonth.from(start).plusMonths(units), c);
            case "YEARLY" -> onDay(YearMonth.of(start.getYear() + (int) units, start.getMonth()), c);
            default -> throw new IllegalArgumentException(c.frequency);
        };
    }

    private static LocalDateTime onDay(YearMonth month, Case c) {
        int day = c.start.getDayOfMonth();
        return day <= month.lengthOfMonth() ? month.atDay(day).atTime(c.start.toLocalTime()) : null;
    }

    @Test
    void theSeedsCoverEveryFrequencyZoneAndBound() {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            Case c = Case.random(new Random(FIRST_SEED + i));
            seen.add(c.frequency + " " + c.zone + " " + (c.count != null) + " " + (c.until != null));
        }
        assertThat(new TreeSet<>(seen)).hasSize(FREQUENCIES.length * ZONES.length * 4);
    }
}
