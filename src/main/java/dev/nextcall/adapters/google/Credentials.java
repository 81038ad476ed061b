package dev.nextcall.adapters.google;

import com.google.api.client.auth.oauth2.AuthorizationCodeFlow;
import com.google.api.client.auth.oauth2.BearerToken;
import com.google.api.client.auth.oauth2.ClientParametersAuthentication;
import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.auth.oauth2.CredentialRefreshListener;
import com.google.api.client.auth.oauth2.StoredCredential;
import com.google.api.client.auth.oauth2.TokenErrorResponse;
import com.google.api.client.auth.oauth2.TokenResponse;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.json.JsonFactory;
import dev.nextcall.app.port.CalendarException;
import dev.nextcall.app.port.CalendarSignInException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The stored sign-in and the one live {@link Credential} made from it. One instance per process, so
 * every call shares one credential and its refresh lock (refreshes are serialised by the client). The
 * stored file is looked at on each use, so a sign-in or sign-out made by another NextCall process (the
 * command line beside the desktop app) takes effect at the next call.
 *
 * <p>A grant Google no longer accepts ({@code invalid_grant}: revoked, expired, too many tokens;
 * {@code invalid_client}/{@code unauthorized_client}: the OAuth client was deleted or changed) turns into
 * {@link #grantLost}: the stored credential is deleted and the account remembers why, so the app shows
 * "sign in again" rather than failing on every call.
 */
final class Credentials {

    /** The one account NextCall signs in; the credential store is keyed by it. */
    static final String USER = "rep";
    static final Set<String> GRANT_REJECTED = Set.of("invalid_grant", "invalid_client", "unauthorized_client");

    private final Path clientSecretFile;
    private final JsonCredentialStore store;
    private final AccountFile accountFile;
    private final HttpTransport transport;
    private final JsonFactory json;
    private final com.google.api.client.util.Clock clock;
    private Loaded loaded;

    /** A live credential, with what it was made from and what its refreshes have said. */
    private record Loaded(Credential credential, TokenErrors errors, String refreshToken, String clientId) {
    }

    Credentials(Path googleFolder, HttpTransport transport, JsonFactory json, java.time.Clock clock) {
        this.clientSecretFile = googleFolder.resolve("client_secret.json");
        TokenFolder tokens = new TokenFolder(googleFolder.resolve("tokens"));
        this.store = new JsonCredentialStore(tokens);
        this.accountFile = new AccountFile(tokens);
        this.transport = Objects.requireNonNull(transport, "transport");
        this.json = Objects.requireNonNull(json, "json");
        Objects.requireNonNull(clock, "clock");
        this.clock = clock::millis;
    }

    Path clientSecretFile() {
        return clientSecretFile;
    }

    JsonCredentialStore store() {
        return store;
    }

    AccountFile accountFile() {
        return accountFile;
    }

    /** @throws ClientSecrets.ClientSecretsException saying how to put the OAuth client file in place */
    ClientSecrets secrets() {
        return ClientSecrets.read(clientSecretFile, json);
    }

    /**
     * The authorization-code flow for this client, with the endpoints from the client file. Plain
     * {@link AuthorizationCodeFlow}, not Google's subclass: that one overrides the URL and token
     * request builders without PKCE, so {@code enablePKCE()} on it silently does nothing. The flow
     * makes one PKCE verifier per instance, so each sign-in gets a flow of its own.
     */
    AuthorizationCodeFlow flow(ClientSecrets secrets, boolean pkce, CredentialRefreshListener listener) {
        AuthorizationCodeFlow.Builder builder = new AuthorizationCodeFlow.Builder(
                BearerToken.authorizationHeaderAccessMethod(), transport, json,
                new GenericUrl(secrets.tokenUri()),
                new ClientParametersAuthentication(secrets.clientId(),
                        secrets.clientSecret().isEmpty() ? null : secrets.clientSecret()),
                secrets.clientId(), secrets.authUri().toString())
                .setScopes(GoogleScopes.required())
                .setCredentialDataStore(store)
                .setClock(clock);
        if (listener != null) {
            builder.addRefreshListener(listener);
        }
        if (pkce) {
            builder.enablePKCE();
        }
        return builder.build();
    }

    /**
     * The credential to call the API with.
     *
     * @throws CalendarSignInException when there is none, or it can no longer be used
     * @throws CalendarException       when the token folder cannot be read
     */
    synchronized Credential current() {
        ClientSecrets secrets;
        try {
            secrets = secrets();
        } catch (ClientSecrets.ClientSecretsException e) {
            loaded = null;
            throw new CalendarSignInException("Google Calendar is not set up: " + e.getMessage());
        }
        try {
            Optional<AccountFile.Account> account = accountFile.read();
            StoredCredential stored = store.get(USER);
            if (stored == null || (stored.getRefreshToken() == null && stored.getAccessToken() == null)) {
                loaded = null;
                String why = account.map(AccountFile.Account::needsSignIn).filter(r -> !r.isEmpty()).orElse("");
                throw new CalendarSignInException(why.isEmpty() ? "Not signed in to Google Calendar: sign in first."
                        : "Sign in to Google Calendar again: " + why);
            }
            String grantedTo = account.map(AccountFile.Account::clientId).orElse("");
            if (!grantedTo.isEmpty() && !grantedTo.equals(secrets.clientId())) {
                loaded = null;
                throw new CalendarSignInException("Sign in to Google Calendar again: the OAuth client file "
                        + clientSecretFile + " changed since you signed in.");
            }
            if (loaded != null && Objects.equals(loaded.refreshToken(), stored.getRefreshToken())
                    && loaded.clientId().equals(secrets.clientId())) {
                return loaded.credential();
            }
            TokenErrors errors = new TokenErrors();
            Credential credential = flow(secrets, false, errors).loadCredential(USER);
            loaded = new Loaded(credential, errors, stored.getRefreshToken(), secrets.clientId());
            return credential;
        } catch (IOException e) {
            throw new CalendarException("could not read the Google sign-in in " + clientSecretFile.resolveSibling("tokens")
                    + ": " + e.getMessage(), e);
        }
    }

    /** True when the last refresh of the live credential was refused for good (not a passing outage). */
    synchronized boolean refreshRejected() {
        return loaded != null && loaded.errors().rejected();
    }

    /**
     * The grant stopped working: forget the stored credential, remember why, and return the exception
     * to throw. Safe to call from several threads that all found out at once.
     */
    synchronized CalendarSignInException grantLost(String reason, Throwable cause) {
        loaded = null;
        try {
            store.delete(USER);
            AccountFile.Account account = accountFile.read()
                    .orElse(new AccountFile.Account("", "", Set.of(), ""));
            accountFile.write(account.withNeedsSignIn(reason));
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
        return new CalendarSignInException("Sign in to Google Calendar again: " + reason, cause);
    }

    /** Drops the live credential, so the next call loads what is stored now (after sign-in or sign-out). */
    synchronized void reload() {
        loaded = null;
    }

    /**
     * Tells apart a refresh Google refused for good from one that failed in passing. The client
     * swallows a failed refresh inside its 401 handler (it only logs it), so this listener is how the
     * caller still learns that the grant is gone.
     */
    static final class TokenErrors implements CredentialRefreshListener {
        private volatile String lastError = "";

        @Override
        public void onTokenResponse(Credential credential, TokenResponse tokenResponse) {
            lastError = "";
        }

        @Override
        public void onTokenErrorResponse(Credential credential, TokenErrorResponse tokenErrorResponse) {
            lastError = tokenErrorResponse == null || tokenErrorResponse.getError() == null
                    ? "" : tokenErrorResponse.getError();
        }

        boolean rejected() {
            return GRANT_REJECTED.contains(lastError);
        }
    }
}
