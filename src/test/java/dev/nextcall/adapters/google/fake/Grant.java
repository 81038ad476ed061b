package dev.nextcall.adapters.google.fake;

import java.util.Set;

/**
 * Tokens the fake issued for one consent: what a test needs to build a {@code Credential} without going
 * through the sign-in flow ({@link OAuthServer#grant}). {@code refreshToken} is null when none was issued.
 */
public record Grant(String accessToken, String refreshToken, long expiresInSeconds, Set<String> scopes) {

    public Grant {
        scopes = Set.copyOf(scopes);
    }
}
