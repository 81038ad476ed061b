package dev.nextcall.adapters.ics;

import static dev.nextcall.adapters.ics.IcsTestFiles.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.nextcall.app.port.CalendarException;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.domain.Interval;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared regression corpus of real exported calendars (see corpus/SOURCES.md and corpus/README.md
 * beside the files): every entry of its manifest, with the corpus's own window, zone and expected
 * busy time. Intervals are compared exactly after merging overlapping and touching ones on both sides.
 */
class IcsCorpusTest {

    /** One manifest entry. */
    record Entry(String file, Interval window, ZoneId localZone, boolean expectsError) {
        @Override
        public String toString() {
            return file;
        }
    }

    private static Path corpusFile(String name) {
        try {
            return Path.of(Objects.requireNonNull(IcsCorpusTest.class.getResource("corpus/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String name) throws IOException {
        return JsonParser.parseString(Files.readString(corpusFile(name), StandardCharsets.UTF_8)).getAsJsonObject();
    }

    static Stream<Entry> manifest() throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (JsonElement element : json("manifest.json").getAsJsonArray("calendars")) {
            JsonObject entry = element.getAsJsonObject();
            entries.add(new Entry(entry.get("file").getAsString(),
                    new Interval(at(entry.get("from").getAsString()), at(entry.get("to").getAsString())),
                    ZoneId.of(entry.get("local_zone").getAsString()),
                    "error".equals(entry.get("expect").getAsString())));
        }
        return entries.stream();
    }

    private static List<Interval> expectedBusy(String file) throws IOException {
        JsonArray busy = json("expected/" + file.replace(".ics", ".json")).getAsJsonArray("busy");
        List<Interval> intervals = new ArrayList<>();
        for (JsonElement element : busy) {
            JsonObject interval = element.getAsJsonObject();
            intervals.add(new Interval(at(interval.get("start").getAsString()), at(interval.get("end").getAsString())));
        }
        return intervals;
    }

    @Test
    void theManifestCoversEveryCalendarOfTheCorpus() throws IOException {
        List<String> inManifest = manifest().map(Entry::file).sorted().toList();
        try (Stream<Path> files = Files.list(corpusFile("manifest.json").getParent())) {
            List<String> calendars = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ics")).sorted().toList();
            assertThat(inManifest).isEqualTo(calendars).hasSize(19);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifest")
    void busyTimeIsExactlyTheExpectedOrTheFileIsRefused(Entry entry) throws IOException {
        Path file = corpusFile(entry.file());
        IcsCalendar calendar = new IcsCalendar(List.of(file), entry.localZone());

        if (entry.expectsError()) {
            assertThatThrownBy(() -> calendar.busy(entry.window()))
                    .isInstanceOf(CalendarException.class)
                    .hasMessageStartingWith(file.toString())
                    .hasMessageMatching("(?s).* line \\d+: .*");
            return;
        }
        assertThat(Interval.merge(calendar.busy(entry.window())))
                .containsExactlyElementsOf(Interval.merge(expectedBusy(entry.file())));
    }

    @Test
    void appleCalendarEventsHaveTheirTitlesAndAttendees() {
        IcsCalendar calendar = new IcsCalendar(List.of(corpusFile("apple-macos-tentative.ics")), ZoneId.of("America/Vancouver"));
        Interval window = new Interval(at("2022-06-27T00:00:00Z"), at("2022-08-22T00:00:00Z"));

        assertThat(calendar.events(window)).extracting(CalendarEvent::title)
                .containsExactly("Tentative", "Confirmed", "No Status");
        // The ATTENDEE line is folded twice with LF line ends.
        assertThat(calendar.events(window).get(0).attendees()).extracting(a -> a.email())
                .containsExactly("tentative@example.com");
    }

    @Test
    void exchangeDisplayNameTzidsWithoutVtimezoneAreRefusedAtTheirLine() {
        Path file = corpusFile("exchange2010-owa.ics");
        IcsCalendar calendar = new IcsCalendar(List.of(file), ZoneId.of("America/New_York"));

        assertThatThrownBy(() -> calendar.busy(new Interval(at("2020-10-19T00:00:00Z"), at("2020-11-16T00:00:00Z"))))
                .isInstanceOf(CalendarException.class)
                .hasMessageContaining(file + " line 8: ")
                .hasMessageContaining("unknown time zone '(GMT+10:00) Canberra, Melbourne, Sydney'");
    }

    @Test
    void exchangeQuotedTzidSwallowingTheValueIsRefusedAtItsLine() {
        Path file = corpusFile("exchange2010-windows-timezones.ics");
        IcsCalendar calendar = new IcsCalendar(List.of(file), ZoneId.of("Europe/Berlin"));

        assertThatThrownBy(() -> calendar.busy(new Interval(at("2020-06-01T00:00:00Z"), at("2020-10-05T00:00:00Z"))))
                .isInstanceOf(CalendarException.class)
                .hasMessageContaining(file + " line 152: ")
                .hasMessageContaining("W. Europe Standard Time");
    }

    @Test
    void confluenceLineFoldedWithoutItsSpaceIsRefusedAtItsLine() {
        // Line 210 "ORGANIZER:…;CN=Danie" continues on line 211 "l Latham;CUTYPE=…" without the leading space.
        Path file = corpusFile("confluence-weekly.ics");
        IcsCalendar calendar = new IcsCalendar(List.of(file), ZoneId.of("America/Los_Angeles"));

        assertThatThrownBy(() -> calendar.busy(new Interval(at("2022-02-28T00:00:00Z"), at("2022-04-25T00:00:00Z"))))
                .isInstanceOf(CalendarException.class)
                .hasMessageContaining(file + " line 211: ")
                .hasMessageContaining("a folded line without its leading space?")
                .hasMessageContaining("'l Latham;CUTYPE=INDIVIDUAL");
    }
}
