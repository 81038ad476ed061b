package dev.nextcall.domain.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeksTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Instant at(String local, ZoneId zone) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    private static Weeks.Sample call(String local, ZoneId zone, NextStepStatus status) {
        return new Weeks.Sample(at(local, zone), status);
    }

    @Test
    void weeksStartOnMondayAtMidnightInTheRepsZone() {
        // Sunday 23:30 in Berlin is still the old week, though it is Sunday 22:30 UTC... and Monday in Tokyo.
        Interval window = new Interval(at("2026-11-16T00:00", BERLIN), at("2026-11-30T00:00", BERLIN));
        List<WeekNumbers> weeks = Weeks.tally(window, BERLIN, List.of(
                call("2026-11-22T23:30", BERLIN, NextStepStatus.ACCEPTED),
                call("2026-11-23T00:00", BERLIN, NextStepStatus.BOOKED),
                call("2026-11-23T10:00", BERLIN, NextStepStatus.DECLINED),
                call("2026-11-23T11:00", BERLIN, null)));

        assertThat(weeks).containsExactly(
                new WeekNumbers(LocalDate.of(2026, 11, 16), 1, 1, 1),
                new WeekNumbers(LocalDate.of(2026, 11, 23), 3, 1, 0));
        assertThat(weeks.get(1).bookedShare()).isEqualTo(1.0 / 3);
    }

    @Test
    void aWeekWithTheSpringDaylightSavingChangeIsOneWeekOf167Hours() {
        // Europe moved its clocks forward on Sunday 29 March 2026.
        Interval window = new Interval(at("2026-03-23T00:00", BERLIN), at("2026-04-06T00:00", BERLIN));
        List<WeekNumbers> weeks = Weeks.tally(window, BERLIN, List.of(
                call("2026-03-29T23:59", BERLIN, NextStepStatus.TENTATIVE),
                call("2026-03-30T00:00", BERLIN, NextStepStatus.ACCEPTED)));

        assertThat(weeks).containsExactly(
                new WeekNumbers(LocalDate.of(2026, 3, 23), 1, 1, 0),
                new WeekNumbers(LocalDate.of(2026, 3, 30), 1, 1, 1));
        assertThat(Weeks.start(LocalDate.of(2026, 3, 30), BERLIN))
                .isEqualTo(Weeks.start(LocalDate.of(2026, 3, 23), BERLIN).plusSeconds(167 * 3600));
    }

    @Test
    void aWeekWithTheAutumnChangeIsOneWeekOf169HoursAndTheRepeatedHourCountsOnce() {
        // New York moved its clocks back on Sunday 1 November 2026; 01:30 happened twice.
        Instant firstOneThirty = at("2026-11-01T01:30", NEW_YORK);
        Instant secondOneThirty = firstOneThirty.plusSeconds(3600);
        Interval window = new Interval(at("2026-10-26T00:00", NEW_YORK), at("2026-11-09T00:00", NEW_YORK));
        List<WeekNumbers> weeks = Weeks.tally(window, NEW_YORK, List.of(
                new Weeks.Sample(firstOneThirty, null), new Weeks.Sample(secondOneThirty, NextStepStatus.BOOKED),
                call("2026-11-02T00:00", NEW_YORK, null)));

        assertThat(weeks).containsExactly(
                new WeekNumbers(LocalDate.of(2026, 10, 26), 2, 1, 0),
                new WeekNumbers(LocalDate.of(2026, 11, 2), 1, 0, 0));
        assertThat(Weeks.start(LocalDate.of(2026, 11, 2), NEW_YORK))
                .isEqualTo(Weeks.start(LocalDate.of(2026, 10, 26), NEW_YORK).plusSeconds(169 * 3600));
    }

    @Test
    void weeksWithoutCallsAreListedAndCallsOutsideTheWindowAreNot() {
        Interval window = new Interval(at("2026-11-04T12:00", BERLIN), at("2026-11-20T00:00", BERLIN));
        List<WeekNumbers> weeks = Weeks.tally(window, BERLIN, List.of(
                call("2026-11-04T11:59", BERLIN, NextStepStatus.ACCEPTED),
                call("2026-11-19T23:59", BERLIN, NextStepStatus.ACCEPTED),
                call("2026-11-20T00:00", BERLIN, NextStepStatus.ACCEPTED)));

        assertThat(weeks).containsExactly(
                new WeekNumbers(LocalDate.of(2026, 11, 2), 0, 0, 0),
                new WeekNumbers(LocalDate.of(2026, 11, 9), 0, 0, 0),
                new WeekNumbers(LocalDate.of(2026, 11, 16), 1, 1, 1));
        assertThat(weeks.get(0).bookedShare()).isZero();
    }
}
