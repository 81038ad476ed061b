package dev.nextcall.domain.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.Interval;
import dev.nextcall.domain.Prospect;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.call.CallSource;
import dev.nextcall.domain.call.CallTiming;
import dev.nextcall.domain.call.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which calls the review lists as "without a next step", and which count as having one. */
class CallRecordTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    @ParameterizedTest(name = "{0} with latest step {1}: without next step = {2}, in calendar = {3}")
    @CsvSource(nullValues = "none", textBlock = """
            NEXT_STEP_BOOKED,    BOOKED,    false, true
            NEXT_STEP_BOOKED,    ACCEPTED,  false, true
            NEXT_STEP_BOOKED,    TENTATIVE, false, true
            NEXT_STEP_BOOKED,    DECLINED,  true,  false
            NEXT_STEP_BOOKED,    CANCELLED, true,  false
            NEXT_STEP_BOOKED,    FAILED,    true,  false
            NEXT_STEP_BOOKED,    PENDING,   false, false
            UNRESOLVED,          none,      true,  false
            UNRESOLVED,          FAILED,    true,  false
            FOLLOW_UP_PROMISED,  none,      true,  false
            NO_NEXT_STEP_NEEDED, none,      false, false
            NO_NEXT_STEP_NEEDED, DECLINED,  false, false
            """)
    void classifiesCalls(Outcome outcome, NextStepStatus latest, boolean without, boolean inCalendar) {
        Call call = Call.started("c", CallTiming.startingAt(NOW, Duration.ofMinutes(30)), CallSource.manual(),
                Prospect.unknown(ZoneId.of("Europe/Berlin"))).withOutcome(outcome);
        NextStep step = latest == null ? null : new NextStep("ncabcde", "c", CalendarKind.LOCAL,
                Interval.of(NOW.plus(Duration.ofDays(1)), Duration.ofMinutes(30)), List.of(), latest, "", NOW);

        CallRecord record = new CallRecord(call, step);

        assertThat(record.withoutNextStep()).isEqualTo(without);
        assertThat(record.hasNextStepInCalendar()).isEqualTo(inCalendar);
    }
}
