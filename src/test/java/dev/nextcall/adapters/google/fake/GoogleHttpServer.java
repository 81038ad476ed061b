package dev.nextcall.adapters.google.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side: one JDK server on 127.0.0.1 (never a wildcard address) and an ephemeral port, a thread per
 * request from a cached pool, routing, fault injection and recording. Waiting (latency, stalls) happens on
 * these server threads and ends early when the fake closes.
 */
final class GoogleHttpServer {

    private final HttpServer server;
    private final ExecutorService threads;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Clock clock;
    private final Faults faults;
    private final ApiAuth auth;
    private final AuthorizationEndpoint authorization;
    private final TokenEndpoint tokens;
    private final FreeBusyApi freeBusy;
    private final EventsApi events;
    private final EventsListApi eventsList;
    private final CalendarListApi calendarList;
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final List<Throwable> unexpected = new CopyOnWriteArrayList<>();

    GoogleHttpServer(Clock clock, Faults faults, OAuthServer oauth, CalendarStore store, FreeBusyOptions freeBusy) {
        this.clock = clock;
        this.faults = faults;
        this.auth = new ApiAuth(oauth);
        this.authorization = new AuthorizationEndpoint(oauth);
        this.tokens = new TokenEndpoint(oauth);
        this.freeBusy = new FreeBusyApi(store, freeBusy);
        this.events = new EventsApi(store);
        this.eventsList = new EventsListApi(store, events);
        this.calendarList = new CalendarListApi(store);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicInteger count = new AtomicInteger();
        threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-google-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    void start() {
        server.start();
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    void close() {
        closed.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Waits (on the caller's thread, up to {@code timeout}) until {@code route} has had {@code count} requests. */
    synchronized boolean awaitRequests(Route route, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (requests.stream().filter(r -> r.route() == route).count() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    List<Throwable> unexpectedErrors() {
        return List.copyOf(unexpected);
    }

    private synchronized void record(RecordedRequest request) {
        requests.add(request);
        notifyAll();
    }

    private void handle(HttpExchange exchange) {
        try {
            RecordedRequest request = RequestDecoding.decode(exchange, clock.instant());
            record(request);
            Route route = request.route();
            if (route == null) {
                write(exchange, request, ApiError.notFound().toReply());
                return;
            }
            waitFor(faults.latencyFor(route));
            Fault fault = faults.take(route);
            if (fault != null && fault.kind() == Fault.Kind.DELAY) {
                waitFor(fault.duration());
                fault = null;
            }
            if (fault != null && fault.kind() != Fault.Kind.AFTER_APPLYING) {
                fail(exchange, request, fault);
                return;
            }
            Reply reply = answer(request);
            if (fault != null) {
                fail(exchange, request, fault.then());
                return;
            }
            write(exchange, request, reply);
        } catch (IOException | RuntimeException e) {
            unexpected.add(e);
        } finally {
            exchange.close();
        }
    }

    private Reply answer(RecordedRequest request) {
        Route route = request.route();
        try {
            return dispatch(request);
        } catch (ApiError error) {
            return route.isCalendarApi() ? error.toReply() : error.toOAuthReply();
        } catch (RuntimeException e) {
            unexpected.add(e);
            return ApiError.of(500, "global", "backendError", "Fake Google failed: " + e).toReply();
        }
    }

    private Reply dispatch(RecordedRequest request) {
        Route route = request.route();
        if (route.isCalendarApi()) {
            auth.check(request);
        }
        return switch (route) {
            case AUTHORIZE -> authorization.handle(request);
            case TOKEN -> tokens.handle(request);
            case REVOKE -> tokens.revoke(request);
            case FREEBUSY_QUERY -> freeBusy.query(request);
            case EVENTS_INSERT -> events.insert(request);
            case EVENTS_GET -> events.get(request);
            case EVENTS_PATCH -> events.patch(request);
            case EVENTS_DELETE -> events.delete(request);
            case EVENTS_LIST -> eventsList.list(request);
            case CALENDAR_LIST_LIST -> calendarList.listCalendars(request);
            case CALENDAR_LIST_GET -> calendarList.getCalendar(request);
            case SETTINGS_LIST -> calendarList.listSettings(request);
            case SETTINGS_GET -> calendarList.getSetting(request);
            case CALENDARS_GET -> calendarList.calendar(request);
        };
    }

    private void fail(HttpExchange exchange, RecordedRequest request, Fault fault) throws IOException {
        switch (fault.kind()) {
            case ERROR -> write(exchange, request, request.route().isCalendarApi()
                    ? fault.apiError().toReply() : fault.apiError().toOAuthReply());
            case STALL -> waitFor(fault.duration());
            case DROP -> {
                // Closing the exchange before any response headers closes the connection: no answer at all.
            }
            default -> throw new IllegalStateException("not a failure: " + fault);
        }
    }

    private void waitFor(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            closed.await(duration.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(HttpExchange exchange, RecordedRequest request, Reply reply) throws IOException {
        if (reply.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        }
        for (Map.Entry<String, String> header : reply.headers().entrySet()) {
            exchange.getResponseHeaders().set(header.getKey(), header.getValue());
        }
        byte[] body = reply.body();
        request.answered(reply.status());
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
