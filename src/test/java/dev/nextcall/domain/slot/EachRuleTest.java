package dev.nextcall.domain.slot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.Interval;
import dev.nextcall.domain.slot.RuleViolation.Rule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per rule: the time is never offered (not proposed, not a candidate, not among the more
 * times) and check() names that rule alone, with its sentence; the same time without the rule is
 * offered and passes check(), so each case proves the rule and nothing else keeps the time out.
 *
 * <p>The rep works in Berlin; "now" is Monday 21 December 2026, 10:00 there; the window is the
 * two-week horizon. Times are the rep's wall clock.
 */
class EachRuleTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Instant NOW = at("2026-12-21T10:00");
    static final LocalDate TUESDAY = LocalDate.parse("2026-12-22");
    static final LocalDate THURSDAY = LocalDate.parse("2026-12-24");
    static final LocalDate FRIDAY = LocalDate.parse("2026-12-25");
    static final WorkingHours ALL_WEEK_ALL_DAY =
            WorkingHours.sameEveryDay(new TimeRange(LocalTime.MIDNIGHT, LocalTime.MAX), List.of(DayOfWeek.values()));

    static Instant at(String berlinWallClock) {
        return LocalDateTime.parse(berlinWallClock).atZone(BERLIN).toInstant();
    }

    /**
     * @param with         the rules and request under which {@code start} is forbidden
     * @param without      the same minus that one rule
     */
    record Case(String name, Setup with, Setup without, String start, int minutes, Rule rule, String explanation) {
        Interval slot() {
            return Interval.of(at(start), Duration.ofMinutes(minutes));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record Setup(SlotRules rules, SlotRequest request) {
        SlotFinder finder() {
            return new SlotFinder(rules);
        }
    }

    static SlotRules defaults() {
        return SlotRules.defaults(BERLIN);
    }

    static SlotRequest request(List<Interval> busy, Map<LocalDate, Integer> meetings, Set<LocalDate> daysOff) {
        return new SlotRequest(NOW, NOW, 14, BERLIN, busy, meetings, daysOff);
    }

    static SlotRequest plain() {
        return request(List.of(), Map.of(), Set.of());
    }

    static Setup setup(SlotRules rules, SlotRequest request) {
        return new Setup(rules, request);
    }

    static SlotRules buffers(int before, int after) {
        SlotRules d = defaults();
        return new SlotRules(BERLIN, d.repSchedule(), d.prospectHours(), d.meetingLength(), d.step(),
                Duration.ofMinutes(before), Duration.ofMinutes(after), d.minimumNotice(), d.horizonDays(), d.count(),
                d.dailyCap(), d.comfortMargin());
    }

    static SlotRules notice(Duration notice) {
        SlotRules d = defaults();
        return new SlotRules(BERLIN, d.repSchedule(), d.prospectHours(), d.meetingLength(), d.step(),
                d.bufferBefore(), d.bufferAfter(), notice, d.horizonDays(), d.count(), d.dailyCap(), d.comfortMargin());
    }

    static SlotRules horizon(int days) {
        SlotRules d = defaults();
        return new SlotRules(BERLIN, d.repSchedule(), d.prospectHours(), d.meetingLength(), d.step(),
                d.bufferBefore(), d.bufferAfter(), d.minimumNotice(), days, d.count(), d.dailyCap(), d.comfortMargin());
    }

    /** The rep's hours against a prospect who takes calls around the clock, to isolate the rep's rule. */
    static SlotRules repHours(WorkingHours rep) {
        SlotRules d = defaults();
        return new SlotRules(BERLIN, WorkingSchedule.of(rep), ALL_WEEK_ALL_DAY, d.meetingLength(), d.step(),
                d.bufferBefore(), d.bufferAfter(), d.minimumNotice(), d.horizonDays(), d.count(), d.dailyCap(),
                d.comfortMargin());
    }

    static Interval busy(String start, String end) {
        return new Interval(at(start), at(end));
    }

    static Stream<Case> cases() {
        SlotRules lunch = defaults().withRepSchedule(WorkingSchedule.standard().withBreaks(List.of(TimeRange.of("12:00", "13:00"))));
        List<Interval> meeting = List.of(busy("2026-12-22T11:00", "2026-12-22T12:00"));
        return Stream.of(
                new Case("break", setup(lunch, plain()), setup(defaults(), plain()),
                        "2026-12-22T12:30", 30, Rule.BREAK, "it is during your break 12:00–13:00 (Europe/Berlin)"),
                new Case("break: an hour-long meeting running into it", setup(lunch.withMeetingLength(Duration.ofHours(1)), plain()),
                        setup(defaults().withMeetingLength(Duration.ofHours(1)), plain()),
                        "2026-12-22T11:30", 60, Rule.BREAK, "it is during your break 12:00–13:00 (Europe/Berlin)"),
                new Case("date override with other hours",
                        setup(defaults().withRepSchedule(WorkingSchedule.standard().withOverride(THURSDAY,
                                List.of(TimeRange.of("09:00", "12:00")))), plain()),
                        setup(defaults(), plain()),
                        "2026-12-24T14:00", 30, Rule.REP_WORKING_HOURS,
                        "on Thu 24 Dec your hours are 09:00–12:00 (Europe/Berlin)"),
                new Case("date override with no hours",
                        setup(defaults().withRepSchedule(WorkingSchedule.standard().withOverride(THURSDAY, List.of())), plain()),
                        setup(defaults(), plain()),
                        "2026-12-24T10:00", 30, Rule.REP_WORKING_HOURS, "on Thu 24 Dec you take no meetings (Europe/Berlin)"),
                new Case("day off", setup(defaults(), request(List.of(), Map.of(), Set.of(FRIDAY))),
                        setup(defaults(), plain()),
                        "2026-12-25T10:00", 30, Rule.DAY_OFF, "Fri 25 Dec is a day off"),
                new Case("daily cap reached", setup(defaults().withDailyCap(4), request(List.of(), Map.of(TUESDAY, 4), Set.of())),
                        setup(defaults().withDailyCap(4), request(List.of(), Map.of(TUESDAY, 3), Set.of())),
                        "2026-12-22T10:00", 30, Rule.DAILY_CAP, "you already have 4 meetings on Tue 22 Dec (cap 4)"),
                new Case("daily cap of one", setup(defaults().withDailyCap(1), request(List.of(), Map.of(TUESDAY, 1), Set.of())),
                        setup(defaults(), request(List.of(), Map.of(TUESDAY, 1), Set.of())),
                        "2026-12-22T10:00", 30, Rule.DAILY_CAP, "you already have 1 meeting on Tue 22 Dec (cap 1)"),
                new Case("buffer before a meeting", setup(buffers(15, 0), request(meeting, Map.of(), Set.of())),
                        setup(defaults(), request(meeting, Map.of(), Set.of())),
                        "2026-12-22T10:30", 30, Rule.BUSY,
                        "it is too close to your meeting 11:00–12:00 on Tue 22 Dec (Europe/Berlin): 15 min buffer before"),
                new Case("buffer after a meeting", setup(buffers(0, 15), request(meeting, Map.of(), Set.of())),
                        setup(defaults(), request(meeting, Map.of(), Set.of())),
                        "2026-12-22T12:00", 30, Rule.BUSY,
                        "it is too close to your meeting 11:00–12:00 on Tue 22 Dec (Europe/Berlin): 15 min buffer after"),
                new Case("busy", setup(defaults(), request(meeting, Map.of(), Set.of())), setup(defaults(), plain()),
                        "2026-12-22T11:30", 30, Rule.BUSY, "it overlaps your meeting 11:00–12:00 on Tue 22 Dec (Europe/Berlin)"),
                new Case("busy across midnight",
                        setup(repHours(ALL_WEEK_ALL_DAY), request(List.of(busy("2026-12-22T22:00", "2026-12-23T02:00")), Map.of(), Set.of())),
                        setup(repHours(ALL_WEEK_ALL_DAY), plain()),
                        "2026-12-23T01:00", 30, Rule.BUSY,
                        "it overlaps your meeting from Tue 22 Dec 22:00 to Wed 23 Dec 02:00 (Europe/Berlin)"),
                new Case("minimum notice", setup(defaults(), plain()), setup(notice(Duration.ofHours(1)), plain()),
                        "2026-12-21T11:30", 30, Rule.MINIMUM_NOTICE, "it is less than 2 hours from now (minimum notice)"),
                new Case("minimum notice of 90 minutes", setup(notice(Duration.ofMinutes(90)), plain()),
                        setup(notice(Duration.ofHours(1)), plain()),
                        "2026-12-21T11:00", 30, Rule.MINIMUM_NOTICE, "it is less than 90 minutes from now (minimum notice)"),
                // The window is the caller's; over the horizon's own two weeks nothing past it is offered.
                new Case("horizon", setup(defaults(), plain()),
                        setup(horizon(21), new SlotRequest(NOW, NOW, 21, BERLIN, List.of())),
                        "2027-01-04T10:00", 30, Rule.HORIZON,
                        "it is more than 14 days ahead (bookings go up to Mon 4 Jan 10:00, Europe/Berlin)"),
                new Case("prospect's hours", setup(defaults(), new SlotRequest(NOW, NOW, 14, NEW_YORK, List.of())),
                        setup(defaults(), plain()),
                        "2026-12-22T10:00", 30, Rule.PROSPECT_WORKING_HOURS,
                        "it is Tue 22 Dec 04:00 for the prospect, outside their working hours 09:00–17:00 (America/New_York)"),
                new Case("prospect's weekend", setup(defaults().withRepSchedule(WorkingSchedule.of(ALL_WEEK_ALL_DAY)), plain()),
                        setup(repHours(ALL_WEEK_ALL_DAY), plain()),
                        "2026-12-26T10:00", 30, Rule.PROSPECT_WORKING_HOURS,
                        "it is Sat 26 Dec 10:00 for the prospect, who does not work on Saturdays (Europe/Berlin)"),
                new Case("rep's hours", setup(repHours(WorkingHours.standard()), plain()),
                        setup(repHours(WorkingHours.sameEveryDay(TimeRange.of("09:00", "18:00"), SlotScenarios.WEEKDAYS)), plain()),
                        "2026-12-22T17:00", 30, Rule.REP_WORKING_HOURS,
                        "it is outside your working hours on Tue 22 Dec, 09:00–17:00 (Europe/Berlin)"),
                new Case("rep's weekend", setup(repHours(WorkingHours.standard()), plain()),
                        setup(repHours(ALL_WEEK_ALL_DAY), plain()),
                        "2026-12-26T10:00", 30, Rule.REP_WORKING_HOURS, "you do not work on Saturdays (Europe/Berlin)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isNeverOffered(Case c) {
        SlotFinder finder = c.with().finder();
        SlotRequest request = c.with().request();

        assertThat(finder.propose(request)).doesNotContain(c.slot());
        assertThat(finder.candidates(request, Integer.MAX_VALUE)).doesNotContain(c.slot());
        assertThat(finder.moreTimes(request, 0, Integer.MAX_VALUE)).doesNotContain(c.slot());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isReportedByName(Case c) {
        List<RuleViolation> violations = c.with().finder().check(c.slot(), c.with().request());

        assertThat(violations).containsExactly(new RuleViolation(c.rule(), c.explanation()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void withoutTheRuleTheSameTimeIsOffered(Case c) {
        SlotFinder finder = c.without().finder();

        assertThat(finder.candidates(c.without().request(), Integer.MAX_VALUE)).contains(c.slot());
        assertThat(finder.check(c.slot(), c.without().request())).isEmpty();
    }

    @Test
    void aMeetingMayEndWhenTheBreakStartsAndStartWhenItEnds() {
        SlotRules lunch = defaults().withRepSchedule(WorkingSchedule.standard().withBreaks(List.of(TimeRange.of("12:00", "13:00"))));
        List<Interval> tuesday = new SlotFinder(lunch).candidates(plain(), Integer.MAX_VALUE).stream()
                .filter(s -> s.start().atZone(BERLIN).toLocalDate().equals(TUESDAY)).toList();

        assertThat(tuesday).contains(Interval.of(at("2026-12-22T11:30"), Duration.ofMinutes(30)),
                Interval.of(at("2026-12-22T13:00"), Duration.ofMinutes(30)));
    }

    @Test
    void aBreakOnADayOffIsNotNamed() {
        // Saturday is not a working day: the hours rule says it all; "during your break" would mislead.
        SlotRules lunch = defaults().withRepSchedule(WorkingSchedule.standard().withBreaks(List.of(TimeRange.of("12:00", "13:00"))));

        assertThat(new SlotFinder(lunch).check(Interval.of(at("2026-12-26T12:00"), Duration.ofMinutes(30)), plain()))
                .extracting(RuleViolation::rule).containsExactly(Rule.REP_WORKING_HOURS, Rule.PROSPECT_WORKING_HOURS);
    }

    @Test
    void anOverrideCanOpenADayTheWeekNormallyHasOff() {
        // Saturday 26 December with 10:00–12:00 hours; the prospect keeps a seven-day week here.
        SlotRules rules = repHours(WorkingHours.standard())
                .withRepSchedule(WorkingSchedule.standard().withOverride(LocalDate.parse("2026-12-26"),
                        List.of(TimeRange.of("10:00", "12:00"))));
        Interval saturday = Interval.of(at("2026-12-26T10:30"), Duration.ofMinutes(30));

        assertThat(new SlotFinder(rules).candidates(plain(), Integer.MAX_VALUE)).contains(saturday);
        assertThat(new SlotFinder(rules).check(saturday, plain())).isEmpty();
    }

    @Test
    void theBreakAppliesOnOverriddenDaysToo() {
        WorkingSchedule schedule = WorkingSchedule.standard().withBreaks(List.of(TimeRange.of("12:00", "13:00")))
                .withOverride(THURSDAY, List.of(TimeRange.of("09:00", "14:00")));

        assertThat(new SlotFinder(defaults().withRepSchedule(schedule))
                .check(Interval.of(at("2026-12-24T12:00"), Duration.ofMinutes(30)), plain()))
                .containsExactly(new RuleViolation(Rule.BREAK, "it is during your break 12:00–13:00 (Europe/Berlin)"));
    }

    @Test
    void aTimeInThePastSaysSo() {
        assertThat(new SlotFinder(defaults()).check(Interval.of(at("2026-12-21T09:00"), Duration.ofMinutes(30)), plain()))
                .containsExactly(new RuleViolation(Rule.MINIMUM_NOTICE, "it is in the past"));
    }

    @Test
    void aTimeBreakingSeveralRulesNamesEachInTheRepsOrder() {
        SlotRules rules = defaults().withDailyCap(2)
                .withRepSchedule(WorkingSchedule.standard().withBreaks(List.of(TimeRange.of("11:00", "13:00"))));
        SlotRequest request = new SlotRequest(NOW, NOW, 14, NEW_YORK, List.of(busy("2026-12-21T11:00", "2026-12-21T13:00")),
                Map.of(LocalDate.parse("2026-12-21"), 2), Set.of(LocalDate.parse("2026-12-21")));

        List<RuleViolation> violations = new SlotFinder(rules)
                .check(Interval.of(at("2026-12-21T11:30"), Duration.ofMinutes(30)), request);

        assertThat(violations).extracting(RuleViolation::rule).containsExactly(Rule.BREAK, Rule.DAY_OFF,
                Rule.DAILY_CAP, Rule.PROSPECT_WORKING_HOURS, Rule.MINIMUM_NOTICE, Rule.BUSY);
    }
}
