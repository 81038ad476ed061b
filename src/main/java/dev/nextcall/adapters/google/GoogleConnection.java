package dev.nextcall.adapters.google;

import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.calendar.Calendar;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What every part of the Google adapter shares: where the OAuth client file and tokens live, the API
 * root, the HTTP transport, the live credential and the retrying call executor. Build one per data
 * folder and hand it to {@link GoogleAccount}, {@link GoogleCalendar}, {@link GoogleBookingGateway} and
 * {@link GoogleInviteReplies}.
 */
public final class GoogleConnection {

    /** Google's Calendar API root, used when {@code NEXTCALL_GOOGLE_API_ROOT} is not set. */
    public static final String DEFAULT_API_ROOT = "https://www.googleapis.com/";
    static final String APPLICATION_NAME = "NextCall";

    private final Path googleFolder;
    private final String apiRoot;
    private final Clock clock;
    private final HttpTransport transport;
    private final JsonFactory json = GsonFactory.getDefaultInstance();
    private final Tuning tuning;
    private final Credentials credentials;
    private final ApiCalls calls;
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong writes = new AtomicLong();

    /** Timeouts and retries; tests shorten them. */
    record Tuning(RetryPolicy retry, Duration connectTimeout, Duration readTimeout) {
        Tuning {
            Objects.requireNonNull(retry, "retry");
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            Objects.requireNonNull(readTimeout, "readTimeout");
        }

        static Tuning standard() {
            return new Tuning(RetryPolicy.standard(), Duration.ofSeconds(10), Duration.ofSeconds(20));
        }
    }

    /**
     * @param googleFolder the data folder's {@code google/}: {@code client_secret.json} and {@code tokens/}
     * @param apiRoot      the Calendar API root ({@code NEXTCALL_GOOGLE_API_ROOT}); null or blank for Google's
     * @param clock        for token expiry
     * @throws IllegalArgumentException when {@code apiRoot} is not an http(s) address
     */
    public GoogleConnection(Path googleFolder, String apiRoot, Clock clock) {
        this(googleFolder, apiRoot, clock, new NetHttpTransport(), Tuning.standard());
    }

    GoogleConnection(Path googleFolder, String apiRoot, Clock clock, HttpTransport transport, Tuning tuning) {
        this.googleFolder = Objects.requireNonNull(googleFolder, "googleFolder").toAbsolutePath();
        this.apiRoot = normaliseRoot(apiRoot);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.tuning = Objects.requireNonNull(tuning, "tuning");
        this.credentials = new Credentials(this.googleFolder, transport, json, clock);
        this.calls = new ApiCalls(credentials, this::client, tuning.retry());
    }

    /** The folder holding {@code client_secret.json} and {@code tokens/}. */
    public Path folder() {
        return googleFolder;
    }

    /** The Calendar API root in use, with its trailing slash. */
    public String apiRoot() {
        return apiRoot;
    }

    Clock clock() {
        return clock;
    }

    HttpTransport transport() {
        return transport;
    }

    JsonFactory json() {
        return json;
    }

    Tuning tuning() {
        return tuning;
    }

    Credentials credentials() {
        return credentials;
    }

    SecureRandom random() {
        return random;
    }

    <T> T execute(String what, ApiCalls.ApiCall<T> call) throws ApiRefusal {
        return calls.execute(what, call);
    }

    /**
     * Counts our own writes to the calendar (bookings, cancellations), so busy time read before one is
     * not taken as fresh after it.
     */
    long writes() {
        return writes.get();
    }

    void wrote() {
        writes.incrementAndGet();
    }

    /** A client for the current credential; cheap to build, so one per attempt. */
    private Calendar client() {
        Credential credential = credentials.current();
        int connect = (int) tuning.connectTimeout().toMillis();
        int read = (int) tuning.readTimeout().toMillis();
        return new Calendar.Builder(transport, json, request -> {
            credential.initialize(request); // Authorization header + 401 → refresh → retry
            request.setConnectTimeout(connect);
            request.setReadTimeout(read);
        }).setRootUrl(apiRoot).setApplicationName(APPLICATION_NAME).build();
    }

    static String normaliseRoot(String root) {
        if (root == null || root.isBlank()) {
            return DEFAULT_API_ROOT;
        }
        String text = root.strip();
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("the Google API root must be an http(s) address, not " + text);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the Google API root is not an address: " + text, e);
        }
        return text.endsWith("/") ? text : text + "/";
    }
}
