package dev.nextcall.adapters.google;

import com.google.api.client.auth.oauth2.StoredCredential;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.util.BackOff;
import com.google.api.client.util.Sleeper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Data folders with a client file and, if asked, a signed-in account; retry policies that never wait. */
final class TestAccounts {

    static final String CLIENT_ID = "client-1.apps.example";

    private TestAccounts() {
    }

    /** Writes {@code google/client_secret.json} with the given endpoints; returns the google folder. */
    static Path clientFile(Path dataFolder, String authUri, String tokenUri) throws IOException {
        Path google = Files.createDirectories(dataFolder.resolve("google"));
        Files.writeString(google.resolve("client_secret.json"), "{\"installed\":{\"client_id\":\"" + CLIENT_ID
                + "\",\"client_secret\":\"s3cret\",\"auth_uri\":\"" + authUri + "\",\"token_uri\":\"" + tokenUri
                + "\",\"redirect_uris\":[\"http://localhost\"]}}");
        return google;
    }

    /** Stores a credential as a finished sign-in would. */
    static void signedIn(Path google, String accessToken, String refreshToken, long expiresAtMillis) throws IOException {
        signedIn(google, CLIENT_ID, accessToken, refreshToken, expiresAtMillis);
    }

    static void signedIn(Path google, String clientId, String accessToken, String refreshToken, long expiresAtMillis)
            throws IOException {
        TokenFolder tokens = new TokenFolder(google.resolve("tokens"));
        StoredCredential credential = new StoredCredential();
        credential.setAccessToken(accessToken);
        credential.setRefreshToken(refreshToken);
        credential.setExpirationTimeMilliseconds(expiresAtMillis);
        new JsonCredentialStore(tokens).set(Credentials.USER, credential);
        new AccountFile(tokens).write(new AccountFile.Account(clientId, "rep@example.com",
                Set.copyOf(GoogleScopes.required()), ""));
    }

    /** A retry policy whose pauses are recorded and advance a fake clock instead of waiting. */
    static final class NoWait {
        final List<Long> pauses = new CopyOnWriteArrayList<>();
        final AtomicLong nanos = new AtomicLong();

        RetryPolicy policy(long pauseMillis, Duration budget, int attempts) {
            Sleeper sleeper = millis -> {
                pauses.add(millis);
                nanos.addAndGet(millis * 1_000_000);
            };
            return new RetryPolicy(() -> new BackOff() {
                @Override
                public void reset() {
                }

                @Override
                public long nextBackOffMillis() {
                    return pauseMillis;
                }
            }, sleeper, budget, attempts, nanos::get);
        }
    }

    static GoogleConnection connection(Path google, String apiRoot, Clock clock, HttpTransport transport,
                                       RetryPolicy retry) {
        return new GoogleConnection(google, apiRoot, clock, transport,
                new GoogleConnection.Tuning(retry, Duration.ofSeconds(2), Duration.ofSeconds(2)));
    }
}
