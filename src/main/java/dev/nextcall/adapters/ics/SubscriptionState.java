package dev.nextcall.adapters.ics;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about one subscribed address between fetches: the validators for a conditional GET,
 * when it last worked, and the current failure if any. Kept in the address's metadata file.
 *
 * @param etag         the ETag of the copy we hold, sent back as If-None-Match
 * @param lastModified the Last-Modified of the copy we hold, sent back as If-Modified-Since
 * @param lastSuccess  when the server last gave or confirmed the copy (200 or 304)
 * @param lastAttempt  when a fetch was last tried, successful or not: the refresh interval counts from it
 * @param lastError    why the last attempt failed; empty when it succeeded
 * @param failingSince the first of the failed attempts in a row; empty when the last attempt succeeded
 */
record SubscriptionState(Optional<String> etag, Optional<String> lastModified, Optional<Instant> lastSuccess,
                         Optional<Instant> lastAttempt, Optional<String> lastError, Optional<Instant> failingSince) {

    /** An address never fetched. */
    static final SubscriptionState NEVER_FETCHED = new SubscriptionState(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    SubscriptionState {
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(lastSuccess, "lastSuccess");
        Objects.requireNonNull(lastAttempt, "lastAttempt");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(failingSince, "failingSince");
    }

    /** A 200 replaced the copy: its validators are the new ones, even if it sent none. */
    SubscriptionState replaced(Instant now, Optional<String> newEtag, Optional<String> newLastModified) {
        return new SubscriptionState(newEtag, newLastModified, Optional.of(now), Optional.of(now), Optional.empty(),
                Optional.empty());
    }

    /** A 304 confirmed the copy: validators the server sent with it replace ours, the others stay. */
    SubscriptionState confirmed(Instant now, Optional<String> newEtag, Optional<String> newLastModified) {
        return new SubscriptionState(newEtag.or(() -> etag), newLastModified.or(() -> lastModified), Optional.of(now),
                Optional.of(now), Optional.empty(), Optional.empty());
    }

    /** An attempt failed; the copy and its validators stay as they were. */
    SubscriptionState failed(Instant now, String reason) {
        return new SubscriptionState(etag, lastModified, lastSuccess, Optional.of(now), Optional.of(reason),
                failingSince.or(() -> Optional.of(now)));
    }

    /** True when the interval since the last attempt has passed (the shorter retry delay after a failure). */
    boolean isDue(Instant now, SubscriptionPolicy policy) {
        if (lastAttempt.isEmpty()) {
            return true;
        }
        Instant next = lastAttempt.get().plus(lastError.isPresent() ? policy.retryAfterFailure() : policy.refreshInterval());
        return !now.isBefore(next);
    }
}
