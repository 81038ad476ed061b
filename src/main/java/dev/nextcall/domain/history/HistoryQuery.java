package dev.nextcall.domain.history;

import dev.nextcall.domain.Interval;
import dev.nextcall.domain.call.Outcome;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which calls to list (newest first) or count. Every filter is optional and they combine with AND.
 *
 * @param withoutNextStepOnly only calls {@link CallRecord#withoutNextStep() without a next step}
 * @param awaitingReplyOnly   only calls whose latest next step waits for the prospect's reply
 * @param since               only calls started at or after this instant, when present
 * @param limit               at most this many rows
 * @param until               only calls started before this instant, when present
 * @param outcomes            only calls with one of these outcomes; empty means any outcome
 * @param sentBy              the "needs attention" pre-filter, when present: no reason marked, and the latest
 *                            next step was declined, or is still only booked and was sent at or before this
 *                            instant. It is a superset; the exact rule ({@link ReplyDeadline#needsAttention})
 *                            needs working hours, which SQL does not have, so the app applies it on top
 *                            (see {@link ReplyDeadline#latestSendingThatCanBeDue})
 * @param search              only calls whose prospect name, e-mail or company contains this text, in any
 *                            case; blank means no search
 * @param offset              rows to skip first, for paging
 */
public record HistoryQuery(boolean withoutNextStepOnly, boolean awaitingReplyOnly, Optional<Instant> since,
                           int limit, Optional<Instant> until, Set<Outcome> outcomes,
                           Optional<Instant> sentBy, String search, int offset) {

    public static final int DEFAULT_LIMIT = 500;

    public HistoryQuery {
        since = since == null ? Optional.empty() : since;
        until = until == null ? Optional.empty() : until;
        sentBy = sentBy == null ? Optional.empty() : sentBy;
        outcomes = outcomes == null || outcomes.isEmpty() ? Set.of() : Set.copyOf(outcomes);
        search = search == null ? "" : search.strip();
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
    }

    /** The original four filters; the others off. */
    public HistoryQuery(boolean withoutNextStepOnly, boolean awaitingReplyOnly, Optional<Instant> since, int limit) {
        this(withoutNextStepOnly, awaitingReplyOnly, since, limit, Optional.empty(), Set.of(), Optional.empty(), "", 0);
    }

    public static HistoryQuery all() {
        return new HistoryQuery(false, false, Optional.empty(), DEFAULT_LIMIT);
    }

    public static HistoryQuery withoutNextStep() {
        return all().onlyWithoutNextStep();
    }

    public HistoryQuery onlyWithoutNextStep() {
        return new HistoryQuery(true, awaitingReplyOnly, since, limit, until, outcomes, sentBy, search, offset);
    }

    public HistoryQuery onlyAwaitingReply() {
        return new HistoryQuery(withoutNextStepOnly, true, since, limit, until, outcomes, sentBy, search, offset);
    }

    /** Calls started in {@code [from, to)}; either end may be null for "open". */
    public HistoryQuery startedBetween(Instant from, Instant to) {
        return new HistoryQuery(withoutNextStepOnly, awaitingReplyOnly, Optional.ofNullable(from), limit,
                Optional.ofNullable(to), outcomes, sentBy, search, offset);
    }

    /** Calls started in the interval (half-open, like every {@link Interval}). */
    public HistoryQuery within(Interval period) {
        return startedBetween(period.start(), period.end());
    }

    public HistoryQuery withOutcomes(Set<Outcome> newOutcomes) {
        return new HistoryQuery(withoutNextStepOnly, awaitingReplyOnly, since, limit, until, newOutcomes, sentBy,
                search, offset);
    }

    public HistoryQuery withOutcomes(Outcome first, Outcome... more) {
        return withOutcomes(EnumSet.of(first, more));
    }

    /** See {@link #sentBy()}. */
    public HistoryQuery needingAttentionSentBy(Instant instant) {
        return new HistoryQuery(withoutNextStepOnly, awaitingReplyOnly, since, limit, until, outcomes,
                Optional.of(Objects.requireNonNull(instant, "instant")), search, offset);
    }

    public HistoryQuery searching(String text) {
        return new HistoryQuery(withoutNextStepOnly, awaitingReplyOnly, since, limit, until, outcomes, sentBy,
                text, offset);
    }

    public HistoryQuery page(int newOffset, int newLimit) {
        return new HistoryQuery(withoutNextStepOnly, awaitingReplyOnly, since, newLimit, until, outcomes, sentBy,
                search, newOffset);
    }

    /** True when the call matches every filter (not the paging); the Java twin of the SQL, for tests and fakes. */
    public boolean matches(CallRecord record) {
        Instant start = record.call().timing().start();
        if (since.isPresent() && start.isBefore(since.get()) || until.isPresent() && !start.isBefore(until.get())) {
            return false;
        }
        if (!outcomes.isEmpty() && !outcomes.contains(record.call().outcome())) {
            return false;
        }
        if (withoutNextStepOnly && !record.withoutNextStep()) {
            return false;
        }
        NextStep step = record.nextStep();
        if (awaitingReplyOnly && (step == null || !step.status().isAwaitingReply())) {
            return false;
        }
        if (sentBy.isPresent() && !record.mayNeedAttention(sentBy.get())) {
            return false;
        }
        return search.isEmpty() || record.call().prospect().contains(search);
    }
}
