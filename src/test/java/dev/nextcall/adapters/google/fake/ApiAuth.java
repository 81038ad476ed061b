package dev.nextcall.adapters.google.fake;

import java.util.Collections;

/** The Bearer check in front of every Calendar call: 401 for a missing or bad token, 403 for missing scopes. */
final class ApiAuth {

    private final OAuthServer oauth;

    ApiAuth(OAuthServer oauth) {
        this.oauth = oauth;
    }

    /** Passes, or throws the {@link ApiError} Google would answer. */
    void check(RecordedRequest request) {
        String header = request.header("Authorization");
        if (header == null || header.isBlank()) {
            throw ApiError.loginRequired();
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw invalidToken();
        }
        TokenStore.AccessToken token = oauth.tokens().valid(header.substring(7).trim())
                .orElseThrow(this::invalidToken);
        Route route = request.route();
        if (Collections.disjoint(token.grant().scopes, route.acceptedScopes())) {
            throw ApiError.insufficientPermissions(route.rpcMethod());
        }
    }

    private ApiError invalidToken() {
        return oauth.challengeOnInvalidToken() ? ApiError.authError() : ApiError.authErrorWithoutChallenge();
    }
}
