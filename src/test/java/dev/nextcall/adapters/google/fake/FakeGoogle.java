package dev.nextcall.adapters.google.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * An in-process fake of Google's OAuth server and Calendar API v3 for tests, on 127.0.0.1 and an ephemeral
 * port, that the <em>real</em> Google client libraries talk to unchanged: only the root URL, the token URL and
 * the authorization URL point here. It follows the contract of google-calendar.md §10: gzip and chunked request
 * bodies, PATCH behind {@code X-HTTP-Method-Override}, Google's error bodies with their domains and reasons,
 * Bearer tokens with expiry and scopes, PKCE, and fault injection per route and per count.
 *
 * <h2>Use in a test</h2>
 * <pre>{@code
 * try (FakeGoogle fake = new FakeGoogle().start()) {
 *     fake.calendars().primary().timeZone("Europe/Zurich");
 *     fake.calendars().seed("primary", EventSeed.timed(start, end).summary("Busy"));
 *     Grant grant = fake.oauth().grant(Scopes.EVENTS, Scopes.FREEBUSY);  // or sign in through authUrl()
 *
 *     Credential credential = new Credential.Builder(BearerToken.authorizationHeaderAccessMethod())
 *             .setTransport(new NetHttpTransport()).setJsonFactory(GsonFactory.getDefaultInstance())
 *             .setTokenServerEncodedUrl(fake.tokenUrl())
 *             .setClientAuthentication(new ClientParametersAuthentication(fake.clientId(), fake.clientSecret()))
 *             .build().setAccessToken(grant.accessToken()).setRefreshToken(grant.refreshToken());
 *     Calendar calendar = new Calendar.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(), credential)
 *             .setRootUrl(fake.rootUrl()).setApplicationName("test").build();
 *
 *     fake.faults().next(Route.EVENTS_INSERT, 2, Fault.serviceUnavailable503());
 *     // ... run the code under test ...
 *     assertThat(fake.calendars().insertedEvents()).hasSize(1);
 *     assertThat(fake.calendars().writes().get(0).sendUpdates()).isEqualTo("all");
 *     assertThat(fake.requests(Route.EVENTS_INSERT)).hasSize(3);
 * }
 * }</pre>
 *
 * <h2>Pointing the app at it</h2>
 * Write the user's {@code google/client_secret.json} with {@link #writeClientSecret(Path)} (its {@code auth_uri}
 * and {@code token_uri} are this fake), set {@code NEXTCALL_GOOGLE_API_ROOT} to {@link #rootUrl()}, and give the
 * sign-in a {@link FakeBrowser}: it opens the authorization URL, the consent screen redirects at once to the
 * app's loopback receiver with a code and the echoed {@code state}, and the app exchanges the code here.
 * A test that does not care about sign-in takes tokens from {@code oauth().grant(...)} instead.
 *
 * <h2>What a test controls</h2>
 * <ul>
 *   <li>{@link #calendars()}: the signed-in user ({@code rep@example.com} unless given) and their primary
 *       calendar; more calendars; events seeded with {@link EventSeed} or the client's {@code Event};
 *       attendees' answers ({@code respond}); the events the API inserted and every write with its
 *       {@code sendUpdates}.</li>
 *   <li>{@link #oauth()}: the consent screen ({@link Consent}: approve, deny, forge the state, never
 *       redirect), granted scopes, token lifetimes, revocation, expiring access tokens, and the recorded
 *       authorization and token requests (PKCE challenge, {@code code_verifier} present, grant type).</li>
 *   <li>{@link #faults()}: 5xx, 429, the 403 usage-limit reasons, 401, dropped connections, stalls beyond a read
 *       timeout, "applied but the answer was lost", and fixed latency. See {@link Fault}.</li>
 *   <li>{@link #freeBusy()}: merging and clipping of busy periods, the 90-day limit, per-calendar errors.</li>
 *   <li>{@link #requests()}: every request as decoded, to assert on headers, query and body.</li>
 * </ul>
 * Time (token expiry, {@code created}/{@code updated}) comes from the {@link Clock} given to the constructor.
 * Closing the fake stops the server and ends any stalled request at once.
 */
public final class FakeGoogle implements AutoCloseable {

    public static final String DEFAULT_USER = "rep@example.com";

    private final Faults faults = new Faults();
    private final FreeBusyOptions freeBusy = new FreeBusyOptions();
    private final OAuthServer oauth;
    private final CalendarStore calendars;
    private final GoogleHttpServer server;

    /** A fake on the system clock for {@value #DEFAULT_USER}, whose primary calendar is in UTC. */
    public FakeGoogle() {
        this(Clock.systemUTC());
    }

    public FakeGoogle(Clock clock) {
        this(clock, DEFAULT_USER);
    }

    public FakeGoogle(Clock clock, String userEmail) {
        this.oauth = new OAuthServer(new TokenStore(clock));
        this.calendars = new CalendarStore(clock, userEmail, "UTC");
        this.server = new GoogleHttpServer(clock, faults, oauth, calendars, freeBusy);
    }

    /** Starts serving; returns this for {@code try (FakeGoogle fake = new FakeGoogle().start())}. */
    public FakeGoogle start() {
        server.start();
        return this;
    }

    /** Stops the server; stalled requests end now. */
    @Override
    public void close() {
        server.close();
    }

    // ---- where it is

    /** The address the server is bound to: 127.0.0.1, never a wildcard. */
    public java.net.InetSocketAddress boundAddress() {
        return server.address();
    }

    public int port() {
        return server.address().getPort();
    }

    /** For {@code Calendar.Builder.setRootUrl}: {@code http://127.0.0.1:PORT/}. */
    public String rootUrl() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** The token endpoint ({@code token_uri}). */
    public String tokenUrl() {
        return rootUrl() + "token";
    }

    /** The authorization (consent) endpoint ({@code auth_uri}). */
    public String authUrl() {
        return rootUrl() + "o/oauth2/auth";
    }

    /** The revocation endpoint ({@code POST ?token=…}). */
    public String revokeUrl() {
        return rootUrl() + "revoke";
    }

    public String clientId() {
        return OAuthServer.CLIENT_ID;
    }

    public String clientSecret() {
        return OAuthServer.CLIENT_SECRET;
    }

    /** The signed-in user's e-mail, which is also the primary calendar's id. */
    public String userEmail() {
        return calendars.primary().id();
    }

    /**
     * Writes a Desktop ("installed") client_secret.json whose {@code auth_uri} and {@code token_uri} point at
     * this fake, as a user downloads it from the Cloud console. Returns {@code file}.
     */
    public Path writeClientSecret(Path file) throws IOException {
        JsonArray redirects = new JsonArray();
        redirects.add("http://localhost");
        JsonObject installed = Json.of("client_id", clientId(), "project_id", "nextcall-fake",
                "auth_uri", authUrl(), "token_uri", tokenUrl(),
                "auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs",
                "client_secret", clientSecret());
        installed.add("redirect_uris", redirects);
        JsonObject json = new JsonObject();
        json.add("installed", installed);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, Json.GSON.toJson(json), StandardCharsets.UTF_8);
        return file;
    }

    // ---- what a test controls and reads

    public CalendarStore calendars() {
        return calendars;
    }

    public OAuthServer oauth() {
        return oauth;
    }

    public Faults faults() {
        return faults;
    }

    public FreeBusyOptions freeBusy() {
        return freeBusy;
    }

    /** Every request so far, in the order they arrived. */
    public List<RecordedRequest> requests() {
        return server.requests();
    }

    public List<RecordedRequest> requests(Route route) {
        return server.requests().stream().filter(r -> r.route() == route).toList();
    }

    /**
     * Waits until {@code route} has had {@code count} requests (for code that calls Google in the background);
     * false if {@code timeout} passed first.
     */
    public boolean awaitRequests(Route route, int count, Duration timeout) throws InterruptedException {
        return server.awaitRequests(route, count, timeout);
    }

    /** Exceptions inside the fake itself (answered as 500): a test can assert there were none. */
    public List<Throwable> unexpectedErrors() {
        return server.unexpectedErrors();
    }
}
