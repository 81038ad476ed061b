package dev.nextcall.adapters.ics;

import static dev.nextcall.adapters.ics.IcsTestFiles.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nextcall.app.port.CalendarException;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.domain.Interval;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Real exported calendars from the shared corpus that need no recurrence expansion (see
 * corpus/SOURCES.md beside the files). Windows and expectations are the corpus's own.
 */
class IcsCorpusTest {

    private static Path corpusFile(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(IcsCorpusTest.class.getResource("corpus/" + name), name).toURI());
    }

    @Test
    void appleCalendarWithTentativeAndCancelledEvents() throws Exception {
        IcsCalendar calendar = new IcsCalendar(List.of(corpusFile("apple-macos-tentative.ics")), ZoneId.of("America/Vancouver"));
        Interval window = new Interval(at("2022-06-27T00:00:00Z"), at("2022-08-22T00:00:00Z"));

        assertThat(calendar.busy(window)).containsExactly(
                new Interval(at("2022-07-04T23:00:00Z"), at("2022-07-04T23:50:00Z")),
                new Interval(at("2022-07-05T16:00:00Z"), at("2022-07-05T17:00:00Z")),
                new Interval(at("2022-07-07T16:00:00Z"), at("2022-07-07T17:00:00Z")));
        assertThat(calendar.events(window)).extracting(CalendarEvent::title)
                .containsExactly("Tentative", "Confirmed", "No Status");
        // The ATTENDEE line is folded twice with LF line ends.
        assertThat(calendar.events(window).get(0).attendees()).extracting(a -> a.email())
                .containsExactly("tentative@example.com");
    }

    @Test
    void exchangeDisplayNameTzidsWithoutVtimezoneAreRefused() throws Exception {
        Path file = corpusFile("exchange2010-owa.ics");
        IcsCalendar calendar = new IcsCalendar(List.of(file), ZoneId.of("America/New_York"));

        assertThatThrownBy(() -> calendar.busy(new Interval(at("2020-10-19T00:00:00Z"), at("2020-11-16T00:00:00Z"))))
                .isInstanceOf(CalendarException.class)
                .hasMessageContaining(file + " line 8: ")
                .hasMessageContaining("(GMT+10:00) Canberra, Melbourne, Sydney");
    }

    @Test
    void exchangeQuotedTzidSwallowingTheValueIsRefused() throws Exception {
        Path file = corpusFile("exchange2010-windows-timezones.ics");
        IcsCalendar calendar = new IcsCalendar(List.of(file), ZoneId.of("Europe/Berlin"));

        assertThatThrownBy(() -> calendar.busy(new Interval(at("2020-06-01T00:00:00Z"), at("2020-10-05T00:00:00Z"))))
                .isInstanceOf(CalendarException.class)
                .hasMessageContaining(file + " line 152: ")
                .hasMessageContaining("W. Europe Standard Time");
    }
}
