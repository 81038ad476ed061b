package dev.nextcall.adapters.google;

import static dev.nextcall.adapters.google.ScriptedTransport.error;
import static dev.nextcall.adapters.google.ScriptedTransport.fails;
import static dev.nextcall.adapters.google.ScriptedTransport.json;
import static dev.nextcall.adapters.google.ScriptedTransport.token;
import static dev.nextcall.adapters.google.ScriptedTransport.tokenError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.services.calendar.model.Event;
import dev.nextcall.app.port.CalendarAccount;
import dev.nextcall.app.port.CalendarException;
import dev.nextcall.app.port.CalendarOfflineException;
import dev.nextcall.app.port.CalendarSignInException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which failures are retried, within what bounds, and what the rest become. */
class ApiCallsTest {

    private static final Instant NOW = Instant.parse("2025-06-02T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String EVENT = "{\"id\":\"abcde12345\",\"status\":\"confirmed\"}";
    private static final String GET = "/calendar/v3/calendars/primary/events/abcde12345";

    @TempDir
    Path dir;
    private Path google;
    private final ScriptedTransport transport = new ScriptedTransport();
    private final TestAccounts.NoWait noWait = new TestAccounts.NoWait();

    @BeforeEach
    void signIn() throws IOException {
        google = TestAccounts.clientFile(dir, "https://auth.test/o/oauth2/auth", "https://auth.test/token");
        TestAccounts.signedIn(google, "access-1", "refresh-1", NOW.plus(Duration.ofHours(1)).toEpochMilli());
    }

    private GoogleConnection connection(RetryPolicy policy) {
        return TestAccounts.connection(google, "https://api.test/", CLOCK, transport, policy);
    }

    private Event get(GoogleConnection connection) throws ApiRefusal {
        return connection.execute("look up the meeting", c -> c.events().get("primary", "abcde12345").execute());
    }

    @Test
    void rateLimitsAndServerErrorsAreRetriedUntilItWorks() throws Exception {
        transport.on("GET", GET, error(503, "global", "backendError"), error(429, "usageLimits", "rateLimitExceeded"),
                error(403, "usageLimits", "rateLimitExceeded"), error(403, "usageLimits", "userRateLimitExceeded"),
                error(500, "global", "backendError"), json(200, EVENT));
        Event event = get(connection(noWait.policy(100, Duration.ofSeconds(30), 10)));
        assertThat(event.getId()).isEqualTo("abcde12345");
        assertThat(transport.seen(GET)).hasSize(6);
        assertThat(noWait.pauses).hasSize(5);
    }

    @Test
    void theQuotaAndMissingPermissionsAreNeverRetried() {
        transport.on("GET", GET, error(403, "usageLimits", "quotaExceeded"));
        GoogleConnection connection = connection(noWait.policy(100, Duration.ofSeconds(30), 10));
        assertThatThrownBy(() -> get(connection)).isInstanceOf(CalendarException.class)
                .isNotInstanceOf(CalendarSignInException.class).hasMessageContaining("usage limit");
        assertThat(transport.seen(GET)).hasSize(1);

        ScriptedTransport other = new ScriptedTransport().on("GET", GET, error(403, "global", "insufficientPermissions"));
        GoogleConnection scoped = TestAccounts.connection(google, "https://api.test/", CLOCK, other,
                noWait.policy(100, Duration.ofSeconds(30), 10));
        assertThatThrownBy(() -> get(scoped)).isInstanceOf(CalendarSignInException.class)
                .hasMessageContaining("not allowed to look up the meeting").hasMessageContaining("Sign in");
        assertThat(other.seen(GET)).hasSize(1);
        assertThat(noWait.pauses).isEmpty();
    }

    @Test
    void otherRefusalsGoBackToTheCallerWithStatusAndReason() {
        transport.on("GET", GET, error(404, "global", "notFound"));
        assertThatThrownBy(() -> get(connection(noWait.policy(100, Duration.ofSeconds(30), 10))))
                .isInstanceOfSatisfying(ApiRefusal.class, refusal -> {
                    assertThat(refusal.status()).isEqualTo(404);
                    assertThat(refusal.reason()).isEqualTo("notFound");
                    assertThat(refusal.gone()).isTrue();
                    assertThat(refusal.describe()).isEqualTo(
                            "Google Calendar refused to look up the meeting (HTTP 404 notFound: notFound happened)");
                });
        assertThat(transport.seen(GET)).hasSize(1);
    }

    @Test
    void timeoutsAreRetried() throws Exception {
        transport.on("GET", GET, fails(new SocketTimeoutException("Read timed out")), json(200, EVENT));
        assertThat(get(connection(noWait.policy(100, Duration.ofSeconds(30), 10))).getId()).isEqualTo("abcde12345");
        assertThat(noWait.pauses).containsExactly(100L);
    }

    @Test
    void offlineFailsAtOnceWithAPlainMessage() {
        transport.on("GET", GET, fails(new ConnectException("Connection refused")));
        assertThatThrownBy(() -> get(connection(noWait.policy(100, Duration.ofSeconds(30), 10))))
                .isInstanceOf(CalendarOfflineException.class)
                .hasMessage("Google Calendar cannot be reached (no network connection?), so NextCall could not look up"
                        + " the meeting.");
        ScriptedTransport dns = new ScriptedTransport().on("GET", GET, fails(new UnknownHostException("www.googleapis.com")));
        assertThatThrownBy(() -> get(TestAccounts.connection(google, "https://api.test/", CLOCK, dns,
                noWait.policy(100, Duration.ofSeconds(30), 10)))).isInstanceOf(CalendarOfflineException.class);
        assertThat(noWait.pauses).isEmpty();
    }

    @Test
    void aConnectTimeoutThatNeverEndsIsOfflineToo() {
        transport.on("GET", GET, fails(new SocketTimeoutException("Connect timed out")));
        assertThatThrownBy(() -> get(connection(noWait.policy(100, Duration.ofSeconds(30), 3))))
                .isInstanceOf(CalendarOfflineException.class);
        assertThat(transport.seen(GET)).hasSize(3);
    }

    @Test
    void retriesStopAfterTheAttemptsAllowed() {
        transport.on("GET", GET, error(503, "global", "backendError"));
        assertThatThrownBy(() -> get(connection(noWait.policy(100, Duration.ofSeconds(30), 4))))
                .isInstanceOf(CalendarException.class)
                .hasMessage("Google Calendar is not answering properly after 4 attempts, so NextCall could not look up"
                        + " the meeting (HTTP 503 backendError: backendError happened); try again in a moment");
        assertThat(transport.seen(GET)).hasSize(4);
    }

    @Test
    void retriesStopWhenTheNextPauseWouldOverrunTheBudget() {
        transport.on("GET", GET, error(503, "global", "backendError"));
        assertThatThrownBy(() -> get(connection(noWait.policy(10_000, Duration.ofSeconds(25), 100))))
                .isInstanceOf(CalendarException.class);
        assertThat(transport.seen(GET)).as("at 0 s, 10 s and 20 s; 30 s would be over 25 s").hasSize(3);
    }

    @Test
    void aRejectedAccessTokenIsRefreshedAndTheCallRepeatedWithTheNewOne() throws Exception {
        transport.on("GET", GET, error(401, "global", "authError"), json(200, EVENT))
                .on("POST", "/token", token("access-2"));
        GoogleConnection connection = connection(noWait.policy(100, Duration.ofSeconds(30), 10));
        assertThat(get(connection).getId()).isEqualTo("abcde12345");
        assertThat(transport.seen(GET)).extracting(s -> s.header("Authorization"))
                .containsExactly("Bearer access-1", "Bearer access-2");
        assertThat(transport.seen("/token").get(0).body()).contains("grant_type=refresh_token")
                .contains("refresh_token=refresh-1");
        assertThat(Files.readString(google.resolve("tokens/credential-rep.json"))).contains("access-2")
                .contains("refresh-1");
        assertThat(noWait.pauses).as("refresh happens inside the attempt").isEmpty();
    }

    @Test
    void aRevokedGrantFoundOnRefreshBecomesSignInAgain() {
        TestAccounts.NoWait quick = noWait;
        transport.on("GET", GET, error(401, "global", "authError")).on("POST", "/token", tokenError(400, "invalid_grant"));
        GoogleConnection connection = connection(quick.policy(100, Duration.ofSeconds(30), 10));
        assertThatThrownBy(() -> get(connection)).isInstanceOf(CalendarSignInException.class)
                .hasMessage("Sign in to Google Calendar again: Google no longer accepts the sign-in (access was revoked,"
                        + " or it expired).");
        assertThat(google.resolve("tokens/credential-rep.json")).doesNotExist();
        assertThat(new GoogleAccount(connection).status()).isEqualTo(new CalendarAccount.Status.NeedsSignIn(
                "Google no longer accepts the sign-in (access was revoked, or it expired)."));
        assertThatThrownBy(() -> get(connection)).isInstanceOf(CalendarSignInException.class)
                .hasMessageContaining("again");
        assertThat(transport.seen(GET)).as("no call is made without a credential").hasSize(1);
    }

    @Test
    void aRevokedGrantFoundBeforeSendingBecomesSignInAgain() throws IOException {
        TestAccounts.signedIn(google, "access-1", "refresh-1", NOW.plusSeconds(30).toEpochMilli());
        transport.on("POST", "/token", tokenError(400, "invalid_grant"));
        GoogleConnection connection = connection(noWait.policy(100, Duration.ofSeconds(30), 10));
        assertThatThrownBy(() -> get(connection)).isInstanceOf(CalendarSignInException.class)
                .hasMessageStartingWith("Sign in to Google Calendar again");
        assertThat(transport.seen(GET)).isEmpty();
        assertThat(new GoogleAccount(connection).status()).isInstanceOf(CalendarAccount.Status.NeedsSignIn.class);
    }

    @Test
    void anOutageOfTheTokenEndpointDoesNotSignTheRepOut() {
        transport.on("GET", GET, error(401, "global", "authError")).on("POST", "/token", tokenError(503, "backend"));
        GoogleConnection connection = connection(noWait.policy(100, Duration.ofSeconds(30), 3));
        assertThatThrownBy(() -> get(connection)).isInstanceOf(CalendarSignInException.class)
                .hasMessageContaining("did not accept the stored sign-in after 3 attempts");
        assertThat(google.resolve("tokens/credential-rep.json")).exists();
        assertThat(new GoogleAccount(connection).status()).isInstanceOf(CalendarAccount.Status.SignedIn.class);
    }

    @Test
    void withoutASignInNothingIsSent() throws IOException {
        Files.delete(google.resolve("tokens/credential-rep.json"));
        assertThatThrownBy(() -> get(connection(noWait.policy(100, Duration.ofSeconds(30), 3))))
                .isInstanceOf(CalendarSignInException.class).hasMessage("Not signed in to Google Calendar: sign in first.");
        assertThat(transport.seen()).isEmpty();
    }

    @Test
    void aChangedClientFileAsksForANewSignIn() throws IOException {
        Files.writeString(google.resolve("client_secret.json"),
                "{\"installed\":{\"client_id\":\"another\",\"client_secret\":\"x\"}}");
        GoogleConnection connection = connection(noWait.policy(100, Duration.ofSeconds(30), 3));
        assertThatThrownBy(() -> get(connection)).isInstanceOf(CalendarSignInException.class)
                .hasMessageContaining("changed since you signed in");
        assertThat(new GoogleAccount(connection).status()).isInstanceOf(CalendarAccount.Status.NeedsSignIn.class);
    }
}
