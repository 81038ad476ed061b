package dev.nextcall.adapters.ics;

import java.time.Duration;
import java.util.Objects;

/**
 * How subscribed addresses are fetched.
 *
 * @param refreshInterval  how old a good copy may get before it is fetched again
 * @param retryAfterFailure how soon a failed fetch is tried again: sooner than the interval, so that a
 *                          laptop that woke up offline catches up within minutes
 * @param timeout          the whole fetch (connect, answer and body) must finish within this
 * @param maxBytes         a larger answer is refused: no calendar the rep needs is that big, and reading
 *                         on would only fill memory
 */
public record SubscriptionPolicy(Duration refreshInterval, Duration retryAfterFailure, Duration timeout, long maxBytes) {

    /** 30 minutes, retry after 5, 10 seconds, 5 MB. */
    public static final SubscriptionPolicy DEFAULT =
            new SubscriptionPolicy(Duration.ofMinutes(30), Duration.ofMinutes(5), Duration.ofSeconds(10), 5L * 1024 * 1024);

    public SubscriptionPolicy {
        requirePositive(refreshInterval, "refreshInterval");
        requirePositive(retryAfterFailure, "retryAfterFailure");
        requirePositive(timeout, "timeout");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
