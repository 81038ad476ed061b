package dev.nextcall.adapters.ics;

import dev.nextcall.adapters.ics.RecurrenceRule.Frequency;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start times one RRULE (or EXRULE) gives, on the wall clock of its series (RFC 5545 3.3.10).
 * Working on the wall clock is what keeps a 10:00 weekly meeting at 10:00 across DST; the caller
 * places each time in the series' zone.
 *
 * <p>The rule is walked period by period (a year, month, week, day, hour, minute or second, every
 * INTERVAL-th one from DTSTART's). In each period the {@link RecurrenceDays days} are crossed with
 * the times of day, BYSETPOS picks among them, and times before DTSTART are dropped. COUNT counts
 * DTSTART as the first occurrence (RFC 5545 3.8.5.3); UNTIL is inclusive and compared as an instant,
 * a floating UNTIL read in the series' zone, a DATE UNTIL as the whole of that local date.
 *
 * <p>Expansion is bounded: a rule without COUNT starts at the period just before the window instead
 * of at DTSTART, every walk stops at the window's end, and a walk that takes more than
 * {@link #MAX_STEPS} steps (a rule that matches almost nothing, or a per-second rule over months)
 * stops there with a warning, so that no file can hang the calendar.
 */
final class RuleExpansion {

    /** Periods plus candidate times looked at in one walk; far above any real calendar's needs. */
    static final int MAX_STEPS = 1_000_000;

    private static final Logger LOG = LoggerFactory.getLogger(RuleExpansion.class);
    private static final int[] NONE = new int[0];

    private final RecurrenceRule rule;
    private final Frequency frequency;
    private final LocalDateTime start;
    private final ZoneId zone;
    private final boolean dateOnly;
    private final RecurrenceDays days;
    private final int[] hours;
    private final int[] minutes;
    private final int[] seconds;
    private final LocalDateTime firstPeriod;

    /**
     * @param start    DTSTART as written (a DATE at 00:00)
     * @param zone     the series' zone: the TZID's, UTC, or the rep's for floating times and dates
     * @param dateOnly DTSTART is a DATE: BYHOUR, BYMINUTE and BYSECOND are ignored (RFC 5545 3.3.10)
     */
    RuleExpansion(RecurrenceRule rule, LocalDateTime start, ZoneId zone, boolean dateOnly) {
        this.rule = rule;
        this.frequency = rule.frequency();
        this.start = start;
        this.zone = zone;
        this.dateOnly = dateOnly;
        this.days = new RecurrenceDays(rule, start.toLocalDate());
        this.hours = timePart(dateOnly ? NONE : rule.byHour(), Frequency.HOURLY, start.getHour());
        this.minutes = timePart(dateOnly ? NONE : rule.byMinute(), Frequency.MINUTELY, start.getMinute());
        // A leap second (BYSECOND=60) has no place on java.time's clock; it is read as second 59.
        this.seconds = timePart(dateOnly ? NONE : leapSecondAs59(rule.bySecond()), Frequency.SECONDLY, start.getSecond());
        this.firstPeriod = periodBase();
    }

    /**
     * Gives {@code out} every start of the rule in {@code [from, to)} (wall clock), in order. The
     * DTSTART itself is not given: it belongs to the recurrence set whatever the rule says.
     */
    void expand(LocalDateTime from, LocalDateTime to, Consumer<LocalDateTime> out) {
        Instant until = untilInstant();
        LocalDate untilDate = rule.until().filter(WrittenTime::isDate).map(WrittenTime::date).orElse(null);
        int limit = rule.count().orElse(Integer.MAX_VALUE);
        int produced = 1; // DTSTART is the first occurrence, whether or not the rule would give it
        LocalDateTime last = null;
        long steps = 0;
        // Without COUNT nothing before the window matters; with COUNT every occurrence must be counted.
        long period = rule.count().isPresent() ? 0 : periodAtOrBefore(earliestDayOf(from));
        try {
            while (true) {
                LocalDateTime periodStart = periodStart(period);
                if (!earliestDayOf(periodStart).isBefore(to)) {
                    return;
                }
                if (++steps > MAX_STEPS) {
                    LOG.warn("stopped expanding RRULE '{}' after {} steps; later instances are left out", rule, MAX_STEPS);
                    return;
                }
                long skipTo = uselessPeriodSkip(periodStart);
                if (skipTo > period) {
                    period = skipTo;
                    continue;
                }
                for (LocalDateTime candidate : candidates(periodStart)) {
                    steps++;
                    if (candidate.isBefore(start) || candidate.equals(last)) {
                        continue;
                    }
                    last = candidate;
                    if (!withinUntil(candidate, until, untilDate)) {
                        return;
                    }
                    if (candidate.equals(start)) {
                        continue;
                    }
                    if (produced >= limit || !candidate.isBefore(to)) {
                        return;
                    }
                    produced++;
                    if (!candidate.isBefore(from)) {
                        out.accept(candidate);
                    }
                }
                period++;
            }
        } catch (DateTimeException | ArithmeticException e) {
            // The next period lies beyond year 999,999,999 (an absurd INTERVAL): the rule has no more instances.
            LOG.debug("RRULE '{}' runs past the end of the calendar: {}", rule, e.getMessage());
        }
    }

    /** The sorted candidates of one period, BYSETPOS applied. A DATE series has only dates. */
    private List<LocalDateTime> candidates(LocalDateTime periodStart) {
        List<LocalDate> periodDays = days.in(periodStart.toLocalDate());
        List<LocalTime> times = timesIn(periodStart);
        List<LocalDateTime> candidates = new ArrayList<>(periodDays.size() * times.size());
        for (LocalDate day : periodDays) {
            for (LocalTime time : times) {
                candidates.add(dateOnly ? day.atStartOfDay() : day.atTime(time));
            }
        }
        return rule.bySetPos().length == 0 ? candidates : bySetPos(candidates);
    }

    /**
     * The times of day in a period: for DAILY and longer, every combination of the hour, minute and
     * second parts; for HOURLY and shorter the period fixes the hour (and minute, and second), which
     * the corresponding BY* part may then only allow or refuse.
     */
    private List<LocalTime> timesIn(LocalDateTime periodStart) {
        int[] h = fixedOrListed(hours, Frequency.HOURLY, periodStart.getHour());
        int[] m = fixedOrListed(minutes, Frequency.MINUTELY, periodStart.getMinute());
        int[] s = fixedOrListed(seconds, Frequency.SECONDLY, periodStart.getSecond());
        List<LocalTime> times = new ArrayList<>(h.length * m.length * s.length);
        for (int hour : h) {
            for (int minute : m) {
                for (int second : s) {
                    times.add(LocalTime.of(hour, minute, second));
                }
            }
        }
        return times;
    }

    private int[] fixedOrListed(int[] listed, Frequency fixedFrom, int periodValue) {
        if (frequency.finerThan(fixedFrom) || frequency == fixedFrom) {
            return listed.length == 0 || RecurrenceDays.contains(listed, periodValue) ? new int[] {periodValue} : NONE;
        }
        return listed;
    }

    private List<LocalDateTime> bySetPos(List<LocalDateTime> candidates) {
        int size = candidates.size();
        boolean[] picked = new boolean[size];
        for (int position : rule.bySetPos()) {
            int index = position > 0 ? position - 1 : size + position;
            if (index >= 0 && index < size) {
                picked[index] = true;
            }
        }
        List<LocalDateTime> kept = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (picked[i]) {
                kept.add(candidates.get(i));
            }
        }
        return kept;
    }

    /**
     * For rules shorter than a day, the first period worth looking at when this one cannot match:
     * its day, hour or minute is excluded, so the walk jumps to the next day, hour or minute instead
     * of visiting every second of it. Returns a value not above the current period when this one may match.
     */
    private long uselessPeriodSkip(LocalDateTime periodStart) {
        if (!frequency.finerThan(Frequency.DAILY)) {
            return -1;
        }
        if (!days.matches(periodStart.toLocalDate())) {
            return firstPeriodFrom(periodStart.toLocalDate().plusDays(1).atStartOfDay());
        }
        if (hours.length > 0 && !RecurrenceDays.contains(hours, periodStart.getHour())) {
            return firstPeriodFrom(periodStart.truncatedTo(ChronoUnit.HOURS).plusHours(1));
        }
        if (frequency == Frequency.SECONDLY && minutes.length > 0 && !RecurrenceDays.contains(minutes, periodStart.getMinute())) {
            return firstPeriodFrom(periodStart.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1));
        }
        return -1;
    }

    private boolean withinUntil(LocalDateTime candidate, Instant until, LocalDate untilDate) {
        if (untilDate != null) {
            return !candidate.toLocalDate().isAfter(untilDate);
        }
        return until == null || !placed(candidate).isAfter(until);
    }

    private Instant untilInstant() {
        return rule.until().filter(u -> !u.isDate()).map(u -> u.in(zone).toInstant()).orElse(null);
    }

    private Instant placed(LocalDateTime candidate) {
        ZonedDateTime time = dateOnly ? candidate.toLocalDate().atStartOfDay(zone) : ZonedDateTime.ofLocal(candidate, zone, null);
        return time.toInstant();
    }

    /** Where period 0 begins: DTSTART's year, month, week (by WKST), day, hour, minute or second. */
    private LocalDateTime periodBase() {
        LocalDate day = start.toLocalDate();
        return switch (frequency) {
            case YEARLY -> LocalDate.of(day.getYear(), 1, 1).atStartOfDay();
            case MONTHLY -> day.withDayOfMonth(1).atStartOfDay();
            case WEEKLY -> days.weekStartOf(day).atStartOfDay();
            case DAILY -> day.atStartOfDay();
            case HOURLY -> start.truncatedTo(ChronoUnit.HOURS);
            case MINUTELY -> start.truncatedTo(ChronoUnit.MINUTES);
            case SECONDLY -> start.truncatedTo(ChronoUnit.SECONDS);
        };
    }

    private LocalDateTime periodStart(long period) {
        return firstPeriod.plus(Math.multiplyExact(period, (long) rule.interval()), frequency.unit);
    }

    /**
     * Where a period's candidates can begin: its start, or for a BYWEEKNO year up to three days
     * before 1 January (a week away, to be safe). Every other period holds only its own days.
     */
    private LocalDateTime earliestDayOf(LocalDateTime periodStart) {
        return frequency == Frequency.YEARLY && rule.byWeekNo().length > 0 ? periodStart.minusDays(7) : periodStart;
    }

    /** The last period that begins at or before {@code time}; 0 when DTSTART's period is later. */
    private long periodAtOrBefore(LocalDateTime time) {
        long units = frequency.unit.between(firstPeriod, time);
        return units <= 0 ? 0 : units / rule.interval();
    }

    /** The first period that begins at or after {@code time}, which lies on a day, hour or minute boundary. */
    private long firstPeriodFrom(LocalDateTime time) {
        long units = frequency.unit.between(firstPeriod, time);
        return Math.floorDiv(units + rule.interval() - 1, rule.interval());
    }

    /**
     * A time part as it applies: the listed values, or DTSTART's value when the rule lists none and
     * its periods are longer than that part (a DAILY rule repeats DTSTART's hour). Empty means "the
     * period's own value", for a part the period fixes.
     */
    private int[] timePart(int[] listed, Frequency part, int fromStart) {
        if (listed.length > 0) {
            return listed;
        }
        return part.finerThan(frequency) ? new int[] {fromStart} : NONE;
    }

    private static int[] leapSecondAs59(int[] seconds) {
        return Arrays.stream(seconds).map(s -> Math.min(s, 59)).distinct().sorted().toArray();
    }
}
