package dev.nextcall.domain.slot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.Interval;
import dev.nextcall.domain.slot.RuleViolation.Rule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * "Why is this time not offered?" under the default rules, for a rep in Berlin on Monday 30 November
 * 2026 at 10:00. With two hours' notice Monday offers 12:00–16:30 (ten free times), and each weekday
 * after it sixteen (09:00–16:30); the proposals are Monday 12:00, Tuesday 09:30 and Wednesday 09:30.
 */
class ExplainTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Instant NOW = at("2026-11-30T10:00");

    private final SlotFinder finder = new SlotFinder(SlotRules.defaults(BERLIN));

    static Instant at(String berlinWallClock) {
        return LocalDateTime.parse(berlinWallClock).atZone(BERLIN).toInstant();
    }

    static SlotRequest twoWeeks(List<Interval> busy) {
        return new SlotRequest(NOW, NOW, 14, BERLIN, busy);
    }

    private Explanation explain(String start) {
        return finder.explain(at(start), twoWeeks(List.of()));
    }

    @Test
    void aTimeThatBreaksARuleNamesTheRuleAndTheMeeting() {
        Interval meeting = new Interval(at("2026-12-01T10:00"), at("2026-12-01T11:00"));

        Explanation e = finder.explain(at("2026-12-01T10:00"), twoWeeks(List.of(meeting)));

        assertThat(e.summary()).isEqualTo(
                "Tue 1 Dec 10:00 is not offered: it overlaps your meeting 10:00–11:00 on Tue 1 Dec (Europe/Berlin).");
        assertThat(e.violations()).extracting(RuleViolation::rule).containsExactly(Rule.BUSY);
        assertThat(e.slot()).isEqualTo(Interval.of(at("2026-12-01T10:00"), Duration.ofMinutes(30)));
        assertThat(e.onGrid()).isTrue();
        assertThat(e.proposed()).isFalse();
        assertThat(e.free()).isFalse();
        assertThat(e.candidate()).isEmpty();
    }

    @Test
    void everyBrokenRuleIsSaid() {
        Explanation e = explain("2026-12-05T10:00");

        assertThat(e.summary()).isEqualTo("Sat 5 Dec 10:00 is not offered: you do not work on Saturdays (Europe/Berlin); "
                + "it is Sat 5 Dec 10:00 for the prospect, who does not work on Saturdays (Europe/Berlin).");
        assertThat(e.onGrid()).as("no working range that day, so no grid").isFalse();
    }

    @Test
    void aFreeTimeOffTheGridSaysWhatTheGridIs() {
        Explanation e = explain("2026-12-01T10:15");

        assertThat(e.summary()).isEqualTo("Tue 1 Dec 10:15 is not on the 30-minute grid of your hours (09:00, 09:30, …).");
        assertThat(e.free()).isTrue();
        assertThat(e.onGrid()).isFalse();
        assertThat(e.candidate()).isEmpty();
    }

    @Test
    void aTimeOffTheGridThatAlsoBreaksARuleSaysBoth() {
        Explanation e = explain("2026-11-30T10:15");

        assertThat(e.summary()).isEqualTo("Mon 30 Nov 10:15 is not offered: it is less than 2 hours from now "
                + "(minimum notice). It is also not on the 30-minute grid of your hours (09:00, 09:30, …).");
    }

    @Test
    void aProposalSaysWhichOneItIs() {
        Explanation e = explain("2026-12-01T09:30");

        assertThat(e.summary()).isEqualTo("Tue 1 Dec 09:30 is offered: it is the 2nd of the 3 proposals.");
        assertThat(e.proposal()).isEqualTo(OptionalInt.of(2));
        assertThat(e.candidate()).isEqualTo(OptionalInt.of(12));
    }

    @Test
    void anEarlyTimeSaysWhichTimeWasProposedInstead() {
        Explanation e = explain("2026-12-01T09:00");

        assertThat(e.summary()).isEqualTo("Tue 1 Dec 09:00 is free under every rule; it is the 11th free time, "
                + "but it is early in your day, and 09:30 is proposed that day — ask for more times.");
        assertThat(e.candidate()).isEqualTo(OptionalInt.of(11));
        assertThat(e.proposal()).isEmpty();
    }

    @Test
    void anEarlyTimeForTheProspectSaysItIsTheirs() {
        // New York's 09:00 is Berlin's 15:00: Monday offers 15:00–16:30, so Tuesday 15:00 is the 5th.
        Explanation e = finder.explain(at("2026-12-01T15:00"), new SlotRequest(NOW, NOW, 14, NEW_YORK, List.of()));

        assertThat(e.summary()).isEqualTo("Tue 1 Dec 15:00 is free under every rule; it is the 5th free time, "
                + "but it is early in the prospect's day, and 15:30 is proposed that day — ask for more times.");
    }

    @Test
    void aLaterTimeOnAProposedDaySaysOneProposalPerDay() {
        assertThat(explain("2026-12-01T11:00").summary()).isEqualTo("Tue 1 Dec 11:00 is free under every rule; "
                + "it is the 15th free time, but Tue 1 Dec already has a proposal at 09:30, and proposals go on "
                + "different days — ask for more times.");
    }

    @Test
    void aTimeAfterTheProposedDaysSaysItComesAfterThem() {
        // 10 on Monday, 16 each on Tuesday and Wednesday: Thursday 10:00 is the 45th.
        Explanation e = explain("2026-12-03T10:00");

        assertThat(e.summary()).isEqualTo("Thu 3 Dec 10:00 is free under every rule; it is the 45th free time, "
                + "after the 3 proposals — ask for more times.");
        assertThat(e.candidate()).isEqualTo(OptionalInt.of(45));
    }

    @Test
    void withOneProposalTheWordsAgree() {
        SlotFinder one = new SlotFinder(SlotRules.defaults(BERLIN).withCount(1));

        assertThat(one.explain(at("2026-11-30T12:00"), twoWeeks(List.of())).summary())
                .isEqualTo("Mon 30 Nov 12:00 is offered: it is the only proposal.");
        assertThat(one.explain(at("2026-12-01T10:00"), twoWeeks(List.of())).summary())
                .isEqualTo("Tue 1 Dec 10:00 is free under every rule; it is the 13th free time, after the proposal"
                        + " — ask for more times.");
    }

    @Test
    void aFreeTimeOutsideTheWindowSaysWhereTheWindowIs() {
        SlotRequest threeDays = new SlotRequest(NOW, NOW, 3, BERLIN, List.of());

        assertThat(finder.explain(at("2026-12-04T10:00"), threeDays).summary()).isEqualTo(
                "Fri 4 Dec 10:00 is free under every rule but outside the search window (Mon 30 Nov 10:00 to Thu 3 Dec 10:00).");
    }

    @Test
    void aProposalPastTheHorizonSaysBookingWouldStillBeRefused() {
        // The caller's window reaches past the horizon (Monday 14 December, 10:00).
        SlotRequest later = new SlotRequest(NOW, at("2026-12-15T08:00"), 3, BERLIN, List.of());

        Explanation e = finder.explain(at("2026-12-15T09:30"), later);

        assertThat(e.summary()).isEqualTo("Tue 15 Dec 09:30 is offered: it is the 1st of the 3 proposals. Booking it "
                + "would still be refused: it is more than 14 days ahead (bookings go up to Mon 14 Dec 10:00, Europe/Berlin).");
        assertThat(e.proposed()).isTrue();
        assertThat(e.violations()).extracting(RuleViolation::rule).containsExactly(Rule.HORIZON);
    }

    @Test
    void theExplanationAgreesWithProposeCandidatesAndCheck() {
        SlotRequest request = twoWeeks(List.of(new Interval(at("2026-12-02T09:00"), at("2026-12-02T12:00"))));
        List<Interval> proposals = finder.propose(request);
        List<Interval> candidates = finder.candidates(request, Integer.MAX_VALUE);

        for (Interval slot : candidates.subList(0, 40)) {
            Explanation e = finder.explain(slot.start(), request);
            assertThat(e.violations()).isEqualTo(finder.check(slot, request));
            assertThat(e.proposed()).isEqualTo(proposals.contains(slot));
            assertThat(e.candidate()).isEqualTo(OptionalInt.of(candidates.indexOf(slot) + 1));
        }
    }
}
