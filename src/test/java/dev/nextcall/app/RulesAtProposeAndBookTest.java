package dev.nextcall.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.adapters.ics.IcsBookingGateway;
import dev.nextcall.adapters.ics.IcsCalendar;
import dev.nextcall.adapters.sqlite.HistoryDatabase;
import dev.nextcall.adapters.sqlite.SqliteCallHistory;
import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.Interval;
import dev.nextcall.domain.Prospect;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.call.CallSource;
import dev.nextcall.domain.call.CallTiming;
import dev.nextcall.domain.history.CalendarKind;
import dev.nextcall.domain.slot.RuleViolation.Rule;
import dev.nextcall.domain.slot.SlotRules;
import dev.nextcall.domain.slot.SlotWording;
import dev.nextcall.domain.slot.SpokenSlot;
import dev.nextcall.domain.slot.TimeRange;
import dev.nextcall.testing.IcsFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule holds both when times are proposed and when one is booked, on real calendars: a day at
 * its meeting cap, a public holiday, a lunch break and a half day are never offered, and booking
 * them is refused with the rule's name.
 */
class RulesAtProposeAndBookTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 14 December 2026, 08:00 in Berlin. */
    private static final Instant NOW = Instant.parse("2026-12-14T07:00:00Z");

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private HistoryDatabase database;
    private SqliteCallHistory history;
    private SlotRules rules;
    private ProposeSlots propose;
    private BookNextStep booking;

    @BeforeEach
    void setUp() {
        // Tuesday 15 Dec has 3 meetings (the cap); Wednesday 16 Dec is a holiday; Thursday 17 Dec is a half day.
        List<String> meetings = new ArrayList<>();
        for (int hour = 9; hour < 12; hour++) {
            Instant start = LocalDate.parse("2026-12-15").atTime(hour, 0).atZone(BERLIN).toInstant();
            meetings.add(IcsFiles.event("m" + hour, "Meeting", start, start.plus(Duration.ofMinutes(30)), "x@y.example"));
        }
        IcsFiles.write(folder.resolve("calendar.ics"), IcsFiles.calendar(meetings.toArray(String[]::new)));
        IcsFiles.write(folder.resolve("holidays.ics"), "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//T//EN\r\n"
                + "BEGIN:VEVENT\r\nUID:h1\r\nDTSTAMP:20261101T000000Z\r\nDTSTART;VALUE=DATE:20261216\r\n"
                + "DTEND;VALUE=DATE:20261217\r\nSUMMARY:Holiday\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        rules = SlotRules.defaults(BERLIN)
                .withRepSchedule(SlotRules.defaults(BERLIN).repSchedule()
                        .withBreaks(List.of(TimeRange.of("12:00", "13:00")))
                        .withOverride(LocalDate.parse("2026-12-17"), List.of(TimeRange.of("09:00", "12:00"))))
                .withDailyCap(3)
                .withCount(6);
        IcsCalendar calendar = new IcsCalendar(List.of(folder.resolve("calendar.ics")), BERLIN);
        AvailabilityReader availability = new AvailabilityReader(calendar,
                new IcsCalendar(List.of(folder.resolve("holidays.ics")), BERLIN));
        database = new HistoryDatabase(folder.resolve("history.db"), clock);
        history = new SqliteCallHistory(database);
        propose = new ProposeSlots(availability, () -> rules, new SlotWording(Locale.UK), clock);
        booking = new BookNextStep(history, availability,
                new IcsBookingGateway(folder.resolve("calendar.ics"), folder.resolve("invites"), clock), () -> rules,
                () -> new BookingProfile(new Attendee("Rep", "rep@example.com"), "", CalendarKind.LOCAL),
                new RandomIds(), clock);
        history.saveCall(Call.started("call", CallTiming.startingAt(NOW, Duration.ofMinutes(30)), CallSource.manual(),
                new Prospect("Ana", "ana@acme.example", "", BERLIN)));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void noProposalFallsOnACappedDayAHolidayABreakOrOutsideAHalfDay() {
        List<SpokenSlot> slots = propose.propose(new ProposeSlots.Query(java.util.Optional.empty(),
                java.util.Optional.of(5), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty())).slots();

        assertThat(slots).isNotEmpty().allSatisfy(slot -> {
            var local = slot.slot().start().atZone(BERLIN);
            assertThat(local.toLocalDate()).isNotIn(LocalDate.parse("2026-12-15"), LocalDate.parse("2026-12-16"));
            assertThat(local.getHour()).isNotEqualTo(12);
            if (local.toLocalDate().equals(LocalDate.parse("2026-12-17"))) {
                assertThat(slot.slot().end().atZone(BERLIN).toLocalTime()).isBeforeOrEqualTo(java.time.LocalTime.NOON);
            }
        });
    }

    @Test
    void bookingEachOfThemIsRefusedWithTheRuleNamed() {
        assertThat(refusal("2026-12-15T14:00")).contains(Rule.DAILY_CAP);
        assertThat(refusal("2026-12-16T10:00")).contains(Rule.DAY_OFF);
        assertThat(refusal("2026-12-18T12:00")).contains(Rule.BREAK);
        assertThat(refusal("2026-12-17T14:00")).contains(Rule.REP_WORKING_HOURS);
        assertThat(refusal("2026-12-18T10:00")).isEmpty();
    }

    private List<Rule> refusal(String berlinTime) {
        Instant start = java.time.LocalDateTime.parse(berlinTime).atZone(BERLIN).toInstant();
        return booking.check(new BookNextStep.Intent("call", Interval.of(start, Duration.ofMinutes(30)),
                new Prospect("Ana", "ana@acme.example", "", BERLIN), "", "")).stream().map(v -> v.rule()).toList();
    }
}
