package dev.nextcall.adapters.ics;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * One conditional GET of a calendar address, with the limits of a {@link SubscriptionPolicy}: the whole
 * exchange within the timeout, the body within the size cap, and only calendar content accepted.
 * Redirects are followed as browsers do (never from https down to http).
 */
final class FeedFetcher {

    static final String USER_AGENT = "NextCall (calendar subscription)";

    /** What a successful fetch gave: new content, or word that the copy we hold is still current. */
    sealed interface Answer permits Fresh, NotModified {
    }

    /** A 200 with calendar content, and the validators to send next time. */
    record Fresh(byte[] body, Optional<String> etag, Optional<String> lastModified) implements Answer {
    }

    /** A 304: the copy we hold is current. The server may send new validators with it. */
    record NotModified(Optional<String> etag, Optional<String> lastModified) implements Answer {
    }

    private final SubscriptionPolicy policy;
    private HttpClient client;

    FeedFetcher(SubscriptionPolicy policy) {
        this.policy = policy;
    }

    /**
     * Built at the first fetch, not with the fetcher: a client sets up TLS, which takes half a second of
     * CPU, and the desktop creates the fetcher while the panel's first frame is still being built.
     */
    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(policy.timeout())
                    .build();
        }
        return client;
    }

    /**
     * Fetches {@code uri}, conditionally when validators of a copy we hold are given.
     *
     * @throws FeedException      with the reason, when the fetch fails or the answer is not a usable calendar
     * @throws InterruptedException when the thread was interrupted (the app is stopping): not the address's fault
     */
    Answer fetch(URI uri, Optional<String> etag, Optional<String> lastModified)
            throws FeedException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(policy.timeout())
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/calendar, text/plain;q=0.5, */*;q=0.1");
        etag.ifPresent(value -> request.header("If-None-Match", value));
        lastModified.ifPresent(value -> request.header("If-Modified-Since", value));
        HttpResponse<byte[]> response = send(request.build());
        Optional<String> newEtag = response.headers().firstValue("ETag");
        Optional<String> newLastModified = response.headers().firstValue("Last-Modified");
        int status = response.statusCode();
        if (status == 304) {
            return new NotModified(newEtag, newLastModified);
        }
        if (status != 200) {
            throw new FeedException(statusReason(status));
        }
        checkIsCalendar(response.headers().firstValue("Content-Type"), response.body());
        return new Fresh(response.body(), newEtag, newLastModified);
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws FeedException, InterruptedException {
        // The request timeout covers only the wait for the headers; the future's deadline covers the body too.
        CompletableFuture<HttpResponse<byte[]>> exchange = client().sendAsync(request, info -> info.statusCode() == 200
                ? new CappedBody(policy.maxBytes(), info.headers().firstValueAsLong("Content-Length").orElse(-1))
                : HttpResponse.BodySubscribers.replacing(new byte[0]));
        try {
            return exchange.get(policy.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new FeedException("timed out after " + describe(policy.timeout()), e);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw new FeedException(failureReason(e.getCause(), request.uri()), e.getCause());
        }
    }

    private String failureReason(Throwable failure, URI uri) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CappedBody.TooLargeException) {
                return "refused: the calendar is larger than " + describeSize(policy.maxBytes());
            }
            if (cause instanceof HttpConnectTimeoutException || cause instanceof HttpTimeoutException) {
                return "timed out after " + describe(policy.timeout());
            }
            if (cause instanceof UnresolvedAddressException || cause instanceof java.net.UnknownHostException) {
                return "unknown host " + uri.getHost() + " (offline, or a typing error in the address?)";
            }
            if (cause instanceof ConnectException) {
                return "could not connect to " + uri.getHost() + " (offline, or the server is down?)";
            }
            if (cause instanceof SSLException) {
                return "the secure connection to " + uri.getHost() + " failed";
            }
        }
        String detail = failure instanceof IOException && failure.getMessage() != null ? ": " + failure.getMessage() : "";
        return "network error" + detail;
    }

    private static String statusReason(int status) {
        if (status == 401 || status == 403) {
            return "access refused (HTTP " + status + "): the address may have been reset, or the calendar is no "
                    + "longer shared";
        }
        if (status == 404 || status == 410) {
            return "not found (HTTP " + status + "): the calendar may have been deleted, or its address reset";
        }
        if (status == 429) {
            return "the server asks to wait (HTTP 429 Too Many Requests)";
        }
        if (status >= 500) {
            return "the server failed (HTTP " + status + ")";
        }
        if (status >= 300 && status < 400) {
            return "redirected too often or to an unsafe address (HTTP " + status + ")";
        }
        return "unexpected answer (HTTP " + status + ")";
    }

    /**
     * Accepts text/calendar, and whatever starts like a calendar (many servers say text/plain or
     * application/octet-stream). A web page is refused in words the rep understands: it is what a
     * private address gives once it needs signing in.
     */
    private static void checkIsCalendar(Optional<String> contentType, byte[] body) throws FeedException {
        String type = contentType.map(value -> value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT)).orElse("");
        String start = startOf(body);
        if (start.toUpperCase(Locale.ROOT).startsWith("BEGIN:VCALENDAR")) {
            return;
        }
        if (start.isEmpty()) {
            throw new FeedException("refused: the answer was empty, not a calendar");
        }
        if (type.equals("text/calendar")) {
            return; // announced as a calendar: the parser will say which line is wrong
        }
        if (type.equals("text/html") || type.equals("application/xhtml+xml") || start.startsWith("<")) {
            throw new FeedException("refused: the address answered with a web page (" + (type.isEmpty() ? "HTML" : type)
                    + "), not a calendar; it may need signing in, or it is not the calendar's iCal address");
        }
        throw new FeedException("refused: the answer is not a calendar (" + (type.isEmpty() ? "no content type" : type)
                + ", and it does not start with BEGIN:VCALENDAR)");
    }

    /** The first characters of the body, after a byte-order mark and blank lines. */
    private static String startOf(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 256), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.stripLeading();
    }

    static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    static String describeSize(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
