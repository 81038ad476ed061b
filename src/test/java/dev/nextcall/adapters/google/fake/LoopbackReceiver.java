package dev.nextcall.adapters.google.fake;

import com.google.api.client.extensions.java6.auth.oauth2.VerificationCodeReceiver;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A loopback receiver for the self-check, as google-calendar.md §7.2 recommends instead of
 * LocalServerReceiver: bound to 127.0.0.1 only, checks {@code state}, waits with a timeout.
 */
final class LoopbackReceiver implements VerificationCodeReceiver {

    /** What arrived at {@code /Callback}. */
    record Callback(String code, String state, String error) {
    }

    private final String expectedState;
    private final Duration timeout;
    private final CompletableFuture<Callback> callback = new CompletableFuture<>();
    private HttpServer server;

    LoopbackReceiver(String expectedState, Duration timeout) {
        this.expectedState = expectedState;
        this.timeout = timeout;
    }

    @Override
    public synchronized String getRedirectUri() throws IOException {
        if (server == null) {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            server.createContext("/Callback", exchange -> {
                Map<String, List<String>> query = RequestDecoding.parseQuery(exchange.getRequestURI().getRawQuery());
                byte[] page = "Signed in. You can close this window.".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, page.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(page);
                }
                callback.complete(new Callback(first(query, "code"), first(query, "state"), first(query, "error")));
            });
            server.start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/Callback";
    }

    @Override
    public String waitForCode() throws IOException {
        Callback arrived;
        try {
            arrived = callback.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IOException("no answer from the browser in " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
        if (!expectedState.equals(arrived.state())) {
            throw new IOException("state mismatch: a forged callback");
        }
        if (arrived.error() != null) {
            throw new IOException("User authorization failed (" + arrived.error() + ")");
        }
        return arrived.code();
    }

    /** The callback, if one arrived (does not wait). */
    Callback arrived() {
        return callback.getNow(null);
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null ? null : values.get(0);
    }
}
