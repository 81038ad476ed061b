package dev.nextcall.domain.slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nextcall.domain.Interval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Which free times become proposals, and the "more times" list. Default rules (09:00–17:00 both sides,
 * 30-minute meetings on a 30-minute grid, two hours' notice, three proposals, 30-minute comfort margin);
 * the rep is in Berlin and it is Monday 30 November 2026, 10:00 there. Times are the rep's wall clock.
 */
class RankingTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant NOW = at(BERLIN, "2026-11-30T10:00");
    static final Instant TUESDAY = at(BERLIN, "2026-12-01T00:00");

    static Instant at(ZoneId zone, String wallClock) {
        return LocalDateTime.parse(wallClock).atZone(zone).toInstant();
    }

    static Interval busy(String start, String end) {
        return new Interval(at(BERLIN, start), at(BERLIN, end));
    }

    static List<String> starts(List<Interval> slots) {
        return slots.stream().map(s -> s.start().atZone(BERLIN).toLocalDateTime().toString()).toList();
    }

    static List<String> proposals(SlotRules rules, SlotRequest request) {
        return starts(new SlotFinder(rules).propose(request));
    }

    static SlotRequest twoWeeks(ZoneId prospect, Interval... busy) {
        return new SlotRequest(NOW, NOW, 14, prospect, Arrays.asList(busy));
    }

    /** Tuesday 1 December only. */
    static SlotRequest tuesday(ZoneId prospect, Interval... busy) {
        return new SlotRequest(NOW, TUESDAY, 1, prospect, Arrays.asList(busy));
    }

    static SlotRules defaults() {
        return SlotRules.defaults(BERLIN);
    }

    // ---- early and late, for either party --------------------------------------------------------

    @Test
    void aFreeDayIsOfferedHalfAnHourAfterTheRepStarts() {
        // Monday's first time after the notice is 12:00, in the middle of the day; 09:00 is early.
        assertThat(proposals(defaults(), twoWeeks(BERLIN)))
                .containsExactly("2026-11-30T12:00", "2026-12-01T09:30", "2026-12-02T09:30");
    }

    @Test
    void aTimeEndingInTheRepsLastHalfHourGivesWayToAnEarlierOne() {
        SlotRules one = defaults().withCount(1);

        assertThat(proposals(one, tuesday(BERLIN, busy("2026-12-01T09:00", "2026-12-01T16:00"))))
                .containsExactly("2026-12-01T16:00");
    }

    @Test
    void aDayWhoseOnlyFreeTimeIsAtTheEdgeStillOffersIt() {
        assertThat(proposals(defaults().withCount(1), tuesday(BERLIN, busy("2026-12-01T09:00", "2026-12-01T16:30"))))
                .containsExactly("2026-12-01T16:30");
    }

    @Test
    void theProspectsEarlyMorningIsAvoidedOnTheirClock() {
        // New York's 09:00 is Berlin's 15:00 in winter; 15:00 is early for them, 16:30 late for the rep.
        assertThat(proposals(defaults(), twoWeeks(ZoneId.of("America/New_York"))))
                .containsExactly("2026-11-30T15:30", "2026-12-01T15:30", "2026-12-02T15:30");
    }

    @Test
    void theProspectsLateAfternoonIsAvoidedOnTheirClock() {
        // Kolkata's 17:00 is Berlin's 12:30 in winter: 12:00 ends in their last half hour.
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        SlotRules one = defaults().withCount(1);

        assertThat(proposals(one, tuesday(kolkata, busy("2026-12-01T09:00", "2026-12-01T11:30"))))
                .containsExactly("2026-12-01T11:30");
        assertThat(proposals(one, tuesday(kolkata, busy("2026-12-01T09:00", "2026-12-01T12:00"))))
                .as("nothing else that day").containsExactly("2026-12-01T12:00");
    }

    @Test
    void withoutAComfortMarginTheSoonestTimeOfEachDayIsTaken() {
        assertThat(proposals(defaults().withComfortMargin(Duration.ZERO), twoWeeks(BERLIN)))
                .containsExactly("2026-11-30T12:00", "2026-12-01T09:00", "2026-12-02T09:00");
    }

    @Test
    void aMarginWiderThanHalfTheDayLeavesOnlyEdgesAndFallsBackToTheSoonest() {
        assertThat(proposals(defaults().withComfortMargin(Duration.ofHours(4)), twoWeeks(BERLIN)))
                .containsExactly("2026-11-30T12:00", "2026-12-01T09:00", "2026-12-02T09:00");
    }

    @Test
    void rightAfterLunchIsNotEarly() {
        // The margin counts from the working range as configured, not from the end of the break.
        SlotRules lunch = defaults().withCount(1).withRepSchedule(
                WorkingSchedule.standard().withBreaks(List.of(TimeRange.of("12:00", "13:00"))));

        assertThat(proposals(lunch, tuesday(BERLIN, busy("2026-12-01T09:00", "2026-12-01T12:00"))))
                .containsExactly("2026-12-01T13:00");
    }

    // ---- days --------------------------------------------------------------------------------

    @Test
    void theSoonestDaysWithAFreeTimeAreUsedOneProposalEach() {
        List<String> proposals = proposals(defaults(), twoWeeks(BERLIN, busy("2026-12-01T00:00", "2026-12-02T00:00")));

        assertThat(proposals).containsExactly("2026-11-30T12:00", "2026-12-02T09:30", "2026-12-03T09:30");
    }

    @Test
    void withFewerDaysThanProposalsComfortableTimesFillUpBeforeEdges() {
        // One day of 09:00–12:00: 09:30 is the day's pick; the next comfortable time, 10:00, comes before
        // the earlier but early 09:00.
        SlotRules morning = repHours("09:00", "12:00").withCount(2);

        assertThat(proposals(morning, tuesday(BERLIN))).containsExactly("2026-12-01T09:30", "2026-12-01T10:00");
    }

    @Test
    void whenComfortableTimesRunOutTheEdgesFillUpSoonestFirst() {
        // 09:00–10:30: only 09:30 is comfortable; 09:00 and 10:00 are at the edges.
        SlotRules short3 = repHours("09:00", "10:30");

        assertThat(proposals(short3, tuesday(BERLIN)))
                .containsExactly("2026-12-01T09:00", "2026-12-01T09:30", "2026-12-01T10:00");
        assertThat(proposals(short3.withCount(2), tuesday(BERLIN)))
                .containsExactly("2026-12-01T09:00", "2026-12-01T09:30");
    }

    @Test
    void comfortNeverCostsAProposal() {
        // Hour-long meetings with a New York prospect: Tuesday has 15:00 (early for them), 15:30 and
        // 16:00 (late for the rep). 15:30 alone would overlap both; two times beat one.
        SlotRules hour = defaults().withMeetingLength(Duration.ofHours(1));
        ZoneId newYork = ZoneId.of("America/New_York");

        assertThat(proposals(hour.withCount(2), tuesday(newYork)))
                .containsExactly("2026-12-01T15:00", "2026-12-01T16:00");
        assertThat(proposals(hour.withCount(1), tuesday(newYork))).containsExactly("2026-12-01T15:30");
    }

    @Test
    void fillingNeverOverlapsAProposal() {
        SlotRules hour = defaults().withMeetingLength(Duration.ofHours(1));

        assertThat(proposals(hour, tuesday(BERLIN)))
                .containsExactly("2026-12-01T09:30", "2026-12-01T10:30", "2026-12-01T11:30");
    }

    @Test
    void theAnswerIsTheSameForTheSameInputWhateverTheOrderOfBusyTime() {
        List<Interval> busy = new ArrayList<>(List.of(busy("2026-12-01T09:00", "2026-12-01T10:30"),
                busy("2026-12-02T13:00", "2026-12-02T14:00"), busy("2026-11-30T12:00", "2026-11-30T15:00"),
                busy("2026-12-02T09:15", "2026-12-02T09:45"), busy("2026-12-01T10:00", "2026-12-01T11:00")));
        List<Interval> first = new SlotFinder(defaults()).propose(new SlotRequest(NOW, NOW, 14, BERLIN, busy));

        for (long seed = 1; seed <= 20; seed++) {
            Collections.shuffle(busy, new Random(seed));
            assertThat(new SlotFinder(defaults()).propose(new SlotRequest(NOW, NOW, 14, BERLIN, busy)))
                    .as("shuffled with seed %d", seed).isEqualTo(first);
        }
        assertThat(starts(first)).containsExactly("2026-11-30T15:00", "2026-12-01T11:00", "2026-12-02T10:00");
    }

    // ---- more times --------------------------------------------------------------------------

    @Test
    void moreTimesPageThroughTheFreeTimesThatWereNotProposedInOrder() {
        SlotFinder finder = new SlotFinder(defaults());
        SlotRequest request = twoWeeks(BERLIN);

        assertThat(starts(finder.moreTimes(request, 0, 5))).containsExactly(
                "2026-11-30T12:30", "2026-11-30T13:00", "2026-11-30T13:30", "2026-11-30T14:00", "2026-11-30T14:30");
        assertThat(starts(finder.moreTimes(request, 5, 5))).containsExactly(
                "2026-11-30T15:00", "2026-11-30T15:30", "2026-11-30T16:00", "2026-11-30T16:30", "2026-12-01T09:00");
        // Tuesday 09:30 is a proposal, so the third page goes on at 10:00.
        assertThat(starts(finder.moreTimes(request, 10, 3)))
                .containsExactly("2026-12-01T10:00", "2026-12-01T10:30", "2026-12-01T11:00");
    }

    @Test
    void allPagesTogetherAreEveryFreeTimeButTheProposals() {
        SlotFinder finder = new SlotFinder(defaults());
        SlotRequest request = twoWeeks(BERLIN, busy("2026-12-01T11:00", "2026-12-01T14:00"));
        List<Interval> expected = new ArrayList<>(finder.candidates(request, Integer.MAX_VALUE));
        expected.removeAll(finder.propose(request));

        List<Interval> paged = new ArrayList<>();
        for (int offset = 0; offset < expected.size() + 7; offset += 7) {
            paged.addAll(finder.moreTimes(request, offset, 7));
        }

        assertThat(paged).containsExactlyElementsOf(expected).isSorted().doesNotHaveDuplicates();
        assertThat(paged).doesNotContainAnyElementsOf(finder.propose(request));
    }

    @Test
    void pagesPastTheEndAreEmptyAndNegativeOnesAreRefused() {
        SlotFinder finder = new SlotFinder(defaults());

        assertThat(finder.moreTimes(twoWeeks(BERLIN), 10_000, 5)).isEmpty();
        assertThat(finder.moreTimes(twoWeeks(BERLIN), 0, 0)).isEmpty();
        assertThatThrownBy(() -> finder.moreTimes(twoWeeks(BERLIN), -1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> finder.moreTimes(twoWeeks(BERLIN), 0, -5)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The rep's hours on weekdays; the prospect keeps the default 09:00–17:00. */
    static SlotRules repHours(String start, String end) {
        return defaults().withRepSchedule(WorkingSchedule.of(
                WorkingHours.sameEveryDay(TimeRange.of(start, end), List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                        DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY))));
    }
}
