package dev.nextcall.domain.slot;

import static dev.nextcall.domain.slot.SlotScenarios.between;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.Interval;
import dev.nextcall.domain.SeedBlock;
import dev.nextcall.domain.slot.RuleViolation.Rule;
import dev.nextcall.domain.slot.SlotScenarios.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What must hold for any rules and any request: every proposal is bookable, the ranking does what it
 * promises, and the answer is a function of its input. The rules include breaks, date overrides, days
 * off, daily caps and comfort margins; see {@link SlotScenarios} for the generators and the oracles.
 *
 * <p>Inputs come from {@link Random} with fixed seeds (see {@link SeedBlock}), so every run checks the
 * same cases. A failure names its seed; {@code SlotScenarios.scenario(new Random(seed))} rebuilds the
 * failing case.
 */
class SlotFinderRandomizedTest {

    static Stream<SeedBlock> seeds500() {
        return SeedBlock.upTo(500);
    }

    static Stream<SeedBlock> seeds300() {
        return SeedBlock.upTo(300);
    }

    static Stream<SeedBlock> seeds200() {
        return SeedBlock.upTo(200);
    }

    // ---- every rule holds for every proposal ------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds500")
    void noProposalOverlapsBusyTimeWidenedByTheBuffers(SeedBlock seeds) {
        seeds.check(SlotScenarios::scenario, (s, random) -> {
            for (Interval proposal : s.finder().propose(s.request())) {
                for (Interval busy : s.request().busy()) {
                    assertThat(proposal.overlaps(busy.widen(s.rules().bufferBefore(), s.rules().bufferAfter())))
                            .as("%s against busy %s", proposal, busy).isFalse();
                }
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds500")
    void everyProposalKeepsTheHoursBreaksDaysOffCapNoticeAndWindow(SeedBlock seeds) {
        seeds.check(SlotScenarios::scenario, (s, random) -> {
            for (Interval proposal : s.finder().propose(s.request())) {
                LocalDate day = s.repDate(proposal);
                assertThat(proposal.duration()).isEqualTo(s.rules().meetingLength());
                assertThat(SlotScenarios.inside(s.repRanges(day), s.repZone(), proposal))
                        .as("%s inside the rep's hours of %s in %s", proposal, day, s.repZone()).isTrue();
                assertThat(SlotScenarios.touchesABreak(s.rules().repSchedule().breaks(), s.repZone(), proposal))
                        .as("%s during a break", proposal).isFalse();
                LocalDate theirDay = proposal.start().atZone(s.prospectZone()).toLocalDate();
                assertThat(SlotScenarios.inside(s.prospectRanges(theirDay), s.prospectZone(), proposal))
                        .as("%s inside the prospect's hours in %s", proposal, s.prospectZone()).isTrue();
                assertThat(s.request().daysOff()).as("days off").doesNotContain(day);
                if (s.rules().dailyCap() > 0) {
                    assertThat(s.request().meetingsOn(day)).as("meetings on %s", day).isLessThan(s.rules().dailyCap());
                }
                assertThat(proposal.start()).isAfterOrEqualTo(s.request().now().plus(s.rules().minimumNotice()));
                assertThat(proposal.start()).isAfterOrEqualTo(s.request().from());
                // The window is the caller's and may reach past the horizon (a booking rule, see check()).
                assertThat(proposal.end()).isBeforeOrEqualTo(s.windowEnd());
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds500")
    void everyProposalIsOnTheStepGridOfItsWorkingRange(SeedBlock seeds) {
        seeds.check(SlotScenarios::scenario, (s, random) -> {
            for (Interval proposal : s.finder().propose(s.request())) {
                assertThat(SlotScenarios.onGrid(s, proposal.start())).as("%s on the grid", proposal).isTrue();
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds500")
    void everyProposalPassesCheckExceptForTheHorizon(SeedBlock seeds) {
        seeds.check(SlotScenarios::scenario, (s, random) -> {
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
        seeds.check(SlotScenarios::scenario, (s, random) -> {
            SlotFinder finder = s.finder();
            List<Interval> all = finder.candidates(s.request(), Integer.MAX_VALUE);
            for (int i = 1; i < all.size(); i++) {
                assertThat(all.get(i - 1)).isLessThan(all.get(i));
            }
            for (Interval candidate : all) {
                assertThat(finder.check(candidate, s.request())).as("check(%s)", candidate)
                        .extracting(RuleViolation::rule).containsExactlyElementsOf(s.bookingRulesBroken(candidate));
                assertThat(SlotScenarios.onGrid(s, candidate.start())).as("%s on the grid", candidate).isTrue();
            }
            assertThat(finder.candidates(s.request(), 2)).isEqualTo(all.subList(0, Math.min(2, all.size())));
        });
    }

    // ---- ranking ------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds500")
    void proposalsAreSortedDistinctNonOverlappingAndAtMostCount(SeedBlock seeds) {
        seeds.check(SlotScenarios::scenario, (s, random) -> {
            List<Interval> proposals = s.finder().propose(s.request());
            assertThat(proposals).hasSizeLessThanOrEqualTo(s.rules().count()).isSorted().doesNotHaveDuplicates();
            for (int i = 1; i < proposals.size(); i++) {
                assertThat(proposals.get(i - 1).overlaps(proposals.get(i))).as("%s", proposals).isFalse();
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds500")
    void proposalsTakeTheSoonestDaysAndEachDaysMostComfortableTime(SeedBlock seeds) {
        seeds.check(SlotScenarios::scenario, (s, random) -> {
            List<Interval> proposals = s.finder().propose(s.request());
            List<Interval> all = s.finder().candidates(s.request(), Integer.MAX_VALUE);
            Map<LocalDate, Interval> picks = dayPicks(s, all);
            int days = Math.min(s.rules().count(), picks.size());

            List<Interval> soonest = soonestWithoutOverlap(all, s.rules().count());

            assertThat(all).containsAll(proposals);
            // As many as asked for, or as many as fit without overlapping: comfort never costs one.
            assertThat(proposals).hasSameSizeAs(soonest);
            // The soonest days, each with one proposal at least.
            assertThat(proposals.stream().map(s::repDate).distinct().sorted())
                    .containsExactlyElementsOf(picks.keySet().stream().limit(days).toList());
            List<Interval> dayPicks = picks.values().stream().limit(days).toList();
            if (!proposals.containsAll(dayPicks)) {
                // Only when the comfortable choice would have left fewer: then the soonest times.
                assertThat(proposals).isEqualTo(soonest);
                return;
            }
            // A time at the edge beyond its day's pick only fills up once comfortable times are used up.
            List<Interval> extra = new ArrayList<>(proposals);
            extra.removeAll(dayPicks);
            if (extra.stream().anyMatch(s::atEdge)) {
                assertThat(all).filteredOn(c -> !s.atEdge(c))
                        .allSatisfy(c -> assertThat(proposals.stream().anyMatch(c::overlaps)).isTrue());
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds300")
    void theAnswerDependsOnlyOnTheInput(SeedBlock seeds) {
        seeds.check(SlotScenarios::scenario, (s, random) -> {
            List<Interval> first = s.finder().propose(s.request());
            List<Interval> again = new SlotFinder(s.rules()).propose(s.request());
            List<Interval> shuffled = new ArrayList<>(s.request().busy());
            Collections.shuffle(shuffled, new Random(random.nextLong()));
            SlotRequest r = s.request();
            SlotRequest reordered = new SlotRequest(r.now(), r.from(), r.days(), r.prospectZone(), shuffled,
                    r.meetingsPerDay(), r.daysOff());

            assertThat(again).isEqualTo(first);
            assertThat(s.finder().propose(reordered)).as("busy time in another order").isEqualTo(first);
            assertThat(s.finder().moreTimes(reordered, 0, 10)).isEqualTo(s.finder().moreTimes(r, 0, 10));
        });
    }

    // ---- more times and explain ---------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds300")
    void moreTimesPagesThroughTheFreeTimesThatWereNotProposed(SeedBlock seeds) {
        seeds.check(SlotScenarios::scenario, (s, random) -> {
            SlotFinder finder = s.finder();
            List<Interval> proposals = finder.propose(s.request());
            List<Interval> expected = new ArrayList<>(finder.candidates(s.request(), Integer.MAX_VALUE));
            expected.removeAll(proposals);
            // Small pages, but not thousands of them when the rules allow a free time every five minutes.
            int pageSize = Math.max(between(random, 1, 12), expected.size() / 10);

            List<Interval> paged = new ArrayList<>();
            for (int offset = 0; ; offset += pageSize) {
                List<Interval> page = finder.moreTimes(s.request(), offset, pageSize);
                assertThat(page).hasSizeLessThanOrEqualTo(pageSize);
                paged.addAll(page);
                if (page.size() < pageSize) {
                    break;
                }
            }
            assertThat(paged).containsExactlyElementsOf(expected).isSorted().doesNotHaveDuplicates();
            assertThat(paged).allSatisfy(p -> assertThat(proposals).doesNotContain(p));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds200")
    void explainAgreesWithCheckTheGridAndTheSearch(SeedBlock seeds) {
        seeds.check(SlotScenarios::scenario, (s, random) -> {
            SlotFinder finder = s.finder();
            List<Interval> proposals = finder.propose(s.request());
            List<Interval> all = finder.candidates(s.request(), Integer.MAX_VALUE);
            for (Instant start : startsToExplain(s, all, random)) {
                Interval slot = Interval.of(start, s.rules().meetingLength());
                Explanation e = finder.explain(start, s.request());

                assertThat(e.slot()).isEqualTo(slot);
                assertThat(e.violations()).isEqualTo(finder.check(slot, s.request()));
                assertThat(e.onGrid()).as("on the grid: %s", start).isEqualTo(SlotScenarios.onGrid(s, start));
                assertThat(e.proposed()).isEqualTo(proposals.contains(slot));
                assertThat(e.candidate().isPresent()).as("a candidate: %s", e).isEqualTo(all.contains(slot));
                if (e.candidate().isPresent()) {
                    assertThat(all.get(e.candidate().getAsInt() - 1)).isEqualTo(slot);
                }
                // Free of every rule the search applies, on the grid and inside the window: then offered.
                boolean freeButForTheHorizon = e.violations().stream().allMatch(v -> v.rule() == Rule.HORIZON);
                boolean inWindow = !start.isBefore(s.request().from()) && !slot.end().isAfter(s.windowEnd());
                assertThat(e.candidate().isPresent()).as("%s", e).isEqualTo(freeButForTheHorizon && e.onGrid() && inWindow);
                assertThat(e.summary()).isNotBlank().endsWith(".");
            }
        });
    }

    /** Free times, times a few steps off them, and times anywhere in the window. */
    private static List<Instant> startsToExplain(Scenario s, List<Interval> candidates, Random random) {
        List<Instant> starts = new ArrayList<>();
        Instant from = s.request().from();
        long windowMinutes = Duration.between(from, s.windowEnd()).toMinutes();
        for (int i = 0; i < 4; i++) {
            starts.add(from.plus(Duration.ofMinutes(5 * between(random, 0, windowMinutes / 5))));
            if (!candidates.isEmpty()) {
                Interval near = SlotScenarios.pick(random, candidates);
                starts.add(near.start().plus(s.rules().step().multipliedBy(between(random, -3, 3))));
                starts.add(near.start().plus(Duration.ofMinutes(5)));
            }
        }
        return starts;
    }

    /**
     * Interval scheduling by earliest end: the largest set of non-overlapping free times (at most
     * {@code count}), soonest first.
     */
    private static List<Interval> soonestWithoutOverlap(List<Interval> candidates, int count) {
        List<Interval> byEnd = new ArrayList<>(candidates);
        byEnd.sort(Comparator.comparing(Interval::end));
        List<Interval> chosen = new ArrayList<>();
        for (Interval c : byEnd) {
            if (chosen.size() < count && chosen.stream().noneMatch(c::overlaps)) {
                chosen.add(c);
            }
        }
        chosen.sort(null);
        return chosen;
    }

    /** Per rep date, in order: its soonest time at the edge for nobody, else its soonest time. */
    private static Map<LocalDate, Interval> dayPicks(Scenario s, List<Interval> candidates) {
        Map<LocalDate, Interval> picks = new LinkedHashMap<>();
        for (Interval c : candidates) {
            picks.putIfAbsent(s.repDate(c), c);
        }
        for (Interval c : candidates) {
            Interval current = picks.get(s.repDate(c));
            if (s.atEdge(current) && !s.atEdge(c)) {
                picks.put(s.repDate(c), c);
            }
        }
        return picks;
    }
}
