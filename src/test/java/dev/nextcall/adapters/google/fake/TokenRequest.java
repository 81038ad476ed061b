package dev.nextcall.adapters.google.fake;

import java.util.Map;

/**
 * One call to {@code POST /token} and how it was answered. {@code error} is the OAuth error code answered
 * ({@code invalid_grant}, …), null on success.
 */
public record TokenRequest(String grantType, String clientId, boolean codeVerifierPresent, String scope,
        Map<String, String> form, int status, String error) {

    public TokenRequest {
        form = Map.copyOf(form);
    }
}
