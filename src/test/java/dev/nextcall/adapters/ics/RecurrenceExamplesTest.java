package dev.nextcall.adapters.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of RFC 5545 3.8.5.3, all with DTSTART;TZID=America/New_York, as a table: every BY*
 * part, WKST, COUNT, UNTIL and INTERVAL. Expected values are local times in New York; where only a
 * date is given the time is DTSTART's. The recurrence set includes DTSTART, so each list starts with it.
 */
class RecurrenceExamplesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** The first {@code limit} instances of DTSTART + RRULE within twelve years. */
    private static List<LocalDateTime> instances(String dtStart, String rrule, Set<Instant> excluded, int limit) {
        LocalDateTime wall = LocalDateTime.parse(dtStart);
        ZonedDateTime start = wall.atZone(NEW_YORK);
        IcsRecurrence recurrence = new IcsRecurrence(List.of(RecurrenceRule.parse(rrule)), List.of(), excluded, Set.of());
        return recurrence.instances(start, wall, false, start.toInstant(), start.plusYears(12).toInstant()).stream()
                .map(instance -> instance.start().withZoneSameInstant(NEW_YORK).toLocalDateTime())
                .filter(time -> !time.isBefore(wall))
                .limit(limit)
                .toList();
    }

    /** "1997-09-02" is DTSTART's time on that date; "1997-09-02T12:00" is that local time. */
    private static List<LocalDateTime> expected(String dtStart, String... values) {
        LocalDateTime start = LocalDateTime.parse(dtStart);
        return Arrays.stream(values)
                .map(v -> v.length() == 10 ? LocalDate.parse(v).atTime(start.toLocalTime()) : LocalDateTime.parse(v))
                .toList();
    }

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("daily, 10 occurrences", "1997-09-02T09:00", "FREQ=DAILY;COUNT=10", new String[] {
                        "1997-09-02", "1997-09-03", "1997-09-04", "1997-09-05", "1997-09-06", "1997-09-07", "1997-09-08",
                        "1997-09-09", "1997-09-10", "1997-09-11"}),
                Arguments.of("every other day", "1997-09-02T09:00", "FREQ=DAILY;INTERVAL=2", new String[] {
                        "1997-09-02", "1997-09-04", "1997-09-06", "1997-09-08", "1997-09-10"}),
                Arguments.of("every 10 days, 5 occurrences", "1997-09-02T09:00", "FREQ=DAILY;INTERVAL=10;COUNT=5", new String[] {
                        "1997-09-02", "1997-09-12", "1997-09-22", "1997-10-02", "1997-10-12"}),
                Arguments.of("weekly, 10 occurrences, 09:00 across the end of DST", "1997-09-02T09:00", "FREQ=WEEKLY;COUNT=10",
                        new String[] {"1997-09-02", "1997-09-09", "1997-09-16", "1997-09-23", "1997-09-30", "1997-10-07",
                                "1997-10-14", "1997-10-21", "1997-10-28", "1997-11-04"}),
                Arguments.of("every other week on MO,WE,FR until 24 Dec (UNTIL in UTC), WKST=SU", "1997-09-01T09:00",
                        "FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR", new String[] {
                        "1997-09-01", "1997-09-03", "1997-09-05", "1997-09-15", "1997-09-17", "1997-09-19", "1997-09-29",
                        "1997-10-01", "1997-10-03", "1997-10-13", "1997-10-15", "1997-10-17", "1997-10-27", "1997-10-29",
                        "1997-10-31", "1997-11-10", "1997-11-12", "1997-11-14", "1997-11-24", "1997-11-26", "1997-11-28",
                        "1997-12-08", "1997-12-10", "1997-12-12", "1997-12-22"}),
                Arguments.of("every other week on TU,TH, 8 occurrences", "1997-09-02T09:00",
                        "FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH", new String[] {
                        "1997-09-02", "1997-09-04", "1997-09-16", "1997-09-18", "1997-09-30", "1997-10-02", "1997-10-14",
                        "1997-10-16"}),
                Arguments.of("monthly on the first Friday", "1997-09-05T09:00", "FREQ=MONTHLY;COUNT=10;BYDAY=1FR", new String[] {
                        "1997-09-05", "1997-10-03", "1997-11-07", "1997-12-05", "1998-01-02", "1998-02-06", "1998-03-06",
                        "1998-04-03", "1998-05-01", "1998-06-05"}),
                Arguments.of("every other month on the first and last Sunday", "1997-09-07T09:00",
                        "FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU", new String[] {
                        "1997-09-07", "1997-09-28", "1997-11-02", "1997-11-30", "1998-01-04", "1998-01-25", "1998-03-01",
                        "1998-03-29", "1998-05-03", "1998-05-31"}),
                Arguments.of("monthly on the second-to-last Monday", "1997-09-22T09:00", "FREQ=MONTHLY;COUNT=6;BYDAY=-2MO",
                        new String[] {"1997-09-22", "1997-10-20", "1997-11-17", "1997-12-22", "1998-01-19", "1998-02-16"}),
                Arguments.of("monthly on the third-to-last day", "1997-09-28T09:00", "FREQ=MONTHLY;BYMONTHDAY=-3", new String[] {
                        "1997-09-28", "1997-10-29", "1997-11-28", "1997-12-29", "1998-01-29", "1998-02-26"}),
                Arguments.of("monthly on the 2nd and 15th", "1997-09-02T09:00", "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15",
                        new String[] {"1997-09-02", "1997-09-15", "1997-10-02", "1997-10-15", "1997-11-02", "1997-11-15",
                                "1997-12-02", "1997-12-15", "1998-01-02", "1998-01-15"}),
                Arguments.of("monthly on the first and last day", "1997-09-30T09:00", "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1",
                        new String[] {"1997-09-30", "1997-10-01", "1997-10-31", "1997-11-01", "1997-11-30", "1997-12-01",
                                "1997-12-31", "1998-01-01", "1998-01-31", "1998-02-01"}),
                Arguments.of("every 18 months on the 10th to 15th", "1997-09-10T09:00",
                        "FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15", new String[] {
                        "1997-09-10", "1997-09-11", "1997-09-12", "1997-09-13", "1997-09-14", "1997-09-15", "1999-03-10",
                        "1999-03-11", "1999-03-12", "1999-03-13"}),
                Arguments.of("every Tuesday, every other month", "1997-09-02T09:00", "FREQ=MONTHLY;INTERVAL=2;BYDAY=TU",
                        new String[] {"1997-09-02", "1997-09-09", "1997-09-16", "1997-09-23", "1997-09-30", "1997-11-04",
                                "1997-11-11", "1997-11-18", "1997-11-25", "1998-01-06"}),
                Arguments.of("yearly in June and July", "1997-06-10T09:00", "FREQ=YEARLY;COUNT=10;BYMONTH=6,7", new String[] {
                        "1997-06-10", "1997-07-10", "1998-06-10", "1998-07-10", "1999-06-10", "1999-07-10", "2000-06-10",
                        "2000-07-10", "2001-06-10", "2001-07-10"}),
                Arguments.of("every other year in January to March", "1997-03-10T09:00",
                        "FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3", new String[] {
                        "1997-03-10", "1999-01-10", "1999-02-10", "1999-03-10", "2001-01-10", "2001-02-10", "2001-03-10",
                        "2003-01-10", "2003-02-10", "2003-03-10"}),
                Arguments.of("every third year on days 1, 100 and 200", "1997-01-01T09:00",
                        "FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200", new String[] {
                        "1997-01-01", "1997-04-10", "1997-07-19", "2000-01-01", "2000-04-09", "2000-07-18", "2003-01-01",
                        "2003-04-10", "2003-07-19", "2006-01-01"}),
                Arguments.of("the last day of the year (negative BYYEARDAY)", "1997-12-31T09:00", "FREQ=YEARLY;BYYEARDAY=-1",
                        new String[] {"1997-12-31", "1998-12-31", "1999-12-31", "2000-12-31"}),
                Arguments.of("every 20th Monday of the year", "1997-05-19T09:00", "FREQ=YEARLY;BYDAY=20MO", new String[] {
                        "1997-05-19", "1998-05-18", "1999-05-17"}),
                Arguments.of("Monday of week 20", "1997-05-12T09:00", "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO", new String[] {
                        "1997-05-12", "1998-05-11", "1999-05-17"}),
                Arguments.of("Monday of the last week (negative BYWEEKNO)", "1997-12-22T09:00", "FREQ=YEARLY;BYWEEKNO=-1;BYDAY=MO",
                        new String[] {"1997-12-22", "1998-12-28", "1999-12-27", "2000-12-25"}),
                Arguments.of("Thursdays in March", "1997-03-13T09:00", "FREQ=YEARLY;BYMONTH=3;BYDAY=TH", new String[] {
                        "1997-03-13", "1997-03-20", "1997-03-27", "1998-03-05", "1998-03-12", "1998-03-19", "1998-03-26",
                        "1999-03-04"}),
                Arguments.of("first Saturday after the first Sunday", "1997-09-13T09:00",
                        "FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13", new String[] {
                        "1997-09-13", "1997-10-11", "1997-11-08", "1997-12-13", "1998-01-10", "1998-02-07", "1998-03-07",
                        "1998-04-11"}),
                Arguments.of("US presidential election day", "1996-11-05T09:00",
                        "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8", new String[] {
                        "1996-11-05", "2000-11-07", "2004-11-02"}),
                Arguments.of("third TU, WE or TH of the month (BYSETPOS)", "1997-09-04T09:00",
                        "FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3", new String[] {"1997-09-04", "1997-10-07", "1997-11-06"}),
                Arguments.of("second-to-last weekday (negative BYSETPOS)", "1997-09-29T09:00",
                        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2", new String[] {
                        "1997-09-29", "1997-10-30", "1997-11-27", "1997-12-30", "1998-01-29", "1998-02-26", "1998-03-30"}),
                Arguments.of("every 3 hours until 13:00 EDT (17:00Z)", "1997-09-02T09:00",
                        "FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z", new String[] {"1997-09-02T09:00", "1997-09-02T12:00"}),
                Arguments.of("every 15 minutes, 6 occurrences", "1997-09-02T09:00", "FREQ=MINUTELY;INTERVAL=15;COUNT=6",
                        new String[] {"1997-09-02T09:00", "1997-09-02T09:15", "1997-09-02T09:30", "1997-09-02T09:45",
                                "1997-09-02T10:00", "1997-09-02T10:15"}),
                Arguments.of("every hour and a half, 4 occurrences", "1997-09-02T09:00", "FREQ=MINUTELY;INTERVAL=90;COUNT=4",
                        new String[] {"1997-09-02T09:00", "1997-09-02T10:30", "1997-09-02T12:00", "1997-09-02T13:30"}),
                Arguments.of("every 20 minutes from 9:00 to 16:40 (BYHOUR, BYMINUTE on DAILY)", "1997-09-02T09:00",
                        "FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40", new String[] {
                        "1997-09-02T09:00", "1997-09-02T09:20", "1997-09-02T09:40", "1997-09-02T10:00", "1997-09-02T10:20"}),
                Arguments.of("the same by MINUTELY limited by BYHOUR, across the evening", "1997-09-02T16:20",
                        "FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10,11,12,13,14,15,16", new String[] {
                        "1997-09-02T16:20", "1997-09-02T16:40", "1997-09-03T09:00", "1997-09-03T09:20"}),
                Arguments.of("WKST=MO", "1997-08-05T09:00", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO", new String[] {
                        "1997-08-05", "1997-08-10", "1997-08-19", "1997-08-24"}),
                Arguments.of("WKST=SU changes the weeks", "1997-08-05T09:00", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU",
                        new String[] {"1997-08-05", "1997-08-17", "1997-08-19", "1997-08-31"}),
                Arguments.of("an invalid date (30 February) is skipped, not moved", "2007-01-15T09:00",
                        "FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5", new String[] {
                        "2007-01-15", "2007-01-30", "2007-02-15", "2007-03-15", "2007-03-30"}),
                Arguments.of("BYSECOND on MINUTELY", "1997-09-02T09:00", "FREQ=MINUTELY;BYSECOND=0,30;COUNT=4", new String[] {
                        "1997-09-02T09:00:00", "1997-09-02T09:00:30", "1997-09-02T09:01:00", "1997-09-02T09:01:30"}),
                Arguments.of("BYSECOND limits SECONDLY", "1997-09-02T09:00", "FREQ=SECONDLY;BYSECOND=15,45;COUNT=3", new String[] {
                        "1997-09-02T09:00:00", "1997-09-02T09:00:15", "1997-09-02T09:00:45"}),
                Arguments.of("BYMONTH limits DAILY", "1997-09-29T09:00", "FREQ=DAILY;BYMONTH=10;COUNT=3", new String[] {
                        "1997-09-29", "1997-10-01", "1997-10-02"}),
                Arguments.of("UNTIL in local time (read in the series' zone), inclusive", "1997-09-02T09:00",
                        "FREQ=DAILY;UNTIL=19970904T090000", new String[] {"1997-09-02", "1997-09-03", "1997-09-04"}),
                Arguments.of("UNTIL as a DATE includes the whole local day", "1997-09-02T09:00", "FREQ=DAILY;UNTIL=19970904",
                        new String[] {"1997-09-02", "1997-09-03", "1997-09-04"}),
                Arguments.of("DTSTART off the pattern counts as the first of COUNT", "1997-09-03T09:00", "FREQ=WEEKLY;BYDAY=MO;COUNT=3",
                        new String[] {"1997-09-03", "1997-09-08", "1997-09-15"}));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("examples")
    void rfc5545Examples(String what, String dtStart, String rrule, String[] expected) {
        assertThat(instances(dtStart, rrule, Set.of(), expected.length + 1))
                .as(what)
                .startsWith(expected(dtStart, expected).toArray(LocalDateTime[]::new));
        if (rrule.contains("COUNT") || rrule.contains("UNTIL")) {
            assertThat(instances(dtStart, rrule, Set.of(), expected.length + 1)).as(what + ": no more").hasSize(expected.length);
        }
    }

    @Test
    void everyFridayThe13thWithDtstartExcluded() {
        Instant excluded = LocalDateTime.parse("1997-09-02T09:00").atZone(NEW_YORK).toInstant();

        assertThat(instances("1997-09-02T09:00", "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", Set.of(excluded), 5))
                .containsExactlyElementsOf(expected("1997-09-02T09:00",
                        "1998-02-13", "1998-03-13", "1998-11-13", "1999-08-13", "2000-10-13"));
    }

    @Test
    void everyDayInJanuaryForThreeYearsTwoWays() {
        List<LocalDateTime> yearly = instances("1998-01-01T09:00",
                "FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA", Set.of(), 200);
        List<LocalDateTime> daily = instances("1998-01-01T09:00", "FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1", Set.of(), 200);

        assertThat(yearly).hasSize(93).isEqualTo(daily);
        assertThat(yearly.get(92)).isEqualTo(LocalDateTime.parse("2000-01-31T09:00"));
    }

    @Test
    void dailyUntilUtcMidnightOf24December() {
        List<LocalDateTime> days = instances("1997-09-02T09:00", "FREQ=DAILY;UNTIL=19971224T000000Z", Set.of(), 500);

        assertThat(days).hasSize(113).last().isEqualTo(LocalDateTime.parse("1997-12-23T09:00"));
    }

    @Test
    void aRuleWithoutCountStartsNearTheWindowYetKeepsItsPhase() {
        // Every third day from 2 Sep 1997; asked about one week in 2024, long after DTSTART.
        LocalDateTime wall = LocalDateTime.parse("1997-09-02T09:00");
        IcsRecurrence recurrence = new IcsRecurrence(List.of(RecurrenceRule.parse("FREQ=DAILY;INTERVAL=3")), List.of(), Set.of(), Set.of());
        ZonedDateTime from = LocalDateTime.parse("2024-03-04T00:00").atZone(NEW_YORK);

        List<LocalDate> days = recurrence.instances(wall.atZone(NEW_YORK), wall, false, from.toInstant(), from.plusDays(7).toInstant())
                .stream().filter(i -> !i.start().isBefore(from) && i.start().isBefore(from.plusDays(7)))
                .map(i -> i.start().toLocalDate()).toList();

        // 4 Mar 2024 is 9,680 days after 2 Sep 1997 (9,680 = 3 x 3,226 + 2), so the series is on 5 and 8 March.
        assertThat(days).containsExactly(LocalDate.parse("2024-03-05"), LocalDate.parse("2024-03-08"));
    }
}
