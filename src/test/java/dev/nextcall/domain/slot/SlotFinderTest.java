package dev.nextcall.domain.slot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.Interval;
import dev.nextcall.domain.slot.RuleViolation.Rule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlotFinderTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    static final List<DayOfWeek> EVERY_DAY = List.of(DayOfWeek.values());

    /** A wall-clock time in {@code zone}, e.g. {@code at(BERLIN, "2026-02-02T10:05")}. */
    static Instant at(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    static Interval slot(ZoneId zone, String localStart, int minutes) {
        return Interval.of(at(zone, localStart), Duration.ofMinutes(minutes));
    }

    /** "start/end;start/end" in {@code zone}'s wall clock; blank for none. */
    static List<Interval> busy(ZoneId zone, String spec) {
        if (spec == null || spec.isBlank()) {
            return List.of();
        }
        return Arrays.stream(spec.split(";"))
                .map(String::trim)
                .map(pair -> pair.split("/"))
                .map(p -> new Interval(at(zone, p[0].trim()), at(zone, p[1].trim())))
                .toList();
    }

    static List<String> startsIn(ZoneId zone, List<Interval> slots) {
        return slots.stream().map(s -> s.start().atZone(zone).toLocalDateTime().toString()).toList();
    }

    static List<String> words(String spaceSeparated) {
        return spaceSeparated == null || spaceSeparated.isBlank() ? List.of()
                : List.of(spaceSeparated.trim().split("\\s+"));
    }

    static SlotRules rules(ZoneId repZone, int workDays) {
        SlotRules defaults = SlotRules.defaults(repZone);
        if (workDays == 5) {
            return defaults;
        }
        WorkingHours all = WorkingHours.sameEveryDay(TimeRange.of("09:00", "17:00"), EVERY_DAY);
        return new SlotRules(repZone, all, all, defaults.meetingLength(), defaults.step(), defaults.bufferBefore(),
                defaults.bufferAfter(), defaults.minimumNotice(), defaults.horizonDays(), defaults.count());
    }

    static SlotRequest request(Instant now, int days, ZoneId prospectZone, List<Interval> busy) {
        return new SlotRequest(now, now, days, prospectZone, busy);
    }

    /**
     * Default rules (Mon–Fri 09:00–17:00 for both, 30 min on a 30-min grid, 2 h notice, 3 proposals, a
     * 30-minute comfort margin) unless the work-days column says 7. Times are wall-clock in the rep's
     * zone. The margin is why a free day starts at 09:30 (09:00 is early for the rep) and a New York
     * prospect's first time is Berlin 15:30 (15:00 is their 09:00); a day whose only free time is at the
     * edge still offers it (Monday 16:30 below).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            soonest first, one per day                 | Europe/Berlin | Europe/Berlin    | 5 | 2026-02-02T10:05 | 14 |  | 2026-02-02T12:30 2026-02-03T09:30 2026-02-04T09:30
            notice lands on the grid                   | Europe/Berlin | Europe/Berlin    | 5 | 2026-02-02T13:00 | 14 |  | 2026-02-02T15:00 2026-02-03T09:30 2026-02-04T09:30
            last slot of the day still fits            | Europe/Berlin | Europe/Berlin    | 5 | 2026-02-02T14:30 | 14 |  | 2026-02-02T16:30 2026-02-03T09:30 2026-02-04T09:30
            a minute later the day is over             | Europe/Berlin | Europe/Berlin    | 5 | 2026-02-02T14:31 | 14 |  | 2026-02-03T09:30 2026-02-04T09:30 2026-02-05T09:30
            weekend skipped from Friday afternoon      | Europe/Berlin | Europe/Berlin    | 5 | 2026-02-06T15:10 | 14 |  | 2026-02-09T09:30 2026-02-10T09:30 2026-02-11T09:30
            asked on a Saturday                        | Europe/Berlin | Europe/Berlin    | 5 | 2026-02-07T11:00 | 14 |  | 2026-02-09T09:30 2026-02-10T09:30 2026-02-11T09:30
            a fully busy day is skipped                | Europe/Berlin | Europe/Berlin    | 5 | 2026-02-02T10:05 | 14 | 2026-02-03T00:00/2026-02-04T00:00 | 2026-02-02T12:30 2026-02-04T09:30 2026-02-05T09:30
            busy time is stepped around                | Europe/Berlin | Europe/Berlin    | 5 | 2026-02-02T10:05 | 14 | 2026-02-02T12:00/2026-02-02T13:30; 2026-02-03T11:00/2026-02-03T11:45; 2026-02-03T09:00/2026-02-03T12:00 | 2026-02-02T13:30 2026-02-03T12:00 2026-02-04T09:30
            busy time ending off the grid              | Europe/Berlin | Europe/Berlin    | 5 | 2026-02-02T10:05 | 14 | 2026-02-02T12:00/2026-02-02T13:10 | 2026-02-02T13:30 2026-02-03T09:30 2026-02-04T09:30
            window of one day: a second slot that day  | Europe/Berlin | Europe/Berlin    | 5 | 2026-02-02T10:05 | 1  |  | 2026-02-02T12:30 2026-02-02T13:00 2026-02-03T09:30
            nothing at all in a busy window            | Europe/Berlin | Europe/Berlin    | 5 | 2026-02-02T10:05 | 3  | 2026-02-02T00:00/2026-02-06T00:00 |
            New York prospect in winter: 15-17 Berlin  | Europe/Berlin | America/New_York | 5 | 2026-02-02T10:05 | 14 |  | 2026-02-02T15:30 2026-02-03T15:30 2026-02-04T15:30
            New York already on summer time (March)    | Europe/Berlin | America/New_York | 5 | 2026-03-09T10:05 | 14 |  | 2026-03-09T14:30 2026-03-10T14:30 2026-03-11T14:30
            both on summer time again                  | Europe/Berlin | America/New_York | 5 | 2026-03-30T10:05 | 14 |  | 2026-03-30T15:30 2026-03-31T15:30 2026-04-01T15:30
            Berlin back on winter time first (October) | Europe/Berlin | America/New_York | 5 | 2026-10-26T10:05 | 14 |  | 2026-10-26T14:30 2026-10-27T14:30 2026-10-28T14:30
            New York rep, Berlin prospect, winter      | America/New_York | Europe/Berlin | 5 | 2026-02-02T09:30 | 14 |  | 2026-02-03T09:30 2026-02-04T09:30 2026-02-05T09:30
            New York rep, Berlin prospect, March gap   | America/New_York | Europe/Berlin | 5 | 2026-03-09T09:30 | 14 |  | 2026-03-09T11:30 2026-03-10T09:30 2026-03-11T09:30
            Kolkata prospect, Berlin winter: 09-12:30  | Europe/Berlin | Asia/Kolkata     | 5 | 2026-02-02T10:05 | 14 |  | 2026-02-03T09:30 2026-02-04T09:30 2026-02-05T09:30
            Kolkata prospect, Berlin summer: 09-13:30  | Europe/Berlin | Asia/Kolkata     | 5 | 2026-06-01T10:05 | 14 |  | 2026-06-01T12:30 2026-06-02T09:30 2026-06-03T09:30
            Kolkata rep, Berlin prospect: from 13:30   | Asia/Kolkata  | Europe/Berlin    | 5 | 2026-02-02T10:00 | 14 |  | 2026-02-02T14:00 2026-02-03T14:00 2026-02-04T14:00
            New York rep, Kolkata prospect: no overlap | America/New_York | Asia/Kolkata  | 5 | 2026-02-02T10:00 | 14 |  |
            US spring forward on a working Sunday      | Europe/Berlin | America/New_York | 7 | 2026-03-07T08:00 | 14 |  | 2026-03-07T15:30 2026-03-08T14:30 2026-03-09T14:30
            EU spring forward on a working Sunday      | Europe/Berlin | America/New_York | 7 | 2026-03-28T08:00 | 14 |  | 2026-03-28T14:30 2026-03-29T15:30 2026-03-30T15:30
            EU fall back on a working Sunday           | Europe/Berlin | America/New_York | 7 | 2026-10-24T08:00 | 14 |  | 2026-10-24T15:30 2026-10-25T14:30 2026-10-26T14:30
            """)
    void proposes(String name, ZoneId repZone, ZoneId prospectZone, int workDays, String now, int days,
                  String busySpec, String expected) {
        SlotFinder finder = new SlotFinder(rules(repZone, workDays));
        SlotRequest request = request(at(repZone, now), days, prospectZone, busy(repZone, busySpec));

        List<Interval> proposals = finder.propose(request);

        assertThat(startsIn(repZone, proposals)).containsExactlyElementsOf(words(expected));
        for (Interval proposal : proposals) {
            assertThat(proposal.duration()).isEqualTo(Duration.ofMinutes(30));
            assertThat(finder.check(proposal, request)).as("violations of %s", proposal).isEmpty();
        }
    }

    @Test
    void defaultsGiveThreeSlotsOnThreeWeekdaysInsideOfficeHours() {
        Instant now = at(BERLIN, "2026-02-02T10:05");
        List<Interval> proposals = new SlotFinder(SlotRules.defaults(BERLIN)).propose(request(now, 14, BERLIN, List.of()));

        assertThat(proposals).hasSize(3).isSorted();
        assertThat(proposals.stream().map(s -> s.start().atZone(BERLIN).toLocalDate()).distinct()).hasSize(3);
        for (Interval s : proposals) {
            var start = s.start().atZone(BERLIN);
            var end = s.end().atZone(BERLIN);
            assertThat(start.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(start.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(16, 30));
            assertThat(end.toLocalTime()).isBeforeOrEqualTo(LocalTime.of(17, 0));
            assertThat(start.getMinute() % 30).as("on the 30-minute grid").isZero();
            assertThat(s.start()).isAfterOrEqualTo(now.plus(Duration.ofHours(2)));
        }
    }

    @Test
    void aSecondSlotOnTheSameDayNeverOverlapsTheFirst() {
        // Friday, one-day window: only Friday has room, so all three proposals fall on it.
        SlotRules rules = SlotRules.defaults(BERLIN).withMeetingLength(Duration.ofHours(1));
        Instant now = at(BERLIN, "2026-02-06T08:00");
        List<Interval> proposals = new SlotFinder(rules).propose(request(now, 1, BERLIN, List.of()));

        assertThat(startsIn(BERLIN, proposals))
                .containsExactly("2026-02-06T10:00", "2026-02-06T11:00", "2026-02-06T12:00");
    }

    @Test
    void countLimitsTheProposals() {
        Instant now = at(BERLIN, "2026-02-02T10:05");
        SlotFinder finder = new SlotFinder(SlotRules.defaults(BERLIN).withCount(5));
        assertThat(startsIn(BERLIN, finder.propose(request(now, 14, BERLIN, List.of()))))
                .containsExactly("2026-02-02T12:30", "2026-02-03T09:30", "2026-02-04T09:30", "2026-02-05T09:30",
                        "2026-02-06T09:30");
        SlotFinder one = new SlotFinder(SlotRules.defaults(BERLIN).withCount(1));
        assertThat(startsIn(BERLIN, one.propose(request(now, 14, BERLIN, List.of()))))
                .containsExactly("2026-02-02T12:30");
    }

    @Test
    void searchStartsAtFromButNoticeCountsFromNow() {
        Instant now = at(BERLIN, "2026-02-02T10:05");
        SlotFinder finder = new SlotFinder(SlotRules.defaults(BERLIN));

        // Two days for three proposals: the third is the next comfortable time on a day already used.
        SlotRequest later = new SlotRequest(now, at(BERLIN, "2026-02-04T00:00"), 2, BERLIN, List.of());
        assertThat(startsIn(BERLIN, finder.propose(later)))
                .containsExactly("2026-02-04T09:30", "2026-02-04T10:00", "2026-02-05T09:30");

        SlotRequest fromThePast = new SlotRequest(now, at(BERLIN, "2026-02-01T00:00"), 14, BERLIN, List.of());
        assertThat(startsIn(BERLIN, finder.propose(fromThePast)))
                .containsExactly("2026-02-02T12:30", "2026-02-03T09:30", "2026-02-04T09:30");
    }

    @Test
    void theWindowEndIsRespected() {
        // --days 1 from Monday 10:05 ends Tuesday 10:05: Tuesday 09:30-10:00 fits, 10:00-10:30 does not.
        Instant now = at(BERLIN, "2026-02-02T10:05");
        SlotFinder finder = new SlotFinder(SlotRules.defaults(BERLIN));
        List<Interval> all = finder.candidates(request(now, 1, BERLIN, List.of()), Integer.MAX_VALUE);

        assertThat(all).isNotEmpty().allSatisfy(s -> assertThat(s.end()).isBeforeOrEqualTo(at(BERLIN, "2026-02-03T10:05")));
        assertThat(startsIn(BERLIN, all)).endsWith("2026-02-03T09:00", "2026-02-03T09:30");
        assertThat(all).hasSize(9 + 2); // Monday 12:30 .. 16:30, Tuesday 09:00 and 09:30
    }

    @Test
    void anExplicitWindowPastTheHorizonIsSearchedAndCheckFlagsTheHorizon() {
        // --from 16 Feb --days 3: the window is the caller's, so it is searched as asked. The horizon
        // (two weeks from Monday 10:05, so Monday 16 Feb 10:05) is a booking rule that check() names.
        Instant now = at(BERLIN, "2026-02-02T10:05");
        SlotFinder finder = new SlotFinder(SlotRules.defaults(BERLIN));
        SlotRequest request = new SlotRequest(now, at(BERLIN, "2026-02-16T08:00"), 3, BERLIN, List.of());

        List<Interval> proposals = finder.propose(request);

        assertThat(startsIn(BERLIN, proposals))
                .containsExactly("2026-02-16T09:30", "2026-02-17T09:30", "2026-02-18T09:30");
        assertThat(finder.check(proposals.get(0), request)).isEmpty();
        assertThat(proposals.subList(1, 3)).allSatisfy(s -> assertThat(finder.check(s, request))
                .extracting(RuleViolation::rule).containsExactly(Rule.HORIZON));
    }

    @Test
    void aWindowLongerThanTheHorizonIsSearchedToItsEnd() {
        // 30 days from Monday 2 Feb 10:05 end on Wednesday 4 March 10:05; the horizon ends 16 Feb 10:05.
        Instant now = at(BERLIN, "2026-02-02T10:05");
        Instant horizonEnd = at(BERLIN, "2026-02-16T10:05");
        SlotFinder finder = new SlotFinder(SlotRules.defaults(BERLIN));
        SlotRequest request = request(now, 30, BERLIN, List.of());

        List<Interval> all = finder.candidates(request, Integer.MAX_VALUE);

        assertThat(all).isNotEmpty();
        assertThat(all.get(all.size() - 1).end()).isEqualTo(at(BERLIN, "2026-03-04T10:00"));
        assertThat(all).contains(slot(BERLIN, "2026-02-16T09:30", 30), slot(BERLIN, "2026-02-16T10:00", 30));
        for (Interval s : all) {
            List<Rule> expected = s.end().isAfter(horizonEnd) ? List.of(Rule.HORIZON) : List.of();
            assertThat(finder.check(s, request)).as("check(%s)", s).extracting(RuleViolation::rule)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Nested
    class Buffers {

        private final Instant now = at(BERLIN, "2026-02-02T10:05");

        private SlotRules withBuffers(int beforeMinutes, int afterMinutes) {
            SlotRules d = SlotRules.defaults(BERLIN);
            return new SlotRules(BERLIN, d.repHours(), d.prospectHours(), d.meetingLength(), d.step(),
                    Duration.ofMinutes(beforeMinutes), Duration.ofMinutes(afterMinutes), d.minimumNotice(),
                    d.horizonDays(), d.count());
        }

        private List<String> mondayCandidates(SlotRules rules) {
            SlotRequest request = request(now, 1, BERLIN, busy(BERLIN, "2026-02-02T14:00/2026-02-02T15:00"));
            return startsIn(BERLIN, new SlotFinder(rules).candidates(request, Integer.MAX_VALUE)).stream()
                    .filter(s -> s.startsWith("2026-02-02")).map(s -> s.substring(11)).toList();
        }

        @Test
        void withoutBuffersSlotsMayTouchBusyTime() {
            assertThat(mondayCandidates(withBuffers(0, 0)))
                    .containsExactly("12:30", "13:00", "13:30", "15:00", "15:30", "16:00", "16:30");
        }

        @Test
        void bufferBeforeKeepsFreeTimeBeforeAnEvent() {
            // 13:30-14:00 would end right at the 14:00 event; 15 minutes before it must stay free.
            assertThat(mondayCandidates(withBuffers(15, 0)))
                    .containsExactly("12:30", "13:00", "15:00", "15:30", "16:00", "16:30");
        }

        @Test
        void bufferAfterKeepsFreeTimeAfterAnEvent() {
            // The event ends at 15:00; 30 minutes after it must stay free, so 15:30 is the first start.
            assertThat(mondayCandidates(withBuffers(0, 30)))
                    .containsExactly("12:30", "13:00", "13:30", "15:30", "16:00", "16:30");
            assertThat(mondayCandidates(withBuffers(0, 31)))
                    .containsExactly("12:30", "13:00", "13:30", "16:00", "16:30");
        }

        @Test
        void buffersOnBothSides() {
            assertThat(mondayCandidates(withBuffers(15, 30)))
                    .containsExactly("12:30", "13:00", "15:30", "16:00", "16:30");
        }
    }

    @Nested
    class DaylightSavingInsideWorkingHours {

        /** A rep (and prospect) who work nights: 00:00-06:00 every day, Berlin time. */
        private SlotFinder nightShift(int stepMinutes) {
            WorkingHours nights = WorkingHours.sameEveryDay(TimeRange.of("00:00", "06:00"), EVERY_DAY);
            return new SlotFinder(new SlotRules(BERLIN, nights, nights, Duration.ofMinutes(30),
                    Duration.ofMinutes(stepMinutes), Duration.ZERO, Duration.ZERO, Duration.ofHours(2), 14, 3));
        }

        private SlotRequest saturdayNoonBefore(String sunday) {
            Instant now = at(BERLIN, sunday + "T00:00").minus(Duration.ofHours(12));
            return request(now, 2, BERLIN, List.of());
        }

        @Test
        void springForwardOffersNoTimeThatDoesNotExistAndNoTimeTwice() {
            SlotFinder finder = nightShift(30);
            SlotRequest request = saturdayNoonBefore("2026-03-29");

            List<Interval> sunday = finder.candidates(request, Integer.MAX_VALUE).stream()
                    .filter(s -> s.start().atZone(BERLIN).toLocalDate().toString().equals("2026-03-29"))
                    .toList();

            // 02:00-03:00 does not exist that night.
            assertThat(sunday.stream().map(s -> s.start().atZone(BERLIN).toLocalTime().toString()))
                    .containsExactly("00:00", "00:30", "01:00", "01:30", "03:00", "03:30", "04:00", "04:30",
                            "05:00", "05:30");
            assertThat(sunday).doesNotHaveDuplicates().isSorted();
            assertThat(sunday).allSatisfy(s -> assertThat(finder.check(s, request)).isEmpty());
        }

        @Test
        void fallBackOffersSlotsThatCheckAccepts() {
            SlotFinder finder = nightShift(30);
            SlotRequest request = saturdayNoonBefore("2026-10-25");

            List<Interval> sunday = finder.candidates(request, Integer.MAX_VALUE).stream()
                    .filter(s -> s.start().atZone(BERLIN).toLocalDate().toString().equals("2026-10-25"))
                    .toList();

            assertThat(sunday).isNotEmpty().doesNotHaveDuplicates().isSorted();
            // 02:30 summer time to 02:00 winter time is a real half hour inside 00:00-06:00.
            assertThat(sunday).contains(Interval.of(Instant.parse("2026-10-25T00:30:00Z"), Duration.ofMinutes(30)));
            assertThat(sunday).allSatisfy(s -> assertThat(finder.check(s, request)).as("check(%s)", s).isEmpty());
        }

        @Test
        void lordHoweHalfHourShiftOffersNoTimeTwice() {
            ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
            WorkingHours nights = WorkingHours.sameEveryDay(TimeRange.of("00:00", "06:00"), EVERY_DAY);
            SlotFinder finder = new SlotFinder(new SlotRules(lordHowe, nights, nights, Duration.ofMinutes(30),
                    Duration.ofMinutes(30), Duration.ZERO, Duration.ZERO, Duration.ZERO, 14, 3));
            // Clocks go from 02:00 to 02:30 on Sunday 4 October 2026.
            SlotRequest request = request(at(lordHowe, "2026-10-03T12:00"), 2, lordHowe, List.of());

            List<Interval> sunday = finder.candidates(request, Integer.MAX_VALUE).stream()
                    .filter(s -> s.start().atZone(lordHowe).toLocalDate().toString().equals("2026-10-04"))
                    .toList();

            assertThat(sunday.stream().map(s -> s.start().atZone(lordHowe).toLocalTime().toString()))
                    .containsExactly("00:00", "00:30", "01:00", "01:30", "02:30", "03:00", "03:30", "04:00",
                            "04:30", "05:00", "05:30");
            assertThat(sunday).doesNotHaveDuplicates().isSorted();
        }
    }

    @Test
    void workingUntilMidnightOffersTheLastHalfHour() {
        // LocalTime.MAX stands for 24:00, which LocalTime cannot hold.
        WorkingHours evenings = WorkingHours.sameEveryDay(new TimeRange(LocalTime.of(22, 0), LocalTime.MAX), EVERY_DAY);
        SlotFinder finder = new SlotFinder(new SlotRules(BERLIN, evenings, evenings, Duration.ofMinutes(30),
                Duration.ofMinutes(30), Duration.ZERO, Duration.ZERO, Duration.ZERO, 14, 3));
        SlotRequest request = request(at(BERLIN, "2026-02-02T12:00"), 1, BERLIN, List.of());

        List<Interval> candidates = finder.candidates(request, Integer.MAX_VALUE);

        assertThat(startsIn(BERLIN, candidates)).containsExactly(
                "2026-02-02T22:00", "2026-02-02T22:30", "2026-02-02T23:00", "2026-02-02T23:30");
        assertThat(candidates).allSatisfy(s -> assertThat(finder.check(s, request)).isEmpty());
    }

    @Nested
    class Check {

        private final Instant now = at(BERLIN, "2026-02-02T10:05");
        private final SlotFinder finder = new SlotFinder(SlotRules.defaults(BERLIN));

        private Set<Rule> broken(String slotStart, int minutes, ZoneId prospectZone, String busySpec) {
            SlotRequest request = request(now, 14, prospectZone, busy(BERLIN, busySpec));
            return finder.check(slot(BERLIN, slotStart, minutes), request).stream()
                    .map(RuleViolation::rule)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                a good slot                          | 2026-02-03T10:00 | 30 | Europe/Berlin    |  |
                starts right at the notice           | 2026-02-02T12:05 | 30 | Europe/Berlin    |  |
                touches busy time on both sides      | 2026-02-03T10:00 | 30 | Europe/Berlin    | 2026-02-03T09:00/2026-02-03T10:00; 2026-02-03T10:30/2026-02-03T11:00 |
                overlaps busy time                   | 2026-02-03T10:00 | 30 | Europe/Berlin    | 2026-02-03T10:15/2026-02-03T10:45 | BUSY
                inside a long busy block             | 2026-02-03T10:00 | 30 | Europe/Berlin    | 2026-02-03T08:00/2026-02-03T18:00 | BUSY
                before the rep's day                 | 2026-02-03T08:30 | 30 | Europe/Berlin    |  | REP_WORKING_HOURS PROSPECT_WORKING_HOURS
                running past the rep's day           | 2026-02-03T16:45 | 30 | Europe/Berlin    |  | REP_WORKING_HOURS PROSPECT_WORKING_HOURS
                prospect in New York still asleep    | 2026-02-03T10:00 | 30 | America/New_York |  | PROSPECT_WORKING_HOURS
                prospect in Kolkata gone home        | 2026-02-03T13:00 | 30 | Asia/Kolkata     |  | PROSPECT_WORKING_HOURS
                on a Saturday                        | 2026-02-07T10:00 | 30 | Europe/Berlin    |  | REP_WORKING_HOURS PROSPECT_WORKING_HOURS
                less than two hours away             | 2026-02-02T12:00 | 30 | Europe/Berlin    |  | MINIMUM_NOTICE
                in the past                          | 2026-02-02T09:00 | 30 | Europe/Berlin    |  | MINIMUM_NOTICE
                ends right at the horizon            | 2026-02-16T09:30 | 30 | Europe/Berlin    |  |
                ends past the horizon                | 2026-02-16T09:45 | 30 | Europe/Berlin    |  | HORIZON
                three weeks ahead                    | 2026-02-23T10:00 | 30 | Europe/Berlin    |  | HORIZON
                everything at once                   | 2026-02-02T07:00 | 30 | America/New_York | 2026-02-02T06:00/2026-02-02T08:00 | BUSY REP_WORKING_HOURS PROSPECT_WORKING_HOURS MINIMUM_NOTICE
                """)
        void namesEachBrokenRule(String name, String start, int minutes, ZoneId prospectZone, String busySpec,
                                 String expected) {
            Set<Rule> expectedRules = words(expected).stream().map(Rule::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
            assertThat(broken(start, minutes, prospectZone, busySpec)).isEqualTo(expectedRules);
        }

        @Test
        void busyViolationNamesTheBusyInterval() {
            Interval meeting = slot(BERLIN, "2026-02-03T10:15", 30);
            List<RuleViolation> violations = finder.check(slot(BERLIN, "2026-02-03T10:00", 30),
                    request(now, 14, BERLIN, List.of(meeting)));

            assertThat(violations).singleElement().satisfies(v -> {
                assertThat(v.rule()).isEqualTo(Rule.BUSY);
                assertThat(v.rule().key()).isEqualTo("busy");
                // In the rep's wall-clock time, not as UTC instants a rep cannot read.
                assertThat(v.explanation()).isEqualTo("it overlaps your meeting 10:15–10:45 on Tue 3 Feb (Europe/Berlin)");
            });
        }

        @Test
        void busyViolationNamesTheMeetingActuallyInTheWay() {
            // Two meetings that are merged for searching (they touch) or through the buffer: the
            // explanation must name the meeting the slot collides with, not the first of the group.
            Interval first = slot(BERLIN, "2026-02-03T10:00", 60);
            Interval second = slot(BERLIN, "2026-02-03T11:00", 60);
            SlotRequest request = request(now, 14, BERLIN, List.of(first, second));

            RuleViolation touching = finder.check(slot(BERLIN, "2026-02-03T11:30", 30), request).get(0);
            assertThat(touching.explanation()).contains("your meeting 11:00–12:00 on Tue 3 Feb")
                    .doesNotContain("10:00");

            SlotRules d = SlotRules.defaults(BERLIN);
            SlotFinder buffered = new SlotFinder(new SlotRules(BERLIN, d.repHours(), d.prospectHours(),
                    d.meetingLength(), d.step(), Duration.ZERO, Duration.ofMinutes(15), d.minimumNotice(),
                    d.horizonDays(), d.count()));
            Interval later = slot(BERLIN, "2026-02-03T11:10", 50);
            RuleViolation viaBuffer = buffered.check(slot(BERLIN, "2026-02-03T12:00", 30),
                    request(now, 14, BERLIN, List.of(first, later))).get(0);
            assertThat(viaBuffer.rule()).isEqualTo(Rule.BUSY);
            assertThat(viaBuffer.explanation()).isEqualTo(
                    "it is too close to your meeting 11:10–12:00 on Tue 3 Feb (Europe/Berlin): 15 min buffer after");
        }

        @Test
        void workingHoursViolationsSayWhoseHoursAndWhichZone() {
            List<RuleViolation> violations = finder.check(slot(BERLIN, "2026-02-03T10:00", 30),
                    request(now, 14, NEW_YORK, List.of()));
            assertThat(violations).singleElement().satisfies(v -> {
                assertThat(v.rule().key()).isEqualTo("prospect-working-hours");
                assertThat(v.explanation()).contains("America/New_York").contains("09:00");
            });

            List<RuleViolation> weekend = finder.check(slot(BERLIN, "2026-02-07T10:00", 30),
                    request(now, 14, BERLIN, List.of()));
            assertThat(weekend).extracting(RuleViolation::rule)
                    .containsExactlyInAnyOrder(Rule.REP_WORKING_HOURS, Rule.PROSPECT_WORKING_HOURS);
            assertThat(weekend.get(0).explanation()).isEqualTo("you do not work on Saturdays (Europe/Berlin)");
        }

        @Test
        void ruleKeysAreTheSettingsNames() {
            assertThat(Arrays.stream(Rule.values()).map(Rule::key)).containsExactly(
                    "busy", "rep-working-hours", "prospect-working-hours", "minimum-notice", "horizon", "break",
                    "day-off", "daily-cap");
        }
    }
}
