package dev.nextcall.adapters.google.fake;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Knobs for freeBusy.query, for the behaviour Google shows but does not document (google-calendar.md §2):
 * overlapping busy periods merged and clipped to the window (both on by default), a range limit of about 90
 * days, and per-calendar errors inside a 200 answer.
 */
public final class FreeBusyOptions {

    private volatile boolean mergeOverlaps = true;
    private volatile boolean clipToWindow = true;
    private volatile Duration maxRange = Duration.ofDays(90);
    private final Map<String, String> calendarErrors = new ConcurrentHashMap<>();

    FreeBusyOptions() {
    }

    public FreeBusyOptions mergeOverlaps(boolean merge) {
        mergeOverlaps = merge;
        return this;
    }

    public FreeBusyOptions clipToWindow(boolean clip) {
        clipToWindow = clip;
        return this;
    }

    /** Longer windows fail with 400 timeRangeTooLong; null lifts the limit. */
    public FreeBusyOptions maxRange(Duration range) {
        maxRange = range;
        return this;
    }

    /**
     * The calendar comes back with {@code errors:[{domain:"global",reason}]} and no busy periods, for example
     * {@code internalError} or {@code notFound}, while the others answer normally.
     */
    public FreeBusyOptions failCalendar(String requestedId, String reason) {
        calendarErrors.put(Objects.requireNonNull(requestedId), Objects.requireNonNull(reason));
        return this;
    }

    public FreeBusyOptions clearCalendarFailures() {
        calendarErrors.clear();
        return this;
    }

    boolean mergeOverlaps() {
        return mergeOverlaps;
    }

    boolean clipToWindow() {
        return clipToWindow;
    }

    Duration maxRange() {
        return maxRange;
    }

    String calendarError(String requestedId) {
        return calendarErrors.get(requestedId);
    }
}
