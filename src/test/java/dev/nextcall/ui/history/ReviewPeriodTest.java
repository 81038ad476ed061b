package dev.nextcall.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The review's periods are whole days of the rep's zone, DST included. */
class ReviewPeriodTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Sunday 8 November 2026, 23:30 in Berlin: the week began on Monday 2 November. */
    private static final Instant SUNDAY_LATE = ZonedDateTime.of(2026, 11, 8, 23, 30, 0, 0, BERLIN).toInstant();

    private static Instant midnight(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay(BERLIN).toInstant();
    }

    private static Interval of(ReviewPeriod period) {
        return period.interval(SUNDAY_LATE, BERLIN, null, null).orElseThrow();
    }

    @Test
    void thisWeekStartsOnMondayInTheRepsZone() {
        assertThat(of(ReviewPeriod.THIS_WEEK)).isEqualTo(new Interval(midnight(2026, 11, 2), midnight(2026, 11, 9)));
    }

    @Test
    void lastThirtyDaysAreThirtyLocalDaysAcrossTheEndOfSummerTime() {
        // 10 October to 8 November: the clocks went back on 25 October, so it is 30 days and one hour.
        Interval days = of(ReviewPeriod.LAST_30_DAYS);
        assertThat(days).isEqualTo(new Interval(midnight(2026, 10, 10), midnight(2026, 11, 9)));
        assertThat(days.duration().toHours()).isEqualTo(30 * 24 + 1);
    }

    @Test
    void thisQuarterStartsOnTheFirstOfItsFirstMonth() {
        assertThat(of(ReviewPeriod.THIS_QUARTER).start()).isEqualTo(midnight(2026, 10, 1));
    }

    @Test
    void allTimeAndAnOpenCustomPeriodHaveNoBounds() {
        assertThat(ReviewPeriod.ALL_TIME.interval(SUNDAY_LATE, BERLIN, null, null)).isEmpty();
        assertThat(ReviewPeriod.CUSTOM.interval(SUNDAY_LATE, BERLIN, null, null)).isEmpty();
    }

    @Test
    void customDaysIncludeTheLastDayAndMeanTheSameWhenPickedTheWrongWayRound() {
        LocalDate first = LocalDate.of(2026, 3, 28);
        LocalDate last = LocalDate.of(2026, 3, 29);
        Interval expected = new Interval(midnight(2026, 3, 28), midnight(2026, 3, 30));

        assertThat(ReviewPeriod.CUSTOM.interval(SUNDAY_LATE, BERLIN, first, last)).contains(expected);
        assertThat(ReviewPeriod.CUSTOM.interval(SUNDAY_LATE, BERLIN, last, first)).contains(expected);
        assertThat(ReviewPeriod.CUSTOM.interval(SUNDAY_LATE, BERLIN, first, null).orElseThrow().start())
                .isEqualTo(midnight(2026, 3, 28));
    }
}
