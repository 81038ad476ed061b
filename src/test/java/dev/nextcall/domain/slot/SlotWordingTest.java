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

    private final SlotWording wording = new SlotWording(Locale.ENGLISH);

    private static Instant at(String zone, String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of(zone)).toInstant();
    }

    /**
     * The slot and "now" are given on the rep's wall clock; the spoken text is what the rep reads
     * to the prospect.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            same zone, later this week             | Europe/Berlin | Europe/Berlin       | 2026-02-02T10:05 | 2026-02-04T10:00 | Wednesday at 10:00
            same zone, today                       | Europe/Berlin | Europe/Berlin       | 2026-02-02T10:05 | 2026-02-02T15:30 | today at 15:30
            same zone, tomorrow                    | Europe/Berlin | Europe/Berlin       | 2026-02-02T10:05 | 2026-02-03T09:00 | tomorrow at 09:00
            six days out: the weekday is enough    | Europe/Berlin | Europe/Berlin       | 2026-02-02T10:05 | 2026-02-08T11:00 | Sunday at 11:00
            a week out: the date is said           | Europe/Berlin | Europe/Berlin       | 2026-02-02T10:05 | 2026-02-09T10:00 | Monday 9 February at 10:00
            two weeks out                          | Europe/Berlin | Europe/Berlin       | 2026-02-02T10:05 | 2026-02-13T16:30 | Friday 13 February at 16:30
            same offset, other zone: one time      | Europe/Berlin | Europe/Paris        | 2026-02-02T10:05 | 2026-02-04T10:00 | Wednesday at 10:00
            New York prospect                      | Europe/Berlin | America/New_York    | 2026-02-02T10:05 | 2026-02-04T15:00 | Wednesday at 09:00 your time (15:00 mine)
            New York, March out-of-step week       | Europe/Berlin | America/New_York    | 2026-03-09T10:05 | 2026-03-11T14:00 | Wednesday at 09:00 your time (14:00 mine)
            tomorrow for the prospect, today mine  | Europe/Berlin | America/New_York    | 2026-02-03T02:00 | 2026-02-03T15:00 | tomorrow at 09:00 your time (15:00 mine)
            today for the prospect, tomorrow mine  | Asia/Tokyo    | America/Los_Angeles | 2026-02-03T23:00 | 2026-02-04T02:00 | today at 09:00 your time (Wednesday 02:00 mine)
            Kolkata prospect: half-hour offset     | Europe/Berlin | Asia/Kolkata        | 2026-02-02T10:05 | 2026-02-03T09:00 | tomorrow at 13:30 your time (09:00 mine)
            St John's prospect                     | Europe/Berlin | America/St_Johns    | 2026-02-02T10:05 | 2026-02-04T16:30 | Wednesday at 12:00 your time (16:30 mine)
            rep a day ahead of the prospect        | Pacific/Auckland | America/New_York | 2026-02-02T05:00 | 2026-02-04T03:00 | Tuesday at 09:00 your time (Wednesday 03:00 mine)
            a week out for the prospect            | Europe/Berlin | America/New_York    | 2026-02-02T10:05 | 2026-02-09T15:00 | Monday 9 February at 09:00 your time (15:00 mine)
            """)
    void spokenText(String name, String repZone, String prospectZone, String now, String slotStart, String spoken) {
        Interval slot = Interval.of(at(repZone, slotStart), Duration.ofMinutes(30));
        SpokenSlot words = wording.describe(slot, at(repZone, now), ZoneId.of(repZone), ZoneId.of(prospectZone));

        assertThat(words.spoken()).isEqualTo(spoken);
        assertThat(words.slot()).isEqualTo(slot);
    }

    @Test
    void labelsInOneZoneHaveNoZoneNameAndNoOtherLabel() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Interval slot = Interval.of(at("Europe/Berlin", "2026-02-04T10:00"), Duration.ofMinutes(30));

        SpokenSlot words = wording.describe(slot, at("Europe/Berlin", "2026-02-02T10:05"), berlin, berlin);

        assertThat(words.label()).isEqualTo("Wed 4 Feb · 10:00");
        assertThat(words.otherZoneLabel()).isEmpty();
    }

    @ParameterizedTest(name = "{1} prospect: {3} / {4}")
    @CsvSource(delimiter = '|', textBlock = """
            Europe/Berlin | America/New_York | 2026-02-04T15:00 | Wed 4 Feb · 09:00 EST  | Wed 4 Feb · 15:00 CET
            Europe/Berlin | America/New_York | 2026-03-11T14:00 | Wed 11 Mar · 09:00 EDT | Wed 11 Mar · 14:00 CET
            Europe/Berlin | America/New_York | 2026-04-01T15:00 | Wed 1 Apr · 09:00 EDT  | Wed 1 Apr · 15:00 CEST
            Europe/Berlin | Asia/Kolkata     | 2026-02-03T09:00 | Tue 3 Feb · 13:30 IST  | Tue 3 Feb · 09:00 CET
            Pacific/Auckland | America/New_York | 2026-02-04T03:00 | Tue 3 Feb · 09:00 EST | Wed 4 Feb · 03:00 NZDT
            """)
    void labelsInTwoZonesNameBothZones(String repZone, String prospectZone, String slotStart, String label,
                                       String other) {
        Interval slot = Interval.of(at(repZone, slotStart), Duration.ofMinutes(30));

        SpokenSlot words = wording.describe(slot, at(repZone, "2026-02-01T12:00"), ZoneId.of(repZone),
                ZoneId.of(prospectZone));

        assertThat(words.label()).isEqualTo(label);
        assertThat(words.otherZoneLabel()).isEqualTo(other);
    }
}
