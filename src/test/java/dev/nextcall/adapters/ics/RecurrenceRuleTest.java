package dev.nextcall.adapters.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nextcall.adapters.ics.RecurrenceRule.Frequency;
import dev.nextcall.adapters.ics.RecurrenceRule.WeekdayNum;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading RRULE text (RFC 5545 3.3.10): every part, and the message for each kind of mistake. */
class RecurrenceRuleTest {

    @Test
    void readsEveryPart() {
        RecurrenceRule rule = RecurrenceRule.parse("FREQ=YEARLY;INTERVAL=2;COUNT=10;BYSECOND=30,0;BYMINUTE=15;BYHOUR=9,17;"
                + "BYDAY=-1SU,+2MO,FR;BYMONTHDAY=1,-1;BYYEARDAY=100,-200;BYWEEKNO=20,-1;BYMONTH=3,10;BYSETPOS=-1,1;WKST=SU");

        assertThat(rule.frequency()).isEqualTo(Frequency.YEARLY);
        assertThat(rule.interval()).isEqualTo(2);
        assertThat(rule.count()).contains(10);
        assertThat(rule.until()).isEmpty();
        assertThat(rule.bySecond()).containsExactly(0, 30);
        assertThat(rule.byMinute()).containsExactly(15);
        assertThat(rule.byHour()).containsExactly(9, 17);
        assertThat(rule.byDay()).containsExactly(new WeekdayNum(-1, DayOfWeek.SUNDAY), new WeekdayNum(2, DayOfWeek.MONDAY),
                new WeekdayNum(0, DayOfWeek.FRIDAY));
        assertThat(rule.byMonthDay()).containsExactly(-1, 1);
        assertThat(rule.byYearDay()).containsExactly(-200, 100);
        assertThat(rule.byWeekNo()).containsExactly(-1, 20);
        assertThat(rule.byMonth()).containsExactly(3, 10);
        assertThat(rule.bySetPos()).containsExactly(-1, 1);
        assertThat(rule.weekStart()).isEqualTo(DayOfWeek.SUNDAY);
    }

    @Test
    void defaultsAreIntervalOneAndWeeksStartingOnMonday() {
        RecurrenceRule rule = RecurrenceRule.parse("FREQ=WEEKLY");

        assertThat(rule.interval()).isEqualTo(1);
        assertThat(rule.count()).isEmpty();
        assertThat(rule.weekStart()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(rule.hasDayParts()).isFalse();
    }

    @Test
    void untilKeepsItsForm() {
        assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=20240331T010000Z").until())
                .contains(new WrittenTime(LocalDateTime.parse("2024-03-31T01:00"), WrittenTime.Form.UTC));
        assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=20240331T010000").until())
                .contains(new WrittenTime(LocalDateTime.parse("2024-03-31T01:00"), WrittenTime.Form.LOCAL));
        assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=20240331").until())
                .contains(new WrittenTime(LocalDateTime.parse("2024-03-31T00:00"), WrittenTime.Form.DATE));
    }

    @Test
    void namesAreCaseInsensitiveAndExtensionsAreIgnored() {
        RecurrenceRule rule = RecurrenceRule.parse("freq=monthly;byday=1fr;X-NAME=whatever;;");

        assertThat(rule.frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(rule.byDay()).containsExactly(new WeekdayNum(1, DayOfWeek.FRIDAY));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "INTERVAL=2                          | no FREQ",
        "FREQ=FORTNIGHTLY                    | unknown FREQ 'FORTNIGHTLY'",
        "FREQ=DAILY;INTERVAL=0               | INTERVAL must be at least 1",
        "FREQ=DAILY;COUNT=ten                | invalid COUNT 'ten'",
        "FREQ=DAILY;UNTIL=20241332           | invalid UNTIL '20241332'",
        "FREQ=DAILY;UNTIL=2024-03-31         | invalid UNTIL '2024-03-31'",
        "FREQ=MONTHLY;BYMONTHDAY=32          | BYMONTHDAY value 32 is out of range",
        "FREQ=MONTHLY;BYMONTHDAY=0           | BYMONTHDAY value 0 is out of range",
        "FREQ=DAILY;BYHOUR=24                | BYHOUR value 24 is out of range",
        "FREQ=DAILY;BYHOUR=-1                | BYHOUR value -1 is out of range",
        "FREQ=YEARLY;BYWEEKNO=54             | BYWEEKNO value 54 is out of range",
        "FREQ=YEARLY;BYYEARDAY=-367          | BYYEARDAY value -367 is out of range",
        "FREQ=YEARLY;BYMONTH=13              | BYMONTH value 13 is out of range",
        "FREQ=WEEKLY;BYDAY=XX                | unknown weekday 'XX'",
        "FREQ=MONTHLY;BYDAY=0MO              | BYDAY ordinal out of range",
        "FREQ=MONTHLY;BYDAY=1                | invalid BYDAY '1'",
        "FREQ=WEEKLY;WKST=SUNDAY             | unknown weekday 'SUNDAY'",
        "FREQ=MONTHLY;BYSETPOS=x             | invalid BYSETPOS 'x'",
        "FREQ=DAILY;COUNT                    | 'COUNT' is not NAME=value",
    })
    void mistakesAreNamed(String text, String message) {
        assertThatThrownBy(() -> RecurrenceRule.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
