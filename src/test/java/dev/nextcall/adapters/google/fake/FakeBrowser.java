package dev.nextcall.adapters.google.fake;

import com.google.api.client.extensions.java6.auth.oauth2.AuthorizationCodeInstalledApp;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/**
 * The system browser in a test: opening the authorization URL GETs the fake's consent endpoint and follows
 * its redirect to the app's loopback receiver, on a thread of its own, as a real browser would not block the
 * app. {@link #lastVisit()} tells where it landed.
 */
public final class FakeBrowser implements AuthorizationCodeInstalledApp.Browser {

    /** Where the browser ended up: the last URL, its status and page. */
    public record Landing(String url, int status, String page) {
    }

    private final List<CompletableFuture<Landing>> visits = new CopyOnWriteArrayList<>();
    private final Duration timeout;

    public FakeBrowser() {
        this(Duration.ofSeconds(10));
    }

    public FakeBrowser(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void browse(String url) {
        visits.add(CompletableFuture.supplyAsync(() -> visit(url)));
    }

    public List<CompletableFuture<Landing>> visits() {
        return List.copyOf(visits);
    }

    public CompletableFuture<Landing> lastVisit() {
        if (visits.isEmpty()) {
            throw new IllegalStateException("the browser was never opened");
        }
        return visits.get(visits.size() - 1);
    }

    private Landing visit(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setInstanceFollowRedirects(true);
            connection.setConnectTimeout((int) timeout.toMillis());
            connection.setReadTimeout((int) timeout.toMillis());
            int status = connection.getResponseCode();
            InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            String page = body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
            return new Landing(connection.getURL().toString(), status, page);
        } catch (IOException e) {
            return new Landing(url, -1, e.toString());
        }
    }
}
