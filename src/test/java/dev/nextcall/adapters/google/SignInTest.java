package dev.nextcall.adapters.google;

import static dev.nextcall.adapters.google.ScriptedTransport.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.app.port.CalendarAccount.SignInResult;
import dev.nextcall.app.port.CalendarAccount.SignOutResult;
import dev.nextcall.app.port.CalendarAccount.Status;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign-in as the browser and Google's token endpoint see it (the endpoint scripted): the address carries
 * PKCE S256, our state, offline access and consent; the verifier goes with the code; tokens are stored.
 */
class SignInTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-02T08:00:00Z"), ZoneOffset.UTC);
    private static final String FULL_SCOPE = "https://www.googleapis.com/auth/calendar.events "
            + "https://www.googleapis.com/auth/calendar.freebusy";

    @TempDir
    Path dir;
    private Path google;
    private final ScriptedTransport transport = new ScriptedTransport();
    private final HttpClient browser = HttpClient.newHttpClient();
    private final List<URI> opened = new ArrayList<>();
    private final List<CompletableFuture<HttpResponse<String>>> pages = new ArrayList<>();
    private GoogleAccount account;

    @BeforeEach
    void setUp() throws IOException {
        google = TestAccounts.clientFile(dir, "https://accounts.test/o/oauth2/auth", "https://oauth.test/token");
        transport.on("GET", "/calendar/v3/calendars/primary/events",
                json(200, "{\"kind\":\"calendar#events\",\"summary\":\"rita@seller.example\",\"timeZone\":\"Europe/Berlin\",\"items\":[]}"));
        account = new GoogleAccount(TestAccounts.connection(google, "https://api.test/", CLOCK, transport,
                new TestAccounts.NoWait().policy(1, Duration.ofSeconds(1), 2)));
    }

    /** The rep approves on the consent screen: back to the redirect address with a code and the state. */
    private Consumer<URI> approving(String code) {
        return uri -> {
            opened.add(uri);
            Map<String, String> q = LoopbackReceiver.query(uri.getRawQuery());
            URI back = URI.create(q.get("redirect_uri") + "?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                    + "&state=" + URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8));
            pages.add(browser.sendAsync(HttpRequest.newBuilder(back).build(), HttpResponse.BodyHandlers.ofString()));
        };
    }

    private static String s256(String verifier) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    @Test
    void theAddressAsksForPkceS256OfflineAccessConsentAndTheLeastScopes() {
        transport.on("POST", "/token", json(200, "{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":3599,"
                + "\"scope\":\"" + FULL_SCOPE + "\",\"token_type\":\"Bearer\"}"));
        account.signIn(approving("4/code"), Duration.ofSeconds(10), () -> false);

        URI address = opened.get(0);
        assertThat(address.getHost()).isEqualTo("accounts.test");
        assertThat(address.getPath()).isEqualTo("/o/oauth2/auth");
        Map<String, String> q = LoopbackReceiver.query(address.getRawQuery());
        assertThat(q).containsEntry("response_type", "code").containsEntry("client_id", TestAccounts.CLIENT_ID)
                .containsEntry("code_challenge_method", "S256").containsEntry("access_type", "offline")
                .containsEntry("prompt", "consent").containsEntry("scope", FULL_SCOPE);
        assertThat(q.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(q.get("state")).matches("[A-Za-z0-9_-]{43}");
        assertThat(q.get("redirect_uri")).matches("http://127\\.0\\.0\\.1:\\d+/oauth2/callback");
    }

    @Test
    void theCodeIsExchangedWithItsVerifierAndTheTokensStored() throws Exception {
        transport.on("POST", "/token", json(200, "{\"access_token\":\"ya29.a\",\"refresh_token\":\"1//r\","
                + "\"expires_in\":3599,\"scope\":\"" + FULL_SCOPE + "\",\"token_type\":\"Bearer\"}"));
        SignInResult result = account.signIn(approving("4/0Abc"), Duration.ofSeconds(10), () -> false);

        assertThat(result).isEqualTo(new SignInResult.SignedIn("rita@seller.example", List.of()));
        Map<String, String> auth = LoopbackReceiver.query(opened.get(0).getRawQuery());
        Map<String, String> exchange = LoopbackReceiver.query(transport.seen("/token").get(0).body());
        assertThat(exchange).containsEntry("grant_type", "authorization_code").containsEntry("code", "4/0Abc")
                .containsEntry("redirect_uri", auth.get("redirect_uri")).containsEntry("client_id", TestAccounts.CLIENT_ID)
                .containsEntry("client_secret", "s3cret");
        assertThat(s256(exchange.get("code_verifier"))).as("the verifier matches the challenge")
                .isEqualTo(auth.get("code_challenge"));
        assertThat(Files.readString(google.resolve("tokens/credential-rep.json"))).contains("ya29.a").contains("1//r");
        assertThat(pages.get(0).get().body()).contains("NextCall is connected").doesNotContain("ya29").doesNotContain("4/0Abc");
        assertThat(account.status()).isEqualTo(new Status.SignedIn("rita@seller.example", List.of()));
    }

    @Test
    void eachSignInHasItsOwnVerifierAndState() {
        transport.on("POST", "/token", json(200, "{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":3599}"));
        account.signIn(approving("c1"), Duration.ofSeconds(10), () -> false);
        account.signIn(approving("c2"), Duration.ofSeconds(10), () -> false);
        Map<String, String> first = LoopbackReceiver.query(opened.get(0).getRawQuery());
        Map<String, String> second = LoopbackReceiver.query(opened.get(1).getRawQuery());
        assertThat(second.get("code_challenge")).isNotEqualTo(first.get("code_challenge"));
        assertThat(second.get("state")).isNotEqualTo(first.get("state"));
        assertThat(second).as("a refresh token is held: no forced consent").doesNotContainKey("prompt");
        assertThat(Files.exists(google.resolve("tokens/credential-rep.json"))).isTrue();
        assertThat(account.status()).isInstanceOf(Status.SignedIn.class);
    }

    @Test
    void anUntickedScopeIsReported() {
        transport.on("POST", "/token", json(200, "{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":3599,"
                + "\"scope\":\"https://www.googleapis.com/auth/calendar.events\"}"));
        SignInResult result = account.signIn(approving("c"), Duration.ofSeconds(10), () -> false);
        assertThat(result).isInstanceOfSatisfying(SignInResult.SignedIn.class, signedIn ->
                assertThat(signedIn.missingPermissions()).containsExactly("see your availability (to propose free times)"));
        assertThat(account.status()).isInstanceOfSatisfying(Status.SignedIn.class, status ->
                assertThat(status.missingPermissions()).hasSize(1));
    }

    @Test
    void aRefusedExchangeStoresNothingAndSaysWhy() throws Exception {
        transport.on("POST", "/token", json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Bad code\"}"));
        SignInResult result = account.signIn(approving("c"), Duration.ofSeconds(10), () -> false);
        assertThat(result).isEqualTo(new SignInResult.Failed("Google refused the sign-in (invalid_grant); try again"));
        assertThat(google.resolve("tokens/credential-rep.json")).doesNotExist();
        assertThat(pages.get(0).get().body()).contains("Sign-in did not finish");
    }

    @Test
    void timeoutCancelAndRefusalStoreNothing() {
        assertThat(account.signIn(opened::add, Duration.ofMillis(200), () -> false))
                .isEqualTo(new SignInResult.TimedOut(Duration.ofMillis(200)));
        assertThat(account.signIn(opened::add, Duration.ofMinutes(5), () -> true)).isEqualTo(new SignInResult.Cancelled());
        Consumer<URI> refusing = uri -> {
            Map<String, String> q = LoopbackReceiver.query(uri.getRawQuery());
            browser.sendAsync(HttpRequest.newBuilder(URI.create(q.get("redirect_uri") + "?error=access_denied&state="
                    + URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        };
        assertThat(account.signIn(refusing, Duration.ofSeconds(10), () -> false))
                .isEqualTo(new SignInResult.Failed("you did not allow NextCall to use Google Calendar"));
        assertThat(transport.seen("/token")).isEmpty();
        assertThat(account.status()).isInstanceOf(Status.SignedOut.class);
    }

    @Test
    void withoutAClientFileSignInSaysWhereToPutIt() throws IOException {
        Files.delete(google.resolve("client_secret.json"));
        assertThat(account.status()).isInstanceOfSatisfying(Status.SignedOut.class, s ->
                assertThat(s.hint()).contains("client_secret.json").contains("Desktop app"));
        assertThat(account.signIn(opened::add, Duration.ofSeconds(1), () -> false))
                .isInstanceOfSatisfying(SignInResult.Failed.class, f -> assertThat(f.reason()).contains("client_secret.json"));
        assertThat(opened).isEmpty();
    }

    @Test
    void signingOutDeletesTheTokensThenRevokesTheGrantAtGoogle() throws IOException {
        TestAccounts.signedIn(google, "a", "1//refresh", CLOCK.millis() + 3_600_000);
        transport.on("POST", "/revoke", json(200, "{}"));
        SignOutResult result = account.signOut();
        assertThat(result.forgotten()).isTrue();
        assertThat(result.revoked()).isTrue();
        assertThat(transport.seen("/revoke")).singleElement().satisfies(r -> {
            assertThat(r.url()).isEqualTo("https://oauth.test/revoke");
            assertThat(r.body()).isEqualTo("token=1%2F%2Frefresh");
        });
        assertThat(google.resolve("tokens/credential-rep.json")).doesNotExist();
        assertThat(google.resolve("tokens/account.json")).doesNotExist();
        assertThat(account.status()).isInstanceOf(Status.SignedOut.class);
    }

    @Test
    void signingOutOfflineStillForgetsTheTokensAndSaysHowToRevoke() throws IOException {
        TestAccounts.signedIn(google, "a", "r", CLOCK.millis() + 3_600_000);
        transport.on("POST", "/revoke", ScriptedTransport.fails(new java.net.ConnectException("refused")));
        SignOutResult result = account.signOut();
        assertThat(result.forgotten()).isTrue();
        assertThat(result.revoked()).isFalse();
        assertThat(result.note()).contains("myaccount.google.com/permissions");
        assertThat(google.resolve("tokens/credential-rep.json")).doesNotExist();
        assertThat(account.signOut().note()).isEqualTo("Not signed in to Google Calendar; nothing to forget.");
    }
}
