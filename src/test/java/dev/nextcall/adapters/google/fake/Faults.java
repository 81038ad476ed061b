package dev.nextcall.adapters.google.fake;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Fault injection, per route and per count, plus fixed latency. Thread-safe: tests arm faults while the
 * server's threads take them.
 *
 * <pre>{@code
 * fake.faults().next(Route.EVENTS_INSERT, 2, Fault.serviceUnavailable503());   // 503, 503, then normal
 * fake.faults().next(Route.EVENTS_INSERT, Fault.afterApplying(Fault.dropConnection()));
 * fake.faults().latency(Duration.ofMillis(80));                               // every Calendar call
 * }</pre>
 */
public final class Faults {

    private final Map<Route, Deque<Fault>> queued = new EnumMap<>(Route.class);
    private final Map<Route, Fault> standing = new EnumMap<>(Route.class);
    private final Map<Route, Duration> latencies = new EnumMap<>(Route.class);
    private Duration calendarLatency = Duration.ZERO;

    Faults() {
    }

    /** The next requests to {@code route} fail with these faults, one each, in order. */
    public synchronized Faults next(Route route, Fault... faults) {
        Deque<Fault> queue = queued.computeIfAbsent(route, r -> new ArrayDeque<>());
        for (Fault fault : faults) {
            queue.addLast(Objects.requireNonNull(fault));
        }
        return this;
    }

    /** The next {@code times} requests to {@code route} fail with {@code fault}. */
    public synchronized Faults next(Route route, int times, Fault fault) {
        for (int i = 0; i < times; i++) {
            next(route, fault);
        }
        return this;
    }

    /** Every request to {@code route} fails with {@code fault} until {@link #clear()} (after any queued ones). */
    public synchronized Faults always(Route route, Fault fault) {
        standing.put(route, Objects.requireNonNull(fault));
        return this;
    }

    /** A fixed latency on every Calendar API call (not the OAuth endpoints); zero turns it off. */
    public synchronized Faults latency(Duration latency) {
        calendarLatency = Objects.requireNonNull(latency);
        return this;
    }

    /** A fixed latency on one route, instead of the Calendar-wide one. */
    public synchronized Faults latency(Route route, Duration latency) {
        latencies.put(route, Objects.requireNonNull(latency));
        return this;
    }

    /** How many queued faults {@code route} has left. */
    public synchronized int pending(Route route) {
        Deque<Fault> queue = queued.get(route);
        return queue == null ? 0 : queue.size();
    }

    /** Removes every fault and latency. */
    public synchronized void clear() {
        queued.clear();
        standing.clear();
        latencies.clear();
        calendarLatency = Duration.ZERO;
    }

    /** The fault for this request to {@code route}, used up; null when it goes through. */
    synchronized Fault take(Route route) {
        Deque<Fault> queue = queued.get(route);
        if (queue != null && !queue.isEmpty()) {
            return queue.pollFirst();
        }
        return standing.get(route);
    }

    synchronized Duration latencyFor(Route route) {
        Duration own = latencies.get(route);
        if (own != null) {
            return own;
        }
        return route.isCalendarApi() ? calendarLatency : Duration.ZERO;
    }
}
