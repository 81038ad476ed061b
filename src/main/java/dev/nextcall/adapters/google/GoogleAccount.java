package dev.nextcall.adapters.google;

import com.google.api.client.auth.oauth2.AuthorizationCodeFlow;
import com.google.api.client.auth.oauth2.AuthorizationCodeRequestUrl;
import com.google.api.client.auth.oauth2.StoredCredential;
import com.google.api.client.auth.oauth2.TokenResponse;
import com.google.api.client.auth.oauth2.TokenResponseException;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.UrlEncodedContent;
import dev.nextcall.app.port.CalendarAccount;
import dev.nextcall.app.port.CalendarException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Signing in to Google with the installed-app flow in the system browser, the rep's own OAuth client,
 * PKCE (S256), a {@code state} checked by our {@link LoopbackReceiver} on 127.0.0.1, and the least
 * scopes ({@link GoogleScopes}). Tokens go to {@code google/tokens/} through {@link JsonCredentialStore}.
 */
public final class GoogleAccount implements CalendarAccount {

    private static final Logger LOG = Logger.getLogger(GoogleAccount.class.getName());
    private static final Duration REVOKE_TIMEOUT = Duration.ofSeconds(10);

    private final GoogleConnection google;
    private final Credentials credentials;

    public GoogleAccount(GoogleConnection google) {
        this.google = Objects.requireNonNull(google, "google");
        this.credentials = google.credentials();
    }

    @Override
    public Status status() {
        ClientSecrets secrets;
        try {
            secrets = credentials.secrets();
        } catch (ClientSecrets.ClientSecretsException e) {
            return new Status.SignedOut("Google Calendar is not set up: " + e.getMessage());
        }
        try {
            Optional<AccountFile.Account> account = credentials.accountFile().read();
            StoredCredential stored = credentials.store().get(Credentials.USER);
            if (stored != null && (stored.getRefreshToken() != null || stored.getAccessToken() != null)) {
                String grantedTo = account.map(AccountFile.Account::clientId).orElse("");
                if (!grantedTo.isEmpty() && !grantedTo.equals(secrets.clientId())) {
                    return new Status.NeedsSignIn("the OAuth client file changed since you signed in");
                }
                Set<String> granted = account.map(AccountFile.Account::grantedScopes).filter(s -> !s.isEmpty())
                        .orElse(Set.copyOf(GoogleScopes.required()));
                return new Status.SignedIn(account.map(AccountFile.Account::email).orElse(""),
                        GoogleScopes.missing(granted));
            }
            Optional<String> reason = account.map(AccountFile.Account::needsSignIn).filter(r -> !r.isEmpty());
            if (reason.isPresent()) {
                return new Status.NeedsSignIn(reason.get());
            }
            return new Status.SignedOut("Sign in to Google Calendar to use its free/busy time and book follow-ups there.");
        } catch (IOException e) {
            return new Status.NeedsSignIn("the stored sign-in cannot be read (" + e.getMessage() + ")");
        }
    }

    @Override
    public SignInResult signIn(Consumer<URI> openBrowser, Duration timeout, BooleanSupplier cancelled) {
        ClientSecrets secrets;
        try {
            secrets = credentials.secrets();
        } catch (ClientSecrets.ClientSecretsException e) {
            return new SignInResult.Failed(e.getMessage());
        }
        try (LoopbackReceiver receiver = LoopbackReceiver.start(google.random())) {
            AuthorizationCodeFlow flow = credentials.flow(secrets, true, null);
            StoredCredential existing = credentials.store().get(Credentials.USER);
            boolean haveRefreshToken = existing != null && existing.getRefreshToken() != null;
            URI address = authorizationAddress(flow, receiver, !haveRefreshToken);
            openBrowser.accept(address);
            LoopbackReceiver.Callback callback = receiver.await(timeout, cancelled);
            if (callback instanceof LoopbackReceiver.Callback.Code code) {
                SignInResult result = exchange(flow, secrets, code.code(), receiver.redirectUri(),
                        haveRefreshToken ? existing.getRefreshToken() : null);
                receiver.finish(result instanceof SignInResult.SignedIn ? CallbackPage.connected() : CallbackPage.failed());
                return result instanceof SignInResult.SignedIn signedIn ? withEmail(signedIn) : result;
            }
            if (callback instanceof LoopbackReceiver.Callback.Denied denied) {
                return new SignInResult.Failed("access_denied".equals(denied.error())
                        ? "you did not allow NextCall to use Google Calendar"
                        : "Google reported a problem with the sign-in (" + safe(denied.error()) + ")");
            }
            if (callback instanceof LoopbackReceiver.Callback.TimedOut) {
                return new SignInResult.TimedOut(timeout);
            }
            return new SignInResult.Cancelled();
        } catch (IOException e) {
            return new SignInResult.Failed("could not start the sign-in (" + e.getMessage() + ")");
        }
    }

    /**
     * The consent address: our redirect and state, {@code access_type=offline} for a refresh token, and
     * {@code prompt=consent} when we hold no refresh token (Google sends one only with a consent).
     * The flow added {@code code_challenge} and {@code code_challenge_method=S256}.
     */
    static URI authorizationAddress(AuthorizationCodeFlow flow, LoopbackReceiver receiver, boolean consent) {
        AuthorizationCodeRequestUrl url = flow.newAuthorizationUrl()
                .setRedirectUri(receiver.redirectUri().toString())
                .setState(receiver.state());
        url.set("access_type", "offline");
        if (consent) {
            url.set("prompt", "consent");
        }
        return URI.create(url.build());
    }

    private SignInResult exchange(AuthorizationCodeFlow flow, ClientSecrets secrets, String code, URI redirect,
                                  String keptRefreshToken) {
        TokenResponse response;
        try {
            // The flow's PKCE interceptor adds code_verifier to this request.
            response = flow.newTokenRequest(code).setRedirectUri(redirect.toString()).execute();
        } catch (TokenResponseException e) {
            String error = e.getDetails() == null ? "HTTP " + e.getStatusCode() : safe(e.getDetails().getError());
            return new SignInResult.Failed("Google refused the sign-in (" + error + "); try again");
        } catch (IOException e) {
            return new SignInResult.Failed(GoogleErrors.offline(e)
                    ? "Google's sign-in service cannot be reached (no network connection?)"
                    : "the sign-in could not be completed (" + e.getClass().getSimpleName() + "); try again");
        }
        if (response.getRefreshToken() == null && keptRefreshToken != null) {
            // Signing in again without a consent screen: Google keeps the earlier refresh token valid.
            response.setRefreshToken(keptRefreshToken);
        }
        Set<String> granted = GoogleScopes.parse(response.getScope());
        try {
            flow.createAndStoreCredential(response, Credentials.USER);
            credentials.accountFile().write(new AccountFile.Account(secrets.clientId(), "",
                    granted.isEmpty() ? Set.copyOf(GoogleScopes.required()) : granted, ""));
        } catch (IOException e) {
            return new SignInResult.Failed("signed in, but the sign-in could not be saved in "
                    + credentials.clientSecretFile().resolveSibling("tokens") + " (" + e.getMessage() + ")");
        } finally {
            credentials.reload();
        }
        return new SignInResult.SignedIn("", GoogleScopes.missing(granted.isEmpty() ? GoogleScopes.required() : granted));
    }

    /**
     * Learns the account's address from the primary calendar's title (Google names it after the
     * address), best effort: without it the panel shows "signed in" without an address.
     */
    private SignInResult.SignedIn withEmail(SignInResult.SignedIn signedIn) {
        try {
            String summary = new EventsReader(google).describe("primary").summary();
            if (!summary.contains("@")) {
                return signedIn;
            }
            Optional<AccountFile.Account> account = credentials.accountFile().read();
            if (account.isPresent()) {
                credentials.accountFile().write(account.get().withEmail(summary));
            }
            return new SignInResult.SignedIn(summary, signedIn.missingPermissions());
        } catch (ApiRefusal | CalendarException | IOException e) {
            LOG.log(Level.FINE, "signed in; the account's address could not be read: {0}", e.getMessage());
            return signedIn;
        }
    }

    /**
     * Deletes the stored tokens first, so nothing stays on disk whatever happens next, then asks Google
     * to revoke the grant (the refresh token; revoking it ends the whole grant).
     */
    @Override
    public SignOutResult signOut() {
        StoredCredential stored = null;
        boolean forgotten;
        try {
            stored = credentials.store().get(Credentials.USER);
            credentials.store().delete(Credentials.USER);
            forgotten = credentials.accountFile().delete() | stored != null;
        } catch (IOException e) {
            return new SignOutResult(false, false, "the stored sign-in could not be deleted ("
                    + e.getMessage() + "); delete " + credentials.clientSecretFile().resolveSibling("tokens") + " by hand");
        } finally {
            credentials.reload();
        }
        String token = stored == null ? null
                : stored.getRefreshToken() != null ? stored.getRefreshToken() : stored.getAccessToken();
        if (token == null) {
            return new SignOutResult(forgotten, false, forgotten ? "Signed out of Google Calendar on this computer."
                    : "Not signed in to Google Calendar; nothing to forget.");
        }
        boolean revoked = revoke(token);
        return new SignOutResult(true, revoked, revoked
                ? "Signed out: the sign-in was deleted from this computer and withdrawn at Google."
                : "Signed out on this computer. Google could not be asked to withdraw NextCall's access (offline?);"
                + " you can remove it at https://myaccount.google.com/permissions.");
    }

    /** POST {revoke}?token=… as Google documents; 200 = revoked, 400 invalid_token = already gone. */
    private boolean revoke(String token) {
        try {
            ClientSecrets secrets = credentials.secrets();
            HttpRequest request = google.transport().createRequestFactory()
                    .buildPostRequest(new GenericUrl(secrets.revokeUri()), new UrlEncodedContent(Map.of("token", token)))
                    .setConnectTimeout((int) REVOKE_TIMEOUT.toMillis())
                    .setReadTimeout((int) REVOKE_TIMEOUT.toMillis())
                    .setThrowExceptionOnExecuteError(false);
            HttpResponse response = request.execute();
            try {
                int status = response.getStatusCode();
                return status == 200 || (status == 400 && response.parseAsString().contains("invalid_token"));
            } finally {
                response.disconnect();
            }
        } catch (IOException | ClientSecrets.ClientSecretsException | IllegalArgumentException e) {
            LOG.log(Level.FINE, "revoking the Google grant failed: {0}", e.getClass().getSimpleName());
            return false;
        }
    }

    /** Text from a redirect or error body, cut down to what an OAuth error code can be. */
    private static String safe(String text) {
        if (text == null) {
            return "unknown error";
        }
        String cleaned = text.replaceAll("[^A-Za-z0-9_.-]", "");
        return cleaned.isEmpty() ? "unknown error" : cleaned.substring(0, Math.min(cleaned.length(), 64));
    }
}
