package dev.nextcall.domain.slot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlotWordingTest {

    private static Instant at(String zone, String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of(zone)).toInstant();
    }

    /** The slot and "now" are given on the rep's wall clock; the result is what the rep reads aloud. */
    private static SpokenSlot describe(Locale locale, String repZone, String prospectZone, String now, String start) {
        Interval slot = Interval.of(at(repZone, start), Duration.ofMinutes(30));
        return new SlotWording(locale).describe(slot, at(repZone, now), ZoneId.of(repZone), ZoneId.of(prospectZone));
    }

    /** British English: 24-hour times, day before month. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            same zone, later this week             | Europe/Berlin | Europe/Berlin       | 2026-02-02T10:05 | 2026-02-04T10:00 | Wednesday at 10:00
            same zone, today                       | Europe/Berlin | Europe/Berlin       | 2026-02-02T10:05 | 2026-02-02T15:30 | today at 15:30
            same zone, tomorrow                    | Europe/Berlin | Europe/Berlin       | 2026-02-02T10:05 | 2026-02-03T09:00 | tomorrow at 09:00
            six days out: the weekday is enough    | Europe/Berlin | Europe/Berlin       | 2026-02-02T10:05 | 2026-02-08T11:00 | Sunday at 11:00
            a week out: the date is said           | Europe/Berlin | Europe/Berlin       | 2026-02-02T10:05 | 2026-02-09T10:00 | Monday 9 February at 10:00
            two weeks out                          | Europe/Berlin | Europe/Berlin       | 2026-02-02T10:05 | 2026-02-13T16:30 | Friday 13 February at 16:30
            same offset, other zone: one time      | Europe/Berlin | Europe/Paris        | 2026-02-02T10:05 | 2026-02-04T10:00 | Wednesday at 10:00
            New York prospect                      | Europe/Berlin | America/New_York    | 2026-02-02T10:05 | 2026-02-04T15:00 | Wednesday 09:00 your time, 15:00 mine
            New York, March out-of-step week       | Europe/Berlin | America/New_York    | 2026-03-09T10:05 | 2026-03-11T14:00 | Wednesday 09:00 your time, 14:00 mine
            tomorrow for the prospect, today mine  | Europe/Berlin | America/New_York    | 2026-02-03T02:00 | 2026-02-03T15:00 | tomorrow 09:00 your time, 15:00 mine
            today for the prospect, tomorrow mine  | Asia/Tokyo    | America/Los_Angeles | 2026-02-03T23:00 | 2026-02-04T02:00 | today 09:00 your time, Wednesday 02:00 mine
            Kolkata prospect: half-hour offset     | Europe/Berlin | Asia/Kolkata        | 2026-02-02T10:05 | 2026-02-03T09:00 | tomorrow 13:30 your time, 09:00 mine
            St John's prospect                     | Europe/Berlin | America/St_Johns    | 2026-02-02T10:05 | 2026-02-04T16:30 | Wednesday 12:00 your time, 16:30 mine
            rep a day ahead of the prospect        | Pacific/Auckland | America/New_York | 2026-02-02T05:00 | 2026-02-04T03:00 | Tuesday 09:00 your time, Wednesday 03:00 mine
            a week out for the prospect            | Europe/Berlin | America/New_York    | 2026-02-02T10:05 | 2026-02-09T15:00 | Monday 9 February 09:00 your time, 15:00 mine
            """)
    void britishEnglish(String name, String repZone, String prospectZone, String now, String slotStart, String spoken) {
        SpokenSlot words = describe(Locale.UK, repZone, prospectZone, now, slotStart);

        assertThat(words.spoken()).isEqualTo(spoken);
        assertThat(words.slot()).isEqualTo(Interval.of(at(repZone, slotStart), Duration.ofMinutes(30)));
    }

    /** American English: 12-hour times, month before day. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            same zone                              | Europe/Berlin    | Europe/Berlin    | 2026-02-02T10:05 | 2026-02-04T10:00 | Wednesday at 10:00 AM
            same zone, today, afternoon            | America/New_York | America/New_York | 2026-02-02T10:05 | 2026-02-02T15:30 | today at 3:30 PM
            same zone, tomorrow                    | America/New_York | America/New_York | 2026-02-02T10:05 | 2026-02-03T09:00 | tomorrow at 9:00 AM
            a week out                             | America/New_York | America/New_York | 2026-02-02T10:05 | 2026-02-09T10:00 | Monday, February 9 at 10:00 AM
            Berlin prospect of a New York rep      | America/New_York | Europe/Berlin    | 2026-02-02T08:00 | 2026-02-03T10:00 | tomorrow 4:00 PM your time, 10:00 AM mine
            Kolkata prospect: half-hour offset     | America/New_York | Asia/Kolkata     | 2026-02-02T08:00 | 2026-02-04T07:30 | Wednesday 6:00 PM your time, 7:30 AM mine
            """)
    void americanEnglish(String name, String repZone, String prospectZone, String now, String slotStart, String spoken) {
        assertThat(describe(Locale.US, repZone, prospectZone, now, slotStart).spoken()).isEqualTo(spoken);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            same zone                              | Europe/Berlin | Europe/Berlin       | 2026-02-02T10:05 | 2026-02-04T10:00 | Mittwoch um 10:00
            today                                  | Europe/Berlin | Europe/Berlin       | 2026-02-02T10:05 | 2026-02-02T15:30 | heute um 15:30
            tomorrow                               | Europe/Berlin | Europe/Berlin       | 2026-02-02T10:05 | 2026-02-03T09:00 | morgen um 09:00
            a week out                             | Europe/Berlin | Europe/Berlin       | 2026-02-02T10:05 | 2026-02-09T10:00 | Montag, 9. Februar um 10:00
            New York prospect                      | Europe/Berlin | America/New_York    | 2026-02-02T10:05 | 2026-02-04T15:00 | Mittwoch um 09:00 Ihrer Zeit, 15:00 bei mir
            today for the prospect, tomorrow mine  | Asia/Tokyo    | America/Los_Angeles | 2026-02-03T23:00 | 2026-02-04T02:00 | heute um 09:00 Ihrer Zeit, Mittwoch 02:00 bei mir
            """)
    void german(String name, String repZone, String prospectZone, String now, String slotStart, String spoken) {
        assertThat(describe(Locale.GERMANY, repZone, prospectZone, now, slotStart).spoken()).isEqualTo(spoken);
    }

    @Test
    void aLanguageWithoutTemplatesIsSpokenInEnglishWithItsOwnClock() {
        // French has no built-in templates: English words and names, never "mercredi at 10:00".
        SpokenSlot words = describe(Locale.FRANCE, "Europe/Paris", "Europe/Paris", "2026-02-02T10:05", "2026-02-04T15:00");

        assertThat(words.spoken()).isEqualTo("Wednesday at 15:00");
        assertThat(words.label()).isEqualTo("Wed 4 Feb · 15:00");
    }

    @Test
    void plainEnglishUsesTheTwelveHourClock() {
        // Locale.ENGLISH carries no country; the JDK's English short time is the American one.
        SpokenSlot words = describe(Locale.ENGLISH, "Europe/Berlin", "Europe/Berlin", "2026-02-02T10:05", "2026-02-04T15:00");

        assertThat(words.spoken()).isEqualTo("Wednesday at 3:00 PM");
        assertThat(words.label()).isEqualTo("Wed 4 Feb · 3:00 PM");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en_GB | Wed 4 Feb · 10:00
            en_US | Wed, Feb 4 · 10:00 AM
            de_DE | Mi. 4. Feb. · 10:00
            """)
    void labelsInOneZoneHaveNoZoneNameAndNoOtherLabel(String locale, String label) {
        SpokenSlot words = describe(Locale.forLanguageTag(locale.replace('_', '-')), "Europe/Berlin", "Europe/Berlin",
                "2026-02-02T10:05", "2026-02-04T10:00");

        assertThat(words.label()).isEqualTo(label);
        assertThat(words.otherZoneLabel()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {2} prospect: {4} / {5}")
    @CsvSource(delimiter = '|', textBlock = """
            en_GB | Europe/Berlin    | America/New_York | 2026-02-04T15:00 | Wed 4 Feb · 09:00 EST    | Wed 4 Feb · 15:00 CET
            en_GB | Europe/Berlin    | America/New_York | 2026-03-11T14:00 | Wed 11 Mar · 09:00 EDT   | Wed 11 Mar · 14:00 CET
            en_GB | Europe/Berlin    | America/New_York | 2026-04-01T15:00 | Wed 1 Apr · 09:00 EDT    | Wed 1 Apr · 15:00 CEST
            en_GB | Europe/Berlin    | Asia/Kolkata     | 2026-02-03T09:00 | Tue 3 Feb · 13:30 IST    | Tue 3 Feb · 09:00 CET
            en_GB | Pacific/Auckland | America/New_York | 2026-02-04T03:00 | Tue 3 Feb · 09:00 EST    | Wed 4 Feb · 03:00 NZDT
            en_US | Europe/Berlin    | America/New_York | 2026-02-04T15:00 | Wed, Feb 4 · 9:00 AM EST | Wed, Feb 4 · 3:00 PM CET
            de_DE | Europe/Berlin    | America/New_York | 2026-02-04T15:00 | Mi. 4. Feb. · 09:00 EST  | Mi. 4. Feb. · 15:00 MEZ
            """)
    void labelsInTwoZonesNameBothZones(String locale, String repZone, String prospectZone, String slotStart,
                                       String label, String other) {
        SpokenSlot words = describe(Locale.forLanguageTag(locale.replace('_', '-')), repZone, prospectZone,
                "2026-02-01T12:00", slotStart);

        assertThat(words.label()).isEqualTo(label);
        assertThat(words.otherZoneLabel()).isEqualTo(other);
    }

    @Test
    void labelsStayShortEnoughForAPanelButton() {
        // The longest label of the tables above: about 25 characters fit a 360-px button in large type.
        SpokenSlot words = describe(Locale.US, "Europe/Berlin", "America/New_York", "2026-02-01T12:00",
                "2026-12-30T15:00");

        assertThat(words.label()).isEqualTo("Wed, Dec 30 · 9:00 AM EST");
        assertThat(words.label().length()).isLessThanOrEqualTo(26);
    }
}
