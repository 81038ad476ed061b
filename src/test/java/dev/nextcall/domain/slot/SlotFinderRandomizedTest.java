package dev.nextcall.domain.slot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.Interval;
import dev.nextcall.domain.SeedBlock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What must hold for any rules and any request: every proposal is bookable, and the answer is a
 * function of its input. Working hours include night and all-day variants so that clock changes
 * fall inside them, and "now" is often placed just before a clock change.
 *
 * <p>Inputs come from {@link Random} with fixed seeds (see {@link SeedBlock}), so every run checks the
 * same cases. A failure names its seed; {@code scenario(new Random(seed))} rebuilds the failing case.
 */
class SlotFinderRandomizedTest {

    static final List<ZoneId> ZONES = Stream.of("Europe/Berlin", "America/New_York", "Asia/Kolkata",
            "America/St_Johns", "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Chatham", "UTC")
            .map(ZoneId::of).toList();

    /** Clock changes in 2026 of the zones above (UTC instants). */
    static final List<Instant> CLOCK_CHANGES = Stream.of(
            "2026-03-29T01:00:00Z", "2026-10-25T01:00:00Z",   // Europe/Berlin
            "2026-03-08T07:00:00Z", "2026-11-01T06:00:00Z",   // America/New_York
            "2026-03-08T05:30:00Z", "2026-11-01T04:30:00Z",   // America/St_Johns
            "2026-04-04T15:00:00Z", "2026-10-03T15:30:00Z",   // Australia/Lord_Howe
            "2026-04-04T14:00:00Z", "2026-09-26T14:00:00Z")   // Pacific/Chatham
            .map(Instant::parse).toList();

    static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    static final List<WorkingHours> HOURS = List.of(
            WorkingHours.standard(),
            WorkingHours.sameEveryDay(new TimeRange(LocalTime.MIDNIGHT, LocalTime.MAX), List.of(DayOfWeek.values())),
            WorkingHours.sameEveryDay(TimeRange.of("00:00", "06:00"), List.of(DayOfWeek.values())),
            WorkingHours.of(Map.of(
                    DayOfWeek.MONDAY, List.of(TimeRange.of("08:00", "12:00"), TimeRange.of("13:00", "18:30")),
                    DayOfWeek.WEDNESDAY, List.of(TimeRange.of("07:45", "11:15")),
                    DayOfWeek.SATURDAY, List.of(TimeRange.of("10:00", "14:00"), TimeRange.of("20:00", "23:30")),
                    DayOfWeek.SUNDAY, List.of(TimeRange.of("01:30", "03:15")))),
            WorkingHours.sameEveryDay(TimeRange.of("09:00", "17:00"), WEEKDAYS.subList(0, 2)));

    static final List<Integer> LENGTH_MINUTES = List.of(15, 20, 30, 45, 60, 90);
    static final List<Integer> STEP_MINUTES = List.of(5, 10, 15, 20, 30, 45, 60);
    static final Instant FIRST_NOW = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant LAST_NOW = Instant.parse("2026-12-31T00:00:00Z");

    record Scenario(SlotRules rules, SlotRequest request) {
        SlotFinder finder() {
            return new SlotFinder(rules);
        }

        Instant windowEnd() {
            return request.from().atZone(rules.repZone()).plusDays(request.days()).toInstant();
        }

        Instant horizonEnd() {
            return request.now().atZone(rules.repZone()).plusDays(rules.horizonDays()).toInstant();
        }

        /**
         * What check() may say about a slot the finder offered: nothing, except HORIZON exactly when
         * the slot ends after now + horizon, since the search window is the caller's and may reach
         * past it.
         */
        List<RuleViolation.Rule> bookingRulesBroken(Interval offered) {
            return offered.end().isAfter(horizonEnd()) ? List.of(RuleViolation.Rule.HORIZON) : List.of();
        }
    }

    // ---- seeds ---------------------------------------------------------------------------------

    static Stream<SeedBlock> seeds500() {
        return SeedBlock.upTo(500);
    }

    static Stream<SeedBlock> seeds300() {
        return SeedBlock.upTo(300);
    }

    static Stream<SeedBlock> seeds200() {
        return SeedBlock.upTo(200);
    }

    // ---- generators --------------------------------------------------------------------------

    static Scenario scenario(Random random) {
        SlotRules rules = new SlotRules(pick(random, ZONES), pick(random, HOURS), pick(random, HOURS),
                Duration.ofMinutes(pick(random, LENGTH_MINUTES)), Duration.ofMinutes(pick(random, STEP_MINUTES)),
                buffer(random), buffer(random), Duration.ofMinutes(between(random, 0, 360)),
                between(random, 1, 21), between(random, 1, 5));
        Instant now = now(random);
        Instant from = now.plus(Duration.ofMinutes(between(random, -2 * 24 * 60, 20 * 24 * 60)));
        int days = between(random, 1, 21);
        ZoneId prospectZone = pick(random, ZONES);
        return new Scenario(rules, new SlotRequest(now, from, days, prospectZone, busy(random, now)));
    }

    /** Any time in 2026 or, as often, up to five days before one of the clock changes. */
    private static Instant now(Random random) {
        if (random.nextBoolean()) {
            return Instant.ofEpochSecond(between(random, FIRST_NOW.getEpochSecond(), LAST_NOW.getEpochSecond()));
        }
        return pick(random, CLOCK_CHANGES).minus(Duration.ofMinutes(between(random, 0, 5 * 24 * 60)));
    }

    /** Up to 40 busy intervals from a day before now to 25 days after, each up to 12 hours long. */
    private static List<Interval> busy(Random random, Instant now) {
        int size = between(random, 0, 40);
        List<Interval> busy = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            long start = between(random, -24 * 60, 25 * 24 * 60);
            long length = between(random, 1, 12 * 60);
            busy.add(Interval.of(now.plus(Duration.ofMinutes(start)), Duration.ofMinutes(length)));
        }
        return busy;
    }

    private static Duration buffer(Random random) {
        return Duration.ofMinutes(5L * between(random, 0, 9));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Uniform in [min, max], with the bounds themselves mixed in more often (about one in ten). */
    private static int between(Random random, int min, int max) {
        return (int) between(random, (long) min, (long) max);
    }

    private static long between(Random random, long min, long max) {
        int roll = random.nextInt(20);
        if (roll == 0) {
            return min;
        }
        if (roll == 1) {
            return max;
        }
        return random.nextLong(min, max + 1);
    }

    // ---- properties --------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds500")
    void noProposalOverlapsBusyTimeWidenedByTheBuffers(SeedBlock seeds) {
        seeds.check(SlotFinderRandomizedTest::scenario, (s, random) -> {
            List<Interval> proposals = s.finder().propose(s.request());
            for (Interval proposal : proposals) {
                for (Interval busy : s.request().busy()) {
                    assertThat(proposal.overlaps(busy.widen(s.rules().bufferBefore(), s.rules().bufferAfter())))
                            .as("%s against busy %s", proposal, busy).isFalse();
                }
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds500")
    void everyProposalIsInsideBothPartiesHoursAfterTheNoticeAndInsideTheWindow(SeedBlock seeds) {
        seeds.check(SlotFinderRandomizedTest::scenario, (s, random) -> {
            List<Interval> proposals = s.finder().propose(s.request());
            for (Interval proposal : proposals) {
                assertThat(proposal.duration()).isEqualTo(s.rules().meetingLength());
                assertThat(inside(s.rules().repHours(), s.rules().repZone(), proposal))
                        .as("%s inside the rep's hours in %s", proposal, s.rules().repZone()).isTrue();
                assertThat(inside(s.rules().prospectHours(), s.request().prospectZone(), proposal))
                        .as("%s inside the prospect's hours in %s", proposal, s.request().prospectZone()).isTrue();
                assertThat(proposal.start()).isAfterOrEqualTo(s.request().now().plus(s.rules().minimumNotice()));
                assertThat(proposal.start()).isAfterOrEqualTo(s.request().from());
                // The window is the caller's and may reach past the horizon (a booking rule, see check()).
                assertThat(proposal.end()).isBeforeOrEqualTo(s.windowEnd());
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds500")
    void proposalsAreSortedDistinctNonOverlappingAndAtMostCount(SeedBlock seeds) {
        seeds.check(SlotFinderRandomizedTest::scenario, (s, random) -> {
            List<Interval> proposals = s.finder().propose(s.request());
            assertThat(proposals).hasSizeLessThanOrEqualTo(s.rules().count()).isSorted().doesNotHaveDuplicates();
            for (int i = 1; i < proposals.size(); i++) {
                assertThat(proposals.get(i - 1).overlaps(proposals.get(i))).as("%s", proposals).isFalse();
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds300")
    void proposalsAreSpreadOverAsManyDaysAsPossibleAndStartWithTheSoonest(SeedBlock seeds) {
        seeds.check(SlotFinderRandomizedTest::scenario, (s, random) -> {
            List<Interval> proposals = s.finder().propose(s.request());
            List<Interval> all = s.finder().candidates(s.request(), Integer.MAX_VALUE);
            ZoneId rep = s.rules().repZone();
            long daysOffered = all.stream().map(c -> c.start().atZone(rep).toLocalDate()).distinct().count();
            long daysProposed = proposals.stream().map(p -> p.start().atZone(rep).toLocalDate()).distinct().count();

            assertThat(daysProposed).isEqualTo(Math.min(s.rules().count(), daysOffered));
            assertThat(all).containsAll(proposals);
            if (!all.isEmpty()) {
                assertThat(proposals.get(0)).isEqualTo(all.get(0));
            }
            if (proposals.size() < s.rules().count()) {
                // Nothing was left out that could have been added without overlapping.
                assertThat(all).allSatisfy(c -> assertThat(proposals.stream().anyMatch(c::overlaps)).isTrue());
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds300")
    void theAnswerDependsOnlyOnTheInput(SeedBlock seeds) {
        seeds.check(SlotFinderRandomizedTest::scenario, (s, random) -> {
            List<Interval> first = s.finder().propose(s.request());
            List<Interval> again = new SlotFinder(s.rules()).propose(s.request());
            List<Interval> shuffled = new ArrayList<>(s.request().busy());
            Collections.shuffle(shuffled, new Random(random.nextLong()));
            SlotRequest reordered = new SlotRequest(s.request().now(), s.request().from(), s.request().days(),
                    s.request().prospectZone(), shuffled);

            assertThat(again).isEqualTo(first);
            assertThat(s.finder().propose(reordered)).as("busy time in another order").isEqualTo(first);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds500")
    void everyProposalPassesCheckExceptForTheHorizon(SeedBlock seeds) {
        seeds.check(SlotFinderRandomizedTest::scenario, (s, random) -> {
            SlotFinder finder = s.finder();
            for (Interval proposal : finder.propose(s.request())) {
                assertThat(finder.check(proposal, s.request())).as("check(%s)", proposal)
                        .extracting(RuleViolation::rule).containsExactlyElementsOf(s.bookingRulesBroken(proposal));
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds200")
    void everyCandidatePassesCheckExceptForTheHorizonAndCandidatesAreStrictlySorted(SeedBlock seeds) {
        seeds.check(SlotFinderRandomizedTest::scenario, (s, random) -> {
            SlotFinder finder = s.finder();
            List<Interval> all = finder.candidates(s.request(), Integer.MAX_VALUE);
            for (int i = 1; i < all.size(); i++) {
                assertThat(all.get(i - 1)).isLessThan(all.get(i));
            }
            for (Interval candidate : all) {
                assertThat(finder.check(candidate, s.request())).as("check(%s)", candidate)
                        .extracting(RuleViolation::rule).containsExactlyElementsOf(s.bookingRulesBroken(candidate));
            }
            assertThat(finder.candidates(s.request(), 2)).isEqualTo(all.subList(0, Math.min(2, all.size())));
        });
    }

    /**
     * Independent of the finder's own arithmetic: every minute of the meeting, read on the wall clock
     * of {@code zone}, falls on the day it starts and inside one and the same working range.
     */
    static boolean inside(WorkingHours hours, ZoneId zone, Interval slot) {
        ZonedDateTime start = slot.start().atZone(zone);
        LocalDate day = start.toLocalDate();
        List<Instant> probes = new ArrayList<>();
        for (Instant t = slot.start(); t.isBefore(slot.end()); t = t.plus(Duration.ofMinutes(1))) {
            probes.add(t);
        }
        probes.add(slot.end().minusNanos(1));
        return hours.on(day.getDayOfWeek()).stream().anyMatch(range -> probes.stream().allMatch(t -> {
            ZonedDateTime wall = t.atZone(zone);
            LocalTime time = wall.toLocalTime();
            // LocalTime.MAX stands for 24:00, so the day's last nanosecond is inside it.
            boolean beforeEnd = time.isBefore(range.end()) || range.end().equals(LocalTime.MAX);
            return wall.toLocalDate().equals(day) && !time.isBefore(range.start()) && beforeEnd;
        }));
    }
}
