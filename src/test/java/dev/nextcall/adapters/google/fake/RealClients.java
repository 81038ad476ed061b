package dev.nextcall.adapters.google.fake;

import com.google.api.client.auth.oauth2.BearerToken;
import com.google.api.client.auth.oauth2.ClientParametersAuthentication;
import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.http.HttpBackOffIOExceptionHandler;
import com.google.api.client.http.HttpBackOffUnsuccessfulResponseHandler;
import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.client.util.ExponentialBackOff;
import com.google.api.services.calendar.Calendar;

/**
 * The real Google client, unchanged, pointed at a {@link FakeGoogle}: NetHttpTransport, GsonFactory, a
 * {@link Credential} refreshing at the fake's token endpoint, and, when asked, the retry chain of
 * google-calendar.md §6.3 with a 10 ms backoff so tests stay fast.
 */
final class RealClients {

    static final NetHttpTransport TRANSPORT = new NetHttpTransport();
    static final GsonFactory JSON = GsonFactory.getDefaultInstance();

    private RealClients() {
    }

    static Credential credential(FakeGoogle fake, Grant grant) {
        Credential credential = new Credential.Builder(BearerToken.authorizationHeaderAccessMethod())
                .setTransport(TRANSPORT).setJsonFactory(JSON)
                .setTokenServerEncodedUrl(fake.tokenUrl())
                .setClientAuthentication(new ClientParametersAuthentication(fake.clientId(), fake.clientSecret()))
                .build();
        credential.setAccessToken(grant.accessToken());
        credential.setRefreshToken(grant.refreshToken());
        credential.setExpiresInSeconds(grant.expiresInSeconds());
        return credential;
    }

    /** A client with only what the library does by default: the credential's 401 refresh, nothing retried. */
    static Calendar plain(FakeGoogle fake, Credential credential) {
        return build(fake, credential);
    }

    /** A client signed in with these scopes, no retries. */
    static Calendar plain(FakeGoogle fake, String... scopes) {
        return plain(fake, credential(fake, fake.oauth().grant(scopes)));
    }

    /** A client that also retries 5xx (and 429 when asked) with backoff, keeping the 401 refresh. */
    static Calendar retrying(FakeGoogle fake, Credential credential, boolean retry429, boolean retryIo,
            int readTimeoutMillis) {
        HttpRequestInitializer init = request -> {
            credential.initialize(request);
            HttpBackOffUnsuccessfulResponseHandler backoff = new HttpBackOffUnsuccessfulResponseHandler(fastBackOff())
                    .setBackOffRequired(response -> response.getStatusCode() / 100 == 5
                            || (retry429 && response.getStatusCode() == 429));
            request.setUnsuccessfulResponseHandler((req, response, supportsRetry) ->
                    credential.handleResponse(req, response, supportsRetry)
                            || backoff.handleResponse(req, response, supportsRetry));
            if (retryIo) {
                request.setIOExceptionHandler(new HttpBackOffIOExceptionHandler(fastBackOff()));
            }
            request.setReadTimeout(readTimeoutMillis);
        };
        return build(fake, init);
    }

    static ExponentialBackOff fastBackOff() {
        return new ExponentialBackOff.Builder().setInitialIntervalMillis(10).setMaxIntervalMillis(50)
                .setMaxElapsedTimeMillis(5_000).build();
    }

    private static Calendar build(FakeGoogle fake, HttpRequestInitializer init) {
        return new Calendar.Builder(TRANSPORT, JSON, init).setRootUrl(fake.rootUrl())
                .setApplicationName("nextcall-selfcheck/1.0").build();
    }
}
