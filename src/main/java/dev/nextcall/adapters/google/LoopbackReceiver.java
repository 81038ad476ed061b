package dev.nextcall.adapters.google;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Where the browser comes back to after the consent screen: a tiny HTTP server on 127.0.0.1 only (not
 * every interface, as the client library's {@code LocalServerReceiver} binds) on a free port, one
 * callback path, and a random {@code state} that the callback must carry. A callback with a missing or
 * wrong state is refused and the wait goes on, so a stray or forged request can neither inject a code
 * nor end the sign-in. The wait has a timeout and can be cancelled.
 *
 * <p>The browser's page is answered only once the app says how the sign-in ended ({@link #finish}),
 * so it can say "connected" or what went wrong. Pages never show the code, a token or anything Google
 * sent back.
 */
final class LoopbackReceiver implements AutoCloseable {

    static final String CALLBACK_PATH = "/oauth2/callback";
    private static final Duration POLL = Duration.ofMillis(50);
    /** How long a browser waits for the page while the app exchanges the code. */
    private static final Duration PAGE_WAIT = Duration.ofSeconds(60);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

    private final HttpServer server;
    private final ExecutorService handlers;
    private final String state;
    private final CompletableFuture<Callback> callback = new CompletableFuture<>();
    private final CompletableFuture<CallbackPage> page = new CompletableFuture<>();
    private final AtomicInteger answering = new AtomicInteger();

    /** What came back to the receiver, or why the wait ended without it. */
    sealed interface Callback {
        record Code(String code) implements Callback {
            @Override
            public String toString() {
                return "Code[…]";
            }
        }

        /** The rep refused on the consent screen, or Google reported an error ({@code error=…}). */
        record Denied(String error) implements Callback {
        }

        record TimedOut() implements Callback {
        }

        record Cancelled() implements Callback {
        }
    }

    private LoopbackReceiver(HttpServer server, ExecutorService handlers, String state) {
        this.server = server;
        this.handlers = handlers;
        this.state = state;
    }

    /** Binds 127.0.0.1 on a port the system chooses and starts listening. */
    static LoopbackReceiver start(SecureRandom random) throws IOException {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        InetAddress loopback = InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
        HttpServer server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        ExecutorService handlers = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "google-sign-in-receiver");
            thread.setDaemon(true);
            return thread;
        });
        LoopbackReceiver receiver = new LoopbackReceiver(server, handlers, state);
        server.createContext("/", receiver::handle);
        server.setExecutor(handlers);
        server.start();
        return receiver;
    }

    URI redirectUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + CALLBACK_PATH);
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    String state() {
        return state;
    }

    /**
     * Waits for a callback with the right state, the timeout, or {@code cancelled} turning true
     * (polled), whichever comes first. An interrupt counts as cancelling, and stays set.
     */
    Callback await(Duration timeout, BooleanSupplier cancelled) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (cancelled.getAsBoolean()) {
                return new Callback.Cancelled();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return new Callback.TimedOut();
            }
            try {
                return callback.get(Math.min(left, POLL.toNanos()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // poll cancelled again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Callback.Cancelled();
            } catch (ExecutionException e) {
                throw new IllegalStateException("the callback future never fails", e);
            }
        }
    }

    /** The page the waiting browser gets; call before {@link #close()}. */
    void finish(CallbackPage result) {
        page.complete(Objects.requireNonNull(result, "result"));
    }

    /**
     * Lets a page being answered go out, then stops. ({@code HttpServer.stop(n)} on Java 17 always
     * waits the full n seconds, so the wait for pages in progress is done here.)
     */
    @Override
    public void close() {
        page.complete(CallbackPage.closed());
        long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
        while (answering.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        server.stop(0);
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        answering.incrementAndGet();
        try (exchange) {
            URI uri = exchange.getRequestURI();
            if (!CALLBACK_PATH.equals(uri.getPath())) {
                respond(exchange, 404, CallbackPage.notHere());
                return;
            }
            if (!"GET".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, CallbackPage.notHere());
                return;
            }
            Map<String, String> query = query(uri.getRawQuery());
            if (!sameState(query.get("state"))) {
                respond(exchange, 400, CallbackPage.wrongState());
                return;
            }
            if (callback.isDone()) {
                respond(exchange, 409, CallbackPage.alreadyUsed());
                return;
            }
            String code = query.get("code");
            if (query.containsKey("error") || code == null || code.isEmpty()) {
                String error = query.getOrDefault("error", "no_code");
                callback.complete(new Callback.Denied(error));
                respond(exchange, 200, CallbackPage.denied(error));
                return;
            }
            callback.complete(new Callback.Code(code));
            respond(exchange, 200, pageOnceFinished());
        } finally {
            answering.decrementAndGet();
        }
    }

    private CallbackPage pageOnceFinished() {
        try {
            return page.get(PAGE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CallbackPage.closed();
        } catch (ExecutionException | TimeoutException e) {
            return CallbackPage.closed();
        }
    }

    /** Constant time, so the comparison says nothing about how much of a guess was right. */
    private boolean sameState(String received) {
        return received != null
                && MessageDigest.isEqual(received.getBytes(StandardCharsets.UTF_8), state.getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, int status, CallbackPage page) throws IOException {
        byte[] body = page.html().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        // The address bar holds the code: keep it out of caches and out of any Referer.
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            values.putIfAbsent(name, value);
        }
        return values;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
