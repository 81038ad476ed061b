package dev.nextcall.adapters.google.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventDateTime;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Fault injection, seen through the real client with the retry chain of google-calendar.md §6.3. */
class FakeGoogleFaultsSelfCheckTest {

    private final FakeGoogle fake = new FakeGoogle().start();
    private final Credential credential = RealClients.credential(fake, fake.oauth().grant(Scopes.APP));

    @AfterEach
    void stop() {
        assertThat(fake.unexpectedErrors()).isEmpty();
        fake.close();
    }

    @Test
    void twoServiceUnavailablesThenSuccessWithBackoff() throws IOException {
        fake.faults().next(Route.EVENTS_LIST, 2, Fault.serviceUnavailable503());

        RealClients.retrying(fake, credential, false, false, 5_000).events().list("primary").execute();

        assertThat(fake.requests(Route.EVENTS_LIST)).extracting(RecordedRequest::status).containsExactly(503, 503, 200);
        assertThat(fake.faults().pending(Route.EVENTS_LIST)).isZero();
    }

    @Test
    void aServiceUnavailableCarriesGooglesBody() {
        fake.faults().next(Route.EVENTS_LIST, Fault.serviceUnavailable503());

        GoogleJsonResponseException failure = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> RealClients.plain(fake, credential).events().list("primary").execute());

        assertThat(failure.getStatusCode()).isEqualTo(503);
        assertThat(failure.getDetails().getErrors().get(0).getReason()).isEqualTo("backendError");
    }

    @Test
    void rateLimits429AreRetriedOnlyWhenTheHandlerSaysSo() throws IOException {
        fake.faults().next(Route.EVENTS_LIST, Fault.rateLimited429());
        GoogleJsonResponseException notRetried = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> RealClients.retrying(fake, credential, false, false, 5_000).events().list("primary").execute());
        assertThat(notRetried.getStatusCode()).isEqualTo(429);
        assertThat(notRetried.getDetails().getErrors().get(0).getDomain()).isEqualTo("usageLimits");
        assertThat(notRetried.getDetails().getErrors().get(0).getReason()).isEqualTo("rateLimitExceeded");

        fake.faults().next(Route.EVENTS_LIST, Fault.rateLimited429(), Fault.rateLimited429());
        RealClients.retrying(fake, credential, true, false, 5_000).events().list("primary").execute();
        assertThat(fake.requests(Route.EVENTS_LIST)).extracting(RecordedRequest::status)
                .containsExactly(429, 429, 429, 200);
    }

    @Test
    void usageLimit403sCarryTheirReasons() {
        Calendar calendar = RealClients.plain(fake, credential);
        fake.faults().next(Route.EVENTS_LIST, Fault.rateLimitExceeded403(), Fault.userRateLimitExceeded403(),
                Fault.quotaExceeded403());
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            GoogleJsonResponseException failure = catchThrowableOfType(GoogleJsonResponseException.class,
                    () -> calendar.events().list("primary").execute());
            assertThat(failure.getStatusCode()).isEqualTo(403);
            assertThat(failure.getDetails().getErrors().get(0).getDomain()).isEqualTo("usageLimits");
            reasons.add(failure.getDetails().getErrors().get(0).getReason());
        }
        assertThat(reasons).containsExactly("rateLimitExceeded", "userRateLimitExceeded", "quotaExceeded");
    }

    @Test
    void anInjected401OnAnInsertRefreshesAndRetries() throws IOException {
        fake.faults().next(Route.EVENTS_INSERT, Fault.unauthorized401());

        RealClients.plain(fake, credential).events().insert("primary", booking("abcdef0123")).execute();

        assertThat(fake.requests(Route.EVENTS_INSERT)).extracting(RecordedRequest::status).containsExactly(401, 200);
        assertThat(fake.oauth().tokenRequests()).extracting(TokenRequest::grantType).containsExactly("refresh_token");
    }

    @Test
    void anInsertAppliedButAnsweredWith503IsRetriedInto409AndOneEvent() {
        fake.faults().next(Route.EVENTS_INSERT, Fault.afterApplying(Fault.serviceUnavailable503()));

        GoogleJsonResponseException retried = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> RealClients.retrying(fake, credential, true, true, 5_000).events()
                        .insert("primary", booking("abcdef0123")).execute());

        assertThat(retried.getStatusCode()).isEqualTo(409);
        assertThat(fake.requests(Route.EVENTS_INSERT)).extracting(RecordedRequest::status).containsExactly(503, 409);
        assertThat(fake.calendars().insertedEvents()).extracting(Event::getId).containsExactly("abcdef0123");
    }

    @Test
    void anInsertAppliedButTheConnectionDroppedIsRetriedInto409AndOneEvent() {
        fake.faults().next(Route.EVENTS_INSERT, Fault.afterApplying(Fault.dropConnection()));

        GoogleJsonResponseException retried = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> RealClients.retrying(fake, credential, true, true, 5_000).events()
                        .insert("primary", booking("abcdef0123")).execute());

        assertThat(retried.getStatusCode()).isEqualTo(409);
        assertThat(fake.requests(Route.EVENTS_INSERT)).hasSize(2);
        assertThat(fake.calendars().insertedEvents()).hasSize(1);
    }

    @Test
    void aDroppedConnectionWithoutRetriesIsAnIOException() {
        fake.faults().next(Route.EVENTS_INSERT, Fault.dropConnection());

        IOException dropped = catchThrowableOfType(IOException.class, () -> RealClients.plain(fake, credential)
                .events().insert("primary", booking("abcdef0123")).execute());

        assertThat(dropped).isNotInstanceOf(GoogleJsonResponseException.class);
        assertThat(fake.calendars().insertedEvents()).isEmpty();
    }

    @Test
    void aStallBeyondTheReadTimeoutTimesOutAfterTheInsertWasApplied() {
        fake.faults().next(Route.EVENTS_INSERT, Fault.afterApplying(Fault.stall(Duration.ofSeconds(30))));
        Instant before = Instant.now();

        SocketTimeoutException timeout = catchThrowableOfType(SocketTimeoutException.class,
                () -> RealClients.retrying(fake, credential, true, false, 300).events()
                        .insert("primary", booking("abcdef0123")).execute());

        assertThat(timeout).isNotNull();
        assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(fake.calendars().insertedEvents()).hasSize(1);
    }

    @Test
    void aStallEndsWhenTheFakeCloses() throws Exception {
        fake.faults().always(Route.EVENTS_GET, Fault.stall(Duration.ofMinutes(5)));
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            Future<Object> call = caller.submit((Callable<Object>) () ->
                    RealClients.retrying(fake, credential, false, false, 60_000).events().get("primary", "x").execute());
            assertThat(fake.awaitRequests(Route.EVENTS_GET, 1, Duration.ofSeconds(10))).isTrue();

            fake.close();

            assertThat(catchThrowableOfType(java.util.concurrent.ExecutionException.class,
                    () -> call.get(10, java.util.concurrent.TimeUnit.SECONDS)).getCause()).isInstanceOf(IOException.class);
        } finally {
            caller.shutdownNow();
        }
    }

    @Test
    void latencyDelaysEveryCalendarCallButNotTheTokenEndpoint() throws IOException {
        fake.faults().latency(Duration.ofMillis(80));
        Calendar calendar = RealClients.plain(fake, credential);
        calendar.events().list("primary").execute();

        long started = System.nanoTime();
        calendar.events().list("primary").execute();
        Duration call = Duration.ofNanos(System.nanoTime() - started);

        assertThat(call).isGreaterThanOrEqualTo(Duration.ofMillis(80));
        assertThat(fake.faults().latencyFor(Route.FREEBUSY_QUERY)).isEqualTo(Duration.ofMillis(80));
        assertThat(fake.faults().latencyFor(Route.TOKEN)).isZero();
        assertThat(fake.faults().latencyFor(Route.AUTHORIZE)).isZero();
    }

    @Test
    void aStandingFaultLastsUntilCleared() throws IOException {
        fake.faults().always(Route.FREEBUSY_QUERY, Fault.internalError500());
        Calendar calendar = RealClients.plain(fake, credential);
        com.google.api.services.calendar.model.FreeBusyRequest query = new com.google.api.services.calendar.model
                .FreeBusyRequest().setTimeMin(new DateTime("2026-06-02T00:00:00Z"))
                .setTimeMax(new DateTime("2026-06-03T00:00:00Z"));
        for (int i = 0; i < 2; i++) {
            assertThat(catchThrowableOfType(GoogleJsonResponseException.class,
                    () -> calendar.freebusy().query(query).execute()).getStatusCode()).isEqualTo(500);
        }

        fake.faults().clear();

        assertThat(calendar.freebusy().query(query).execute().getKind()).isEqualTo("calendar#freeBusy");
    }

    @Test
    void concurrentInsertsOfOneIdMakeOneEvent() throws Exception {
        Calendar calendar = RealClients.plain(fake, credential);
        ExecutorService clicks = Executors.newFixedThreadPool(4);
        List<Future<Integer>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                outcomes.add(clicks.submit(() -> {
                    try {
                        calendar.events().insert("primary", booking("abcdef0123")).execute();
                        return 200;
                    } catch (GoogleJsonResponseException e) {
                        return e.getStatusCode();
                    }
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> outcome : outcomes) {
                statuses.add(outcome.get(10, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409, 409, 409);
        } finally {
            clicks.shutdownNow();
        }
        assertThat(fake.calendars().insertedEvents()).hasSize(1);
    }

    private static Event booking(String id) {
        return new Event().setId(id).setSummary("Follow-up")
                .setStart(new EventDateTime().setDateTime(new DateTime("2026-06-02T10:00:00.000+02:00")))
                .setEnd(new EventDateTime().setDateTime(new DateTime("2026-06-02T10:30:00.000+02:00")));
    }
}
