package dev.nextcall.domain.slot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.Interval;
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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What must hold for any rules and any request: every proposal is bookable, and the answer is a
 * function of its input. Working hours include night and all-day variants so that clock changes
 * fall inside them, and "now" is often placed just before a clock change.
 */
class SlotFinderProperties {

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
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZONES);
        Arbitrary<WorkingHours> hours = Arbitraries.of(HOURS);
        Arbitrary<Duration> lengths = Arbitraries.of(15, 20, 30, 45, 60, 90).map(Duration::ofMinutes);
        Arbitrary<Duration> steps = Arbitraries.of(5, 10, 15, 20, 30, 45, 60).map(Duration::ofMinutes);
        Arbitrary<Duration> buffers = Arbitraries.integers().between(0, 9).map(i -> Duration.ofMinutes(5L * i));
        Arbitrary<Duration> notices = Arbitraries.integers().between(0, 360).map(Duration::ofMinutes);
        Arbitrary<SlotRules> base = Combinators.combine(zones, hours, hours, lengths, steps, buffers, buffers, notices)
                .as((zone, rep, prospect, length, step, before, after, notice) ->
                        new SlotRules(zone, rep, prospect, length, step, before, after, notice, 14, 3));
        Arbitrary<SlotRules> rules = Combinators.combine(base, Arbitraries.integers().between(1, 21),
                        Arbitraries.integers().between(1, 5))
                .as((r, horizon, count) -> new SlotRules(r.repZone(), r.repHours(), r.prospectHours(),
                        r.meetingLength(), r.step(), r.bufferBefore(), r.bufferAfter(), r.minimumNotice(),
                        horizon, count));

        Arbitrary<Instant> anyTimeIn2026 = Arbitraries.longs()
                .between(Instant.parse("2026-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2026-12-31T00:00:00Z").getEpochSecond())
                .map(Instant::ofEpochSecond);
        Arbitrary<Instant> beforeAClockChange = Combinators.combine(Arbitraries.of(CLOCK_CHANGES),
                        Arbitraries.integers().between(0, 5 * 24 * 60))
                .as((change, minutes) -> change.minus(Duration.ofMinutes(minutes)));
        Arbitrary<Instant> nows = Arbitraries.oneOf(anyTimeIn2026, beforeAClockChange);

        Arbitrary<List<long[]>> busyDrafts = Combinators.combine(
                        Arbitraries.longs().between(-24 * 60, 25 * 24 * 60),   // start, minutes from now
                        Arbitraries.longs().between(1, 12 * 60))                // length in minutes
                .as((start, length) -> new long[] {start, length})
                .list().ofMaxSize(40);

        return Combinators.combine(rules, nows, Arbitraries.integers().between(-2 * 24 * 60, 20 * 24 * 60),
                        Arbitraries.integers().between(1, 21), zones, busyDrafts)
                .as((r, now, fromOffset, days, prospectZone, drafts) -> {
                    List<Interval> busy = drafts.stream()
                            .map(d -> Interval.of(now.plus(Duration.ofMinutes(d[0])), Duration.ofMinutes(d[1])))
                            .toList();
                    Instant from = now.plus(Duration.ofMinutes(fromOffset));
                    return new Scenario(r, new SlotRequest(now, from, days, prospectZone, busy));
                });
    }

    @Property(tries = 500)
    void noProposalOverlapsBusyTimeWidenedByTheBuffers(@ForAll("scenarios") Scenario s) {
        List<Interval> proposals = s.finder().propose(s.request());
        for (Interval proposal : proposals) {
            for (Interval busy : s.request().busy()) {
                assertThat(proposal.overlaps(busy.widen(s.rules().bufferBefore(), s.rules().bufferAfter())))
                        .as("%s against busy %s", proposal, busy).isFalse();
            }
        }
    }

    @Property(tries = 500)
    void everyProposalIsInsideBothPartiesHoursAfterTheNoticeAndInsideTheWindow(@ForAll("scenarios") Scenario s) {
        List<Interval> proposals = s.finder().propose(s.request());
        for (Interval proposal : proposals) {
            assertThat(proposal.duration()).isEqualTo(s.rules().meetingLength());
            assertThat(inside(s.rules().repHours(), s.rules().repZone(), proposal))
                    .as("%s inside the rep's hours in %s", proposal, s.rules().repZone()).isTrue();
            assertThat(inside(s.rules().prospectHours(), s.request().prospectZone(), proposal))
                    .as("%s inside the prospect's hours in %s", proposal, s.request().prospectZone()).isTrue();
            assertThat(proposal.start()).isAfterOrEqualTo(s.request().now().plus(s.rules().minimumNotice()));
            assertThat(proposal.start()).isAfterOrEqualTo(s.request().from());
            assertThat(proposal.end()).isBeforeOrEqualTo(s.windowEnd());
            assertThat(proposal.end()).isBeforeOrEqualTo(s.horizonEnd());
        }
    }

    @Property(tries = 500)
    void proposalsAreSortedDistinctNonOverlappingAndAtMostCount(@ForAll("scenarios") Scenario s) {
        List<Interval> proposals = s.finder().propose(s.request());
        assertThat(proposals).hasSizeLessThanOrEqualTo(s.rules().count()).isSorted().doesNotHaveDuplicates();
        for (int i = 1; i < proposals.size(); i++) {
            assertThat(proposals.get(i - 1).overlaps(proposals.get(i))).as("%s", proposals).isFalse();
        }
    }

    @Property(tries = 300)
    void proposalsAreSpreadOverAsManyDaysAsPossibleAndStartWithTheSoonest(@ForAll("scenarios") Scenario s) {
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
    }

    @Property(tries = 300)
    void theAnswerDependsOnlyOnTheInput(@ForAll("scenarios") Scenario s, @ForAll long seed) {
        List<Interval> first = s.finder().propose(s.request());
        List<Interval> again = new SlotFinder(s.rules()).propose(s.request());
        List<Interval> shuffled = new ArrayList<>(s.request().busy());
        Collections.shuffle(shuffled, new Random(seed));
        SlotRequest reordered = new SlotRequest(s.request().now(), s.request().from(), s.request().days(),
                s.request().prospectZone(), shuffled);

        assertThat(again).isEqualTo(first);
        assertThat(s.finder().propose(reordered)).as("busy time in another order").isEqualTo(first);
    }

    @Property(tries = 500)
    void everyProposalPassesCheck(@ForAll("scenarios") Scenario s) {
        SlotFinder finder = s.finder();
        for (Interval proposal : finder.propose(s.request())) {
            assertThat(finder.check(proposal, s.request())).as("check(%s)", proposal).isEmpty();
        }
    }

    @Property(tries = 200)
    void everyCandidatePassesCheckAndCandidatesAreStrictlySorted(@ForAll("scenarios") Scenario s) {
        SlotFinder finder = s.finder();
        List<Interval> all = finder.candidates(s.request(), Integer.MAX_VALUE);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i - 1)).isLessThan(all.get(i));
        }
        for (Interval candidate : all) {
            assertThat(finder.check(candidate, s.request())).as("check(%s)", candidate).isEmpty();
        }
        assertThat(finder.candidates(s.request(), 2)).isEqualTo(all.subList(0, Math.min(2, all.size())));
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
