package dev.nextcall.adapters.ics;

import dev.nextcall.app.port.CalendarException;
import dev.nextcall.app.port.CalendarProblem;
import dev.nextcall.domain.Interval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscribed address and its cached copy. A refresh fetches it conditionally; a new copy replaces
 * the old one only once it has been read as a calendar, so a broken or foreign answer never costs the
 * rep the busy time they had. Every outcome is saved in the metadata file, so a restart knows when the
 * address was last fetched and why it is failing.
 *
 * <p>Refreshes of one address are serialised; the state is published for readers on other threads.
 */
final class Subscription {

    private static final Logger LOG = LoggerFactory.getLogger(Subscription.class);
    /** The window a new copy is read over before it is accepted: wide enough to reach every event the panel reads. */
    private static final Duration CHECK_BEFORE = Duration.ofDays(7);
    private static final Duration CHECK_AFTER = Duration.ofDays(120);

    private final SubscriptionAddress address;
    private final SubscriptionCache cache;
    private final FeedFetcher fetcher;
    private final SubscriptionPolicy policy;
    private final Clock clock;
    private final Instant subscribedAt;
    private volatile SubscriptionState state;

    Subscription(SubscriptionAddress address, SubscriptionCache cache, FeedFetcher fetcher, SubscriptionPolicy policy,
                 Clock clock) {
        this.address = address;
        this.cache = cache;
        this.fetcher = fetcher;
        this.policy = policy;
        this.clock = clock;
        this.subscribedAt = clock.instant();
        this.state = cache.loadState();
        cache.removeLeftovers();
    }

    /** The address as messages and logs show it: secrets masked. */
    String label() {
        return address.redacted();
    }

    /** The file the calendar is read from: the last good copy, which may not exist yet. */
    Path copy() {
        return cache.copy();
    }

    boolean hasCopy() {
        return cache.hasCopy();
    }

    SubscriptionState state() {
        return state;
    }

    /**
     * Fetches the address if its interval has passed.
     *
     * @return true when the copy changed or the problem appeared, changed or cleared
     */
    synchronized boolean refreshIfDue() {
        return state.isDue(clock.instant(), policy) && refreshNow();
    }

    /**
     * Fetches the address now. Never throws for a failure: it is recorded, saved and logged.
     *
     * @return as for {@link #refreshIfDue()}
     */
    synchronized boolean refreshNow() {
        Instant now = clock.instant();
        SubscriptionState before = state;
        boolean replaced = false;
        try {
            boolean conditional = cache.hasCopy(); // validators without the copy they describe would get a useless 304
            FeedFetcher.Answer answer = fetcher.fetch(address.uri(),
                    conditional ? before.etag() : Optional.empty(), conditional ? before.lastModified() : Optional.empty());
            if (answer instanceof FeedFetcher.Fresh fresh) {
                checkIsReadable(fresh.body(), now);
                cache.replaceCopy(fresh.body());
                replaced = true;
                state = before.replaced(now, fresh.etag(), fresh.lastModified());
                LOG.info("{}: new copy, {} bytes", label(), fresh.body().length);
            } else if (answer instanceof FeedFetcher.NotModified notModified) {
                state = before.confirmed(now, notModified.etag(), notModified.lastModified());
                LOG.debug("{}: not modified", label());
            }
        } catch (FeedException e) {
            fail(now, e.getMessage());
        } catch (IOException e) {
            fail(now, "could not save the copy in " + cache.copy().getParent() + ": " + IoReasons.describe(e));
        } catch (InterruptedException e) {
            // The app is stopping: the address did nothing wrong, so nothing is recorded against it.
            Thread.currentThread().interrupt();
            LOG.debug("{}: refresh interrupted", label());
            return false;
        }
        save();
        return replaced || !before.lastError().equals(state.lastError());
    }

    /** The problem to show, if any: failing (with or without a copy that still counts), or never fetched. */
    Optional<CalendarProblem> problem() {
        SubscriptionState current = state;
        boolean copy = cache.hasCopy();
        if (current.lastError().isPresent()) {
            Instant since = current.failingSince().orElse(current.lastAttempt().orElse(subscribedAt));
            return Optional.of(new CalendarProblem(label(), current.lastError().get(), since, copy));
        }
        if (!copy) {
            return Optional.of(new CalendarProblem(label(), "not fetched yet", subscribedAt, false));
        }
        return Optional.empty();
    }

    /**
     * Reads the new body as a calendar before it may replace the copy: a server that sends a half-written
     * or malformed file must not wipe out the rep's busy time. The reason names the line.
     */
    private void checkIsReadable(byte[] body, Instant now) throws FeedException, IOException {
        Path candidate = cache.writeCandidate(body);
        try {
            new IcsCalendar(List.of(candidate), ZoneOffset.UTC)
                    .busy(new Interval(now.minus(CHECK_BEFORE), now.plus(CHECK_AFTER)));
        } catch (CalendarException e) {
            throw new FeedException("refused: the calendar it sent is malformed, "
                    + SourceNames.reason(e.getMessage(), candidate, label()) + "; the last good copy is kept", e);
        } catch (RuntimeException e) {
            // A parser bug must cost this one address its update, not stop the refresh of the others.
            LOG.warn("{}: reading the new copy failed unexpectedly", label(), e);
            throw new FeedException("refused: the calendar it sent could not be read ("
                    + e.getClass().getSimpleName() + "); the last good copy is kept", e);
        } finally {
            Files.deleteIfExists(candidate);
        }
    }

    private void fail(Instant now, String reason) {
        String safe = address.scrub(reason);
        state = state.failed(now, safe);
        LOG.warn("{}: {}", label(), safe);
    }

    private void save() {
        try {
            cache.saveState(state);
        } catch (IOException e) {
            // The state in memory still holds; only a restart would fetch again sooner than needed.
            LOG.warn("{}: could not save its metadata in {}: {}", label(), cache.metadataFile(), IoReasons.describe(e));
        }
    }
}
