package dev.nextcall.adapters.ics;

import dev.nextcall.adapters.ics.RecurrenceRule.Frequency;
import dev.nextcall.adapters.ics.RecurrenceRule.WeekdayNum;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The days an RRULE picks within one of its periods (a year, month, week or day), by the table of
 * RFC 5545 3.3.10: the period's days are listed, then every day-level BY* part keeps only the days
 * it names. Listing and then filtering makes "expand" and "limit" the same operation, and a
 * BYMONTHDAY=31 in a 30-day month simply finds no day (RFC 5545: such instances are skipped).
 *
 * <p>Where a rule gives no day-level part, the day comes from DTSTART as RFC 5545 says: a yearly
 * rule repeats DTSTART's month and day, a monthly one its day of the month, a weekly one its weekday.
 */
final class RecurrenceDays {

    private static final int[] NONE = new int[0];

    private final Frequency frequency;
    private final DayOfWeek weekStart;
    private final int[] months;
    private final int[] monthDays;
    private final int[] yearDays;
    private final int[] weekNumbers;
    private final WeekdayNum[] weekdays;
    /** Where a BYDAY ordinal counts: within the month ({@code 2MO} of MONTHLY), the year, or nowhere. */
    private final Scope ordinalScope;

    private enum Scope { MONTH, YEAR, NONE }

    RecurrenceDays(RecurrenceRule rule, LocalDate start) {
        frequency = rule.frequency();
        weekStart = rule.weekStart();
        int[] byMonth = rule.byMonth();
        int[] byMonthDay = rule.byMonthDay();
        WeekdayNum[] byDay = rule.byDay();
        if (!rule.hasDayParts()) {
            switch (frequency) {
                case YEARLY -> {
                    byMonth = byMonth.length > 0 ? byMonth : new int[] {start.getMonthValue()};
                    byMonthDay = new int[] {start.getDayOfMonth()};
                }
                case MONTHLY -> byMonthDay = new int[] {start.getDayOfMonth()};
                case WEEKLY -> byDay = new WeekdayNum[] {new WeekdayNum(0, start.getDayOfWeek())};
                default -> {
                    // DAILY and finer: every day of the period (the period is one day or less).
                }
            }
        }
        months = byMonth;
        monthDays = byMonthDay;
        yearDays = rule.byYearDay();
        // RFC 5545: BYWEEKNO only means something in a YEARLY rule.
        weekNumbers = frequency == Frequency.YEARLY ? rule.byWeekNo() : NONE;
        weekdays = byDay;
        if (frequency == Frequency.MONTHLY || (frequency == Frequency.YEARLY && months.length > 0)) {
            ordinalScope = Scope.MONTH;
        } else if (frequency == Frequency.YEARLY && weekNumbers.length == 0) {
            ordinalScope = Scope.YEAR;
        } else {
            ordinalScope = Scope.NONE; // an ordinal in a WEEKLY or DAILY rule is meaningless; the weekday counts
        }
    }

    /**
     * The days of the period that begins on {@code periodStart}, in order. A yearly rule with BYWEEKNO
     * works on the weeks of the ISO-style week year (first week = the first with four days, weeks
     * starting on WKST), which can begin a few days before 1 January.
     */
    List<LocalDate> in(LocalDate periodStart) {
        List<LocalDate> days = new ArrayList<>();
        switch (frequency) {
            case YEARLY -> yearDays(periodStart.getYear(), days);
            case MONTHLY -> addRange(periodStart, periodStart.plusMonths(1), days);
            case WEEKLY -> addRange(periodStart, periodStart.plusWeeks(1), days);
            default -> {
                if (matches(periodStart)) {
                    days.add(periodStart);
                }
            }
        }
        return days;
    }

    /** Whether the day-level parts allow {@code day} (BYWEEKNO aside, which only YEARLY periods apply). */
    boolean matches(LocalDate day) {
        return (months.length == 0 || contains(months, day.getMonthValue()))
                && (yearDays.length == 0 || matchesCounted(yearDays, day.getDayOfYear(), day.lengthOfYear()))
                && (monthDays.length == 0 || matchesCounted(monthDays, day.getDayOfMonth(), day.lengthOfMonth()))
                && (weekdays.length == 0 || matchesWeekday(day));
    }

    /** The first day of the week (by WKST) that holds {@code day}: where a WEEKLY period begins. */
    LocalDate weekStartOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(weekStart));
    }

    private void yearDays(int year, List<LocalDate> days) {
        if (weekNumbers.length > 0) {
            LocalDate first = firstDayOfWeekOne(year);
            int weeks = (int) (ChronoUnit.WEEKS.between(first, firstDayOfWeekOne(year + 1)));
            boolean[] wanted = new boolean[weeks + 1];
            for (int n : weekNumbers) {
                int week = n > 0 ? n : weeks + 1 + n;
                if (week >= 1 && week <= weeks) {
                    wanted[week] = true;
                }
            }
            for (int week = 1; week <= weeks; week++) {
                if (wanted[week]) {
                    LocalDate weekBegins = first.plusWeeks(week - 1L);
                    addRange(weekBegins, weekBegins.plusWeeks(1), days);
                }
            }
            return;
        }
        if (months.length > 0) {
            for (int month : months) {
                YearMonth yearMonth = YearMonth.of(year, month);
                addRange(yearMonth.atDay(1), yearMonth.plusMonths(1).atDay(1), days);
            }
            return;
        }
        addRange(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), days);
    }

    /** Week 1 is the first week (starting on WKST) with at least four days in the year, as in ISO 8601. */
    private LocalDate firstDayOfWeekOne(int year) {
        return LocalDate.of(year, 1, 4).with(TemporalAdjusters.previousOrSame(weekStart));
    }

    private void addRange(LocalDate from, LocalDate until, List<LocalDate> days) {
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            if (matches(day)) {
                days.add(day);
            }
        }
    }

    private boolean matchesWeekday(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        for (WeekdayNum weekday : weekdays) {
            if (weekday.day() != dayOfWeek) {
                continue;
            }
            if (weekday.ordinal() == 0 || ordinalScope == Scope.NONE) {
                return true;
            }
            boolean inMonth = ordinalScope == Scope.MONTH;
            int index = inMonth ? day.getDayOfMonth() : day.getDayOfYear();
            int length = inMonth ? day.lengthOfMonth() : day.lengthOfYear();
            int fromStart = (index - 1) / 7 + 1;
            int fromEnd = (length - index) / 7 + 1;
            if (weekday.ordinal() > 0 ? weekday.ordinal() == fromStart : -weekday.ordinal() == fromEnd) {
                return true;
            }
        }
        return false;
    }

    /** Positive values count from the start (1 = first), negative ones from the end (-1 = last). */
    private static boolean matchesCounted(int[] values, int index, int length) {
        for (int value : values) {
            if (value > 0 ? value == index : length + 1 + value == index) {
                return true;
            }
        }
        return false;
    }

    static boolean contains(int[] sorted, int value) {
        return Arrays.binarySearch(sorted, value) >= 0;
    }
}
