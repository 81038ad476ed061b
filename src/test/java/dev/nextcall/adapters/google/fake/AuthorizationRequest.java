package dev.nextcall.adapters.google.fake;

import java.util.List;

/** What the browser brought to {@code GET /o/oauth2/auth}; null fields were absent. */
public record AuthorizationRequest(String clientId, String redirectUri, String responseType, List<String> scopes,
        String state, String codeChallenge, String codeChallengeMethod, String accessType, String prompt) {

    public AuthorizationRequest {
        scopes = List.copyOf(scopes);
    }
}
