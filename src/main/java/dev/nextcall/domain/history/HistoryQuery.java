package dev.nextcall.domain.history;

import java.time.Instant;
import java.util.Optional;

/**
 * Which calls to list, newest first.
 *
 * @param since only calls started at or after this instant, when present
 * @param limit at most this many rows
 */
public record HistoryQuery(boolean withoutNextStepOnly, boolean awaitingReplyOnly, Optional<Instant> since,
                           int limit) {

    public static final int DEFAULT_LIMIT = 500;

    public HistoryQuery {
        since = since == null ? Optional.empty() : since;
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }

    public static HistoryQuery all() {
        return new HistoryQuery(false, false, Optional.empty(), DEFAULT_LIMIT);
    }

    public static HistoryQuery withoutNextStep() {
        return new HistoryQuery(true, false, Optional.empty(), DEFAULT_LIMIT);
    }
}
