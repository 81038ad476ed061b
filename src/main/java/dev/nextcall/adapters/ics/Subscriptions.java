package dev.nextcall.adapters.ics;

import dev.nextcall.app.port.SubscriptionRefresher;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The subscribed calendar addresses of this run, cached in one folder ({@code <data folder>/subscriptions/}).
 * Calendar sets subscribe the addresses they are built with; {@link #refreshDue()} then keeps all of them
 * fresh. One instance per folder: two would fetch the same address twice and race on its files.
 *
 * <p>Addresses are fetched one after another, each within the policy's timeout, so a refresh blocks for
 * up to that long per address: run it on a background executor.
 */
public final class Subscriptions implements SubscriptionRefresher {

    private final Path folder;
    private final Clock clock;
    private final SubscriptionPolicy policy;
    private final FeedFetcher fetcher;
    private final Map<SubscriptionAddress, Subscription> subscribed = new LinkedHashMap<>();

    /** With the default policy: every 30 minutes, 10 s timeout, 5 MB cap. */
    public Subscriptions(Path folder, Clock clock) {
        this(folder, clock, SubscriptionPolicy.DEFAULT);
    }

    /**
     * @param folder where copies and metadata are kept; created on the first fetch
     * @param clock  decides when an address is due and stamps every attempt
     */
    public Subscriptions(Path folder, Clock clock, SubscriptionPolicy policy) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.fetcher = new FeedFetcher(policy);
    }

    /** The subscription of {@code address}: the same one for every caller, with its saved state loaded once. */
    synchronized Subscription subscribe(SubscriptionAddress address) {
        return subscribed.computeIfAbsent(address,
                key -> new Subscription(key, new SubscriptionCache(folder, key), fetcher, policy, clock));
    }

    @Override
    public boolean refreshDue() {
        boolean changed = false;
        for (Subscription subscription : snapshot()) {
            if (Thread.currentThread().isInterrupted()) {
                break; // the executor is stopping; the rest are fetched next time
            }
            changed |= subscription.refreshIfDue();
        }
        return changed;
    }

    @Override
    public boolean refreshAll() {
        boolean changed = false;
        for (Subscription subscription : snapshot()) {
            if (Thread.currentThread().isInterrupted()) {
                break; // the executor is stopping; the rest are fetched next time
            }
            changed |= subscription.refreshNow();
        }
        return changed;
    }

    /** Fetching happens outside the lock, so a slow address never blocks building a calendar set. */
    private synchronized List<Subscription> snapshot() {
        return new ArrayList<>(subscribed.values());
    }
}
