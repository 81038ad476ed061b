package dev.nextcall.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A generated .ics calendar of a busy rep as an export would give it: two years of single meetings
 * plus recurring series (stand-ups, weekly and bi-weekly one-to-ones, monthly reviews, yearly
 * birthdays; most of them ended by COUNT or UNTIL, one in ten endless) with EXDATEs, RDATEs and
 * overrides that move or cancel one instance, in the zones and
 * styles real files mix: Google's embedded IANA VTIMEZONE, Outlook's Windows-named one, an IANA TZID
 * without VTIMEZONE, UTC, floating times and all-day dates. The same seed gives the same bytes.
 */
final class BusyIcsFile {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String[] DAY_CODES = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** How a VEVENT writes its times: the TZID (or none) and the zone that gives them meaning. */
    private enum Style {
        GOOGLE_BERLIN("Europe/Berlin"), OUTLOOK_BERLIN("W. Europe Standard Time"), NEW_YORK("America/New_York"),
        UTC(null), FLOATING(null);

        final String tzid;

        Style(String tzid) {
            this.tzid = tzid;
        }
    }

    /** A series' first instance and how it repeats, kept to write overrides of real instances. */
    private record Series(String uid, LocalDateTime start, Style style, int weekInterval, int minutes) {
    }

    private final Random random;
    private final List<String> lines = new ArrayList<>();
    private final List<Series> weeklySeries = new ArrayList<>();

    private BusyIcsFile(long seed) {
        this.random = new Random(seed);
    }

    /**
     * @param singles single events, spread over 2025 and 2026
     * @param series  recurring series starting from 2023 to mid-2026
     * @param overrides RECURRENCE-ID overrides of instances of the weekly series
     */
    static String generate(long seed, int singles, int series, int overrides) {
        return new BusyIcsFile(seed).write(singles, series, overrides);
    }

    /** VEVENTs in a text from {@link #generate}. */
    static int countEvents(String text) {
        int count = 0;
        for (int i = text.indexOf("BEGIN:VEVENT"); i >= 0; i = text.indexOf("BEGIN:VEVENT", i + 1)) {
            count++;
        }
        return count;
    }

    private String write(int singles, int series, int overrides) {
        add("BEGIN:VCALENDAR", "PRODID:-//NextCall//Benchmark calendar//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH", "X-WR-CALNAME:rep@seller.example", "X-WR-TIMEZONE:Europe/Berlin");
        timeZones();
        for (int i = 0; i < series; i++) {
            series(i);
        }
        for (int i = 0; i < overrides && !weeklySeries.isEmpty(); i++) {
            override(i);
        }
        for (int i = 0; i < singles; i++) {
            single(i);
        }
        add("END:VCALENDAR");
        StringBuilder text = new StringBuilder(lines.size() * 48);
        for (String line : lines) {
            // Folded at 75 characters as exporters do (every generated line is ASCII).
            for (int from = 0; from < line.length(); from += from == 0 ? 75 : 74) {
                text.append(from == 0 ? "" : " ").append(line, from, Math.min(line.length(), from + (from == 0 ? 75 : 74))).append("\r\n");
            }
        }
        return text.toString();
    }

    private void timeZones() {
        add("BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "X-LIC-LOCATION:Europe/Berlin",
                "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
                "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
                "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE");
        add("BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
                "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE");
    }

    private void series(int i) {
        String uid = "series-" + i + "@bench.example";
        int kind = random.nextInt(100);
        if (kind < 8) {
            // A birthday or anniversary: all-day, yearly, transparent.
            LocalDate day = LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
            begin(uid, "Birthday " + i);
            add("DTSTART;VALUE=DATE:" + DATE.format(day), "DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)),
                    "RRULE:FREQ=YEARLY", "TRANSP:TRANSPARENT");
            end();
            return;
        }
        Style style = style();
        LocalDate firstDay = LocalDate.of(2023, 1, 2).plusDays(random.nextInt(365 * 3 + 180));
        LocalDateTime start = firstDay.atTime(8 + random.nextInt(9), random.nextInt(4) * 15);
        int minutes = 15 + 15 * random.nextInt(6);
        String rule;
        int weekInterval = 0;
        if (kind < 13) {
            start = weekday(start);
            rule = "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR";
            minutes = 15;
        } else if (kind < 73) {
            weekInterval = random.nextInt(4) == 0 ? 2 : 1;
            start = weekday(start);
            rule = "FREQ=WEEKLY;BYDAY=" + DAY_CODES[start.getDayOfWeek().ordinal()]
                    + (weekInterval == 2 ? ";INTERVAL=2;WKST=SU" : "");
        } else if (kind < 88) {
            int variant = random.nextInt(3);
            rule = switch (variant) {
                case 0 -> "FREQ=MONTHLY;BYDAY=1" + DAY_CODES[weekday(start).getDayOfWeek().ordinal()];
                case 1 -> "FREQ=MONTHLY;BYMONTHDAY=" + start.getDayOfMonth();
                default -> "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1";
            };
        } else {
            start = weekday(start);
            rule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;WKST=SU";
        }
        // Most series end, as in a real calendar of some years: a project's weekly, a quarter's stand-up.
        int end = random.nextInt(20);
        if (end < 5) {
            rule += ";COUNT=" + (5 + random.nextInt(60));
        } else if (end < 18) {
            LocalDateTime until = start.plusDays(30 + random.nextInt(335));
            rule += ";UNTIL=" + LOCAL.format(until.atZone(BERLIN).withZoneSameInstant(ZoneOffset.UTC)) + "Z";
        }
        begin(uid, "Series " + i);
        times(style, start, minutes);
        add("RRULE:" + rule);
        if (random.nextInt(10) < 3) {
            exdates(style, start, weekInterval == 0 ? 1 : weekInterval);
        }
        if (random.nextInt(30) == 0) {
            add("RDATE" + tzid(style) + ":" + value(style, start.plusDays(3).withHour(18)));
        }
        attendees(1 + random.nextInt(4));
        end();
        if (weekInterval > 0) {
            weeklySeries.add(new Series(uid, start, style, weekInterval, minutes));
        }
    }

    /** EXDATEs of real instances of a weekly series (a daily or monthly one just loses what matches). */
    private void exdates(Style style, LocalDateTime start, int weeks) {
        int count = 1 + random.nextInt(5);
        List<String> values = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            LocalDateTime instance = start.plusWeeks((long) weeks * (1 + random.nextInt(80)));
            values.add(value(style, instance));
        }
        if (random.nextBoolean()) {
            add("EXDATE" + tzid(style) + ":" + String.join(",", values));
        } else {
            for (String value : values) {
                add("EXDATE" + tzid(style) + ":" + value);
            }
        }
    }

    private void override(int i) {
        Series series = weeklySeries.get(random.nextInt(weeklySeries.size()));
        LocalDateTime instance = series.start().plusWeeks((long) series.weekInterval() * random.nextInt(120));
        begin(series.uid(), "Series moved " + i);
        add("RECURRENCE-ID" + tzid(series.style()) + ":" + value(series.style(), instance), "SEQUENCE:" + (1 + random.nextInt(3)));
        if (random.nextInt(5) == 0) {
            times(series.style(), instance, series.minutes());
            add("STATUS:CANCELLED");
        } else {
            times(series.style(), instance.plusHours(random.nextInt(7) - 3).plusDays(random.nextInt(3)), series.minutes() + 15);
        }
        end();
    }

    private void single(int i) {
        begin("single-" + i + "@bench.example", "Meeting " + i);
        LocalDate day = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(730));
        int kind = random.nextInt(100);
        if (kind < 5) {
            add("DTSTART;VALUE=DATE:" + DATE.format(day), "DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1 + random.nextInt(3))),
                    random.nextBoolean() ? "TRANSP:OPAQUE" : "TRANSP:TRANSPARENT");
        } else {
            Style style = style();
            LocalDateTime start = weekday(day.atTime(7 + random.nextInt(12), random.nextInt(4) * 15));
            int minutes = 15 + 15 * random.nextInt(8);
            times(style, start, minutes);
            if (kind < 10) {
                add("TRANSP:TRANSPARENT");
            } else if (kind < 13) {
                add("STATUS:CANCELLED");
            }
            attendees(random.nextInt(5));
        }
        end();
    }

    private void begin(String uid, String summary) {
        add("BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20261101T120000Z", "CREATED:20240101T090000Z",
                "LAST-MODIFIED:20260601T090000Z", "SUMMARY:" + summary, "LOCATION:Room " + random.nextInt(40),
                "DESCRIPTION:Agenda: pricing\\, rollout plan and next steps. Join: https://meet.example/"
                        + Integer.toHexString(random.nextInt()), "STATUS:CONFIRMED", "SEQUENCE:0");
    }

    private void end() {
        add("END:VEVENT");
    }

    private void times(Style style, LocalDateTime start, int minutes) {
        add("DTSTART" + tzid(style) + ":" + value(style, start));
        if (random.nextInt(4) == 0) {
            add("DURATION:PT" + minutes + "M");
        } else {
            add("DTEND" + tzid(style) + ":" + value(style, start.plusMinutes(minutes)));
        }
    }

    private void attendees(int count) {
        add("ORGANIZER;CN=Rita Rep:mailto:rep@seller.example");
        for (int a = 0; a < count; a++) {
            add("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Guest " + a + ";X-NUM-GUESTS=0:mailto:guest"
                    + random.nextInt(500) + "@prospect" + random.nextInt(50) + ".example");
        }
    }

    private Style style() {
        int pick = random.nextInt(100);
        if (pick < 55) {
            return Style.GOOGLE_BERLIN;
        }
        if (pick < 70) {
            return Style.OUTLOOK_BERLIN;
        }
        if (pick < 80) {
            return Style.NEW_YORK;
        }
        return pick < 95 ? Style.UTC : Style.FLOATING;
    }

    private static String tzid(Style style) {
        if (style.tzid == null) {
            return "";
        }
        return ";TZID=" + (style.tzid.contains(" ") ? '"' + style.tzid + '"' : style.tzid);
    }

    /** The value as a Berlin (or New York) wall time, in the style's form: with TZID, in UTC, or floating. */
    private static String value(Style style, LocalDateTime wall) {
        if (style == Style.UTC) {
            return LOCAL.format(wall.atZone(BERLIN).withZoneSameInstant(ZoneOffset.UTC)) + "Z";
        }
        return LOCAL.format(wall);
    }

    private static LocalDateTime weekday(LocalDateTime time) {
        DayOfWeek day = time.getDayOfWeek();
        return day.getValue() >= 6 ? time.plusDays(8 - day.getValue()) : time;
    }

    private void add(String... more) {
        lines.addAll(List.of(more));
    }

    static String describe(String text) {
        return String.format(Locale.ROOT, "%,d VEVENTs, %,d bytes", countEvents(text), text.length());
    }
}
