package dev.nextcall.domain.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.Interval;
import dev.nextcall.domain.slot.WorkingSchedule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An unanswered invite is chased one working day after it was sent. */
class ReplyDeadlineTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    @ParameterizedTest(name = "sent {0} → chased from {1}")
    @CsvSource(textBlock = """
            2026-11-30T15:00, 2026-12-01T15:00
            2026-12-04T16:30, 2026-12-07T16:30
            2026-12-05T10:00, 2026-12-07T10:00
            2026-12-23T11:00, 2026-12-28T11:00
            2027-03-26T10:00, 2027-03-29T10:00
            """)
    void oneWorkingDayLater(String sent, String deadline) {
        // 24 Dec has no hours by override: the day after the 23rd is then Monday the 28th (weekend between).
        WorkingSchedule schedule = WorkingSchedule.standard().withOverride(LocalDate.parse("2026-12-24"), List.of())
                .withOverride(LocalDate.parse("2026-12-25"), List.of());
        assertThat(new ReplyDeadline(schedule, BERLIN).after(berlin(sent))).isEqualTo(berlin(deadline));
    }

    @ParameterizedTest(name = "{0}, booked {1}, now {2} → needs attention: {3}")
    @CsvSource(textBlock = """
            BOOKED,    2026-11-30T15:00, 2026-12-01T14:59, false
            BOOKED,    2026-11-30T15:00, 2026-12-01T15:00, true
            TENTATIVE, 2026-11-30T15:00, 2026-12-03T15:00, false
            ACCEPTED,  2026-11-30T15:00, 2026-12-03T15:00, false
            DECLINED,  2026-11-30T15:00, 2026-11-30T15:05, true
            """)
    void needsAttention(NextStepStatus status, String updated, String now, boolean expected) {
        NextStep step = new NextStep("ncabcde", "c", CalendarKind.GOOGLE,
                Interval.of(berlin("2026-12-10T10:00"), Duration.ofMinutes(30)), List.of(), status, "", berlin(updated));
        assertThat(new ReplyDeadline(WorkingSchedule.standard(), BERLIN).needsAttention(step, berlin(now)))
                .isEqualTo(expected);
    }
}
