package dev.nextcall.adapters.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IcsDurationTest {

    @ParameterizedTest
    @CsvSource({
            "P1D,      1, PT0S,  false",
            "PT24H,    0, PT24H, false",
            "P2W,      14, PT0S, false",
            "P1DT2H30M, 1, PT2H30M, false",
            "PT90S,    0, PT1M30S, false",
            "+P3D,     3, PT0S,  false",
            "-PT15M,   0, PT15M, true",
            "p1dt1h,   1, PT1H,  false",
    })
    void keepsNominalDaysApartFromExactTime(String text, long days, String exact, boolean negative) {
        assertThat(IcsDuration.parse(text)).isEqualTo(new IcsDuration(days, Duration.parse(exact), negative));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P", "PT", "P1DT", "1D", "P1H", "PT1D", "P1.5D", "P-1D", "1 hour"})
    void rejectsWhatIsNotADuration(String text) {
        assertThatThrownBy(() -> IcsDuration.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid duration");
    }

    @ParameterizedTest
    @CsvSource({
            "P1D,   2024-03-31T12:00+02:00[Europe/Berlin]",
            "PT24H, 2024-03-31T13:00+02:00[Europe/Berlin]",
            "-PT1H, 2024-03-30T12:00+01:00[Europe/Berlin]",
    })
    void endsOnTheWallClockForDaysAndOnTheTimelineForHours(String text, String end) {
        ZonedDateTime start = ZonedDateTime.of(2024, 3, 30, 12, 0, 0, 0, ZoneId.of("Europe/Berlin"));

        assertThat(IcsDuration.parse(text).endFrom(start)).isEqualTo(ZonedDateTime.parse(end));
    }
}
