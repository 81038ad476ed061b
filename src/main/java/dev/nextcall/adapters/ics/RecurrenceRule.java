package dev.nextcall.adapters.ics;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An RRULE (or EXRULE) value, RFC 5545 3.3.10, read from its text. The adapter reads the text itself
 * so that it controls what UNTIL means (an instant, a local time in the series' zone, or a date) and
 * can name the bad part of a broken rule. The BY* lists are sorted and without duplicates; ranges are
 * checked here, so that expansion never meets a value it cannot place. The arrays are shared: callers
 * read them and never change them.
 */
final class RecurrenceRule {

    enum Frequency {
        SECONDLY(ChronoUnit.SECONDS), MINUTELY(ChronoUnit.MINUTES), HOURLY(ChronoUnit.HOURS),
        DAILY(ChronoUnit.DAYS), WEEKLY(ChronoUnit.WEEKS), MONTHLY(ChronoUnit.MONTHS), YEARLY(ChronoUnit.YEARS);

        final ChronoUnit unit;

        Frequency(ChronoUnit unit) {
            this.unit = unit;
        }

        /** Whether periods of this frequency are shorter than {@code other}'s. */
        boolean finerThan(Frequency other) {
            return compareTo(other) < 0;
        }
    }

    /** One BYDAY entry: a weekday with an optional ordinal ({@code -1FR} is the last Friday); 0 means every. */
    record WeekdayNum(int ordinal, DayOfWeek day) {
    }

    private static final int[] NONE = new int[0];
    private static final List<String> DAY_CODES = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    private final String text;
    private final Frequency frequency;
    private final int interval;
    private final Integer count;
    private final WrittenTime until;
    private final int[] bySecond;
    private final int[] byMinute;
    private final int[] byHour;
    private final WeekdayNum[] byDay;
    private final int[] byMonthDay;
    private final int[] byYearDay;
    private final int[] byWeekNo;
    private final int[] byMonth;
    private final int[] bySetPos;
    private final DayOfWeek weekStart;

    private RecurrenceRule(String text, Map<String, String> parts) {
        this.text = text;
        if (!parts.containsKey("FREQ")) {
            throw new IllegalArgumentException("no FREQ");
        }
        frequency = read(parts, "FREQ", RecurrenceRule::frequencyOf, null);
        interval = read(parts, "INTERVAL", v -> positive("INTERVAL", Integer.parseInt(v)), 1);
        count = read(parts, "COUNT", v -> positive("COUNT", Integer.parseInt(v)), null);
        until = read(parts, "UNTIL", WrittenTime::parse, null);
        bySecond = numbers(parts, "BYSECOND", 0, 60, false);
        byMinute = numbers(parts, "BYMINUTE", 0, 59, false);
        byHour = numbers(parts, "BYHOUR", 0, 23, false);
        byDay = read(parts, "BYDAY", RecurrenceRule::weekdays, new WeekdayNum[0]);
        byMonthDay = numbers(parts, "BYMONTHDAY", 1, 31, true);
        byYearDay = numbers(parts, "BYYEARDAY", 1, 366, true);
        byWeekNo = numbers(parts, "BYWEEKNO", 1, 53, true);
        byMonth = numbers(parts, "BYMONTH", 1, 12, false);
        bySetPos = numbers(parts, "BYSETPOS", 1, 366, true);
        weekStart = read(parts, "WKST", RecurrenceRule::dayOf, DayOfWeek.MONDAY);
    }

    /**
     * Parts that RFC 5545 does not define (X- extensions) are ignored, as it asks; a part given twice
     * counts with its last value.
     *
     * @throws IllegalArgumentException naming the part that is wrong
     */
    static RecurrenceRule parse(String text) {
        Map<String, String> parts = new HashMap<>();
        for (String part : text.strip().split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("'" + part + "' is not NAME=value");
            }
            parts.put(part.substring(0, eq).strip().toUpperCase(Locale.ROOT), part.substring(eq + 1).strip());
        }
        return new RecurrenceRule(text.strip(), parts);
    }

    Frequency frequency() {
        return frequency;
    }

    int interval() {
        return interval;
    }

    Optional<Integer> count() {
        return Optional.ofNullable(count);
    }

    Optional<WrittenTime> until() {
        return Optional.ofNullable(until);
    }

    int[] bySecond() {
        return bySecond;
    }

    int[] byMinute() {
        return byMinute;
    }

    int[] byHour() {
        return byHour;
    }

    WeekdayNum[] byDay() {
        return byDay;
    }

    int[] byMonthDay() {
        return byMonthDay;
    }

    int[] byYearDay() {
        return byYearDay;
    }

    int[] byWeekNo() {
        return byWeekNo;
    }

    int[] byMonth() {
        return byMonth;
    }

    int[] bySetPos() {
        return bySetPos;
    }

    DayOfWeek weekStart() {
        return weekStart;
    }

    /** Whether any BY* part that picks days (rather than months or times) is given. */
    boolean hasDayParts() {
        return byDay.length > 0 || byMonthDay.length > 0 || byYearDay.length > 0 || byWeekNo.length > 0;
    }

    @Override
    public String toString() {
        return text;
    }

    private static <T> T read(Map<String, String> parts, String name, Function<String, T> reader, T absent) {
        String value = parts.get(name);
        if (value == null) {
            return absent;
        }
        try {
            return reader.apply(value);
        } catch (NumberFormatException | DateTimeException e) {
            throw new IllegalArgumentException("invalid " + name + " '" + value + "'", e);
        }
    }

    private static Frequency frequencyOf(String value) {
        try {
            return Frequency.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown FREQ '" + value + "'", e);
        }
    }

    private static int positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
        return value;
    }

    /** A comma list of integers in {@code [min, max]}, or (when signed) in {@code [-max, -min]} too. */
    private static int[] numbers(Map<String, String> parts, String name, int min, int max, boolean signed) {
        return read(parts, name, value -> {
            String[] items = value.split(",");
            int[] numbers = new int[items.length];
            for (int i = 0; i < items.length; i++) {
                String item = items[i].strip();
                int n = Integer.parseInt(item.startsWith("+") ? item.substring(1) : item);
                int magnitude = Math.abs(n);
                boolean inRange = n >= 0 ? n >= min && n <= max : signed && magnitude >= min && magnitude <= max;
                if (!inRange) {
                    throw new IllegalArgumentException(name + " value " + item + " is out of range");
                }
                numbers[i] = n;
            }
            return Arrays.stream(numbers).distinct().sorted().toArray();
        }, NONE);
    }

    private static WeekdayNum[] weekdays(String value) {
        String[] items = value.split(",");
        WeekdayNum[] days = new WeekdayNum[items.length];
        for (int i = 0; i < items.length; i++) {
            String item = items[i].strip().toUpperCase(Locale.ROOT);
            if (item.length() < 2) {
                throw new IllegalArgumentException("invalid BYDAY '" + items[i] + "'");
            }
            String number = item.substring(0, item.length() - 2);
            int ordinal = number.isEmpty() ? 0 : Integer.parseInt(number.startsWith("+") ? number.substring(1) : number);
            if (Math.abs(ordinal) > 53 || (!number.isEmpty() && ordinal == 0)) {
                throw new IllegalArgumentException("BYDAY ordinal out of range in '" + items[i] + "'");
            }
            days[i] = new WeekdayNum(ordinal, dayOf(item.substring(item.length() - 2)));
        }
        return days;
    }

    private static DayOfWeek dayOf(String code) {
        int index = DAY_CODES.indexOf(code.strip().toUpperCase(Locale.ROOT));
        if (index < 0) {
            throw new IllegalArgumentException("unknown weekday '" + code + "'");
        }
        return DayOfWeek.of(index + 1);
    }
}
