package dev.nextcall.adapters.google.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.api.client.auth.oauth2.AuthorizationCodeFlow;
import com.google.api.client.auth.oauth2.AuthorizationCodeRequestUrl;
import com.google.api.client.auth.oauth2.AuthorizationCodeTokenRequest;
import com.google.api.client.auth.oauth2.BearerToken;
import com.google.api.client.auth.oauth2.ClientParametersAuthentication;
import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.auth.oauth2.RefreshTokenRequest;
import com.google.api.client.auth.oauth2.TokenResponse;
import com.google.api.client.auth.oauth2.TokenResponseException;
import com.google.api.client.extensions.java6.auth.oauth2.AuthorizationCodeInstalledApp;
import com.google.api.client.googleapis.auth.oauth2.GoogleClientSecrets;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.util.store.MemoryDataStoreFactory;
import com.google.api.services.calendar.Calendar;
import dev.nextcall.testing.MutableClock;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real OAuth client classes against the fake's consent screen and token endpoint. */
class FakeGoogleOAuthSelfCheckTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-02T07:00:00Z"), ZoneOffset.UTC);
    private final FakeGoogle fake = new FakeGoogle(clock).start();

    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        assertThat(fake.unexpectedErrors()).isEmpty();
        fake.close();
    }

    @Test
    void signInWithPkceAndStateFromTheClientSecretFile() throws IOException {
        Path secretFile = fake.writeClientSecret(folder.resolve("google/client_secret.json"));
        GoogleClientSecrets secrets;
        try (Reader reader = Files.newBufferedReader(secretFile)) {
            secrets = GoogleClientSecrets.load(RealClients.JSON, reader);
        }
        assertThat(secrets.getDetails().getAuthUri()).isEqualTo(fake.authUrl());
        assertThat(secrets.getDetails().getTokenUri()).isEqualTo(fake.tokenUrl());
        String state = UUID.randomUUID().toString();
        LoopbackReceiver receiver = new LoopbackReceiver(state, Duration.ofSeconds(10));
        FakeBrowser browser = new FakeBrowser();

        Credential credential = installedApp(pkceFlow(secrets), receiver, browser, state).authorize("rep");

        AuthorizationRequest consent = fake.oauth().lastAuthorization().orElseThrow();
        assertThat(consent.codeChallengeMethod()).isEqualTo("S256");
        assertThat(consent.codeChallenge()).matches("[A-Za-z0-9_-]{43}");
        assertThat(consent.state()).isEqualTo(state);
        assertThat(consent.accessType()).isEqualTo("offline");
        assertThat(consent.redirectUri()).startsWith("http://127.0.0.1:").endsWith("/Callback");
        assertThat(consent.scopes()).containsExactlyInAnyOrderElementsOf(Scopes.APP);
        assertThat(fake.oauth().tokenRequests()).singleElement().satisfies(exchange -> {
            assertThat(exchange.grantType()).isEqualTo("authorization_code");
            assertThat(exchange.codeVerifierPresent()).isTrue();
            assertThat(exchange.status()).isEqualTo(200);
        });
        assertThat(browser.lastVisit().join().status()).isEqualTo(200);
        assertThat(credential.getRefreshToken()).startsWith("1//");

        Calendar calendar = RealClients.plain(fake, credential);
        assertThat(calendar.events().list("primary").execute().getTimeZone()).isEqualTo("UTC");
    }

    @Test
    void theCodeNeedsTheRightVerifierTheRightRedirectAndWorksOnce() throws IOException {
        String verifier = "a-verifier-of-enough-length-0123456789-abcdefghijkl";
        String redirect = "http://127.0.0.1:9/Callback";

        String code = approve(redirect, TokenEndpoint.challengeOf(verifier, "S256"));
        TokenResponseException wrong = catchThrowableOfType(TokenResponseException.class,
                () -> exchange(code, redirect, "another-verifier-0123456789-abcdefghijklmnopqrs"));
        assertThat(wrong.getDetails().getError()).isEqualTo("invalid_grant");

        String second = approve(redirect, TokenEndpoint.challengeOf(verifier, "S256"));
        TokenResponseException missing = catchThrowableOfType(TokenResponseException.class,
                () -> exchange(second, redirect, null));
        assertThat(missing.getDetails().getErrorDescription()).isEqualTo("Missing code verifier.");

        String third = approve(redirect, TokenEndpoint.challengeOf(verifier, "S256"));
        TokenResponseException mismatch = catchThrowableOfType(TokenResponseException.class,
                () -> exchange(third, "http://127.0.0.1:10/Callback", verifier));
        assertThat(mismatch.getDetails().getError()).isEqualTo("redirect_uri_mismatch");

        String fourth = approve(redirect, TokenEndpoint.challengeOf(verifier, "S256"));
        assertThat(exchange(fourth, redirect, verifier).getAccessToken()).startsWith("ya29.");
        TokenResponseException reused = catchThrowableOfType(TokenResponseException.class,
                () -> exchange(fourth, redirect, verifier));
        assertThat(reused.getDetails().getError()).isEqualTo("invalid_grant");
    }

    @Test
    void aDeniedConsentFailsTheSignIn() throws IOException {
        fake.oauth().consent(Consent.DENY);
        String state = "s-" + UUID.randomUUID();
        LoopbackReceiver receiver = new LoopbackReceiver(state, Duration.ofSeconds(10));

        IOException denied = catchThrowableOfType(IOException.class,
                () -> installedApp(pkceFlow(), receiver, new FakeBrowser(), state).authorize("rep"));

        assertThat(denied).hasMessageContaining("access_denied");
        assertThat(receiver.arrived().state()).isEqualTo(state);
        assertThat(fake.oauth().tokenRequests()).isEmpty();
    }

    @Test
    void aForgedStateIsVisibleToTheReceiver() throws IOException {
        fake.oauth().consent(Consent.WRONG_STATE);
        String state = "s-" + UUID.randomUUID();
        LoopbackReceiver receiver = new LoopbackReceiver(state, Duration.ofSeconds(10));

        IOException forged = catchThrowableOfType(IOException.class,
                () -> installedApp(pkceFlow(), receiver, new FakeBrowser(), state).authorize("rep"));

        assertThat(forged).hasMessageContaining("state mismatch");
        assertThat(receiver.arrived().code()).isNotNull();
        assertThat(receiver.arrived().state()).isNotEqualTo(state);
        assertThat(fake.oauth().tokenRequests()).isEmpty();
    }

    @Test
    void aConsentScreenThatNeverRedirectsLeavesTheReceiverWaiting() throws IOException {
        fake.oauth().consent(Consent.NO_REDIRECT);
        LoopbackReceiver receiver = new LoopbackReceiver("s", Duration.ofSeconds(10));
        FakeBrowser browser = new FakeBrowser();
        try {
            AuthorizationCodeRequestUrl url = pkceFlow().newAuthorizationUrl().setRedirectUri(receiver.getRedirectUri());
            browser.browse(url.setState("s").build());

            FakeBrowser.Landing landing = browser.lastVisit().join();
            assertThat(landing.status()).isEqualTo(200);
            assertThat(landing.url()).startsWith(fake.authUrl());
            assertThat(receiver.arrived()).isNull();
        } finally {
            receiver.stop();
        }
    }

    @Test
    void refreshGivesANewAccessTokenAndKeepsTheRefreshToken() throws IOException {
        Grant grant = fake.oauth().grant(Scopes.EVENTS);
        Credential credential = RealClients.credential(fake, grant);

        assertThat(credential.refreshToken()).isTrue();

        assertThat(credential.getAccessToken()).isNotEqualTo(grant.accessToken());
        assertThat(credential.getRefreshToken()).isEqualTo(grant.refreshToken());
        assertThat(fake.oauth().tokenRequests()).singleElement().satisfies(request -> {
            assertThat(request.grantType()).isEqualTo("refresh_token");
            assertThat(request.clientId()).isEqualTo(fake.clientId());
        });
    }

    @Test
    void anExpiredAccessTokenIs401ThenRefreshThenRetry() throws IOException {
        Credential credential = RealClients.credential(fake, fake.oauth().grant(Scopes.APP));
        Calendar calendar = RealClients.plain(fake, credential);
        fake.oauth().expireAccessTokens();

        calendar.events().list("primary").execute();

        assertThat(fake.requests(Route.EVENTS_LIST)).extracting(RecordedRequest::status).containsExactly(401, 200);
        RecordedRequest refused = fake.requests(Route.EVENTS_LIST).get(0);
        assertThat(fake.oauth().tokenRequests()).extracting(TokenRequest::grantType).containsExactly("refresh_token");
        assertThat(refused.header("Authorization")).isNotEqualTo(fake.requests(Route.EVENTS_LIST).get(1)
                .header("Authorization"));
    }

    @Test
    void without401ChallengeHeaderTheClientStillRefreshes() throws IOException {
        fake.oauth().challengeOnInvalidToken(false);
        Calendar calendar = RealClients.plain(fake, RealClients.credential(fake, fake.oauth().grant(Scopes.APP)));
        fake.oauth().expireAccessTokens();

        calendar.events().list("primary").execute();

        assertThat(fake.requests(Route.EVENTS_LIST)).extracting(RecordedRequest::status).containsExactly(401, 200);
    }

    @Test
    void accessTokensExpireOnTheFakesClock() throws IOException {
        Calendar calendar = RealClients.plain(fake, RealClients.credential(fake, fake.oauth().grant(Scopes.APP)));
        calendar.events().list("primary").execute();

        clock.advance(Duration.ofSeconds(3600));
        calendar.events().list("primary").execute();

        assertThat(fake.requests(Route.EVENTS_LIST)).extracting(RecordedRequest::status).containsExactly(200, 401, 200);
    }

    @Test
    void aRevokedGrantIsInvalidGrantOnRefreshAnd401OnCalls() throws IOException {
        Grant grant = fake.oauth().grant(Scopes.APP);
        Credential credential = RealClients.credential(fake, grant);
        Calendar calendar = RealClients.plain(fake, credential);
        assertThat(fake.oauth().revoke(grant.refreshToken())).isTrue();

        GoogleJsonResponseException call = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.events().list("primary").execute());
        assertThat(call.getStatusCode()).isEqualTo(401);

        TokenResponseException refresh = catchThrowableOfType(TokenResponseException.class, credential::refreshToken);
        assertThat(refresh.getStatusCode()).isEqualTo(400);
        assertThat(refresh.getDetails().getError()).isEqualTo("invalid_grant");
        assertThat(refresh.getDetails().getErrorDescription()).isEqualTo("Token has been expired or revoked.");

        // A credential that refreshes before the call (token about to expire) throws straight out of execute().
        Credential stale = RealClients.credential(fake, grant);
        stale.setExpiresInSeconds(30L);
        TokenResponseException proactive = catchThrowableOfType(TokenResponseException.class,
                () -> RealClients.plain(fake, stale).events().list("primary").execute());
        assertThat(proactive.getDetails().getError()).isEqualTo("invalid_grant");
    }

    @Test
    void testingModeRefreshTokensDieAfterSevenDays() throws IOException {
        fake.oauth().refreshTokenLifetime(Duration.ofDays(7));
        Credential credential = RealClients.credential(fake, fake.oauth().grant(Scopes.APP));
        assertThat(credential.refreshToken()).isTrue();

        clock.advance(Duration.ofDays(7));

        TokenResponseException expired = catchThrowableOfType(TokenResponseException.class, credential::refreshToken);
        assertThat(expired.getDetails().getError()).isEqualTo("invalid_grant");
    }

    @Test
    void granularConsentGrantsFewerScopesAndTheApiSays403() throws IOException {
        fake.oauth().grantOnly(Scopes.EVENTS);
        String redirect = "http://127.0.0.1:9/Callback";
        String verifier = "a-verifier-of-enough-length-0123456789-abcdefghijkl";
        TokenResponse tokens = exchange(approve(redirect, TokenEndpoint.challengeOf(verifier, "S256")), redirect,
                verifier);
        assertThat(tokens.getScope()).isEqualTo(Scopes.EVENTS);

        Credential credential = RealClients.credential(fake, new Grant(tokens.getAccessToken(),
                tokens.getRefreshToken(), tokens.getExpiresInSeconds(), List.of(tokens.getScope()).stream()
                        .collect(java.util.stream.Collectors.toSet())));
        GoogleJsonResponseException denied = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> RealClients.plain(fake, credential).freebusy().query(new com.google.api.services.calendar.model
                        .FreeBusyRequest()).execute());
        assertThat(denied.getStatusCode()).isEqualTo(403);
        assertThat(denied.getDetails().getErrors().get(0).getReason()).isEqualTo("insufficientPermissions");
    }

    @Test
    void theTokenEndpointRefusesStrangersAndUnknownGrants() throws IOException {
        Grant grant = fake.oauth().grant(Scopes.APP);
        TokenResponseException stranger = catchThrowableOfType(TokenResponseException.class,
                () -> new RefreshTokenRequest(RealClients.TRANSPORT, RealClients.JSON, new GenericUrl(fake.tokenUrl()),
                        grant.refreshToken())
                        .setClientAuthentication(new ClientParametersAuthentication(fake.clientId(), "wrong"))
                        .execute());
        assertThat(stranger.getStatusCode()).isEqualTo(401);
        // HttpURLConnection cannot read the body of a 401 to a streamed POST: the client sees no details.
        assertThat(stranger.getDetails()).isNull();
        assertThat(fake.oauth().tokenRequests().get(0).error()).isEqualTo("invalid_client");

        TokenResponseException unknown = catchThrowableOfType(TokenResponseException.class,
                () -> new RefreshTokenRequest(RealClients.TRANSPORT, RealClients.JSON, new GenericUrl(fake.tokenUrl()),
                        grant.refreshToken()).setGrantType("password")
                        .setClientAuthentication(new ClientParametersAuthentication(fake.clientId(),
                                fake.clientSecret())).execute());
        assertThat(unknown.getDetails().getError()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void aFailingTokenEndpointMakesRefreshReturnFalse() throws IOException {
        fake.faults().next(Route.TOKEN, Fault.serviceUnavailable503());
        Credential credential = RealClients.credential(fake, fake.oauth().grant(Scopes.APP));

        assertThat(credential.refreshToken()).isFalse();
        assertThat(fake.requests(Route.TOKEN)).extracting(RecordedRequest::status).containsExactly(503);
    }

    @Test
    void noRefreshTokenWithoutOfflineAccessOrWhenOmitted() throws IOException {
        String redirect = "http://127.0.0.1:9/Callback";
        String online = location(fake.authUrl() + "?" + query(Map.of("client_id", fake.clientId(),
                "redirect_uri", redirect, "response_type", "code", "scope", Scopes.EVENTS)));
        assertThat(exchange(codeOf(online), redirect, null).getRefreshToken()).isNull();

        fake.oauth().omitRefreshToken(true);
        String offline = approve(redirect, TokenEndpoint.challengeOf("v".repeat(43), "S256"));
        assertThat(exchange(offline, redirect, "v".repeat(43)).getRefreshToken()).isNull();
    }

    @Test
    void theRevokeEndpointEndsTheGrant() throws Exception {
        Grant grant = fake.oauth().grant(Scopes.APP);
        HttpResponse<String> revoked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(fake.revokeUrl() + "?token=" + grant.accessToken()))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(revoked.statusCode()).isEqualTo(200);

        TokenResponseException refresh = catchThrowableOfType(TokenResponseException.class,
                () -> RealClients.credential(fake, grant).refreshToken());
        assertThat(refresh.getDetails().getError()).isEqualTo("invalid_grant");
    }

    // ---- helpers

    private AuthorizationCodeFlow pkceFlow() {
        return pkceFlow(null);
    }

    private AuthorizationCodeFlow pkceFlow(GoogleClientSecrets secrets) {
        String clientId = secrets == null ? fake.clientId() : secrets.getDetails().getClientId();
        String secret = secrets == null ? fake.clientSecret() : secrets.getDetails().getClientSecret();
        String tokenUri = secrets == null ? fake.tokenUrl() : secrets.getDetails().getTokenUri();
        String authUri = secrets == null ? fake.authUrl() : secrets.getDetails().getAuthUri();
        try {
            return new AuthorizationCodeFlow.Builder(BearerToken.authorizationHeaderAccessMethod(),
                    RealClients.TRANSPORT, RealClients.JSON, new GenericUrl(tokenUri),
                    new ClientParametersAuthentication(clientId, secret), clientId, authUri)
                    .setScopes(Scopes.APP).enablePKCE().setDataStoreFactory(new MemoryDataStoreFactory()).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AuthorizationCodeInstalledApp installedApp(AuthorizationCodeFlow flow, LoopbackReceiver receiver,
            FakeBrowser browser, String state) {
        return new AuthorizationCodeInstalledApp(flow, receiver, browser) {
            @Override
            protected void onAuthorization(AuthorizationCodeRequestUrl url) throws IOException {
                url.setState(state);
                url.set("access_type", "offline");
                super.onAuthorization(url);
            }
        };
    }

    /** Consents with a PKCE challenge and returns the code from the redirect (nothing listens there). */
    private String approve(String redirect, String challenge) throws IOException {
        return codeOf(location(fake.authUrl() + "?" + query(Map.of("client_id", fake.clientId(),
                "redirect_uri", redirect, "response_type", "code", "scope", String.join(" ", Scopes.APP),
                "access_type", "offline", "state", "st", "code_challenge", challenge,
                "code_challenge_method", "S256"))));
    }

    private TokenResponse exchange(String code, String redirect, String verifier) throws IOException {
        AuthorizationCodeTokenRequest request = new AuthorizationCodeTokenRequest(RealClients.TRANSPORT,
                RealClients.JSON, new GenericUrl(fake.tokenUrl()), code).setRedirectUri(redirect)
                .setClientAuthentication(new ClientParametersAuthentication(fake.clientId(), fake.clientSecret()));
        if (verifier != null) {
            request.set("code_verifier", verifier);
        }
        return request.execute();
    }

    private static String location(String url) throws IOException {
        try {
            HttpResponse<Void> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(answer.statusCode()).isEqualTo(302);
            return answer.headers().firstValue("Location").orElseThrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String codeOf(String location) {
        return RequestDecoding.parseQuery(URI.create(location).getRawQuery()).get("code").get(0);
    }

    private static String query(Map<String, String> params) {
        StringBuilder text = new StringBuilder();
        params.forEach((name, value) -> text.append(text.length() == 0 ? "" : "&").append(name).append('=')
                .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
        return text.toString();
    }
}
