package dev.nextcall.adapters.google.fake;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Grants (one per consent), their refresh tokens and their access tokens, with expiry on the fake's clock. */
final class TokenStore {

    /** One consent: what it allows and whether it was revoked. */
    static final class GrantState {
        final String clientId;
        final Set<String> scopes;
        final String refreshToken;
        final Instant createdAt;
        boolean revoked;

        GrantState(String clientId, Set<String> scopes, String refreshToken, Instant createdAt) {
            this.clientId = clientId;
            this.scopes = Set.copyOf(scopes);
            this.refreshToken = refreshToken;
            this.createdAt = createdAt;
        }
    }

    record AccessToken(String token, GrantState grant, Instant expiresAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final List<GrantState> grants = new ArrayList<>();
    private final Map<String, GrantState> byRefreshToken = new HashMap<>();
    private final Map<String, AccessToken> accessTokens = new HashMap<>();

    TokenStore(Clock clock) {
        this.clock = clock;
    }

    static String random(String prefix, int bytes) {
        byte[] data = new byte[bytes];
        RANDOM.nextBytes(data);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(data);
    }

    Instant now() {
        return clock.instant();
    }

    synchronized GrantState newGrant(String clientId, Set<String> scopes, boolean withRefreshToken) {
        String refreshToken = withRefreshToken ? random("1//", 36) : null;
        GrantState grant = new GrantState(clientId, scopes, refreshToken, now());
        grants.add(grant);
        if (refreshToken != null) {
            byRefreshToken.put(refreshToken, grant);
        }
        return grant;
    }

    synchronized AccessToken issueAccessToken(GrantState grant, Duration lifetime) {
        AccessToken token = new AccessToken(random("ya29.", 48), grant, now().plus(lifetime));
        accessTokens.put(token.token(), token);
        return token;
    }

    /** The grant behind a refresh token still usable by this client. */
    synchronized Optional<GrantState> refreshable(String refreshToken, String clientId, Duration refreshLifetime) {
        GrantState grant = byRefreshToken.get(refreshToken);
        if (grant == null || grant.revoked || !grant.clientId.equals(clientId)) {
            return Optional.empty();
        }
        if (refreshLifetime != null && !now().isBefore(grant.createdAt.plus(refreshLifetime))) {
            return Optional.empty();
        }
        return Optional.of(grant);
    }

    /** A known, unexpired access token of a grant not revoked. */
    synchronized Optional<AccessToken> valid(String token) {
        AccessToken access = accessTokens.get(token);
        if (access == null || access.grant().revoked || !now().isBefore(access.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(access);
    }

    /** Revokes the grant behind a refresh or access token, with all its tokens; false if unknown. */
    synchronized boolean revoke(String token) {
        GrantState grant = byRefreshToken.get(token);
        if (grant == null && accessTokens.containsKey(token)) {
            grant = accessTokens.get(token).grant();
        }
        if (grant == null || grant.revoked) {
            return false;
        }
        grant.revoked = true;
        return true;
    }

    synchronized void revokeAll() {
        grants.forEach(grant -> grant.revoked = true);
    }

    /** Every access token issued so far stops working; refresh tokens still work. */
    synchronized void expireAccessTokens() {
        accessTokens.replaceAll((token, access) -> new AccessToken(token, access.grant(), now()));
    }
}
