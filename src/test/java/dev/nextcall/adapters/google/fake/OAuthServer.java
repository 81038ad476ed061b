package dev.nextcall.adapters.google.fake;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The fake's OAuth side as a test sees it: knobs for the consent screen and the token endpoint, grants made
 * directly (no browser), revocation, and the recorded authorization and token requests. The HTTP endpoints
 * are {@link AuthorizationEndpoint} and {@link TokenEndpoint}.
 *
 * <p>A failing token endpoint is a fault like any other:
 * {@code fake.faults().next(Route.TOKEN, Fault.serviceUnavailable503())} (the Java client then keeps its old
 * token: {@code Credential.refreshToken()} returns false).
 */
public final class OAuthServer {

    /** The one OAuth client the fake knows (a Desktop-type client, as in client_secret.json). */
    public static final String CLIENT_ID = "1234567890-nextcalltest.apps.googleusercontent.com";
    public static final String CLIENT_SECRET = "GOCSPX-fake-secret-for-tests";

    /** An authorization code waiting for its exchange. */
    record PendingCode(String clientId, String redirectUri, Set<String> scopes, String codeChallenge,
            String codeChallengeMethod, boolean offline, Instant expiresAt) {
    }

    private final TokenStore tokens;
    private final Map<String, PendingCode> codes = new HashMap<>();
    private final List<AuthorizationRequest> authorizations = new CopyOnWriteArrayList<>();
    private final List<TokenRequest> tokenRequests = new CopyOnWriteArrayList<>();

    private volatile Consent consent = Consent.APPROVE;
    private volatile Set<String> grantable;
    private volatile Duration accessTokenLifetime = Duration.ofSeconds(3599);
    private volatile Duration refreshTokenLifetime;
    private volatile boolean omitRefreshToken;
    private volatile boolean challengeOnInvalidToken = true;

    OAuthServer(TokenStore tokens) {
        this.tokens = tokens;
    }

    // ---- knobs

    /** What the consent screen does next (default {@link Consent#APPROVE}). */
    public OAuthServer consent(Consent next) {
        consent = Objects.requireNonNull(next);
        return this;
    }

    /** Granular consent: the user grants only those of the requested scopes that are in {@code scopes}. */
    public OAuthServer grantOnly(String... scopes) {
        grantable = Set.of(scopes);
        return this;
    }

    /** {@code expires_in} of new access tokens (default 3599 s; keep above 60 s or the client refreshes always). */
    public OAuthServer accessTokenLifetime(Duration lifetime) {
        accessTokenLifetime = Objects.requireNonNull(lifetime);
        return this;
    }

    /** Refresh tokens die this long after consent ("Testing" apps: 7 days); null for never (default). */
    public OAuthServer refreshTokenLifetime(Duration lifetime) {
        refreshTokenLifetime = lifetime;
        return this;
    }

    /** The code exchange answers without a {@code refresh_token} (as Google does after a first consent). */
    public OAuthServer omitRefreshToken(boolean omit) {
        omitRefreshToken = omit;
        return this;
    }

    /**
     * Whether a 401 for a bad token carries {@code WWW-Authenticate: Bearer …, error="invalid_token"} (default,
     * as Google) or no such header. Either way the Java client refreshes.
     */
    public OAuthServer challengeOnInvalidToken(boolean challenge) {
        challengeOnInvalidToken = challenge;
        return this;
    }

    // ---- admin

    /** A consent made without a browser: tokens for these scopes, with a refresh token. */
    public Grant grant(String... scopes) {
        return grant(List.of(scopes));
    }

    public Grant grant(Collection<String> scopes) {
        TokenStore.GrantState grant = tokens.newGrant(CLIENT_ID, new LinkedHashSet<>(scopes), true);
        TokenStore.AccessToken access = tokens.issueAccessToken(grant, accessTokenLifetime);
        return new Grant(access.token(), grant.refreshToken, accessTokenLifetime.toSeconds(), grant.scopes);
    }

    /** Revokes the consent behind a refresh or access token (the user removed the app's access). */
    public boolean revoke(String token) {
        return tokens.revoke(token);
    }

    /** Revokes every consent. */
    public void revokeAll() {
        tokens.revokeAll();
    }

    /** Every access token issued so far is now expired, while the client still thinks it valid. */
    public void expireAccessTokens() {
        tokens.expireAccessTokens();
    }

    // ---- records

    public List<AuthorizationRequest> authorizationRequests() {
        return List.copyOf(authorizations);
    }

    public Optional<AuthorizationRequest> lastAuthorization() {
        List<AuthorizationRequest> all = authorizationRequests();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    public List<TokenRequest> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    // ---- for the endpoints

    Consent consent() {
        return consent;
    }

    Set<String> grantedOf(Collection<String> requested) {
        Set<String> allowed = grantable;
        Set<String> granted = new LinkedHashSet<>(requested);
        if (allowed != null) {
            granted.retainAll(allowed);
        }
        return granted;
    }

    Duration accessTokenLifetime() {
        return accessTokenLifetime;
    }

    Duration refreshTokenLifetime() {
        return refreshTokenLifetime;
    }

    boolean omitRefreshToken() {
        return omitRefreshToken;
    }

    boolean challengeOnInvalidToken() {
        return challengeOnInvalidToken;
    }

    TokenStore tokens() {
        return tokens;
    }

    void recordAuthorization(AuthorizationRequest request) {
        authorizations.add(request);
    }

    void recordTokenRequest(TokenRequest request) {
        tokenRequests.add(request);
    }

    synchronized String issueCode(PendingCode pending) {
        String code = TokenStore.random("4/0A", 30);
        codes.put(code, pending);
        return code;
    }

    /** The pending code, removed: a code works once, even if this exchange then fails. */
    synchronized Optional<PendingCode> redeem(String code) {
        PendingCode pending = codes.remove(code);
        if (pending == null || !tokens.now().isBefore(pending.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(pending);
    }
}
