package dev.nextcall.app;

import dev.nextcall.app.port.CallHistory;
import dev.nextcall.domain.Interval;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.HistoryQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/** Lists past calls for review, and counts today's calls for the idle panel. */
public final class ReviewHistory {

    private final CallHistory history;
    private final Supplier<ZoneId> repZone;
    private final Clock clock;

    public ReviewHistory(CallHistory history, Supplier<ZoneId> repZone, Clock clock) {
        this.history = history;
        this.repZone = repZone;
        this.clock = clock;
    }

    public List<CallRecord> list(HistoryQuery query) {
        return history.list(query);
    }

    /** Calls started today (the rep's today) and how many of them have a next step. */
    public CallHistory.CallCounts today() {
        ZoneId zone = repZone.get();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        Interval day = new Interval(today.atStartOfDay(zone).toInstant(), today.plusDays(1).atStartOfDay(zone).toInstant());
        return history.count(day);
    }
}
