package dev.nextcall.adapters.google;

import static dev.nextcall.adapters.google.ScriptedTransport.fails;
import static dev.nextcall.adapters.google.ScriptedTransport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nextcall.app.port.CalendarOfflineException;
import dev.nextcall.app.port.CalendarProblem;
import dev.nextcall.domain.Interval;
import dev.nextcall.testing.MutableClock;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Busy time: the freshness cache, prefetching, long windows and calendars that fail. */
class BusyTimeTest {

    private static final Instant NOW = Instant.parse("2025-06-02T08:00:00Z");
    private static final Interval TWO_WEEKS = Interval.of(NOW, Duration.ofDays(14));
    private static final Interval ONE_DAY = Interval.of(NOW.plus(Duration.ofDays(3)), Duration.ofDays(1));
    private static final String FREEBUSY = "/calendar/v3/freeBusy";
    private static final String ANSWER = "{\"kind\":\"calendar#freeBusy\",\"calendars\":{\"primary\":{\"busy\":["
            + "{\"start\":\"2025-06-05T09:00:00Z\",\"end\":\"2025-06-05T10:00:00Z\"},"
            + "{\"start\":\"2025-06-09T13:00:00+02:00\",\"end\":\"2025-06-09T14:00:00+02:00\"}]}}}";

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(NOW, ZoneOffset.UTC);
    private final ScriptedTransport transport = new ScriptedTransport();
    private GoogleConnection connection;
    private final List<Runnable> queued = new ArrayList<>();
    private List<String> chosen = List.of();

    @BeforeEach
    void signIn() throws IOException {
        Path google = TestAccounts.clientFile(dir, "https://auth.test/auth", "https://auth.test/token");
        TestAccounts.signedIn(google, "a", "r", NOW.plus(Duration.ofDays(30)).toEpochMilli());
        connection = TestAccounts.connection(google, "https://api.test/", clock, transport,
                new TestAccounts.NoWait().policy(1, Duration.ofSeconds(5), 2));
    }

    private GoogleCalendar calendar(Executor background) {
        return new GoogleCalendar(connection, () -> chosen, Duration.ofSeconds(60), background);
    }

    private static Interval at(String start, String end) {
        return new Interval(Instant.parse(start), Instant.parse(end));
    }

    @Test
    void busyTimeIsMergedClippedAndRead() {
        transport.on("POST", FREEBUSY, json(200, ANSWER));
        assertThat(calendar(Runnable::run).busy(TWO_WEEKS)).containsExactly(
                at("2025-06-05T09:00:00Z", "2025-06-05T10:00:00Z"), at("2025-06-09T11:00:00Z", "2025-06-09T12:00:00Z"));
        String body = transport.seen(FREEBUSY).get(0).body();
        assertThat(body).contains("\"timeMin\":\"2025-06-02T08:00:00.000Z\"").contains("\"timeMax\":\"2025-06-16T08:00:00.000Z\"")
                .contains("\"items\":[{\"id\":\"primary\"}]");
    }

    @Test
    void anAnswerIsReusedForAnyWindowItCoversWhileFresh() {
        transport.on("POST", FREEBUSY, json(200, ANSWER));
        GoogleCalendar calendar = calendar(Runnable::run);
        calendar.busy(TWO_WEEKS);
        clock.advance(Duration.ofSeconds(59));
        assertThat(calendar.busy(ONE_DAY)).containsExactly(at("2025-06-05T09:00:00Z", "2025-06-05T10:00:00Z"));
        assertThat(transport.seen(FREEBUSY)).hasSize(1);
        clock.advance(Duration.ofSeconds(2));
        calendar.busy(ONE_DAY);
        assertThat(transport.seen(FREEBUSY)).as("older than 60 s").hasSize(2);
    }

    @Test
    void aWindowNotCoveredIsReadAgain() {
        transport.on("POST", FREEBUSY, json(200, ANSWER));
        GoogleCalendar calendar = calendar(Runnable::run);
        calendar.busy(ONE_DAY);
        calendar.busy(TWO_WEEKS);
        assertThat(transport.seen(FREEBUSY)).hasSize(2);
    }

    @Test
    void ourOwnBookingMakesEarlierAnswersStale() {
        transport.on("POST", FREEBUSY, json(200, ANSWER));
        GoogleCalendar calendar = calendar(Runnable::run);
        calendar.busy(TWO_WEEKS);
        connection.wrote();
        calendar.busy(ONE_DAY);
        assertThat(transport.seen(FREEBUSY)).hasSize(2);
    }

    @Test
    void aPrefetchedWindowIsReadWithoutAskingGoogle() {
        transport.on("POST", FREEBUSY, json(200, ANSWER));
        GoogleCalendar calendar = calendar(queued::add);
        calendar.prefetch(TWO_WEEKS);
        assertThat(transport.seen(FREEBUSY)).as("runs in the background").isEmpty();
        queued.remove(0).run();
        clock.advance(Duration.ofSeconds(40));
        assertThat(calendar.busy(ONE_DAY)).hasSize(1);
        assertThat(transport.seen(FREEBUSY)).hasSize(1);
    }

    @Test
    void aPrefetchRightAfterAReadOrAnotherPrefetchIsSkipped() {
        transport.on("POST", FREEBUSY, json(200, ANSWER));
        GoogleCalendar calendar = calendar(queued::add);
        calendar.prefetch(TWO_WEEKS);
        calendar.prefetch(TWO_WEEKS);
        assertThat(queued).as("one already queued").hasSize(1);
        queued.remove(0).run();
        clock.advance(Duration.ofSeconds(29));
        calendar.prefetch(TWO_WEEKS);
        assertThat(queued).as("read 29 s ago: still well fresh").isEmpty();
        clock.advance(Duration.ofSeconds(2));
        calendar.prefetch(TWO_WEEKS);
        assertThat(queued).as("past half the freshness: refresh").hasSize(1);
    }

    @Test
    void aReadDoesNotWaitForAPrefetchStillQueuedBehindIt() {
        transport.on("POST", FREEBUSY, json(200, ANSWER));
        GoogleCalendar calendar = calendar(queued::add);
        calendar.prefetch(TWO_WEEKS);
        assertThat(calendar.busy(ONE_DAY)).hasSize(1);
        assertThat(transport.seen(FREEBUSY)).hasSize(1);
    }

    @Test
    void aReadWaitsForAPrefetchAlreadyOnTheWire() throws Exception {
        CountDownLatch onTheWire = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        transport.on("POST", FREEBUSY, request -> {
            onTheWire.countDown();
            try {
                answer.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return json(200, ANSWER).answer(request);
        });
        GoogleCalendar calendar = calendar(task -> new Thread(task).start());
        calendar.prefetch(TWO_WEEKS);
        assertThat(onTheWire.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<List<Interval>> read = CompletableFuture.supplyAsync(() -> calendar.busy(ONE_DAY));
        Thread.sleep(100);
        assertThat(read).isNotDone();
        answer.countDown();
        assertThat(read.get(5, TimeUnit.SECONDS)).hasSize(1);
        assertThat(transport.seen(FREEBUSY)).hasSize(1);
    }

    @Test
    void longWindowsAreReadInNinetyDayPieces() {
        transport.on("POST", FREEBUSY, json(200, ANSWER));
        calendar(Runnable::run).busy(Interval.of(NOW, Duration.ofDays(200)));
        assertThat(transport.seen(FREEBUSY)).extracting(ScriptedTransport.Seen::body).satisfiesExactly(
                b -> assertThat(b).contains("\"timeMin\":\"2025-06-02T08:00:00.000Z\"").contains("\"timeMax\":\"2025-08-31T08:00:00.000Z\""),
                b -> assertThat(b).contains("\"timeMin\":\"2025-08-31T08:00:00.000Z\"").contains("\"timeMax\":\"2025-11-29T08:00:00.000Z\""),
                b -> assertThat(b).contains("\"timeMin\":\"2025-11-29T08:00:00.000Z\"").contains("\"timeMax\":\"2025-12-19T08:00:00.000Z\""));
    }

    @Test
    void aCalendarGoogleCannotReadIsReportedAndTheOthersStillCount() {
        chosen = List.of("primary", "team@example.com");
        transport.on("POST", FREEBUSY, json(200, "{\"calendars\":{\"primary\":{\"busy\":[{\"start\":\"2025-06-05T09:00:00Z\","
                + "\"end\":\"2025-06-05T10:00:00Z\"}]},\"team@example.com\":{\"errors\":[{\"domain\":\"global\","
                + "\"reason\":\"notFound\"}],\"busy\":[]}}}"));
        GoogleCalendar calendar = calendar(Runnable::run);
        assertThat(calendar.busy(TWO_WEEKS)).hasSize(1);
        assertThat(calendar.problems()).containsExactly(new CalendarProblem("Google calendar team@example.com",
                "not found, or not shared with you (notFound)", NOW, false));
        chosen = List.of("primary");
        calendar.busy(ONE_DAY);
        assertThat(calendar.problems()).as("no longer chosen").isEmpty();
    }

    @Test
    void offlineIsThrownAndShownUntilAReadWorksAgain() {
        transport.on("POST", FREEBUSY, fails(new ConnectException("refused")), json(200, ANSWER));
        GoogleCalendar calendar = calendar(Runnable::run);
        assertThatThrownBy(() -> calendar.busy(TWO_WEEKS)).isInstanceOf(CalendarOfflineException.class);
        assertThat(calendar.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("Google Calendar");
            assertThat(p.reason()).contains("cannot be reached");
        });
        calendar.busy(TWO_WEEKS);
        assertThat(calendar.problems()).isEmpty();
    }

    @Test
    void aFailedPrefetchIsShownNotThrown() {
        transport.on("POST", FREEBUSY, fails(new ConnectException("refused")));
        GoogleCalendar calendar = calendar(Runnable::run);
        calendar.prefetch(TWO_WEEKS);
        assertThat(calendar.problems()).hasSize(1);
    }
}
