package dev.nextcall.adapters.google;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.model.Error;
import com.google.api.services.calendar.model.FreeBusyCalendar;
import com.google.api.services.calendar.model.TimePeriod;
import dev.nextcall.domain.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A calendar's part of a freeBusy answer, and how long windows are split. */
class FreeBusyMapperTest {

    private static TimePeriod period(String start, String end) {
        return new TimePeriod().setStart(new DateTime(start)).setEnd(new DateTime(end));
    }

    @Test
    void busyPeriodsBecomeIntervals() {
        FreeBusyCalendar calendar = new FreeBusyCalendar().setBusy(List.of(
                period("2025-06-02T08:00:00Z", "2025-06-02T08:30:00Z"),
                period("2025-06-02T11:00:00+02:00", "2025-06-02T12:00:00+02:00")));
        assertThat(FreeBusyMapper.busy(calendar)).containsExactly(
                new Interval(Instant.parse("2025-06-02T08:00:00Z"), Instant.parse("2025-06-02T08:30:00Z")),
                new Interval(Instant.parse("2025-06-02T09:00:00Z"), Instant.parse("2025-06-02T10:00:00Z")));
        assertThat(FreeBusyMapper.problem(calendar)).isEmpty();
    }

    @Test
    void aCalendarGoogleCouldNotReadIsAProblemNotFreeTime() {
        FreeBusyCalendar missing = new FreeBusyCalendar().setBusy(List.of())
                .setErrors(List.of(new Error().setDomain("global").setReason("notFound")));
        assertThat(FreeBusyMapper.problem(missing)).contains("not found, or not shared with you (notFound)");
        FreeBusyCalendar odd = new FreeBusyCalendar().setErrors(List.of(new Error().setReason("somethingNew")));
        assertThat(FreeBusyMapper.problem(odd)).contains("Google could not read it (somethingNew)");
        assertThat(FreeBusyMapper.problem(null)).contains("Google's answer left this calendar out");
        assertThat(FreeBusyMapper.busy(null)).isEmpty();
    }

    @Test
    void windowsLongerThanNinetyDaysAreSplit() {
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        assertThat(FreeBusyReader.chunks(Interval.of(start, Duration.ofDays(14)))).containsExactly(Interval.of(start, Duration.ofDays(14)));
        assertThat(FreeBusyReader.chunks(Interval.of(start, Duration.ofDays(90)))).hasSize(1);
        List<Interval> chunks = FreeBusyReader.chunks(Interval.of(start, Duration.ofDays(200)));
        assertThat(chunks).containsExactly(
                Interval.of(start, Duration.ofDays(90)),
                Interval.of(start.plus(Duration.ofDays(90)), Duration.ofDays(90)),
                Interval.of(start.plus(Duration.ofDays(180)), Duration.ofDays(20)));
    }
}
