package dev.nextcall.adapters.ics;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RFC 5545 DURATION value kept in its two kinds: weeks and days are nominal (added on the wall
 * clock, so {@code P1D} across a DST change lasts 23 or 25 hours) while hours, minutes and seconds
 * are exact ({@code PT24H} is always 24 hours). java.time cannot hold both in one amount, and
 * ical4j turns {@code PT24H} into {@code P1D}, so the adapter parses the text itself.
 *
 * @param nominalDays weeks times seven plus days
 * @param exact       the time part
 * @param negative    a leading '-' (meaningful for alarms, not for an event's length)
 */
record IcsDuration(long nominalDays, Duration exact, boolean negative) {

    private static final Pattern SYNTAX = Pattern.compile(
            "([+-])?P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");

    /** @throws IllegalArgumentException when the text is not a duration */
    static IcsDuration parse(String text) {
        String value = text.strip().toUpperCase(Locale.ROOT);
        Matcher m = SYNTAX.matcher(value);
        boolean hasDatePart = m.matches() && (m.group(2) != null || m.group(3) != null);
        boolean hasTimePart = m.matches() && (m.group(4) != null || m.group(5) != null || m.group(6) != null);
        boolean emptyTimePart = value.endsWith("T");
        if (!m.matches() || (!hasDatePart && !hasTimePart) || emptyTimePart) {
            throw new IllegalArgumentException("invalid duration '" + text + "'");
        }
        long days = 7 * number(m.group(2)) + number(m.group(3));
        Duration exact = Duration.ofHours(number(m.group(4)))
                .plusMinutes(number(m.group(5)))
                .plusSeconds(number(m.group(6)));
        return new IcsDuration(days, exact, "-".equals(m.group(1)));
    }

    /** The end of an event of this length starting at {@code start}; a negative length ends where it starts. */
    ZonedDateTime endFrom(ZonedDateTime start) {
        if (negative) {
            return start;
        }
        return start.plusDays(nominalDays).plus(exact);
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
