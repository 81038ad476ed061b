package dev.nextcall.app;

import dev.nextcall.app.port.CallHistory;
import dev.nextcall.app.port.HistoryReview;
import dev.nextcall.domain.Interval;
import dev.nextcall.domain.history.CallDetail;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.domain.history.WeekNumbers;
import dev.nextcall.domain.history.Weeks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Lists past calls for review, counts them, reads one in full, and gives the weekly number. */
public final class ReviewHistory {

    private final CallHistory history;
    private final HistoryReview review;
    private final Supplier<ZoneId> repZone;
    private final Clock clock;

    public ReviewHistory(CallHistory history, HistoryReview review, Supplier<ZoneId> repZone, Clock clock) {
        this.history = history;
        this.review = review;
        this.repZone = repZone;
        this.clock = clock;
    }

    /** One page of calls (the query's offset and limit), newest first. */
    public List<CallRecord> list(HistoryQuery query) {
        return history.list(query);
    }

    /** How many calls match the query's filters ("1,234 calls"). */
    public int count(HistoryQuery query) {
        return review.count(query);
    }

    public Optional<CallDetail> detail(String callId) {
        return review.detail(callId);
    }

    /** Calls started today (the rep's today) and how many of them have a next step. */
    public CallHistory.CallCounts today() {
        ZoneId zone = repZone.get();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        Interval day = new Interval(today.atStartOfDay(zone).toInstant(), today.plusDays(1).atStartOfDay(zone).toInstant());
        return history.count(day);
    }

    /**
     * The weekly number for the last {@code weeks} weeks (Monday to Sunday in the rep's zone), this week
     * included as far as it has gone, oldest first.
     */
    public List<WeekNumbers> lastWeeks(int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks must be at least 1: " + weeks);
        }
        ZoneId zone = repZone.get();
        LocalDate thisMonday = Weeks.mondayOf(clock.instant(), zone);
        Interval window = new Interval(Weeks.start(thisMonday.minusWeeks(weeks - 1L), zone),
                Weeks.start(thisMonday.plusWeeks(1), zone));
        return review.weekly(window, zone);
    }
}
