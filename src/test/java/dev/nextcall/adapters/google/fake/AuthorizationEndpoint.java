package dev.nextcall.adapters.google.fake;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /o/oauth2/auth}: the consent screen. It records what the app sent (PKCE challenge, state, scopes,
 * access type) and, as {@link Consent} says, redirects the browser straight back to the app's loopback
 * {@code redirect_uri}. Bad requests get an error page and no redirect, as at Google.
 */
final class AuthorizationEndpoint {

    private static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

    private final OAuthServer oauth;

    AuthorizationEndpoint(OAuthServer oauth) {
        this.oauth = oauth;
    }

    Reply handle(RecordedRequest request) {
        String scope = request.queryParam("scope");
        AuthorizationRequest auth = new AuthorizationRequest(request.queryParam("client_id"),
                request.queryParam("redirect_uri"), request.queryParam("response_type"),
                scope == null ? List.of() : Arrays.stream(scope.split(" ")).filter(s -> !s.isEmpty()).toList(),
                request.queryParam("state"), request.queryParam("code_challenge"),
                request.queryParam("code_challenge_method"), request.queryParam("access_type"),
                request.queryParam("prompt"));
        oauth.recordAuthorization(auth);

        if (!OAuthServer.CLIENT_ID.equals(auth.clientId())) {
            return errorPage(401, "invalid_client", "The OAuth client was not found.");
        }
        if (!isLoopback(auth.redirectUri())) {
            return errorPage(400, "redirect_uri_mismatch", "Use a loopback redirect URI for a desktop client.");
        }
        if (!"code".equals(auth.responseType())) {
            return errorPage(400, "invalid_request", "response_type must be code");
        }
        if (auth.scopes().isEmpty()) {
            return errorPage(400, "invalid_request", "Missing required parameter: scope");
        }
        String method = auth.codeChallengeMethod();
        if (method != null && (auth.codeChallenge() == null || !Set.of("S256", "plain").contains(method))) {
            return errorPage(400, "invalid_request", "Invalid code_challenge_method or missing code_challenge");
        }

        return switch (oauth.consent()) {
            case NO_REDIRECT -> Reply.html(200, "<html><body>Choose an account to continue.</body></html>");
            case DENY -> Reply.redirect(withQuery(auth.redirectUri(), "error", "access_denied", auth.state()));
            case APPROVE, WRONG_STATE -> approve(auth);
        };
    }

    private Reply approve(AuthorizationRequest auth) {
        Set<String> granted = oauth.grantedOf(auth.scopes());
        String method = auth.codeChallenge() == null ? null
                : auth.codeChallengeMethod() == null ? "plain" : auth.codeChallengeMethod();
        String code = oauth.issueCode(new OAuthServer.PendingCode(auth.clientId(), auth.redirectUri(), granted,
                auth.codeChallenge(), method, "offline".equals(auth.accessType()),
                oauth.tokens().now().plus(CODE_LIFETIME)));
        String state = oauth.consent() == Consent.WRONG_STATE ? TokenStore.random("forged-", 12) : auth.state();
        String location = withQuery(auth.redirectUri(), "code", code, null)
                + "&scope=" + encode(String.join(" ", granted))
                + (state == null ? "" : "&state=" + encode(state));
        return Reply.redirect(location);
    }

    private static String withQuery(String uri, String name, String value, String state) {
        String separator = uri.contains("?") ? "&" : "?";
        return uri + separator + name + "=" + encode(value) + (state == null ? "" : "&state=" + encode(state));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Desktop clients may redirect to any port on a loopback address, over plain http. */
    static boolean isLoopback(String redirectUri) {
        if (redirectUri == null) {
            return false;
        }
        try {
            URI uri = URI.create(redirectUri);
            String host = uri.getHost();
            return "http".equals(uri.getScheme()) && host != null
                    && (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Reply errorPage(int status, String error, String description) {
        return Reply.html(status, "<html><body><h1>Error " + status + ": " + error + "</h1><p>" + description
                + "</p></body></html>");
    }
}
