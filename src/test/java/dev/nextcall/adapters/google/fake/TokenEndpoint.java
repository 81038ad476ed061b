package dev.nextcall.adapters.google.fake;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /token} (form-encoded): the authorization-code exchange with PKCE verification, and refresh.
 * Errors are OAuth-shaped ({@code {"error":"invalid_grant","error_description":…}}); every request is recorded.
 */
final class TokenEndpoint {

    private final OAuthServer oauth;

    TokenEndpoint(OAuthServer oauth) {
        this.oauth = oauth;
    }

    Reply handle(RecordedRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        RequestDecoding.parseForm(request.body()).forEach((name, values) -> form.put(name, values.get(0)));
        String[] basic = basicCredentials(request.header("Authorization"));
        String clientId = form.getOrDefault("client_id", basic == null ? null : basic[0]);
        String clientSecret = form.getOrDefault("client_secret", basic == null ? null : basic[1]);
        String grantType = form.get("grant_type");

        Reply reply;
        try {
            reply = answer(form, grantType, clientId, clientSecret);
        } catch (OAuthFailure failure) {
            reply = Reply.json(failure.status, Json.of("error", failure.error, "error_description",
                    failure.getMessage()));
        }
        String error = reply.status() == 200 ? null
                : Json.string(Json.parseObject(new String(reply.body(), StandardCharsets.UTF_8)), "error");
        oauth.recordTokenRequest(new TokenRequest(grantType, clientId, form.containsKey("code_verifier"),
                form.get("scope"), form, reply.status(), error));
        return reply;
    }

    /** {@code POST /revoke?token=…} (or the token in the form): revokes the consent behind it. */
    Reply revoke(RecordedRequest request) {
        String token = request.queryParam("token");
        if (token == null) {
            List<String> fromForm = RequestDecoding.parseForm(request.body()).get("token");
            token = fromForm == null ? null : fromForm.get(0);
        }
        if (token == null || !oauth.tokens().revoke(token)) {
            return Reply.json(400, Json.of("error", "invalid_token", "error_description", "Token expired or revoked"));
        }
        return Reply.json(200, new JsonObject());
    }

    private Reply answer(Map<String, String> form, String grantType, String clientId, String clientSecret) {
        if (clientId == null) {
            throw new OAuthFailure(400, "invalid_request", "Could not determine client ID from request.");
        }
        if (!OAuthServer.CLIENT_ID.equals(clientId) || !OAuthServer.CLIENT_SECRET.equals(clientSecret)) {
            throw new OAuthFailure(401, "invalid_client", "Unauthorized");
        }
        if ("authorization_code".equals(grantType)) {
            return exchangeCode(form, clientId);
        }
        if ("refresh_token".equals(grantType)) {
            return refresh(form, clientId);
        }
        throw new OAuthFailure(400, "unsupported_grant_type", "Invalid grant_type: " + grantType);
    }

    private Reply exchangeCode(Map<String, String> form, String clientId) {
        String code = required(form, "code");
        OAuthServer.PendingCode pending = oauth.redeem(code)
                .filter(p -> p.clientId().equals(clientId))
                .orElseThrow(() -> new OAuthFailure(400, "invalid_grant", "Bad Request"));
        if (!pending.redirectUri().equals(form.get("redirect_uri"))) {
            throw new OAuthFailure(400, "redirect_uri_mismatch", "Bad Request");
        }
        if (pending.codeChallenge() != null) {
            String verifier = form.get("code_verifier");
            if (verifier == null) {
                throw new OAuthFailure(400, "invalid_grant", "Missing code verifier.");
            }
            if (!pending.codeChallenge().equals(challengeOf(verifier, pending.codeChallengeMethod()))) {
                throw new OAuthFailure(400, "invalid_grant", "Invalid code verifier.");
            }
        }
        boolean withRefreshToken = pending.offline() && !oauth.omitRefreshToken();
        TokenStore.GrantState grant = oauth.tokens().newGrant(clientId, pending.scopes(), withRefreshToken);
        return tokenReply(grant, grant.refreshToken);
    }

    private Reply refresh(Map<String, String> form, String clientId) {
        String refreshToken = required(form, "refresh_token");
        Optional<TokenStore.GrantState> grant =
                oauth.tokens().refreshable(refreshToken, clientId, oauth.refreshTokenLifetime());
        if (grant.isEmpty()) {
            throw new OAuthFailure(400, "invalid_grant", "Token has been expired or revoked.");
        }
        return tokenReply(grant.get(), null);
    }

    private Reply tokenReply(TokenStore.GrantState grant, String refreshToken) {
        TokenStore.AccessToken access = oauth.tokens().issueAccessToken(grant, oauth.accessTokenLifetime());
        JsonObject body = new JsonObject();
        body.addProperty("access_token", access.token());
        body.addProperty("expires_in", oauth.accessTokenLifetime().toSeconds());
        if (refreshToken != null) {
            body.addProperty("refresh_token", refreshToken);
            if (oauth.refreshTokenLifetime() != null) {
                body.addProperty("refresh_token_expires_in", oauth.refreshTokenLifetime().toSeconds());
            }
        }
        body.addProperty("scope", String.join(" ", grant.scopes));
        body.addProperty("token_type", "Bearer");
        return Reply.json(200, body);
    }

    private static String required(Map<String, String> form, String name) {
        String value = form.get(name);
        if (value == null || value.isEmpty()) {
            throw new OAuthFailure(400, "invalid_request", "Missing required parameter: " + name);
        }
        return value;
    }

    /** RFC 7636: S256 is BASE64URL(SHA-256(ASCII(verifier))) without padding; plain is the verifier. */
    static String challengeOf(String verifier, String method) {
        if ("plain".equals(method)) {
            return verifier;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return null;
        }
        List<String> parts = List.of(decoded.substring(0, colon), decoded.substring(colon + 1));
        return parts.stream().map(p -> java.net.URLDecoder.decode(p, StandardCharsets.UTF_8)).toArray(String[]::new);
    }

    /** An OAuth error answer. */
    private static final class OAuthFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String error;

        OAuthFailure(int status, String error, String description) {
            super(description, null, false, false);
            this.status = status;
            this.error = error;
        }
    }
}
