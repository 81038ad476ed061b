package dev.nextcall.adapters.google;

import dev.nextcall.domain.Interval;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * The last free/busy answers, each reused for any window it covers while it is fresh (younger than
 * {@code freshness}, read for the same calendars, and read after our own last write to the calendar), and
 * the reads in flight, so a booking's re-check that arrives while a prefetch is running waits for that
 * answer instead of asking again.
 */
final class BusyCache {

    private static final int MAX_ENTRIES = 8;

    private final Duration freshness;
    private final Clock clock;
    private final LongSupplier writes;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Flight> flights = new ArrayList<>();

    /** An answer and what it is good for; {@code readAt} is when the read started (the conservative age). */
    private record Entry(Interval window, List<String> calendars, Instant readAt, long writes,
                         FreeBusyReader.Answer answer) {
    }

    /**
     * A read in flight, and what its answer will cover. A prefetch is registered when it is queued and
     * marked started when its thread picks it up; only started ones are waited for, so a read never
     * waits on a prefetch queued behind it on the same executor.
     */
    record Flight(Interval window, List<String> calendars, long writes,
                  CompletableFuture<FreeBusyReader.Answer> answer, AtomicBoolean started) {
        void start() {
            started.set(true);
        }
    }

    BusyCache(Duration freshness, Clock clock, LongSupplier writes) {
        this.freshness = Objects.requireNonNull(freshness, "freshness");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.writes = Objects.requireNonNull(writes, "writes");
    }

    /** A fresh answer covering the window, clipped to it. */
    synchronized Optional<FreeBusyReader.Answer> fresh(Interval window, List<String> calendars) {
        return youngest(window, calendars, freshness).map(e -> e.answer().clippedTo(window));
    }

    /** True when a prefetch now would fetch what is already well within its freshness. */
    synchronized boolean recentlyRead(Interval window, List<String> calendars) {
        return youngest(window, calendars, freshness.dividedBy(2)).isPresent()
                || inFlight(window, calendars, false).isPresent();
    }

    /**
     * A started read whose answer will cover the window and is not older than our last write: worth
     * waiting for rather than asking Google again.
     */
    synchronized Optional<Flight> flying(Interval window, List<String> calendars) {
        return inFlight(window, calendars, true);
    }

    private Optional<Flight> inFlight(Interval window, List<String> calendars, boolean startedOnly) {
        long now = writes.getAsLong();
        return flights.stream()
                .filter(f -> covers(f.window(), window) && f.calendars().equals(calendars) && f.writes() == now)
                .filter(f -> !startedOnly || f.started().get())
                .findFirst();
    }

    /** Registers a read about to start; the caller completes it through {@link #land}. */
    synchronized Flight depart(Interval window, List<String> calendars) {
        Flight flight = new Flight(window, List.copyOf(calendars), writes.getAsLong(), new CompletableFuture<>(),
                new AtomicBoolean());
        flights.add(flight);
        return flight;
    }

    /** Stores the answer of a read that started when {@code readAt} says, and releases its waiters. */
    synchronized void land(Flight flight, Instant readAt, FreeBusyReader.Answer answer) {
        flights.remove(flight);
        entries.removeIf(e -> !isFresh(e, freshness) || covers(flight.window(), e.window()) && e.calendars().equals(flight.calendars()));
        entries.add(new Entry(flight.window(), flight.calendars(), readAt, flight.writes(), answer));
        while (entries.size() > MAX_ENTRIES) {
            entries.remove(0);
        }
        flight.answer().complete(answer);
    }

    synchronized void crash(Flight flight, RuntimeException failure) {
        flights.remove(flight);
        flight.answer().completeExceptionally(failure);
    }

    Instant now() {
        return clock.instant();
    }

    private Optional<Entry> youngest(Interval window, List<String> calendars, Duration maxAge) {
        Entry best = null;
        for (Entry e : entries) {
            if (covers(e.window(), window) && e.calendars().equals(calendars) && isFresh(e, maxAge)
                    && (best == null || e.readAt().isAfter(best.readAt()))) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean isFresh(Entry entry, Duration maxAge) {
        return entry.writes() == writes.getAsLong()
                && Duration.between(entry.readAt(), clock.instant()).compareTo(maxAge) <= 0;
    }

    private static boolean covers(Interval outer, Interval inner) {
        return !inner.start().isBefore(outer.start()) && !inner.end().isAfter(outer.end());
    }
}
