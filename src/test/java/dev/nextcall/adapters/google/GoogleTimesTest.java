package dev.nextcall.adapters.google;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.model.EventDateTime;
import com.google.api.services.calendar.model.TimePeriod;
import dev.nextcall.domain.Interval;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Instants go out with their real offset; Google's times come back as the instants they name. */
class GoogleTimesTest {

    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final Instant SUMMER = Instant.parse("2025-06-02T08:30:00Z");
    private static final Instant WINTER = Instant.parse("2025-01-13T09:30:00Z");

    @Test
    void aDateTimeCarriesTheOffsetOfItsZoneAtThatInstant() {
        assertThat(GoogleTimes.dateTime(SUMMER, ZURICH).toStringRfc3339()).isEqualTo("2025-06-02T10:30:00.000+02:00");
        assertThat(GoogleTimes.dateTime(WINTER, ZURICH).toStringRfc3339()).isEqualTo("2025-01-13T10:30:00.000+01:00");
        assertThat(GoogleTimes.dateTime(SUMMER, ZoneId.of("America/St_Johns")).toStringRfc3339())
                .isEqualTo("2025-06-02T06:00:00.000-02:30");
    }

    @Test
    void queryBoundsAreUtc() {
        assertThat(GoogleTimes.utc(SUMMER).toStringRfc3339()).isEqualTo("2025-06-02T08:30:00.000Z");
    }

    @Test
    void anEventTimeNamesTheZoneSoGoogleKeepsItThereAcrossDst() {
        EventDateTime time = GoogleTimes.eventTime(SUMMER, ZURICH);
        assertThat(time.getTimeZone()).isEqualTo("Europe/Zurich");
        assertThat(time.getDateTime().toStringRfc3339()).isEqualTo("2025-06-02T10:30:00.000+02:00");
        assertThat(time.getDate()).isNull();
    }

    @Test
    void aBareOffsetHasNoZoneNameToGiveAndUtcIsCalledUtc() {
        assertThat(GoogleTimes.eventTime(SUMMER, ZoneOffset.ofHours(3)).getTimeZone()).isNull();
        assertThat(GoogleTimes.eventTime(SUMMER, ZoneOffset.ofHours(3)).getDateTime().toStringRfc3339())
                .isEqualTo("2025-06-02T11:30:00.000+03:00");
        assertThat(GoogleTimes.eventTime(SUMMER, ZoneOffset.UTC).getTimeZone()).isEqualTo("UTC");
        assertThat(GoogleTimes.eventTime(SUMMER, ZoneId.of("UTC")).getTimeZone()).isEqualTo("UTC");
    }

    @Test
    void timesWithAnyOffsetReadAsTheirInstant() {
        EventDateTime start = new EventDateTime().setDateTime(new DateTime("2025-06-02T10:30:00+02:00"));
        EventDateTime end = new EventDateTime().setDateTime(new DateTime("2025-06-02T09:00:00Z"));
        assertThat(GoogleTimes.timed(start, end)).contains(new Interval(SUMMER, Instant.parse("2025-06-02T09:00:00Z")));
    }

    @Test
    void allDayAndZeroLengthEventsHaveNoTimedSpan() {
        EventDateTime day = new EventDateTime().setDate(new DateTime("2025-06-02"));
        EventDateTime next = new EventDateTime().setDate(new DateTime("2025-06-03"));
        assertThat(GoogleTimes.allDay(day)).isTrue();
        assertThat(GoogleTimes.timed(day, next)).isEmpty();
        EventDateTime at = new EventDateTime().setDateTime(new DateTime("2025-06-02T10:30:00+02:00"));
        assertThat(GoogleTimes.allDay(at)).isFalse();
        assertThat(GoogleTimes.timed(at, at)).isEmpty();
        assertThat(GoogleTimes.timed(at, null)).isEmpty();
    }

    @Test
    void busyPeriodsWithoutLengthAreDropped() {
        TimePeriod period = new TimePeriod().setStart(new DateTime("2025-06-02T08:00:00Z"))
                .setEnd(new DateTime("2025-06-02T08:30:00Z"));
        assertThat(GoogleTimes.period(period)).contains(new Interval(Instant.parse("2025-06-02T08:00:00Z"), SUMMER));
        assertThat(GoogleTimes.period(new TimePeriod().setStart(period.getStart()).setEnd(period.getStart()))).isEmpty();
        assertThat(GoogleTimes.period(new TimePeriod())).isEmpty();
    }

    @Test
    void zonesGoogleReportsAreReadWhenJavaKnowsThem() {
        assertThat(GoogleTimes.zone("Europe/Zurich")).contains(ZURICH);
        assertThat(GoogleTimes.zone("Not/AZone")).isEmpty();
        assertThat(GoogleTimes.zone(null)).isEmpty();
        assertThat(GoogleTimes.zone(" ")).isEmpty();
    }
}
