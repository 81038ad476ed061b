package dev.nextcall.app;

import dev.nextcall.app.port.CallHistory;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.domain.history.ReplyDeadline;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Calls that need the rep: the prospect declined the next step, or has not answered one working day
 * after it was sent ({@link ReplyDeadline}), and the rep has not said why there is none.
 *
 * <p>The working-day rule needs the rep's working hours, which the database does not have, so the
 * database selects a superset (declined, or booked and sent at least 22 hours ago, see
 * {@link ReplyDeadline#latestSendingThatCanBeDue}) and {@link CallRecord#needsAttention} decides here.
 * Only the last few days' invitations can be in the superset without being due, so this reads at most
 * a handful of rows more than it returns.
 */
public final class NeedsAttention {

    /** Rows read per round trip while filling a page. */
    private static final int READ_AHEAD = 200;
    private static final int COUNT_PAGE = 5000;

    private final CallHistory history;
    private final Supplier<ReplyDeadline> deadline;
    private final Clock clock;

    public NeedsAttention(CallHistory history, Supplier<ReplyDeadline> deadline, Clock clock) {
        this.history = history;
        this.deadline = deadline;
        this.clock = clock;
    }

    /** The query's page (offset and limit) of calls needing attention, newest first, with its other filters. */
    public List<CallRecord> list(HistoryQuery filters) {
        Instant now = clock.instant();
        ReplyDeadline rule = deadline.get();
        List<CallRecord> due = new ArrayList<>();
        int skipped = 0;
        int read = 0;
        while (true) {
            List<CallRecord> rows = history.list(superset(filters, now).page(read, READ_AHEAD));
            for (CallRecord row : rows) {
                if (!row.needsAttention(rule, now)) {
                    continue;
                }
                if (skipped < filters.offset()) {
                    skipped++;
                } else {
                    due.add(row);
                    if (due.size() == filters.limit()) {
                        return due;
                    }
                }
            }
            if (rows.size() < READ_AHEAD) {
                return due;
            }
            read += rows.size();
        }
    }

    /**
     * How many calls need attention under the query's filters. Reads the whole superset: an old call can
     * carry a fresh invitation (rebooked from the review), so no row can be skipped by its call's age.
     */
    public int count(HistoryQuery filters) {
        Instant now = clock.instant();
        ReplyDeadline rule = deadline.get();
        int due = 0;
        int read = 0;
        while (true) {
            List<CallRecord> rows = history.list(superset(filters, now).page(read, COUNT_PAGE));
            for (CallRecord row : rows) {
                if (row.needsAttention(rule, now)) {
                    due++;
                }
            }
            if (rows.size() < COUNT_PAGE) {
                return due;
            }
            read += rows.size();
        }
    }

    private static HistoryQuery superset(HistoryQuery filters, Instant now) {
        return filters.needingAttentionSentBy(ReplyDeadline.latestSendingThatCanBeDue(now));
    }
}
