package dev.nextcall.adapters.ics;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A calendar server on 127.0.0.1 for subscription tests: each path answers as the test says, and every
 * request is recorded with its headers. A hanging answer waits for {@link #close()}, so a timeout test
 * needs no sleep and leaves no thread behind.
 */
final class FeedServer implements AutoCloseable {

    /** How a path answers. */
    @FunctionalInterface
    interface Answer {
        void answer(HttpExchange exchange) throws IOException;
    }

    /** A request as the server saw it. */
    record Request(String path, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    FeedServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try {
                String path = exchange.getRequestURI().getPath();
                requests.add(new Request(path, Map.copyOf(exchange.getRequestHeaders())));
                answers.getOrDefault(path, status(404)).answer(exchange);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** The address of {@code pathAndQuery} on this server. */
    String address(String pathAndQuery) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
    }

    void on(String path, Answer answer) {
        answers.put(path, answer);
    }

    List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Blocks until the server is closed: a server that accepted the connection and then never answers. */
    Answer hang() {
        return exchange -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    static Answer status(int status) {
        return exchange -> exchange.sendResponseHeaders(status, -1);
    }

    /** A 200 with this body and content type, and a Content-Length. */
    static Answer body(String contentType, String body) {
        return exchange -> send(exchange, 200, contentType, body.getBytes(StandardCharsets.UTF_8), false);
    }

    /** A 200 sent in chunks, with no Content-Length: the size is known only by reading. */
    static Answer chunked(String contentType, String body) {
        return exchange -> send(exchange, 200, contentType, body.getBytes(StandardCharsets.UTF_8), true);
    }

    /**
     * A calendar with validators, answering 304 to a request that sends them back, as a real server does.
     */
    static Answer calendar(String text, String etag, String lastModified) {
        return exchange -> {
            Headers asked = exchange.getRequestHeaders();
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Last-Modified", lastModified);
            if (etag.equals(asked.getFirst("If-None-Match")) || lastModified.equals(asked.getFirst("If-Modified-Since"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            send(exchange, 200, "text/calendar; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), false);
        };
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body, boolean chunked)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, chunked ? 0 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (chunked) {
                for (int i = 0; i < body.length; i += 256) {
                    out.write(body, i, Math.min(256, body.length - i));
                    out.flush();
                }
            } else {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
