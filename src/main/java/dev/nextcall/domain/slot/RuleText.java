package dev.nextcall.domain.slot;

import dev.nextcall.domain.Interval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The sentences that say why a time breaks a rule, in the rep's zone. Each is a clause that reads on its
 * own after "Cannot book that time: " and after "… is not offered: " ("it overlaps your meeting …",
 * "Fri 25 Dec is a day off"), so callers can join several with "; ".
 *
 * <p>English and 24-hour times on purpose: these reach the command line, logs and the booking journal,
 * where one stable wording is worth more than the rep's locale (the panel's spoken text is localized by
 * {@link SlotWording}).
 */
final class RuleText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private RuleText() {
    }

    static String repHours(WorkingDay day) {
        String date = day(day.date());
        String zone = " (" + day.zone().getId() + ")";
        List<TimeRange> hours = walls(day.ranges());
        if (day.overridden()) {
            return hours.isEmpty() ? "on " + date + " you take no meetings" + zone
                    : "on " + date + " your hours are " + ranges(hours) + zone;
        }
        return hours.isEmpty() ? "you do not work on " + plural(day.date().getDayOfWeek()) + zone
                : "it is outside your working hours on " + date + ", " + ranges(hours) + zone;
    }

    static String duringBreak(Span pause, ZoneId zone) {
        return "it is during your break " + range(pause.wall()) + " (" + zone.getId() + ")";
    }

    static String dayOff(LocalDate date) {
        return day(date) + " is a day off";
    }

    static String dailyCap(LocalDate date, int meetings, int cap) {
        return "you already have " + meetings + (meetings == 1 ? " meeting" : " meetings") + " on " + day(date)
                + " (cap " + cap + ")";
    }

    static String prospectHours(WorkingDay theirs, Instant start) {
        String zone = " (" + theirs.zone().getId() + ")";
        String when = dayAndTime(start, theirs.zone());
        List<TimeRange> hours = walls(theirs.ranges());
        if (hours.isEmpty()) {
            return "it is " + when + " for the prospect, who does not work on "
                    + plural(theirs.date().getDayOfWeek()) + zone;
        }
        return "it is " + when + " for the prospect, outside their working hours " + ranges(hours) + zone;
    }

    static String notice(Instant start, Instant now, Duration notice) {
        return start.isBefore(now) ? "it is in the past"
                : "it is less than " + duration(notice) + " from now (minimum notice)";
    }

    static String horizon(int days, Instant horizonEnd, ZoneId zone) {
        return "it is more than " + days + (days == 1 ? " day" : " days") + " ahead (bookings go up to "
                + dayAndTime(horizonEnd, zone) + ", " + zone.getId() + ")";
    }

    static String busy(BusyTime.Collision collision, BusyTime busy, ZoneId zone) {
        String meeting = "your meeting " + meeting(collision.meeting(), zone) + " (" + zone.getId() + ")";
        return switch (collision.kind()) {
            case OVERLAP -> "it overlaps " + meeting;
            case BUFFER_BEFORE -> "it is too close to " + meeting + ": "
                    + busy.bufferBefore().toMinutes() + " min buffer before";
            case BUFFER_AFTER -> "it is too close to " + meeting + ": "
                    + busy.bufferAfter().toMinutes() + " min buffer after";
        };
    }

    /** "10:00–11:00 on Tue 1 Dec", or "from Tue 1 Dec 22:00 to Wed 2 Dec 02:00" across midnight. */
    static String meeting(Interval meeting, ZoneId zone) {
        ZonedDateTime start = meeting.start().atZone(zone);
        ZonedDateTime end = meeting.end().atZone(zone);
        if (start.toLocalDate().equals(end.toLocalDate())) {
            return time(start.toLocalTime()) + "–" + time(end.toLocalTime()) + " on " + day(start.toLocalDate());
        }
        if (end.toLocalTime().equals(LocalTime.MIDNIGHT) && end.toLocalDate().equals(start.toLocalDate().plusDays(1))) {
            return time(start.toLocalTime()) + "–24:00 on " + day(start.toLocalDate());
        }
        return "from " + dayAndTime(meeting.start(), zone) + " to " + dayAndTime(meeting.end(), zone);
    }

    /** "Tue 1 Dec". */
    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "Tue 1 Dec 10:00" in {@code zone}. */
    static String dayAndTime(Instant instant, ZoneId zone) {
        ZonedDateTime at = instant.atZone(zone);
        return day(at.toLocalDate()) + " " + time(at.toLocalTime());
    }

    /** "10:00"; {@link LocalTime#MAX}, which stands for the end of the day, is "24:00". */
    static String time(LocalTime time) {
        return time.equals(LocalTime.MAX) ? "24:00" : TIME.format(time);
    }

    static String range(TimeRange range) {
        return time(range.start()) + "–" + time(range.end());
    }

    /** "09:00–12:00 and 13:00–17:00". */
    static String ranges(List<TimeRange> ranges) {
        List<String> each = ranges.stream().map(RuleText::range).toList();
        if (each.size() <= 1) {
            return String.join("", each);
        }
        return String.join(", ", each.subList(0, each.size() - 1)) + " and " + each.get(each.size() - 1);
    }

    /** "2 hours", "90 minutes", "1 day". */
    static String duration(Duration d) {
        if (!d.isZero() && d.toMinutes() % (24 * 60) == 0 && d.toSeconds() % 60 == 0) {
            return count(d.toDays(), "day");
        }
        if (!d.isZero() && d.toMinutes() % 60 == 0 && d.toSeconds() % 60 == 0) {
            return count(d.toHours(), "hour");
        }
        return count(d.toMinutes(), "minute");
    }

    /** "1st", "2nd", "3rd", "11th", "22nd". */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return n + "th";
        }
        return switch (n % 10) {
            case 1 -> n + "st";
            case 2 -> n + "nd";
            case 3 -> n + "rd";
            default -> n + "th";
        };
    }

    private static String count(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    private static String plural(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s";
    }

    private static List<TimeRange> walls(List<Span> spans) {
        return spans.stream().map(Span::wall).collect(Collectors.toList());
    }
}
