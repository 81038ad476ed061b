package dev.nextcall.domain.slot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.Interval;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact instants proposed, and what the rep says, around clock changes in either zone, with a
 * half-hour offset, and in the March weeks when New York has moved its clocks and Europe has not
 * (8 to 29 March 2026). Default rules (09:00–17:00 both, 30 minutes on a 30-minute grid, 2 h notice,
 * 30-minute comfort margin); "7" in the days column means both work every day of the week, so the
 * Sunday of the change itself is a working day.
 */
class ZonesAndDaylightSavingTest {

    static SlotRules rules(ZoneId repZone, int workDays) {
        SlotRules defaults = SlotRules.defaults(repZone);
        if (workDays == 5) {
            return defaults;
        }
        WorkingHours everyDay = WorkingHours.sameEveryDay(TimeRange.of("09:00", "17:00"), List.of(DayOfWeek.values()));
        return new SlotRules(repZone, everyDay, everyDay, defaults.meetingLength(), defaults.step(),
                defaults.bufferBefore(), defaults.bufferAfter(), defaults.minimumNotice(), defaults.horizonDays(),
                defaults.count());
    }

    static List<Instant> instants(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.trim().split("\\s+")).map(Instant::parse).toList();
    }

    /** Proposals (UTC) and their spoken text in British English: the prospect's time, then the rep's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            March gap: New York on summer time, Berlin not | Europe/Berlin    | America/New_York | 5 | 2026-03-09T10:00 | 2026-03-09T13:30:00Z 2026-03-10T13:30:00Z 2026-03-11T13:30:00Z | today 09:30 your time, 14:30 mine; tomorrow 09:30 your time, 14:30 mine; Wednesday 09:30 your time, 14:30 mine
            the week before: both on winter time       | Europe/Berlin    | America/New_York | 5 | 2026-03-02T10:00 | 2026-03-02T14:30:00Z 2026-03-03T14:30:00Z 2026-03-04T14:30:00Z | today 09:30 your time, 15:30 mine; tomorrow 09:30 your time, 15:30 mine; Wednesday 09:30 your time, 15:30 mine
            the week after: both on summer time        | Europe/Berlin    | America/New_York | 5 | 2026-03-30T10:00 | 2026-03-30T13:30:00Z 2026-03-31T13:30:00Z 2026-04-01T13:30:00Z | today 09:30 your time, 15:30 mine; tomorrow 09:30 your time, 15:30 mine; Wednesday 09:30 your time, 15:30 mine
            March gap: New York rep, Berlin prospect   | America/New_York | Europe/Berlin    | 5 | 2026-03-09T09:30 | 2026-03-09T15:30:00Z 2026-03-10T13:30:00Z 2026-03-11T13:30:00Z | today 16:30 your time, 11:30 mine; tomorrow 14:30 your time, 09:30 mine; Wednesday 14:30 your time, 09:30 mine
            US spring forward on the prospect's Sunday | Europe/Berlin    | America/New_York | 7 | 2026-03-07T08:00 | 2026-03-07T14:30:00Z 2026-03-08T13:30:00Z 2026-03-09T13:30:00Z | today 09:30 your time, 15:30 mine; tomorrow 09:30 your time, 14:30 mine; Monday 09:30 your time, 14:30 mine
            EU spring forward on the rep's Sunday      | Europe/Berlin    | America/New_York | 7 | 2026-03-28T08:00 | 2026-03-28T13:30:00Z 2026-03-29T13:30:00Z 2026-03-30T13:30:00Z | today 09:30 your time, 14:30 mine; tomorrow 09:30 your time, 15:30 mine; Monday 09:30 your time, 15:30 mine
            EU fall back on the rep's Sunday           | Europe/Berlin    | America/New_York | 7 | 2026-10-24T08:00 | 2026-10-24T13:30:00Z 2026-10-25T13:30:00Z 2026-10-26T13:30:00Z | today 09:30 your time, 15:30 mine; tomorrow 09:30 your time, 14:30 mine; Monday 09:30 your time, 14:30 mine
            US fall back on the prospect's Sunday      | Europe/Berlin    | America/New_York | 7 | 2026-10-31T08:00 | 2026-10-31T13:30:00Z 2026-11-01T14:30:00Z 2026-11-02T14:30:00Z | today 09:30 your time, 14:30 mine; tomorrow 09:30 your time, 15:30 mine; Monday 09:30 your time, 15:30 mine
            Kolkata prospect across EU spring forward  | Europe/Berlin    | Asia/Kolkata     | 5 | 2026-03-27T08:00 | 2026-03-27T09:00:00Z 2026-03-30T07:30:00Z 2026-03-31T07:30:00Z | today 14:30 your time, 10:00 mine; Monday 13:00 your time, 09:30 mine; Tuesday 13:00 your time, 09:30 mine
            Kolkata rep, Berlin prospect: half hours   | Asia/Kolkata     | Europe/Berlin    | 5 | 2026-02-02T10:00 | 2026-02-02T08:30:00Z 2026-02-03T08:30:00Z 2026-02-04T08:30:00Z | today 09:30 your time, 14:00 mine; tomorrow 09:30 your time, 14:00 mine; Wednesday 09:30 your time, 14:00 mine
            """)
    void proposesTheseInstantsAndSaysThemInBothZones(String name, ZoneId repZone, ZoneId prospectZone, int workDays,
                                                      String now, String expectedInstants, String expectedSpoken) {
        Instant present = LocalDateTime.parse(now).atZone(repZone).toInstant();
        SlotFinder finder = new SlotFinder(rules(repZone, workDays));
        SlotRequest request = new SlotRequest(present, present, 14, prospectZone, List.of());

        List<Interval> proposals = finder.propose(request);

        assertThat(proposals).extracting(Interval::start).containsExactlyElementsOf(instants(expectedInstants));
        SlotWording wording = new SlotWording(Locale.UK);
        assertThat(proposals).extracting(p -> wording.describe(p, present, repZone, prospectZone).spoken())
                .containsExactly(expectedSpoken.split(";\\s*"));
        assertThat(proposals).allSatisfy(p -> assertThat(finder.check(p, request)).isEmpty());
    }

    @Test
    void theMarchGapInAmericanAndGermanWords() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZoneId newYork = ZoneId.of("America/New_York");
        Instant now = Instant.parse("2026-03-09T09:00:00Z");
        Interval tuesday = new SlotFinder(SlotRules.defaults(berlin))
                .propose(new SlotRequest(now, now, 14, newYork, List.of())).get(1);

        assertThat(new SlotWording(Locale.US).describe(tuesday, now, berlin, newYork).spoken())
                .isEqualTo("tomorrow 9:30 AM your time, 2:30 PM mine");
        assertThat(new SlotWording(Locale.GERMANY).describe(tuesday, now, berlin, newYork).spoken())
                .isEqualTo("morgen um 09:30 Ihrer Zeit, 14:30 bei mir");
        assertThat(new SlotWording(Locale.UK).describe(tuesday, now, berlin, newYork).label())
                .isEqualTo("Tue 10 Mar · 09:30 EDT");
        assertThat(new SlotWording(Locale.UK).describe(tuesday, now, berlin, newYork).otherZoneLabel())
                .isEqualTo("Tue 10 Mar · 14:30 CET");
    }
}
