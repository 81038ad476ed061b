package dev.nextcall.adapters.ics;

import static dev.nextcall.adapters.ics.Feeds.MARCH;
import static dev.nextcall.adapters.ics.Feeds.meeting;
import static dev.nextcall.adapters.ics.Feeds.utc;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.nextcall.app.port.CalendarProblem;
import dev.nextcall.testing.MutableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fetching subscribed addresses from a real HTTP server on 127.0.0.1: caching, conditional GET, the
 * refresh interval, and every way a fetch can fail without costing the copy already held.
 */
class SubscriptionsTest {

    private static final Instant START = Instant.parse("2024-03-04T08:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final SubscriptionPolicy POLICY =
            new SubscriptionPolicy(Duration.ofMinutes(30), Duration.ofMinutes(5), Duration.ofSeconds(5), 16 * 1024);
    private static final String FIRST = meeting("first", "20240305T090000Z", "20240305T100000Z");
    private static final String SECOND = meeting("second", "20240306T140000Z", "20240306T153000Z");
    private static final String LAST_MODIFIED = "Mon, 04 Mar 2024 07:00:00 GMT";

    @TempDir
    Path data;

    private final FeedServer server = new FeedServer();
    private final MutableClock clock = new MutableClock(START, ZoneOffset.UTC);

    @AfterEach
    void stopServer() {
        server.close();
    }

    private Path folder() {
        return data.resolve("subscriptions");
    }

    private Subscriptions subscriptions(SubscriptionPolicy policy) {
        return new Subscriptions(folder(), clock, policy);
    }

    private CalendarSet set(Subscriptions subscriptions, String... addresses) {
        return CalendarSet.lenient(List.of(addresses), data, subscriptions, BERLIN, clock);
    }

    /** A subscription that has fetched FIRST once, with validators "v1" and LAST_MODIFIED. */
    private CalendarSet fetchedOnce(Subscriptions subscriptions, String address) {
        server.on("/cal.ics", FeedServer.calendar(FIRST, "\"v1\"", LAST_MODIFIED));
        CalendarSet calendars = set(subscriptions, address);
        assertThat(subscriptions.refreshDue()).isTrue();
        assertThat(calendars.busy(MARCH)).containsExactly(utc("2024-03-05T09:00:00Z", "2024-03-05T10:00:00Z"));
        return calendars;
    }

    private JsonObject metadata() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            Path json = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
            return JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        }
    }

    private List<String> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFirstFetchCachesTheCopyAndItsMetadata() throws IOException {
        String address = server.address("/cal.ics");
        fetchedOnce(subscriptions(POLICY), address);

        assertThat(server.requests("/cal.ics")).hasSize(1);
        FeedServer.Request request = server.requests("/cal.ics").get(0);
        assertThat(request.header("User-Agent")).contains("NextCall");
        assertThat(request.header("If-None-Match")).isNull();
        assertThat(cacheFiles()).hasSize(2).allMatch(name -> name.matches("[0-9a-f]{32}\\.(ics|json)"));
        JsonObject metadata = metadata();
        assertThat(metadata.get("address").getAsString()).isEqualTo(address);
        assertThat(metadata.get("etag").getAsString()).isEqualTo("\"v1\"");
        assertThat(metadata.get("lastModified").getAsString()).isEqualTo(LAST_MODIFIED);
        assertThat(metadata.get("lastSuccess").getAsString()).isEqualTo(START.toString());
        assertThat(metadata.get("lastAttempt").getAsString()).isEqualTo(START.toString());
        assertThat(metadata.has("lastError")).isFalse();
    }

    @Test
    void withinTheIntervalNothingIsFetched() {
        Subscriptions subscriptions = subscriptions(POLICY);
        fetchedOnce(subscriptions, server.address("/cal.ics"));

        clock.advance(Duration.ofMinutes(29));

        assertThat(subscriptions.refreshDue()).isFalse();
        assertThat(server.requests("/cal.ics")).hasSize(1);
    }

    @Test
    void afterTheIntervalAConditionalGetAnswered304KeepsTheCopy() throws IOException {
        Subscriptions subscriptions = subscriptions(POLICY);
        CalendarSet calendars = fetchedOnce(subscriptions, server.address("/cal.ics"));
        clock.advance(Duration.ofMinutes(30));

        assertThat(subscriptions.refreshDue()).as("nothing changed").isFalse();

        List<FeedServer.Request> requests = server.requests("/cal.ics");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).header("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(requests.get(1).header("If-Modified-Since")).isEqualTo(LAST_MODIFIED);
        assertThat(calendars.busy(MARCH)).containsExactly(utc("2024-03-05T09:00:00Z", "2024-03-05T10:00:00Z"));
        assertThat(metadata().get("lastSuccess").getAsString()).isEqualTo(START.plus(Duration.ofMinutes(30)).toString());
        assertThat(metadata().get("etag").getAsString()).isEqualTo("\"v1\"");
        assertThat(calendars.problems()).isEmpty();
    }

    @Test
    void aNewVersionReplacesTheCopy() {
        Subscriptions subscriptions = subscriptions(POLICY);
        CalendarSet calendars = fetchedOnce(subscriptions, server.address("/cal.ics"));
        server.on("/cal.ics", FeedServer.calendar(SECOND, "\"v2\"", "Mon, 04 Mar 2024 08:10:00 GMT"));
        clock.advance(Duration.ofMinutes(30));

        assertThat(subscriptions.refreshDue()).isTrue();

        assertThat(calendars.busy(MARCH)).containsExactly(utc("2024-03-06T14:00:00Z", "2024-03-06T15:30:00Z"));
    }

    @Test
    void notFoundKeepsTheOldCopyAndReportsItStaleWithTheStatus() {
        Subscriptions subscriptions = subscriptions(POLICY);
        String address = server.address("/cal.ics");
        CalendarSet calendars = fetchedOnce(subscriptions, address);
        server.on("/cal.ics", FeedServer.status(404));
        clock.advance(Duration.ofMinutes(30));
        Instant failedAt = clock.instant();

        assertThat(subscriptions.refreshDue()).as("a problem appeared").isTrue();

        assertThat(calendars.busy(MARCH)).containsExactly(utc("2024-03-05T09:00:00Z", "2024-03-05T10:00:00Z"));
        CalendarProblem problem = calendars.problems().get(0);
        assertThat(problem.source()).isEqualTo(address);
        assertThat(problem.reason()).contains("HTTP 404").contains("not found");
        assertThat(problem.stale()).isTrue();
        assertThat(problem.since()).isEqualTo(failedAt);

        clock.advance(Duration.ofMinutes(5)); // failures are retried sooner than the interval
        assertThat(subscriptions.refreshDue()).as("the same problem").isFalse();
        assertThat(server.requests("/cal.ics")).hasSize(3);
        assertThat(calendars.problems().get(0).since()).as("failing since the first failure").isEqualTo(failedAt);

        server.on("/cal.ics", FeedServer.calendar(FIRST, "\"v1\"", LAST_MODIFIED));
        clock.advance(Duration.ofMinutes(5));
        assertThat(subscriptions.refreshDue()).as("the problem cleared").isTrue();
        assertThat(calendars.problems()).isEmpty();
    }

    @Test
    @Timeout(20)
    void aServerThatDoesNotAnswerTimesOutAndTheOldCopyStillCounts() {
        String address = server.address("/cal.ics");
        fetchedOnce(subscriptions(POLICY), address); // at the normal timeout: a slow first start must not fail the test
        server.on("/cal.ics", server.hang());
        clock.advance(Duration.ofMinutes(30));
        Subscriptions impatient = subscriptions(
                new SubscriptionPolicy(Duration.ofMinutes(30), Duration.ofMinutes(5), Duration.ofMillis(200), 16 * 1024));
        CalendarSet calendars = set(impatient, address);

        impatient.refreshDue();

        assertThat(calendars.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).contains("timed out after 200 ms");
            assertThat(problem.stale()).isTrue();
        });
        assertThat(calendars.busy(MARCH)).containsExactly(utc("2024-03-05T09:00:00Z", "2024-03-05T10:00:00Z"));
    }

    @Test
    void anOversizedAnswerIsRefusedAndTheOldCopyKept() {
        Subscriptions subscriptions = subscriptions(POLICY);
        CalendarSet calendars = fetchedOnce(subscriptions, server.address("/cal.ics"));
        server.on("/cal.ics", FeedServer.body("text/calendar", bigCalendar()));
        clock.advance(Duration.ofMinutes(30));

        subscriptions.refreshDue();

        assertThat(calendars.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).contains("larger than 16 KB");
            assertThat(problem.stale()).isTrue();
        });
        assertThat(calendars.busy(MARCH)).containsExactly(utc("2024-03-05T09:00:00Z", "2024-03-05T10:00:00Z"));
    }

    @Test
    void anOversizedAnswerWithoutALengthIsStoppedWhileReading() {
        Subscriptions subscriptions = subscriptions(POLICY);
        CalendarSet calendars = set(subscriptions, server.address("/cal.ics"));
        server.on("/cal.ics", FeedServer.chunked("text/calendar", bigCalendar()));

        subscriptions.refreshDue();

        assertThat(calendars.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).contains("larger than 16 KB");
            assertThat(problem.stale()).as("nothing to fall back on").isFalse();
        });
        assertThat(calendars.busy(MARCH)).isEmpty();
    }

    @Test
    void aWebPageIsRefusedInsteadOfACalendar() {
        Subscriptions subscriptions = subscriptions(POLICY);
        CalendarSet calendars = fetchedOnce(subscriptions, server.address("/cal.ics"));
        server.on("/cal.ics", FeedServer.body("text/html; charset=utf-8",
                "<!DOCTYPE html><html><body><form>Sign in to continue</form></body></html>"));
        clock.advance(Duration.ofMinutes(30));

        subscriptions.refreshDue();

        assertThat(calendars.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).contains("web page").contains("text/html").contains("signing in");
            assertThat(problem.stale()).isTrue();
        });
        assertThat(calendars.busy(MARCH)).containsExactly(utc("2024-03-05T09:00:00Z", "2024-03-05T10:00:00Z"));
    }

    @Test
    void contentThatIsNoCalendarIsRefusedWhateverItsType() {
        Subscriptions subscriptions = subscriptions(POLICY);
        CalendarSet calendars = set(subscriptions, server.address("/cal.ics"));
        server.on("/cal.ics", FeedServer.body("application/json", "{\"error\":\"quota\"}"));

        subscriptions.refreshDue();

        assertThat(calendars.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.reason()).contains("not a calendar").contains("BEGIN:VCALENDAR"));
    }

    @Test
    void aCalendarServedAsPlainTextIsAccepted() {
        Subscriptions subscriptions = subscriptions(POLICY);
        CalendarSet calendars = set(subscriptions, server.address("/cal.ics"));
        server.on("/cal.ics", FeedServer.body("text/plain", "\uFEFF" + FIRST));

        subscriptions.refreshDue();

        assertThat(calendars.problems()).isEmpty();
        assertThat(calendars.busy(MARCH)).containsExactly(utc("2024-03-05T09:00:00Z", "2024-03-05T10:00:00Z"));
    }

    @Test
    void aMalformedCalendarIsRefusedWithItsLineAndTheOldCopyKept() throws IOException {
        Subscriptions subscriptions = subscriptions(POLICY);
        String address = server.address("/cal.ics");
        CalendarSet calendars = fetchedOnce(subscriptions, address);
        server.on("/cal.ics", FeedServer.body("text/calendar", Feeds.malformedAtLine7()));
        clock.advance(Duration.ofMinutes(30));

        subscriptions.refreshDue();

        CalendarProblem problem = calendars.problems().get(0);
        assertThat(problem.source()).isEqualTo(address);
        assertThat(problem.reason()).contains("malformed").contains("line 7").contains("20241305T090000Z")
                .doesNotContain(folder().toString()).doesNotContain(".candidate");
        assertThat(problem.stale()).isTrue();
        assertThat(calendars.busy(MARCH)).containsExactly(utc("2024-03-05T09:00:00Z", "2024-03-05T10:00:00Z"));
        assertThat(cacheFiles()).as("no candidate or temp file left behind").hasSize(2);
    }

    @Test
    void aRestartReadsTheCopyAndTheMetadataBack() {
        String address = server.address("/cal.ics");
        fetchedOnce(subscriptions(POLICY), address);
        clock.advance(Duration.ofMinutes(10));

        Subscriptions restarted = subscriptions(POLICY);
        CalendarSet calendars = set(restarted, address);

        assertThat(calendars.busy(MARCH)).containsExactly(utc("2024-03-05T09:00:00Z", "2024-03-05T10:00:00Z"));
        assertThat(calendars.problems()).isEmpty();
        assertThat(restarted.refreshDue()).isFalse();
        assertThat(server.requests("/cal.ics")).as("the interval counts across restarts").hasSize(1);

        clock.advance(Duration.ofMinutes(20));
        restarted.refreshDue();
        assertThat(server.requests("/cal.ics").get(1).header("If-None-Match")).isEqualTo("\"v1\"");
    }

    @Test
    void aFailureIsStillReportedAfterARestart() {
        String address = server.address("/cal.ics");
        Subscriptions first = subscriptions(POLICY);
        fetchedOnce(first, address);
        server.on("/cal.ics", FeedServer.status(503));
        clock.advance(Duration.ofMinutes(30));
        Instant failedAt = clock.instant();
        first.refreshDue();
        clock.advance(Duration.ofMinutes(1));

        CalendarSet calendars = set(subscriptions(POLICY), address);

        assertThat(calendars.problems()).containsExactly(
                new CalendarProblem(address, "the server failed (HTTP 503)", failedAt, true));
        assertThat(calendars.busy(MARCH)).hasSize(1);
    }

    @Test
    void damagedMetadataMeansAnUnconditionalFetchNotALostCopy() throws IOException {
        String address = server.address("/cal.ics");
        fetchedOnce(subscriptions(POLICY), address);
        try (Stream<Path> files = Files.list(folder())) {
            Path json = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
            Files.writeString(json, "{ half a fi");
        }

        Subscriptions restarted = subscriptions(POLICY);
        CalendarSet calendars = set(restarted, address);

        assertThat(calendars.busy(MARCH)).hasSize(1);
        restarted.refreshDue();
        assertThat(server.requests("/cal.ics")).hasSize(2);
        assertThat(server.requests("/cal.ics").get(1).header("If-None-Match")).isNull();
        assertThat(metadata().get("etag").getAsString()).isEqualTo("\"v1\"");
    }

    @Test
    void refreshAllFetchesWhateverTheInterval() {
        Subscriptions subscriptions = subscriptions(POLICY);
        fetchedOnce(subscriptions, server.address("/cal.ics"));
        clock.advance(Duration.ofMinutes(1));

        subscriptions.refreshAll();

        assertThat(server.requests("/cal.ics")).hasSize(2);
    }

    @Test
    void theCopyIsWrittenAtomicallyWithNothingLeftBeside() throws IOException {
        Subscriptions subscriptions = subscriptions(POLICY);
        fetchedOnce(subscriptions, server.address("/cal.ics"));
        server.on("/cal.ics", FeedServer.calendar(SECOND, "\"v2\"", LAST_MODIFIED + "x"));
        clock.advance(Duration.ofMinutes(30));
        subscriptions.refreshDue();

        List<String> names = cacheFiles();
        assertThat(names).hasSize(2);
        Path copy = folder().resolve(names.stream().filter(n -> n.endsWith(".ics")).findFirst().orElseThrow());
        assertThat(Files.readString(copy, StandardCharsets.UTF_8)).isEqualTo(SECOND);
    }

    @Test
    void tempFilesLeftByACrashAreRemovedAtTheNextStart() throws IOException {
        String address = server.address("/cal.ics");
        fetchedOnce(subscriptions(POLICY), address);
        String key = SubscriptionAddress.parse(address).cacheKey();
        Files.writeString(folder().resolve("." + key + ".ics.8231.tmp"), "half a co");
        Files.writeString(folder().resolve("." + key + ".77.candidate.ics"), "BEGIN:VCAL");

        CalendarSet calendars = set(subscriptions(POLICY), address);

        assertThat(cacheFiles()).containsExactlyInAnyOrder(key + ".ics", key + ".json");
        assertThat(calendars.busy(MARCH)).hasSize(1);
    }

    @Test
    void anInterruptedRefreshRecordsNothingAgainstTheAddress() {
        server.on("/cal.ics", FeedServer.calendar(FIRST, "\"v1\"", LAST_MODIFIED));
        Subscriptions subscriptions = subscriptions(POLICY);
        String address = server.address("/cal.ics");
        CalendarSet calendars = set(subscriptions, address);
        Subscription subscription = subscriptions.subscribe(SubscriptionAddress.parse(address));

        Thread.currentThread().interrupt();
        boolean changed;
        boolean stillInterrupted;
        try {
            changed = subscription.refreshNow();
            subscriptions.refreshDue();
        } finally {
            stillInterrupted = Thread.interrupted();
        }

        assertThat(changed).isFalse();
        assertThat(stillInterrupted).as("the interrupt is kept for the executor").isTrue();
        assertThat(subscription.state()).isEqualTo(SubscriptionState.NEVER_FETCHED);
        assertThat(calendars.problems()).extracting(CalendarProblem::reason).containsExactly("not fetched yet");
        assertThat(folder()).doesNotExist();
        assertThat(subscriptions.refreshDue()).as("fetched once the thread may run again").isTrue();
    }

    /** A valid calendar larger than the 16 KB cap. */
    private static String bigCalendar() {
        StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//big//EN\r\n");
        for (int i = 0; i < 200; i++) {
            text.append("BEGIN:VEVENT\r\nUID:big-").append(i).append("\r\nDTSTAMP:20240301T000000Z\r\n")
                    .append("DTSTART:20240305T090000Z\r\nDTEND:20240305T100000Z\r\nEND:VEVENT\r\n");
        }
        return text.append("END:VCALENDAR\r\n").toString();
    }
}
