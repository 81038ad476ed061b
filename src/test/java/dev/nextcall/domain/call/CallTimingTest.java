package dev.nextcall.domain.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallTimingTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** The call starts at 14:00 Berlin time on a Monday; every "now" is this clock moved on. */
    private static final Clock CALL_START = Clock.fixed(Instant.parse("2026-03-09T13:00:00Z"), BERLIN);
    private static final PhaseRules RULES = PhaseRules.DEFAULT;

    private static CallTiming call(int plannedMinutes) {
        return CallTiming.startingAt(CALL_START.instant(), Duration.ofMinutes(plannedMinutes));
    }

    private static Instant after(String isoDuration) {
        return Clock.offset(CALL_START, Duration.parse(isoDuration)).instant();
    }

    @ParameterizedTest(name = "{0}-min call at +{1}: {2}, escalated={3}")
    @CsvSource({
            // 30 min: opening = min(5 min, 10 % = 3 min); wrap-up = earlier of end-10 (20:00) and 75 % (22:30)
            "30, PT0S,      OPENING,  false",
            "30, PT2M59S,   OPENING,  false",
            "30, PT3M,      MAIN,     false",
            "30, PT19M59S,  MAIN,     false",
            "30, PT20M,     WRAP_UP,  false",
            "30, PT22M30S,  WRAP_UP,  false",
            "30, PT24M59S,  WRAP_UP,  false",
            "30, PT25M,     WRAP_UP,  true",
            "30, PT29M59S,  WRAP_UP,  true",
            "30, PT30M,     OVERTIME, true",
            "30, PT1H,      OVERTIME, true",
            // 20 min: opening 2 min; end-10 = 10:00 comes before 75 % = 15:00, so wrap-up starts at 10:00
            "20, PT1M59S,   OPENING,  false",
            "20, PT2M,      MAIN,     false",
            "20, PT9M59S,   MAIN,     false",
            "20, PT10M,     WRAP_UP,  false",
            "20, PT15M,     WRAP_UP,  true",
            "20, PT20M,     OVERTIME, true",
            // 60 min: opening capped at 5 min; 75 % = 45:00 comes before end-10 = 50:00
            "60, PT4M59S,   OPENING,  false",
            "60, PT5M,      MAIN,     false",
            "60, PT44M59S,  MAIN,     false",
            "60, PT45M,     WRAP_UP,  false",
            "60, PT55M,     WRAP_UP,  true",
            "60, PT60M,     OVERTIME, true",
            // 40 min: both rules give 30:00
            "40, PT29M59S,  MAIN,     false",
            "40, PT30M,     WRAP_UP,  false",
            // 8 min: end-10 is before the start, so the whole call is wrap-up (clamped to the start)
            "8,  PT0S,      WRAP_UP,  false",
            "8,  PT3M,      WRAP_UP,  true",
            "8,  PT8M,      OVERTIME, true",
    })
    void phaseAndEscalationAtEachThreshold(int plannedMinutes, String offset, CallPhase phase, boolean escalated) {
        CallTiming timing = call(plannedMinutes);
        Instant now = after(offset);
        assertThat(timing.phaseAt(now, RULES)).isEqualTo(phase);
        assertThat(timing.isEscalated(now, RULES)).isEqualTo(escalated);
    }

    @ParameterizedTest(name = "{0}-min call: wrap-up from +{1}")
    @CsvSource({
            "30,  PT20M",     // end-10 (20) < 75 % (22.5)
            "20,  PT10M",     // end-10 (10) < 75 % (15)
            "15,  PT5M",      // end-10 (5)  < 75 % (11.25)
            "40,  PT30M",     // equal
            "60,  PT45M",     // 75 % (45) < end-10 (50)
            "90,  PT1H7M30S", // 75 % (67.5) < end-10 (80)
            "10,  PT0S",      // end-10 is the start
            "5,   PT0S",      // end-10 before the start: clamped
    })
    void wrapUpStartsAtTheEarlierOfTheTwoRules(int plannedMinutes, String expected) {
        assertThat(call(plannedMinutes).wrapUpStart(RULES)).isEqualTo(after(expected));
    }

    @Test
    void wrapUpFollowsCustomRules() {
        PhaseRules rules = new PhaseRules(Duration.ofMinutes(2), Duration.ofMinutes(3), 0.5, Duration.ofMinutes(1));
        CallTiming timing = call(30);
        assertThat(timing.wrapUpStart(rules)).isEqualTo(after("PT15M"));
        assertThat(timing.phaseAt(after("PT1M59S"), rules)).isEqualTo(CallPhase.OPENING);
        assertThat(timing.phaseAt(after("PT2M"), rules)).isEqualTo(CallPhase.MAIN);
        assertThat(timing.phaseAt(after("PT15M"), rules)).isEqualTo(CallPhase.WRAP_UP);
        assertThat(timing.isEscalated(after("PT28M59S"), rules)).isFalse();
        assertThat(timing.isEscalated(after("PT29M"), rules)).isTrue();
    }

    @Test
    void beforeTheStartTheCallIsOpening() {
        assertThat(call(30).phaseAt(after("PT-1M"), RULES)).isEqualTo(CallPhase.OPENING);
    }

    @ParameterizedTest(name = "+{0}: elapsed {1}, remaining {2}, progress {3}")
    @CsvSource({
            "PT-5M,  PT0S,  PT35M,   0.0",
            "PT0S,   PT0S,  PT30M,   0.0",
            "PT15M,  PT15M, PT15M,   0.5",
            "PT22M30S, PT22M30S, PT7M30S, 0.75",
            "PT30M,  PT30M, PT0S,    1.0",
            "PT35M,  PT35M, PT-5M,   1.0",
            "PT2H,   PT2H,  PT-1H-30M, 1.0",
    })
    void elapsedRemainingAndProgress(String offset, String elapsed, String remaining, double progress) {
        CallTiming timing = call(30);
        Instant now = after(offset);
        assertThat(timing.elapsed(now)).isEqualTo(Duration.parse(elapsed));
        assertThat(timing.remaining(now)).isEqualTo(Duration.parse(remaining));
        assertThat(timing.progress(now)).isCloseTo(progress, within(1e-9));
    }

    @Test
    void remainingIsNegativeInOvertime() {
        assertThat(call(30).remaining(after("PT31M"))).isNegative();
    }

    @Test
    void extendingACallMovesItsEndAndItsPhases() {
        CallTiming timing = call(30);
        Instant at = after("PT30M");
        assertThat(timing.phaseAt(at, RULES)).isEqualTo(CallPhase.OVERTIME);

        CallTiming longer = timing.extendedBy(Duration.ofMinutes(15));
        assertThat(longer.start()).isEqualTo(timing.start());
        assertThat(longer.plannedEnd()).isEqualTo(after("PT45M"));
        assertThat(longer.plannedLength()).isEqualTo(Duration.ofMinutes(45));
        // 45 min: wrap-up at the earlier of 35:00 and 33:45
        assertThat(longer.phaseAt(at, RULES)).isEqualTo(CallPhase.MAIN);
        assertThat(longer.phaseAt(after("PT33M45S"), RULES)).isEqualTo(CallPhase.WRAP_UP);
        assertThat(longer.remaining(at)).isEqualTo(Duration.ofMinutes(15));
        assertThat(timing.plannedEnd()).as("the original is unchanged").isEqualTo(after("PT30M"));
    }

    @Test
    void invariants() {
        Instant start = CALL_START.instant();
        assertThatThrownBy(() -> new CallTiming(start, start)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallTiming(start, start.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> call(30).extendedBy(Duration.ofMinutes(-30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PhaseRules(Duration.ofMinutes(5), Duration.ofMinutes(10), 0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PhaseRules(Duration.ofMinutes(5), Duration.ofMinutes(10), 1.01, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PhaseRules(Duration.ofMinutes(-1), Duration.ofMinutes(10), 0.75, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closingPhasesAreWrapUpAndOvertime() {
        assertThat(CallPhase.WRAP_UP.isClosing()).isTrue();
        assertThat(CallPhase.OVERTIME.isClosing()).isTrue();
        assertThat(CallPhase.OPENING.isClosing()).isFalse();
        assertThat(CallPhase.MAIN.isClosing()).isFalse();
        assertThat(CallPhase.ENDED.isClosing()).isFalse();
    }

    // ---- back-to-back, extension and early end on a stepped clock ----

    /** Steps a 30-min call minute by minute and lists the minutes at which the phase or insistence changes. */
    private static String changes(CallTiming timing, int minutes) {
        StringBuilder out = new StringBuilder();
        String last = "";
        for (int m = 0; m <= minutes; m++) {
            Instant now = after("PT" + m + "M");
            String state = timing.phaseAt(now, RULES) + (timing.isEscalated(now, RULES) ? "!" : "");
            if (!state.equals(last)) {
                out.append(out.length() == 0 ? "" : " ").append(m).append(':').append(state);
                last = state;
            }
        }
        return out.toString();
    }

    @Test
    void steppedThroughEveryPhaseOfAThirtyMinuteCall() {
        assertThat(changes(call(30), 35)).isEqualTo("0:OPENING 3:MAIN 20:WRAP_UP 25:WRAP_UP! 30:OVERTIME!");
    }

    @Test
    void theNextMeetingShortensTheCallAndItsPhases() {
        // 60-min call; the next meeting starts 40 minutes in: phases are measured on 40 minutes
        CallTiming timing = call(60).withNextMeeting(java.util.Optional.of(after("PT40M")));

        assertThat(timing.endsEarly()).isTrue();
        assertThat(timing.effectiveEnd()).isEqualTo(after("PT40M"));
        assertThat(timing.plannedEnd()).as("the plan is kept").isEqualTo(after("PT60M"));
        assertThat(changes(timing, 45)).isEqualTo("0:OPENING 4:MAIN 30:WRAP_UP 35:WRAP_UP! 40:OVERTIME!");
        assertThat(timing.remaining(after("PT30M"))).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aMeetingAfterThePlannedEndOrAtTheStartDoesNotShortenTheCall() {
        assertThat(call(30).withNextMeeting(java.util.Optional.of(after("PT30M"))).endsEarly()).isFalse();
        assertThat(call(30).withNextMeeting(java.util.Optional.of(after("PT45M"))).endsEarly()).isFalse();
        assertThat(call(30).withNextMeeting(java.util.Optional.of(after("PT0S"))).endsEarly()).isFalse();
        assertThat(call(30).withNextMeeting(java.util.Optional.empty()).effectiveEnd()).isEqualTo(after("PT30M"));
    }

    @Test
    void extendingACallCutShortRunsIntoTheNextMeetingOnPurpose() {
        CallTiming cut = call(60).withNextMeeting(java.util.Optional.of(after("PT40M")));

        CallTiming longer = cut.extendedBy(Duration.ofMinutes(10));

        assertThat(longer.effectiveEnd()).isEqualTo(after("PT50M"));
        assertThat(longer.endsEarly()).isFalse();
        // the calendar reports the same meeting again on its next look: it no longer shortens the call
        assertThat(longer.withNextMeeting(java.util.Optional.of(after("PT40M"))).effectiveEnd())
                .isEqualTo(after("PT50M"));
        // a different, earlier meeting still does
        assertThat(longer.withNextMeeting(java.util.Optional.of(after("PT45M"))).effectiveEnd())
                .isEqualTo(after("PT45M"));
    }

    @Test
    void extendingByFiveAndTenMinutesMovesEachThreshold() {
        CallTiming plus5 = call(30).extendedBy(Duration.ofMinutes(5));
        CallTiming plus15 = plus5.extendedBy(Duration.ofMinutes(10));

        assertThat(changes(plus5, 40)).isEqualTo("0:OPENING 4:MAIN 25:WRAP_UP 30:WRAP_UP! 35:OVERTIME!");
        assertThat(changes(plus15, 50)).isEqualTo("0:OPENING 5:MAIN 34:WRAP_UP 40:WRAP_UP! 45:OVERTIME!");
    }

    @Test
    void endingEarlyStartsTheWrapUpNow() {
        CallTiming timing = call(60);
        Instant now = after("PT12M");

        CallTiming early = timing.endingEarly(now, RULES.wrapUpBeforeEnd());

        assertThat(timing.phaseAt(now, RULES)).isEqualTo(CallPhase.MAIN);
        assertThat(early.phaseAt(now, RULES)).isEqualTo(CallPhase.WRAP_UP);
        assertThat(early.plannedEnd()).isEqualTo(after("PT22M"));
        assertThat(early.isEscalated(after("PT17M"), RULES)).isTrue();
        assertThat(early.phaseAt(after("PT22M"), RULES)).isEqualTo(CallPhase.OVERTIME);
        // in the last ten minutes already: nothing to bring forward
        assertThat(timing.endingEarly(after("PT55M"), RULES.wrapUpBeforeEnd())).isEqualTo(timing);
    }

    @Test
    void anEndedCallIsInTheEndedPhase() {
        Call running = Call.started("c1", call(30), CallSource.manual(),
                dev.nextcall.domain.Prospect.unknown(BERLIN));
        assertThat(running.phaseAt(after("PT10M"), RULES)).isEqualTo(CallPhase.MAIN);
        Call ended = running.endedWith(Outcome.UNRESOLVED, after("PT12M"));
        assertThat(ended.phaseAt(after("PT13M"), RULES)).isEqualTo(CallPhase.ENDED);
    }
}
