package dev.nextcall.adapters.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nextcall.adapters.google.fake.AuthorizationRequest;
import dev.nextcall.adapters.google.fake.Consent;
import dev.nextcall.adapters.google.fake.FakeBrowser;
import dev.nextcall.adapters.google.fake.Route;
import dev.nextcall.adapters.google.fake.Scopes;
import dev.nextcall.adapters.google.fake.TokenRequest;
import dev.nextcall.app.port.CalendarAccount.SignInResult;
import dev.nextcall.app.port.CalendarAccount.SignOutResult;
import dev.nextcall.app.port.CalendarAccount.Status;
import dev.nextcall.app.port.CalendarSignInException;
import dev.nextcall.domain.Interval;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signing in through the fake's consent screen with the browser following its redirect, then refresh,
 * revocation and sign-out, all with the real client library.
 */
class SignInOnFakeTest {

    private static final Interval WEEK = Interval.of(GoogleOnFake.NOW, Duration.ofDays(7));

    @TempDir
    Path dir;
    private GoogleOnFake google;
    private final FakeBrowser browser = new FakeBrowser();

    @BeforeEach
    void start() {
        google = new GoogleOnFake(dir);
    }

    @AfterEach
    void stop() {
        google.close();
    }

    private SignInResult signIn(Duration timeout) {
        return google.account().signIn(uri -> browser.browse(uri.toString()), timeout, () -> false);
    }

    @Test
    void signingInUsesPkceAndStateAndStoresTheTokens() throws Exception {
        SignInResult result = signIn(Duration.ofSeconds(10));

        assertThat(result).isEqualTo(new SignInResult.SignedIn(google.fake.userEmail(), List.of()));
        AuthorizationRequest auth = google.fake.oauth().lastAuthorization().orElseThrow();
        assertThat(auth.codeChallengeMethod()).isEqualTo("S256");
        assertThat(auth.codeChallenge()).matches("[A-Za-z0-9_-]{43}");
        assertThat(auth.state()).matches("[A-Za-z0-9_-]{43}");
        assertThat(auth.accessType()).isEqualTo("offline");
        assertThat(auth.prompt()).isEqualTo("consent");
        assertThat(auth.redirectUri()).matches("http://127\\.0\\.0\\.1:\\d+/oauth2/callback");
        assertThat(auth.scopes()).containsExactlyInAnyOrder(Scopes.EVENTS, Scopes.FREEBUSY);
        TokenRequest exchange = google.fake.oauth().tokenRequests().get(0);
        assertThat(exchange.grantType()).isEqualTo("authorization_code");
        assertThat(exchange.codeVerifierPresent()).isTrue();
        assertThat(exchange.status()).as("the fake checks S256(verifier) == challenge").isEqualTo(200);
        assertThat(browser.lastVisit().get(10, TimeUnit.SECONDS).page()).contains("NextCall is connected");

        assertThat(google.account().status()).isEqualTo(new Status.SignedIn(google.fake.userEmail(), List.of()));
        assertThat(google.calendar().busy(WEEK)).isEmpty();
    }

    @Test
    void theTokenFolderIsOwnerOnly() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        signIn(Duration.ofSeconds(10));
        Path tokens = google.google.resolve("tokens");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokens))).isEqualTo("rwx------");
        try (var files = Files.list(tokens)) {
            assertThat(files.toList()).isNotEmpty().allSatisfy(file ->
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------"));
        }
        assertThat(Files.readString(tokens.resolve("credential-rep.json"))).startsWith("{\"access_token\":");
    }

    @Test
    void aCallbackWithAnotherStateIsRefusedAndNothingIsExchanged() throws Exception {
        google.fake.oauth().consent(Consent.WRONG_STATE);
        assertThat(signIn(Duration.ofSeconds(1))).isEqualTo(new SignInResult.TimedOut(Duration.ofSeconds(1)));
        FakeBrowser.Landing landing = browser.lastVisit().get(10, TimeUnit.SECONDS);
        assertThat(landing.status()).isEqualTo(400);
        assertThat(google.fake.requests(Route.TOKEN)).isEmpty();
        assertThat(google.account().status()).isInstanceOf(Status.SignedOut.class);
    }

    @Test
    void aRepWhoSaysNoIsToldSo() {
        google.fake.oauth().consent(Consent.DENY);
        assertThat(signIn(Duration.ofSeconds(10)))
                .isEqualTo(new SignInResult.Failed("you did not allow NextCall to use Google Calendar"));
        assertThat(google.fake.requests(Route.TOKEN)).isEmpty();
    }

    @Test
    void aBrowserThatNeverComesBackTimesOutAndTheWaitCanBeCancelled() {
        google.fake.oauth().consent(Consent.NO_REDIRECT);
        assertThat(signIn(Duration.ofMillis(500))).isEqualTo(new SignInResult.TimedOut(Duration.ofMillis(500)));
        AtomicBoolean cancelled = new AtomicBoolean();
        SignInResult result = google.account().signIn(uri -> {
            browser.browse(uri.toString());
            cancelled.set(true);
        }, Duration.ofMinutes(5), cancelled::get);
        assertThat(result).isEqualTo(new SignInResult.Cancelled());
    }

    @Test
    void anUntickedPermissionIsReportedAndItsCallsAskToSignInAgain() {
        google.fake.oauth().grantOnly(Scopes.EVENTS);
        SignInResult result = signIn(Duration.ofSeconds(10));
        assertThat(result).isInstanceOfSatisfying(SignInResult.SignedIn.class, signedIn ->
                assertThat(signedIn.missingPermissions()).containsExactly("see your availability (to propose free times)"));
        assertThatThrownBy(() -> google.calendar().busy(WEEK)).isInstanceOf(CalendarSignInException.class)
                .hasMessageContaining("not allowed to read your free/busy time");
        assertThat(google.fake.requests(Route.FREEBUSY_QUERY)).as("not retried").hasSize(1);
    }

    @Test
    void anExpiredAccessTokenIsRefreshedAndTheNewOneStored() throws Exception {
        signIn(Duration.ofSeconds(10));
        String before = Files.readString(google.google.resolve("tokens/credential-rep.json"));
        google.fake.oauth().expireAccessTokens();

        assertThat(google.calendar().busy(WEEK)).isEmpty();

        assertThat(google.fake.oauth().tokenRequests()).extracting(TokenRequest::grantType)
                .containsExactly("authorization_code", "refresh_token");
        assertThat(Files.readString(google.google.resolve("tokens/credential-rep.json"))).isNotEqualTo(before);
        assertThat(google.account().status()).isInstanceOf(Status.SignedIn.class);
    }

    @Test
    void aRevokedGrantBecomesSignInAgainNotAStackTrace() {
        signIn(Duration.ofSeconds(10));
        google.fake.oauth().revokeAll();

        assertThatThrownBy(() -> google.calendar().busy(WEEK)).isInstanceOf(CalendarSignInException.class)
                .hasMessageStartingWith("Sign in to Google Calendar again");
        assertThat(google.account().status()).isInstanceOf(Status.NeedsSignIn.class);
        assertThat(google.google.resolve("tokens/credential-rep.json")).doesNotExist();

        assertThat(signIn(Duration.ofSeconds(10))).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(google.account().status()).isInstanceOf(Status.SignedIn.class);
        assertThat(google.calendar().busy(WEEK)).isEmpty();
    }

    @Test
    void aGrantExpiredBeforeTheProactiveRefreshIsFoundToo() {
        google.fake.oauth().accessTokenLifetime(Duration.ofSeconds(30)).refreshTokenLifetime(Duration.ofDays(7));
        signIn(Duration.ofSeconds(10));
        google.clock.advance(Duration.ofDays(8));
        assertThatThrownBy(() -> google.calendar().busy(WEEK)).isInstanceOf(CalendarSignInException.class)
                .hasMessageContaining("again");
        assertThat(google.account().status()).isInstanceOf(Status.NeedsSignIn.class);
    }

    @Test
    void signingOutForgetsTheTokensAndRevokesTheGrant() throws Exception {
        signIn(Duration.ofSeconds(10));
        SignOutResult result = google.account().signOut();
        assertThat(result.forgotten()).isTrue();
        assertThat(result.revoked()).isTrue();
        assertThat(google.fake.requests(Route.REVOKE)).hasSize(1);
        assertThat(google.account().status()).isInstanceOf(Status.SignedOut.class);
        assertThatThrownBy(() -> google.calendar().busy(WEEK)).isInstanceOf(CalendarSignInException.class)
                .hasMessage("Not signed in to Google Calendar: sign in first.");
    }
}
