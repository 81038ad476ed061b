package dev.nextcall.adapters.ics;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * A DATE or DATE-TIME value as the file writes it (RFC 5545 3.3.4, 3.3.5), before it is placed on
 * the timeline. The adapter reads these itself rather than taking ical4j's parsed dates: ical4j
 * resolves a local time in a DST gap to the wall time after the gap ({@code 02:30} becomes
 * {@code 03:30}), and a series must repeat the wall time as written; it also drops the TZID of a
 * {@code RDATE;VALUE=PERIOD}.
 *
 * @param local the wall-clock value; a DATE has time 00:00
 */
record WrittenTime(LocalDateTime local, Form form) {

    /** How a value is anchored: a date, a floating local time, or UTC ("Z"). A TZID is added by the reader. */
    enum Form { DATE, LOCAL, UTC }

    /**
     * Reads {@code yyyymmdd}, {@code yyyymmddThhmmss} or {@code yyyymmddThhmmssZ}. A bare date is
     * read as a DATE with or without {@code VALUE=DATE}, as real files omit it. Seconds of 60 (a leap
     * second, allowed by RFC 5545) are read as 59.
     *
     * @throws DateTimeException when the text is not such a value or names a date that does not exist
     */
    static WrittenTime parse(String text) {
        String value = text.strip();
        int length = value.length();
        if (length == 8 && digits(value, 0, 8)) {
            return new WrittenTime(date(value).atStartOfDay(), Form.DATE);
        }
        boolean utc = length == 16 && (value.charAt(15) == 'Z' || value.charAt(15) == 'z');
        if ((length == 15 || utc) && digits(value, 0, 8) && (value.charAt(8) == 'T' || value.charAt(8) == 't')
                && digits(value, 9, 15)) {
            int second = number(value, 13, 15);
            LocalDateTime local = date(value).atTime(number(value, 9, 11), number(value, 11, 13), second == 60 ? 59 : second);
            return new WrittenTime(local, utc ? Form.UTC : Form.LOCAL);
        }
        throw new DateTimeException("not a date or date-time: '" + text + "'");
    }

    boolean isDate() {
        return form == Form.DATE;
    }

    LocalDate date() {
        return local.toLocalDate();
    }

    /**
     * This value on the timeline: UTC as UTC, a local time in {@code zone} (the TZID's zone, or the
     * rep's zone for a floating time), a date at the start of its day in {@code zone}. Gap and overlap
     * follow RFC 5545 3.3.5, which java.time's default resolution matches: a time in a gap takes the
     * offset from before the gap, an ambiguous time its first occurrence.
     */
    ZonedDateTime in(ZoneId zone) {
        return switch (form) {
            case UTC -> local.atZone(ZoneOffset.UTC);
            case LOCAL -> ZonedDateTime.ofLocal(local, zone, null);
            case DATE -> local.toLocalDate().atStartOfDay(zone);
        };
    }

    private static LocalDate date(String value) {
        return LocalDate.of(number(value, 0, 4), number(value, 4, 6), number(value, 6, 8));
    }

    private static boolean digits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String value, int from, int to) {
        return Integer.parseInt(value, from, to, 10);
    }
}
